import {relative, resolve, sep} from 'node:path';
import {VFile} from 'vfile';
import type {Format} from './options.js';
import {toRecords} from './records.js';
import {formatGithub, type GithubOptions} from './reporters/github.js';
import {formatJson} from './reporters/json.js';
import {formatPretty} from './reporters/pretty.js';
import {formatSarif, type SarifOptions} from './reporters/sarif.js';
import {toolInfo} from './tool-info.js';

/** Turns content-relative paths into ones relative to where the CLI runs. */
export function repoPathMapper(contentDir: string): (file: string) => string {
  const root = resolve(contentDir);
  return (file) => relative(process.cwd(), resolve(root, file)).split(sep).join('/');
}

/** Render the messages of `files` in `format`. */
export function formatReport(files: VFile[], format: Format, contentDir: string, color: boolean, extras: {github?: GithubOptions; sarif?: SarifOptions} = {}): string {
  const toRepoPath = repoPathMapper(contentDir);
  switch (format) {
    case 'json':
      return formatJson(toRecords(files));
    case 'github':
      return formatGithub(toRecords(files), toRepoPath, extras.github);
    case 'sarif':
      return formatSarif(toRecords(files), toRepoPath, extras.sarif ?? {tool: toolInfo([])});
    case 'pretty': {
      // Show paths a terminal can open, keeping messages as they are; a file without messages shows nothing.
      const display = files.filter((file) => file.messages.length > 0).map((file) => {
        const copy = new VFile({path: toRepoPath(file.path)});
        copy.messages = file.messages;
        return copy;
      });
      // Wrapped to the terminal it is printed on (standard error), else 100 columns.
      const width = process.stderr.isTTY ? process.stderr.columns : undefined;
      return formatPretty(display, {color, ...(width === undefined ? {} : {width})});
    }
  }
}
