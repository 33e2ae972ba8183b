import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {main, type MessageRecord} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {makeSite} from './helpers/make-site.js';

const post = '---\ntitle: Fish & "Chips"\ndate: 2020-01-02\nupdated: 2020-03-04\ndescription: A short one.\n---\n\n## Batter {#batter}\n\nText.\n';
const postLayout = `<article class="essay">
  <p class="kicker"><a href="{{url}}" title="{{title}}">{{site.title}}</a></p>
  <h1>{{ title }}</h1>
  <p>{{description}} · {{date}} · {{updated}}</p>
  {{content}}
</article>
`;

async function check(dir: string): Promise<{exitCode: number; messages: MessageRecord[]}> {
  const run = await main(['check', '--content', dir, '--format', 'json', '--no-cache'], {published: 'none'});
  return {exitCode: run.exitCode, messages: JSON.parse(run.stdout) as MessageRecord[]};
}

describe('a site\'s own layouts', () => {
  it('should fill theme/layouts/post.html and page.html with the post\'s and page\'s parts, and not publish them', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-fish.md': post,
      'pages/about.md': '---\ntitle: About\n---\n\nAbout me.\n',
      'theme/layouts/post.html': postLayout,
      'theme/layouts/page.html': '<article class="plain"><h1>{{title}}</h1>{{content}}</article>\n'
    });
    expect(await check(dir)).toEqual({exitCode: 0, messages: []});
    const out = `${dir}-out`;
    const run = await main(['build', '--content', dir, '--out', out, '--no-cache'], {published: 'none'});
    expect(run.exitCode).toBe(0);
    const html = await readFile(join(out, '2020/01/02/fish/index.html'), 'utf8');
    const main_ = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main_).toContain('<article class="essay">');
    expect(main_).not.toContain('class="post"');
    // Text slots are escaped, in text and in attributes alike.
    expect(main_).toContain('<a href="/2020/01/02/fish/" title="Fish &#x26; &#x22;Chips&#x22;">');
    expect(main_).toContain('<h1>Fish &#x26; "Chips"</h1>');
    expect(main_).toContain('<p>A short one. · <time datetime="2020-01-02T00:00:00-08:00">January 2, 2020</time> · <time datetime="2020-03-04T00:00:00-08:00">March 4, 2020</time></p>');
    // The body keeps its permalinks; the head keeps the theme's tags.
    expect(main_).toContain('id="batter"');
    expect(html).toContain('<meta property="og:title" content="Fish &#x26; &#x22;Chips&#x22;">');
    const about = await readFile(join(out, 'about/index.html'), 'utf8');
    expect(about).toContain('<article class="plain"><h1>About</h1><p>About me.</p>');
    expect(existsSync(join(out, 'theme/layouts/post.html'))).toBe(false);
  });

  it('should report a bad layout at its slot under `theme`, in check and build alike, and publish nothing', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-fish.md': post,
      'theme/layouts/post.html': '<article>\n  <h1>{{titel}}</h1>\n  <div class="{{content}}"></div>\n  {{content}}\n  {{content}}\n  <p>{{date</p>\n</article>\n',
      'theme/layouts/page.html': '<article><h1>{{title}}</h1></article>\n',
      'theme/layouts/posts.html': '{{content}}\n'
    });
    const {exitCode, messages} = await check(dir);
    expect(exitCode).toBe(1);
    const brief = messages.map((message) => `${message.file}:${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity} ${message.ruleId} ${message.message}`);
    expect(brief).toEqual([
      'theme/layouts/page.html:1:1-1:1 error theme Unexpected `page` layout without `{{content}}`, expected it once: the text goes there',
      'theme/layouts/post.html:2:7-2:16 error theme Unexpected slot `{{titel}}` in the `post` layout, expected one of `{{title}}`, `{{date}}`, `{{updated}}`, `{{meta}}`, `{{description}}`, `{{url}}`, `{{site.title}}`, `{{content}}`',
      'theme/layouts/post.html:3:15-3:26 error theme Unexpected `{{content}}` inside a tag, expected it between elements: it is HTML',
      'theme/layouts/post.html:5:3-5:14 error theme Unexpected second `{{content}}`, expected it once: the text would repeat, and its ids with it',
      'theme/layouts/post.html:6:6-6:8 error theme Unexpected `{{` without `}}`, expected a slot such as `{{title}}`',
      'theme/layouts/posts.html:1:1-1:1 warning theme Unexpected layout `posts.html`, expected `post.html` or `page.html`: no page uses it'
    ]);
    const out = `${dir}-out`;
    const run = await main(['build', '--content', dir, '--out', out, '--no-cache'], {published: 'none'});
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain('Unexpected slot `{{titel}}`');
    expect(existsSync(out)).toBe(false);
  });
});
