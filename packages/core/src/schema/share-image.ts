/**
 * Whether `value` can name a page's shared picture (`image:` in front
 * matter or `site.yaml`): a site path (`/images/cover.jpg`) or an absolute
 * http(s) URL, without spaces. A relative path would mean something
 * different on every page that falls back to it.
 */
export function isShareImage(value: unknown): value is string {
  return typeof value === 'string' && /^(\/(?!\/)|https?:\/\/[^/\s]+\/?)\S*$/.test(value);
}
