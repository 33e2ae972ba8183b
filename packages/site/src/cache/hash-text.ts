import {createHash} from 'node:crypto';

/** A short, stable hash of text or bytes (or bytes in pieces), to tell whether something changed. */
export function hashText(text: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha1');
  if (typeof text === 'string' || !Array.isArray(text)) hash.update(text as string | Uint8Array);
  else for (const piece of text) hash.update(piece);
  return hash.digest('base64url');
}
