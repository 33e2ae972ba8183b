import {createHash} from 'node:crypto';
import type {MessageRecord} from '../records.js';
import type {ToolInfo} from '../tool-info.js';
import {ruleCatalog, type RuleDescription} from './rule-catalog.js';

const schema = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  tool: ToolInfo;
  /** The repository's web address (see `repositoryUrl`); without it rules link to no page. */
  repositoryUrl?: string;
}

/** A repository-relative path as a URI reference: each segment percent-encoded (`a post.md` → `a%20post.md`). */
export function toUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function helpUriOf(rule: RuleDescription, repository: string | undefined): string | undefined {
  return repository === undefined ? undefined : `${repository}/blob/HEAD/docs/${rule.id}.md`;
}

function sarifRule(rule: RuleDescription, options: SarifOptions) {
  const helpUri = helpUriOf(rule, options.repositoryUrl);
  const where = helpUri ?? `docs/${rule.id}.md in folio's repository`;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: {text: rule.short},
    fullDescription: {text: rule.full},
    help: {
      text: `${rule.full} Examples of the problem and its fix: ${where}.`,
      markdown: options.tool.docs.get(rule.id) ?? `**${rule.short}.** ${rule.full}\n\nExamples of the problem and its fix: ${helpUri ? `[docs/${rule.id}.md](${helpUri})` : `\`docs/${rule.id}.md\``}.`
    },
    ...(helpUri ? {helpUri} : {}),
    defaultConfiguration: {level: rule.level},
    properties: {precision: 'very-high', 'problem.severity': rule.level, tags: ['markdown', ...rule.tags]}
  };
}

/** Points an editor can select: a region never ends where it starts. */
function regionOf(record: MessageRecord) {
  const endLine = Math.max(record.endLine, record.line);
  const endColumn = endLine === record.line && record.endColumn <= record.column ? record.column + 1 : record.endColumn;
  return {startLine: record.line, startColumn: record.column, endLine, endColumn};
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with its
 * descriptions and help on every run, URIs percent-encoded relative to the
 * repository root, and fingerprints that survive lines moving (rule, file,
 * message, and which of identical messages it is).
 */
export function formatSarif(records: MessageRecord[], toRepoPath: (file: string) => string, options: SarifOptions): string {
  const catalog = ruleCatalog();
  const known = new Set(catalog.map((rule) => rule.id));
  // A rule id the catalog lacks still gets a rule, so every result has one.
  for (const id of new Set(records.map((record) => record.ruleId))) {
    if (!known.has(id)) catalog.push({id, short: id, full: `Messages reported under \`${id}\`.`, level: 'error', tags: []});
  }
  const rules = catalog.sort((a, b) => (a.id < b.id ? -1 : 1));
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const seen = new Map<string, number>();
  const results = records.map((record) => {
    const uri = toUriReference(toRepoPath(record.file));
    const identity = `${record.ruleId}\0${uri}\0${record.message}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return {
      ruleId: record.ruleId,
      ruleIndex: indexOf.get(record.ruleId) ?? 0,
      level: record.severity === 'info' ? 'note' : record.severity,
      message: {text: record.message},
      locations: [{physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, region: regionOf(record)}}],
      partialFingerprints: {'folioMessage/v1': createHash('sha256').update(`${identity}\0${occurrence}`).digest('hex').slice(0, 32)}
    };
  });
  const log = {
    $schema: schema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'folio',
            version: options.tool.version,
            semanticVersion: options.tool.version,
            ...(options.repositoryUrl ? {informationUri: options.repositoryUrl} : {}),
            rules: rules.map((rule) => sarifRule(rule, options))
          }
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {description: {text: 'The repository root'}}},
        results
      }
    ]
  };
  return JSON.stringify(log, null, 2) + '\n';
}
