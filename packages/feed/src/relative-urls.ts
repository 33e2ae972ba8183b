// A start tag (`<` is escaped everywhere else in serialized HTML), then its
// URL-valued attributes.
const startTag = /<[A-Za-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const urlAttribute = /\s(href|src|srcset|poster|cite)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const absolute = /^[A-Za-z][A-Za-z\d+.-]*:/;

function urlsOf(name: string, value: string): string[] {
  // `srcset` is a comma-separated list of `url descriptor`.
  if (name.toLowerCase() !== 'srcset') return [value.trim()];
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

/** URLs in `href`/`src`/`srcset`/`poster`/`cite` of `html` that are not absolute. */
export function relativeUrls(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(startTag)) {
    for (const match of tag.matchAll(urlAttribute)) {
      const value = match[2] ?? match[3] ?? match[4] ?? '';
      for (const url of urlsOf(match[1] ?? '', value)) {
        if (!absolute.test(url)) found.push(url);
      }
    }
  }
  return found;
}
