import {basename, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import type {CommandOutput} from '../commands.js';
import {UsageError} from '../options.js';
import {initContent} from './init.js';
import {newPost} from './new-post.js';

/** The zone of this machine, which a new site most likely writes in; UTC when unknown. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function parse(args: string[], options: Record<string, {type: 'string'; default?: string}>) {
  try {
    return parseArgs({args, allowPositionals: true, options});
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function onePositional(positionals: string[], command: string, what: string): string {
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError(`Unexpected ${positionals.length === 0 ? 'missing' : 'extra'} argument for \`${command}\`, expected ${what}`);
  }
  return positionals[0];
}

/** `folio init DIR` and `folio new "Title"`: write files for the writer, never over theirs. */
export function runScaffold(argv: string[], now: number): CommandOutput {
  const [command, ...rest] = argv;
  if (command === 'init') {
    const {values, positionals} = parse(rest, {
      title: {type: 'string'},
      author: {type: 'string', default: 'The Author'},
      'base-url': {type: 'string', default: 'https://example.com'},
      'time-zone': {type: 'string'}
    });
    const dir = onePositional(positionals, 'init', 'one folder to create, such as `folio init content`');
    const written = initContent({
      dir,
      title: values.title ?? basename(resolve(dir)),
      author: values.author ?? 'The Author',
      baseUrl: values['base-url'] ?? 'https://example.com',
      timeZone: values['time-zone'] ?? localTimeZone(),
      now
    });
    const list = written.map((path) => `  ${join(dir, path)}\n`).join('');
    return {stdout: `Wrote a new content folder:\n${list}Next: edit ${join(dir, 'site.yaml')}, then \`folio check --content ${dir}\`.\n`, stderr: '', exitCode: 0};
  }
  const {values, positionals} = parse(rest, {content: {type: 'string', default: 'content'}});
  const title = onePositional(positionals, 'new', 'the post’s title in quotes, such as `folio new "Notes on CAP"`');
  return {stdout: `${newPost({contentDir: values.content ?? 'content', title, now})}\n`, stderr: '', exitCode: 0};
}
