// Characters that `encodeURIComponent` escapes but a fragment may carry as is.
const keptInFragment = /%(?:21|24|26|27|28|29|2A|2B|2C|2F|3A|3B|3D|3F|40)/g;

/** A decoded id as it goes after `#` in an `href`: `fn:1` stays, `café` → `caf%C3%A9`. */
export function encodeFragment(id: string): string {
  return encodeURIComponent(id).replace(keptInFragment, (escape) => decodeURIComponent(escape));
}

/** `href` of a link to an id on the same page. */
export function fragmentHref(id: string): string {
  return `#${encodeFragment(id)}`;
}
