import {unsafeSitePath} from '../output-paths.js';
import {unpublishableCharacter} from '../unpublishable.js';

// What the feed and the HTML need of `site.yaml` values, checked where they
// are read so a build never meets a value it cannot write.

// RFC 4151 `DNSname`, which a feed entry's `tag:` id is built on (IPv4 too).
const dnsName = /^[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*$/;
// Atom's `atomLanguageTag` (RFC 3066 shape), which `lang` and `xml:lang` take.
const languageTag = /^[A-Za-z]{1,8}(?:-[A-Za-z\d]{1,8})*$/;
// Controls, and what an URL never holds unescaped (RFC 3986): quotes, angle brackets, braces…
const notInUrl = /[\u0000-\u0020\u007F-\u009F"<>\\^`{|}]/u;

/** Why `value` cannot be the site's `baseUrl`, as the rest of "expected …"; undefined when it can. */
export function baseUrlProblem(value: string): string | undefined {
  const example = 'an absolute URL such as `https://www.example.com`';
  if (!/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(value)) return example;
  if (notInUrl.test(value)) return `${example}, without spaces, quotes, angle brackets, braces or backslashes`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return example;
  }
  if (url.username !== '' || url.password !== '') return `${example}, without a user name or password`;
  if (!dnsName.test(url.hostname)) return `${example}, whose host is a domain name (feed entry ids are \`tag:\` URIs on it)`;
  return undefined;
}

/** Why `value` cannot be the site's `language`; undefined when it can. */
export function languageProblem(value: string): string | undefined {
  return languageTag.test(value) ? undefined : 'a language tag such as `en` or `en-US`';
}

/** Why `value` cannot be `feed.path`; undefined when it can. */
export function feedPathProblem(value: string): string | undefined {
  const example = 'a file path inside the output such as `atom.xml` or `feeds/all.xml`';
  if (value.startsWith('/') || value.endsWith('/') || /\s/.test(value)) return `${example}, without a leading or trailing \`/\` or spaces`;
  const unsafe = unsafeSitePath(`/${value}`);
  return unsafe === undefined ? undefined : `${example}, without ${unsafe}`;
}

/** Why `value` cannot be the author's `email`; undefined when it can. */
export function emailProblem(value: string): string | undefined {
  return /^[^\s@"<>]+@[^\s@"<>]+$/.test(value) ? undefined : 'an email address such as `name@example.com`';
}

/** Why `value` cannot be the author's `uri` (absolute, or a path on the site); undefined when it can. */
export function uriProblem(value: string, baseUrl: string): string | undefined {
  const example = 'an absolute URL or a path on the site such as `/about/`';
  if (notInUrl.test(value)) return `${example}, without spaces or quotes`;
  try {
    new URL(value, `${baseUrl}/`);
    return undefined;
  } catch {
    return example;
  }
}

/** Why a text value (a title, a name) cannot be published as it is; undefined when it can. */
export function textProblem(value: string): string | undefined {
  return unpublishableCharacter.test(value) ? 'printable text, without control characters or noncharacters' : undefined;
}
