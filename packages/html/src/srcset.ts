import {parseSrcSet} from '@folio/core';

/** A `srcset` with every URL mapped, written back in a normal form. */
export function mapSrcSet(srcset: string, map: (url: string) => string): string {
  return parseSrcSet(srcset)
    .map(({url, descriptor}) => (descriptor === '' ? map(url) : `${map(url)} ${descriptor}`))
    .join(', ');
}
