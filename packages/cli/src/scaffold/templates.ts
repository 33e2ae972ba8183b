/** What `folio init` asks for; every field has a default a writer edits later. */
export interface SiteSettings {
  title: string;
  author: string;
  baseUrl: string;
  timeZone: string;
}

/** A YAML double-quoted string: JSON's escapes are YAML's. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

export function siteYaml(settings: SiteSettings): string {
  return [
    `title: ${quoted(settings.title)}`,
    `baseUrl: ${settings.baseUrl}`,
    'description: "Essays, checked and published by folio."',
    'language: en',
    `timeZone: ${settings.timeZone}`,
    'author:',
    `  name: ${quoted(settings.author)}`,
    '# The folder posts are in (Jekyll: _posts, Hugo: content/posts).',
    'posts: posts',
    ''
  ].join('\n');
}

/** A new post's text: front matter, then a line to start from. */
export function postText(title: string, day: string, body = ''): string {
  return `---\ntitle: ${quoted(title)}\ndate: ${day}\n---\n\n${body}`;
}

export function firstPostBody(): string {
  return [
    'This is the first post. Every post is a Markdown file in `posts/`, named',
    '`YYYY-MM-DD-slug.md`; its URL comes from its date and slug.',
    '',
    '## Links that are checked {#links}',
    '',
    'Link to [the about page](../pages/about.md), to [a section of this post](#links),',
    'or to another post by its file name. `npm run check` reports a link whose',
    'target or section does not exist, with the line and column.',
    ''
  ].join('\n');
}

export function aboutPage(settings: SiteSettings): string {
  return [
    '---',
    'title: About',
    '---',
    '',
    `${settings.title} is written by ${settings.author}.`,
    '',
    '## Contact {#contact}',
    '',
    'Say where readers can reach you.',
    ''
  ].join('\n');
}

export function contentReadme(settings: SiteSettings): string {
  return [
    `# ${settings.title}: the content folder`,
    '',
    'folio checks this folder and publishes it as a static site with an Atom feed.',
    '',
    '```',
    'site.yaml         the site: title, baseUrl, author, timeZone, and where posts are',
    'posts/            one essay per file: YYYY-MM-DD-slug.md (or .markdown)',
    'pages/            standalone pages: about.md is /about/',
    'images/           files posts link to, e.g. ![A diagram](../images/diagram.svg)',
    'permalinks.json   what the site has published (written by the build; commit it)',
    '```',
    '',
    'Front matter is YAML between `---` lines (or TOML between `+++` lines). A post',
    'needs `date`, and a `title` unless its first `#` heading names it; a page needs',
    'a `title` or a first `#` heading.',
    '',
    '- `folio new "A title"` (`npm run new -- "A title"`) writes a post dated today.',
    '- `folio check --content DIR` checks links, sections, footnotes and front matter.',
    '- `folio build --content DIR --out dist` writes the site, or refuses when a check fails.',
    '',
    'Edit `site.yaml` first: `baseUrl` is where the site will live (it may carry a',
    'path, such as `https://name.github.io/repo`), and `timeZone` decides the day in',
    'each post’s URL.',
    ''
  ].join('\n');
}
