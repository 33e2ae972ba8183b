import {readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {MessageRecord} from '@folio/cli';
import {runCli} from './helpers/make-site.js';

const root = resolve(import.meta.dirname, '..');
const sites = join(root, 'test/fixtures/sites');
const cases = readdirSync(sites, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Message = MessageRecord;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: {text: string};
  locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}>;
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{tool: {driver: {name: string; rules: Array<{id: string; helpUri?: string}>}}; results: SarifResult[]}>;
}

/** Run the real CLI from the repository root, outside CI mode: its output and exit code, never a throw. */
async function run(name: string, format: string): Promise<{stdout: string; exitCode: number}> {
  const {stdout, stderr, code} = await runCli(['check', '--content', join('test/fixtures/sites', name), '--format', format], root);
  // The pretty report is for people, on standard error like remark-cli's.
  return {stdout: format === 'pretty' ? stderr : stdout, exitCode: code};
}

// Each case's JSON is compared with all three formats: run the CLI once per case and format.
const runs = new Map<string, Promise<{stdout: string; exitCode: number}>>();

function check(name: string, format: string): Promise<{stdout: string; exitCode: number}> {
  const key = `${name} ${format}`;
  let pending = runs.get(key);
  if (!pending) {
    pending = run(name, format);
    runs.set(key, pending);
  }
  return pending;
}

function expectedExitCode(messages: Message[]): number {
  if (messages.some((message) => message.file === 'site.yaml' && message.severity === 'error')) return 2;
  return messages.some((message) => message.severity === 'error') ? 1 : 0;
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

// Each folder is a tiny site with one kind of failure (Zola-style); `expected.json` is what `check --format json` prints.
// Concurrent tests take `expect` from their context: snapshots need to know their test.
describe.concurrent('check on whole sites', () => {
  for (const name of cases) {
    describe(name, () => {
      it('should print the expected JSON and exit accordingly', async ({expect}) => {
        const {stdout, exitCode} = await check(name, 'json');
        await expect(stdout).toMatchFileSnapshot(join(sites, name, 'expected.json'));
        const messages = JSON.parse(stdout) as Message[];
        expect(exitCode).toBe(expectedExitCode(messages));
        if (name === 'clean') expect(messages).toEqual([]);
        else expect(messages.length).toBeGreaterThan(0);
      });

      it('should print the same messages in the pretty report', async ({expect}) => {
        const messages = JSON.parse((await check(name, 'json')).stdout) as Message[];
        const {stdout, exitCode} = await check(name, 'pretty');
        expect(exitCode).toBe(expectedExitCode(messages));
        for (const message of messages) {
          // A message at a point (not a range) shows as `line:column`.
          const point = message.line === message.endLine && message.column === message.endColumn;
          expect(stdout).toContain(point ? `${message.line}:${message.column}` : `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`);
          expect(stdout).toContain(message.message);
          expect(stdout).toContain(message.ruleId);
        }
        if (messages.length === 0) expect(stdout).toBe('');
      });

      it('should print the same messages as GitHub workflow commands', async ({expect}) => {
        const messages = JSON.parse((await check(name, 'json')).stdout) as Message[];
        const {stdout, exitCode} = await check(name, 'github');
        expect(exitCode).toBe(expectedExitCode(messages));
        const lines = messages.map((message) => {
          const command = message.severity === 'info' ? 'notice' : message.severity;
          const file = `test/fixtures/sites/${name}/${message.file}`;
          const properties = `file=${escapeProperty(file)},line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn},title=${escapeProperty(message.ruleId)}`;
          return `::${command} ${properties}::${escapeData(message.message)}`;
        });
        expect(stdout.split('\n').filter((line) => line !== '')).toEqual(lines);
      });

      it('should print the same messages as a SARIF 2.1.0 log', async ({expect}) => {
        const messages = JSON.parse((await check(name, 'json')).stdout) as Message[];
        const {stdout, exitCode} = await check(name, 'sarif');
        expect(exitCode).toBe(expectedExitCode(messages));
        const log = JSON.parse(stdout) as SarifLog;
        expect(log.version).toBe('2.1.0');
        expect(log.$schema).toMatch(/sarif-2\.1\.0/);
        expect(log.runs).toHaveLength(1);
        const [run] = log.runs;
        expect(run?.tool.driver.name).toBe('folio');
        const rules = run?.tool.driver.rules ?? [];
        // Every rule on every run, as code scanning wants, each linked to its doc in this repository when its address is known.
        expect(rules.map((rule) => rule.id)).toEqual(expect.arrayContaining([...new Set(messages.map((message) => message.ruleId))]));
        for (const rule of rules) {
          if (rule.helpUri !== undefined) expect(rule.helpUri).toMatch(new RegExp(`/blob/HEAD/docs/${rule.id}\\.md$`));
        }
        expect(
          (run?.results ?? []).map((result) => {
            const location = result.locations[0]?.physicalLocation;
            return {
              file: location?.artifactLocation.uri,
              line: location?.region.startLine,
              column: location?.region.startColumn,
              endLine: location?.region.endLine,
              endColumn: location?.region.endColumn,
              ruleId: result.ruleId,
              rule: rules[result.ruleIndex]?.id,
              level: result.level,
              message: result.message.text
            };
          })
        ).toEqual(
          messages.map((message) => ({
            file: `test/fixtures/sites/${name}/${message.file}`,
            line: message.line,
            column: message.column,
            endLine: message.endLine,
            // A region never ends where it starts.
            endColumn: message.line === message.endLine && message.endColumn <= message.column ? message.column + 1 : message.endColumn,
            ruleId: message.ruleId,
            rule: message.ruleId,
            level: message.severity === 'info' ? 'note' : message.severity,
            message: message.message
          }))
        );
      });
    });
  }
});
