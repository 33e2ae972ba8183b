import type {MessageRecord} from '../records.js';

const schema = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF 2.1.0, for GitHub code scanning. Paths are repository-relative. */
export function formatSarif(records: MessageRecord[], toRepoPath: (file: string) => string): string {
  const rules = new Map<string, {id: string; helpUri?: string}>();
  for (const record of records) {
    if (!rules.has(record.ruleId)) rules.set(record.ruleId, {id: record.ruleId, ...(record.url ? {helpUri: record.url} : {})});
  }
  const sortedRules = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const log = {
    $schema: schema,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'folio', rules: sortedRules.map((rule) => ({...rule, shortDescription: {text: rule.id}}))}},
        results: records.map((record) => ({
          ruleId: record.ruleId,
          ruleIndex: sortedRules.findIndex((rule) => rule.id === record.ruleId),
          level: record.severity === 'info' ? 'note' : record.severity,
          message: {text: record.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: toRepoPath(record.file)},
                region: {startLine: record.line, startColumn: record.column, endLine: record.endLine, endColumn: record.endColumn}
              }
            }
          ]
        }))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + '\n';
}
