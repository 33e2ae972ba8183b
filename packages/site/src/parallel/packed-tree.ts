import {deserialize, serialize} from 'node:v8';
import {deflateRawSync, inflateRawSync} from 'node:zlib';
import type {Root} from 'mdast';

/**
 * A tree waiting between the phases in about the bytes of its file: V8's
 * serialization (which keeps every field, `undefined` and shared nodes as
 * they were) squeezed with the fastest deflate. Packing and unpacking cost
 * a few percent of parsing the file again; a live tree takes about eight
 * times its file.
 */
export type PackedTree = Uint8Array;

export function packTree(tree: Root): PackedTree {
  return deflateRawSync(serialize(tree), {level: 1});
}

export function unpackTree(packed: PackedTree): Root {
  return deserialize(inflateRawSync(packed)) as Root;
}
