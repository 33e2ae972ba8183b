import type {RecordedPermalinks} from './permalinks.js';
import type {Position} from 'unist';
import type {HeadingIdProfile} from './slugs/rule.js';

/** A moment from front matter: what the writer wrote, and when that is. */
export interface Instant {
  /** RFC 3339 with the offset of the site's time zone, e.g. `2013-01-14T08:15:00-08:00`. */
  rfc3339: string;
  /** Milliseconds since the epoch. */
  epochMs: number;
  /** Year, month, day in the site's time zone (the post URL uses them). */
  year: number;
  month: number;
  day: number;
}

export interface Author {
  name: string;
  uri?: string;
  email?: string;
}

export interface FootnoteIdPatterns {
  /** Pattern for a definition's id; `{label}` is replaced. Default `fn-{label}`. */
  definition: string;
  /** Pattern for a reference's id; `{label}` is replaced. Default `fnref-{label}`. */
  reference: string;
}

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute, without a trailing slash: `https://www.example.com`. */
  baseUrl: string;
  /** BCP 47 tag for `lang`. */
  language: string;
  /** The picture a page shares when it has none of its own (`og:image`): a site path or an absolute URL. */
  image?: string;
  /** IANA time zone that dates without an offset are in, and that post URLs use. */
  timeZone: string;
  author: Author;
  footnotes: FootnoteIdPatterns;
  feed: {
    /** Output path of the Atom feed. */
    path: string;
    /** How many newest posts the feed carries; 0 for all. */
    entries: number;
  };
  /** Whose automatic heading ids the site keeps: `github` (default), `hugo`, `zola`, `jekyll` or `vuepress`. */
  headingIds: HeadingIdProfile;
  /** The folder posts are in, content-relative (`posts`, or `content/blog`…). */
  posts: string;
  /**
   * Rule settings as written under `rules:` (`rule-id: off | warn | error`,
   * or `[severity, options]`); the lint package validates them.
   */
  rules: Record<string, unknown>;
  /**
   * `published:` where the deployed site's record is: a URL, a file
   * (relative to the content directory) or `none`; by default
   * `<baseUrl>/permalinks.json`.
   */
  published?: string;
  /** How post URLs are made; absent: `/:year/:month/:day/:slug/`. */
  permalink?: string;
  /** Folders of posts (`posts/<folder>/`) with URLs and an index page of their own. */
  sections?: SiteSection[];
  /** The header's links as written in `site.yaml`; absent: the pages that exist, the sections and the feed. */
  nav?: NavLink[];
  /**
   * The site's own layouts (`theme/layouts/post.html`, `page.html`), read
   * and parsed by `@folio/theme`; carried with the config so every thread
   * renders with them. Absent: the theme's.
   */
  layouts?: Partial<Record<LayoutName, LayoutTemplate>>;
}

/** The layouts a site may replace. */
export type LayoutName = 'post' | 'page';

/** A parsed layout: text to copy and named slots to fill, in order (plain data, so it crosses to workers). */
export interface LayoutTemplate {
  /** Content-relative path of the template file. */
  path: string;
  parts: Array<{text: string} | {slot: string}>;
}

/** A folder of posts with its own URL prefix and index page. */
export interface SiteSection {
  /** The folder under the posts folder: `inside-rust`. */
  folder: string;
  title: string;
  /** Its posts' URL pattern: `/inside-rust/:year/:month/:day/:slug/`. */
  permalink: string;
  /** Site path of its index page: `/inside-rust/`. */
  url: string;
}

/** One link of the site's header navigation. */
export interface NavLink {
  title: string;
  /** A site path (`/about/`) or an absolute URL. */
  url: string;
  /** Where `site.yaml` has it, for a message about it. */
  position?: Position;
}

export interface PostMeta {
  title: string;
  date: Instant;
  updated?: Instant;
  slug: string;
  description?: string;
  /** The picture the post shares (`og:image`): a site path or an absolute URL. */
  image?: string;
  draft: boolean;
  aliases: string[];
  /** Every section heading must carry an explicit `{#id}`. */
  explicitIds: boolean;
  /** The site path written as `url:`, which wins over the site's `permalink` pattern. */
  url?: string;
}

export interface PageMeta {
  title: string;
  description?: string;
  draft: boolean;
}

export type AnchorKind = 'heading' | 'html' | 'footnote-definition' | 'footnote-reference' | 'alias';

/** An id that a page carries and a link can point at. */
export interface Anchor {
  id: string;
  kind: AnchorKind;
  position?: Position;
}

export type LinkKind = 'link' | 'image' | 'definition';

/** A URL written in a file, where it was written. */
export interface LinkReference {
  url: string;
  kind: LinkKind;
  position?: Position;
}

/** A problem found while reading a file, for a rule to report. */
export interface Problem {
  ruleId: string;
  reason: string;
  position?: Position;
  /** A related place, such as the first of two duplicates. */
  cause?: {reason: string; position?: Position};
}

export type SourceKind = 'post' | 'page' | 'other';

/** Where the front matter that decides a file's output paths was written. */
export interface OutputPlaces {
  /** What sets the URL: a post's `slug`, else its `date`. */
  url?: Position;
  /** Each alias (as normalized) and where it was written. */
  aliases?: Array<{alias: string; position: Position}>;
}

/** What one file contributes to the site, collected in the first phase. */
export interface FileFacts {
  /** Path relative to the content directory, `/`-separated. */
  path: string;
  kind: SourceKind;
  /** The page's URL path (`/2013/01/14/slug/`); undefined when it is not published. */
  url?: string;
  /** The URL it has, or would have if it were published (a draft). */
  plannedUrl?: string;
  /** The `sections` folder a post is in. */
  section?: string;
  title?: string;
  post?: PostMeta;
  page?: PageMeta;
  draft: boolean;
  anchors: Anchor[];
  /** Each URL it links to, once per kind, without positions (the checks read the tree). */
  links: LinkReference[];
  problems: Problem[];
  /** Where what decides its output paths was written, for a clash between two of them. */
  places?: OutputPlaces;
}

/** What every file contributes, for the second phase. */
export interface SiteIndex {
  site: SiteConfig;
  /** Facts per content-relative path. */
  files: Map<string, FileFacts>;
  /** Published pages per URL path. */
  pages: Map<string, FileFacts>;
  /** Every other file in the content directory (images…), content-relative. */
  assets: Set<string>;
  /** URL paths the build writes besides pages (`/`, `/atom.xml`, `/404.html`). */
  generated: Set<string>;
  /** Published posts per alias URL (the old addresses the build writes redirects at). */
  aliases: Map<string, FileFacts>;
  /** The header's links: `site.yaml`'s `nav`, or the pages that exist, the sections and the feed. */
  nav: NavLink[];
  /** What the site has published before (`permalinks.json` in the content directory), given when the index is made. */
  readonly recorded?: RecordedPermalinks;
}
