/** One `srcset` candidate: a URL and its descriptor (`2x`, `640w`, or empty). */
export interface SrcSetCandidate {
  url: string;
  descriptor: string;
}

/**
 * Split a `srcset` the way browsers do: a URL runs to white space (commas
 * inside it are kept unless they end it), its descriptor to the next comma.
 */
export function parseSrcSet(srcset: string): SrcSetCandidate[] {
  const candidates: SrcSetCandidate[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') return candidates;
    const url = /^\S+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      candidates.push({url: url.replace(/,+$/, ''), descriptor: ''});
      continue;
    }
    const end = rest.indexOf(',');
    candidates.push({url, descriptor: (end < 0 ? rest : rest.slice(0, end)).trim().replace(/\s+/g, ' ')});
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
}

/** A `srcset` with every URL mapped, written back in a normal form. */
export function mapSrcSet(srcset: string, map: (url: string) => string): string {
  return parseSrcSet(srcset)
    .map(({url, descriptor}) => (descriptor === '' ? map(url) : `${map(url)} ${descriptor}`))
    .join(', ');
}
