/** One `srcset` candidate: a URL, its descriptor (`2x`, `640w`, or empty), and where the URL starts. */
export interface SrcSetCandidate {
  url: string;
  descriptor: string;
  /** Offset of the URL in the `srcset` text. */
  start: number;
}

/**
 * Split a `srcset` the way browsers do: a URL runs to white space (commas
 * inside it are kept unless they end it), its descriptor to the next comma.
 */
export function parseSrcSet(srcset: string): SrcSetCandidate[] {
  const candidates: SrcSetCandidate[] = [];
  let index = 0;
  for (;;) {
    while (index < srcset.length && /[\s,]/.test(srcset.charAt(index))) index++;
    if (index >= srcset.length) return candidates;
    const start = index;
    while (index < srcset.length && !/\s/.test(srcset.charAt(index))) index++;
    const url = srcset.slice(start, index);
    if (url.endsWith(',')) {
      candidates.push({url: url.replace(/,+$/, ''), descriptor: '', start});
      continue;
    }
    const end = srcset.indexOf(',', index);
    candidates.push({url, descriptor: srcset.slice(index, end < 0 ? undefined : end).trim().replace(/\s+/g, ' '), start});
    index = end < 0 ? srcset.length : end + 1;
  }
}
