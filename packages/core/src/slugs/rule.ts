import type {Heading} from 'mdast';

/** The engines whose automatic heading ids a site can follow (`headingIds` in `site.yaml`). */
export const headingIdProfiles = ['github', 'hugo', 'zola', 'jekyll', 'vuepress'] as const;

export type HeadingIdProfile = (typeof headingIdProfiles)[number];

/** The ids one page has handed out so far, as its engine keeps them. */
export interface IdTracker {
  /** The id of the next automatic heading whose text slugs to `slug`. */
  automatic(slug: string): string;
  /** An explicit id met in document order; engines that know it keep later automatic ids off it. */
  explicit(id: string): void;
}

/** One engine's rule for automatic heading ids. */
export interface HeadingIdRule {
  /**
   * The text the engine slugs: some read the rendered text, some the
   * Markdown source of the heading (`source` is the file's text).
   */
  textOf(heading: Heading, source: string | undefined): string;
  /** The slug of that text, before repeats are told apart. */
  slug(text: string): string;
  /** A fresh tracker for one page; `explicitIds` are every explicit id on it, for engines that reserve them first. */
  createTracker(explicitIds: readonly string[]): IdTracker;
}
