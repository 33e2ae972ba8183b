import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {main} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {runCli} from './helpers/make-site.js';

// A CommonJS package whose export is the class itself.
const Ajv = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;

// Posts named with a space and a `%`, and messages of several rules,
// one of them at 1:1 (a lost anchor has no line of its own).
const fixture = 'test/fixtures/sarif-site';
const root = resolve(import.meta.dirname, '..');

interface SarifRule {
  id: string;
  shortDescription: {text: string};
  fullDescription: {text: string};
  help: {text: string; markdown: string};
  helpUri?: string;
  defaultConfiguration: {level: string};
  properties: {precision: string; 'problem.severity': string; tags: string[]};
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: {text: string};
  locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}>;
  partialFingerprints: Record<string, string>;
}

interface SarifLog {
  runs: Array<{tool: {driver: {name: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[]}}; results: SarifResult[]}>;
}

async function sarifOf(content: string, environment: Parameters<typeof main>[1] = {}): Promise<{text: string; log: SarifLog}> {
  const run = await main(['check', '--content', content, '--format', 'sarif', '--no-cache'], environment);
  expect(run.exitCode).toBe(1);
  return {text: run.stdout, log: JSON.parse(run.stdout) as SarifLog};
}

const actions = {githubServerUrl: 'https://github.com', githubRepository: 'a-writer/essays'};

describe('SARIF for GitHub code scanning', () => {
  it('should pass the OASIS SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(await readFile(join(root, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The schema's `language` pattern is not valid with the `u` flag ajv uses by default.
    const validate = new Ajv({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema);
    const {log} = await sarifOf(fixture, actions);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    // The same schema refuses a broken log, so the check above can fail.
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]})).toBe(false);
  });

  it('should describe every rule on every run, with help, a default level and code-scanning properties', async () => {
    const {log} = await sarifOf(fixture, actions);
    const {driver} = log.runs[0]!.tool;
    const manifest = JSON.parse(await readFile(join(root, 'packages/cli/package.json'), 'utf8')) as {version: string};
    expect({name: driver.name, version: driver.version, semanticVersion: driver.semanticVersion, informationUri: driver.informationUri}).toEqual({
      name: 'folio',
      version: manifest.version,
      semanticVersion: manifest.version,
      informationUri: 'https://github.com/a-writer/essays'
    });
    const documented = (await import('node:fs')).readdirSync(join(root, 'docs')).filter((name) => name !== 'pull-requests-and-deploys.md').map((name) => name.replace(/\.md$/, '')).sort();
    expect(driver.rules.map((rule) => rule.id)).toEqual(documented);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text, rule.id).not.toBe(rule.id);
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text, rule.id).toContain(rule.fullDescription.text);
      expect(rule.help.markdown, rule.id).toBe(await readFile(join(root, 'docs', `${rule.id}.md`), 'utf8'));
      expect(rule.helpUri, rule.id).toBe(`https://github.com/a-writer/essays/blob/HEAD/docs/${rule.id}.md`);
      expect(rule.properties.precision, rule.id).toBe('very-high');
      expect(rule.properties['problem.severity'], rule.id).toBe(rule.defaultConfiguration.level);
      expect(rule.properties.tags.length, rule.id).toBeGreaterThan(0);
    }
    expect(driver.rules.find((rule) => rule.id === 'image-alt')?.defaultConfiguration.level).toBe('warning');
    expect(driver.rules.find((rule) => rule.id === 'no-missing-anchor')?.defaultConfiguration.level).toBe('error');
  });

  it('should percent-encode paths and give every result a non-empty region and its rule’s index', async () => {
    const {log} = await sarifOf(fixture);
    const {results, tool} = log.runs[0]!;
    const uris = [...new Set(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))].sort();
    expect(uris).toEqual([`${fixture}/permalinks.json`, `${fixture}/posts/2020-01-01-a%20post.md`, `${fixture}/posts/2020-01-02-100%25.md`, `${fixture}/posts/2020-01-03-notes.txt`]);
    for (const result of results) {
      const {startLine, startColumn, endLine, endColumn} = result.locations[0]!.physicalLocation.region;
      expect(endLine > startLine || (endLine === startLine && endColumn > startColumn), result.message.text).toBe(true);
      expect(tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
    // A message about a whole file (a post-like file copied as it is) is a point at 1:1: its region is widened too.
    expect(results.some((result) => result.locations[0]!.physicalLocation.region.startColumn === 1 && result.ruleId === 'content-file')).toBe(true);
  });

  it('should keep each result’s fingerprint when lines move, and tell identical messages apart', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'folio-sarif-'));
    await cp(fixture, copy, {recursive: true});
    const before = (await sarifOf(copy)).log.runs[0]!.results;
    const post = join(copy, 'posts/2020-01-01-a post.md');
    const text = await readFile(post, 'utf8');
    await writeFile(post, text.replace('## Start {#start}\n', '## Start {#start}\n\nA new paragraph pushes the rest down.\n\nA link to [nowhere](#nowhere).\n'));
    const after = (await sarifOf(copy)).log.runs[0]!.results;
    const key = (result: SarifResult) => result.partialFingerprints['folioMessage/v1'];
    const moved = after.find((result) => result.ruleId === 'image-alt');
    expect(moved?.locations[0]!.physicalLocation.region.startLine).toBe(before.find((result) => result.ruleId === 'image-alt')!.locations[0]!.physicalLocation.region.startLine + 4);
    expect(key(moved!)).toBe(key(before.find((result) => result.ruleId === 'image-alt')!));
    const nowhere = after.filter((result) => result.message.text.includes('#nowhere'));
    expect(nowhere).toHaveLength(2);
    expect(new Set(nowhere.map(key)).size).toBe(2);
    expect(new Set(after.map(key)).size).toBe(after.length);
  });

  it('should take the repository’s address from package.json, and leave rules unlinked when none is known', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'folio-sarif-repo-'));
    await cp(fixture, join(dir, 'content'), {recursive: true});
    const bare = JSON.parse((await runCli(['check', '--format', 'sarif'], dir, false, {GITHUB_REPOSITORY: '', GITHUB_SERVER_URL: ''})).stdout) as SarifLog;
    expect(bare.runs[0]!.tool.driver.informationUri).toBeUndefined();
    expect(bare.runs[0]!.tool.driver.rules.every((rule) => rule.helpUri === undefined && rule.help.text.includes(`docs/${rule.id}.md`))).toBe(true);
    await writeFile(join(dir, 'package.json'), JSON.stringify({name: 'essays', repository: {type: 'git', url: 'git+https://github.com/a-writer/essays.git'}}));
    const linked = JSON.parse((await runCli(['check', '--format', 'sarif'], dir, false, {GITHUB_REPOSITORY: '', GITHUB_SERVER_URL: ''})).stdout) as SarifLog;
    expect(linked.runs[0]!.tool.driver.informationUri).toBe('https://github.com/a-writer/essays');
    expect(linked.runs[0]!.tool.driver.rules[0]?.helpUri).toMatch(/^https:\/\/github\.com\/a-writer\/essays\/blob\/HEAD\/docs\//);
  });
});
