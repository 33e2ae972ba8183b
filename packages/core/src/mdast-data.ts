import type {Position} from 'unist';

// Extra data our section-id plugin puts on headings, typed for every package.
declare module 'mdast' {
  interface HeadingData {
    /** The heading's id: the explicit `{#id}` or the slug of its text. */
    id?: string;
    /** Older ids written after the explicit id, kept alive as anchors. */
    idAliases?: string[];
    /** True when the id was written as `{#…}` rather than made from the text. */
    explicitId?: boolean;
    /** For an automatic id: the slug of the text, before repeats were told apart (`` for a text without letters). */
    textSlug?: string;
    /** Where the explicit `{#…}` was written, when there is one. */
    explicitIdPosition?: Position;
  }
}

export {};
