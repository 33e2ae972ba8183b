import {createHash} from 'node:crypto';

/** A short, stable hash of text or bytes, to tell whether something changed. */
export function hashText(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('base64url');
}
