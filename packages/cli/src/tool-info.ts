import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The CLI package's own folder: the nearest `package.json` named `@folio/cli` above this module (bundled or not). */
function cliRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === '@folio/cli') return dir;
      } catch {
        // Not ours; keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface ToolInfo {
  version: string;
  /** The rules' docs (`docs/<rule-id>.md` of the repository the CLI is part of), by rule id. */
  docs: Map<string, string>;
}

/** The CLI's version and the rules' docs, for reports that describe the tool (SARIF). */
export function toolInfo(ruleIds: string[]): ToolInfo {
  const root = cliRoot();
  if (!root) return {version: '0.0.0', docs: new Map()};
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version?: string}).version ?? '0.0.0';
  const docs = new Map<string, string>();
  for (const id of ruleIds) {
    try {
      docs.set(id, readFileSync(join(root, '..', '..', 'docs', `${id}.md`), 'utf8'));
    } catch {
      // Installed without the repository's docs: the description stands in.
    }
  }
  return {version, docs};
}
