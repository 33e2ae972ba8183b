import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/** `git@github.com:owner/repo.git`, `git+https://…/repo.git`, `github:owner/repo` → `https://github.com/owner/repo`. */
export function normalizeRepositoryUrl(raw: string): string | undefined {
  const value = raw.trim();
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(value);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(value);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(value);
  if (url) return `https://${url[1]}/${url[2]}`;
  return undefined;
}

function fromPackageJson(root: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {repository?: string | {url?: string}};
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    return repository === undefined ? undefined : normalizeRepositoryUrl(repository);
  } catch {
    return undefined;
  }
}

function fromGitRemote(root: string): string | undefined {
  const result = spawnSync('git', ['config', '--get', 'remote.origin.url'], {cwd: root, encoding: 'utf8', timeout: 5000});
  return result.status === 0 ? normalizeRepositoryUrl(result.stdout) : undefined;
}

/**
 * The repository's web address, for links to the rules' docs: `repository`
 * in package.json, else the repository GitHub Actions runs in
 * (`GITHUB_SERVER_URL`/`GITHUB_REPOSITORY`), else the `origin` remote. None
 * of them: undefined, and reports name the doc by its path in the repository.
 */
export function repositoryUrl(root: string, environment: {serverUrl?: string; repository?: string} = {}): string | undefined {
  const actions = environment.serverUrl && environment.repository ? `${environment.serverUrl.replace(/\/+$/, '')}/${environment.repository}` : undefined;
  return fromPackageJson(root) ?? actions ?? fromGitRemote(root);
}
