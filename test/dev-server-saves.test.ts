import {open, readdir, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startPreview, type RunningPreview} from './helpers/dev-preview.js';
import {makeSite} from './helpers/make-site.js';

const post = (body: string, title = 'Live') => `---\ntitle: ${title}\ndate: 2020-01-02\n---\n\n${body}\n`;
const other = '---\ntitle: Other\ndate: 2020-01-03\n---\n\nUnrelated.\n';
const livePage = '2020/01/02/live/';
const livePath = 'posts/2020-01-02-live.md';

/** Every message the preview sent to pages or printed, so far. */
function messagesOf(preview: RunningPreview): unknown[] {
  return preview.events.filter((event) => event.event === 'messages').flatMap((event) => (Array.isArray(event.data) ? event.data : [event.data]));
}

// Several waits in a row, each bounded in the helper: a loaded machine may need more than the default for all of them.
describe('the preview follows how editors save', {timeout: 180_000}, () => {
  let preview: RunningPreview | undefined;
  afterEach(async () => {
    await preview?.stop();
    preview = undefined;
  });

  it('should follow three rename-saves of one file in a row (Vim, Emacs, JetBrains, sed -i)', async () => {
    const dir = await makeSite({[livePath]: post('Version 0.'), 'posts/2020-01-03-other.md': other});
    const running = (preview = await startPreview(dir));
    for (const version of [1, 2, 3]) {
      const from = running.events.length;
      // As `sed -i` does: a new file beside the old one, renamed over it.
      const temporary = join(dir, 'posts', `sed${version}XyZ`);
      await writeFile(temporary, post(`Version ${version}.`));
      await rename(temporary, join(dir, livePath));
      await running.until(`version ${version} on the page`, async () => (await running.text(livePage)).body.includes(`Version ${version}.`));
      await running.until(`the reload for version ${version}`, () => running.reloads(from).flat().includes('2020/01/02/live/index.html'));
    }
    // Still followed after the third: an edit in place shows too.
    await writeFile(join(dir, livePath), post('Version 4.'));
    await running.until('version 4 on the page', async () => (await running.text(livePage)).body.includes('Version 4.'));
    // Nothing lost: both posts are served, and the folder holds only them.
    expect((await running.text('2020/01/03/other/')).status).toBe(200);
    expect((await readdir(join(dir, 'posts'))).sort()).toEqual(['2020-01-02-live.md', '2020-01-03-other.md']);
    expect(messagesOf(running)).toEqual([]);
  });

  it('should never report a half-written file while an editor saves it in pieces', async () => {
    const dir = await makeSite({[livePath]: post('Version 0.'), 'posts/2020-01-03-other.md': other});
    const running = (preview = await startPreview(dir));
    for (const version of [1, 2, 3, 4, 5]) {
      const text = post(`Version ${version}, a longer paragraph so that the first piece ends inside the front matter.`);
      // As an editor writes in place: truncate, write a piece (the front matter left open), then the rest.
      const handle = await open(join(dir, livePath), 'w');
      await handle.write(text.slice(0, 12));
      await handle.write(text.slice(12));
      await handle.close();
      await running.until(`version ${version} on the page`, async () => (await running.text(livePage)).body.includes(`Version ${version},`));
    }
    expect(messagesOf(running)).toEqual([]);
    expect(running.log()).not.toMatch(/error|warning|front matter/);
  });

  it('should follow a post added and one removed', async () => {
    const dir = await makeSite({[livePath]: post('Here.'), 'posts/2020-01-03-other.md': other});
    const running = (preview = await startPreview(dir));
    await writeFile(join(dir, 'posts/2020-01-04-new.md'), '---\ntitle: Newcomer\ndate: 2020-01-04\n---\n\nNew.\n');
    await running.until('the new post', async () => (await running.text('2020/01/04/new/')).status === 200);
    expect((await running.text('')).body).toContain('Newcomer');
    const from = running.events.length;
    await rm(join(dir, 'posts/2020-01-03-other.md'));
    await running.until('the removed post gone', async () => (await running.text('2020/01/03/other/')).status === 404);
    await running.until('the reload', () => running.reloads(from).flat().includes('2020/01/03/other/index.html'));
    expect((await running.text('')).body).not.toContain('Other');
    expect(messagesOf(running)).toEqual([]);
  });
});
