import {defaultSeverities} from '@folio/lint';

/** What code scanning shows for a rule: a one-line title and a paragraph. */
export interface RuleDescription {
  id: string;
  short: string;
  full: string;
  /** How a message of the rule reports when `site.yaml` says nothing. */
  level: 'error' | 'warning';
  tags: string[];
}

// Written by hand from docs/<rule-id>.md, which each message links to.
const descriptions: Record<string, {short: string; full: string; tags: string[]; level?: 'error' | 'warning'}> = {
  'no-missing-anchor': {
    short: 'Link to a section that does not exist',
    full: 'A link’s #fragment names no anchor on the page it points at: this page, another post or page by path, or by its site URL. The reader lands at the top of the page instead of the section.',
    tags: ['links']
  },
  'no-missing-target': {
    short: 'Link or image to nothing the site publishes',
    full: 'A local link or image points at no post, page or file, or at a draft, which is not published. The reader gets a 404.',
    tags: ['links']
  },
  'no-undefined-footnote': {
    short: 'Footnote reference without a definition',
    full: 'A footnote reference ([^label]) that no definition answers: GFM leaves it as literal text, so the reader sees [^label].',
    tags: ['footnotes']
  },
  'no-unused-footnote': {
    short: 'Footnote definition that nothing references',
    full: 'A footnote definition that no reference points at is not rendered, so its text is lost.',
    tags: ['footnotes']
  },
  'no-duplicate-footnote': {
    short: 'Two footnote definitions with one label',
    full: 'A second definition of a footnote label (labels match case-insensitively): only the first renders.',
    tags: ['footnotes']
  },
  'no-empty-footnote': {
    short: 'Footnote definition with no text',
    full: 'A footnote definition with no content: the reader follows the reference to nothing.',
    tags: ['footnotes']
  },
  'section-permalink': {
    short: 'Section heading without a usable permalink',
    full: 'A section heading whose permalink id is empty, or that lacks the explicit {#id} the post or site requires, so no one can link to the section for long.',
    tags: ['permalinks']
  },
  'no-duplicate-anchor': {
    short: 'Two anchors with one id on a page',
    full: 'Two elements of one page carry the same id (headings, explicit ids, raw HTML ids, footnotes): a link to it can only reach the first.',
    tags: ['links', 'permalinks']
  },
  'front-matter': {
    short: 'Missing, malformed or invalid front matter',
    full: 'Front matter that is missing, malformed or invalid (title, date, slug, aliases…), or a post or page claiming a URL another file already has.',
    tags: ['front-matter']
  },
  'image-alt': {
    short: 'Image without alt text',
    full: 'An image without alt text: a reader who cannot see it (a screen reader, a feed reader, a slow connection) learns nothing from it.',
    tags: ['accessibility']
  },
  'no-unsafe-url': {
    short: 'javascript:, vbscript: or data: URL',
    full: 'A link, an image or a raw HTML href, src or srcset whose URL is javascript: or vbscript: (code that runs when a reader follows it, and that feed readers strip) or data: (a whole document embedded in the page).',
    tags: ['links', 'security']
  },
  'stable-permalinks': {
    short: 'Published URL, anchor or feed entry that no longer works',
    full: 'A URL, section anchor or feed entry id that the deployed site (or the committed permalinks.json) lists and the content no longer produces: links people kept, and entries feed readers know, would break.',
    tags: ['permalinks']
  },
  'site-config': {
    short: 'Problem in site.yaml',
    full: 'Malformed YAML in site.yaml, a missing title, baseUrl or author name, an unknown time zone, or rule settings that name an unknown rule or severity. Nothing is checked or built until it is fixed.',
    tags: ['configuration']
  },
  encoding: {
    short: 'Text that is not UTF-8, or characters no page can carry',
    full: 'A post or page that is not UTF-8 text, reported at the first byte that is not (it is not checked further until saved as UTF-8); control characters and noncharacters, published as U+FFFD; or a file with old Mac line endings (lone carriage returns), read with line feeds.',
    tags: ['input']
  },
  'file-too-large': {
    short: 'Post or page over 4 MiB',
    full: 'A post or page larger than 4 MiB, refused without reading it: the Markdown parser would take minutes over it.',
    tags: ['input']
  },
  parse: {
    short: 'Markdown the parser cannot read in reasonable time',
    full: 'Markdown nested more than 100 levels deep, a run of emphasis markers, a table or paragraphs that would take the parser seconds to minutes, refused before parsing at the line where the construct starts.',
    tags: ['input']
  },
  'no-duplicate-output': {
    short: 'Two files on one output path',
    full: 'Two posts, pages, aliases or copied files would write the same file of the site (or one a file where another needs a folder): the build could publish only one of them. Reported at the front matter that causes it, with the other file as the cause.',
    tags: ['permalinks']
  },
  'no-duplicate-feed-id': {
    short: 'Two feed entries with one id',
    full: 'Two posts would carry the same Atom entry id: feed readers would show only one of them, or mix them up.',
    tags: ['feed']
  },
  'no-alias-link': {
    short: 'Link to an old URL of a post',
    full: 'A link to one of a post’s aliases: it works through a redirect page, but the redirect drops the #fragment and costs the reader a hop. Link the post’s own URL.',
    tags: ['links']
  },
  'content-file': {
    short: 'File in the content folder that is not read or is published raw',
    full: 'A symbolic link, FIFO, socket or device in the content folder (never followed or read), Markdown in a folder that is not published, or a post-like file that would be copied as it is.',
    tags: ['input'],
    level: 'warning'
  },
  theme: {
    short: 'Problem in a site’s own layout',
    full: 'A layout in theme/layouts/ names a slot it does not offer, leaves {{ unclosed, puts an HTML slot inside a tag, or has no {{content}} (or two). The build refuses it rather than publish a broken page.',
    tags: ['theme']
  },
  'lint-comment': {
    short: 'Lint comment with an unknown keyword',
    full: 'A <!-- lint … --> comment whose keyword is not disable, enable or ignore, or that has none: it silences nothing, so the messages it was meant to silence are reported anyway.',
    tags: ['input']
  }
};

/** Every rule folio reports under, sorted by id: code scanning wants them all on every run. */
export function ruleCatalog(): RuleDescription[] {
  return Object.entries(descriptions)
    .map(([id, {level, ...description}]) => {
      const severity = (defaultSeverities as Record<string, string>)[id] ?? (level === 'warning' ? 'warn' : 'error');
      return {id, ...description, level: severity === 'warn' ? ('warning' as const) : ('error' as const)};
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
