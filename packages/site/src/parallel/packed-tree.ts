import {deserialize, serialize} from 'node:v8';
import {deflateRawSync, inflateRawSync} from 'node:zlib';
import type {Root} from 'mdast';
import type {Value} from 'vfile';

/**
 * A tree and its file's text waiting between the phases in about the bytes
 * of the file: V8's serialization (which keeps every field, `undefined`
 * and shared nodes as they were) squeezed with the fastest deflate.
 * Packing and unpacking cost a few percent of parsing the file again; a
 * live tree takes about eight times its file.
 */
export type PackedTree = Uint8Array;

export function packTree(tree: Root, value: Value): PackedTree {
  return deflateRawSync(serialize([tree, value]), {level: 1});
}

export function unpackTree(packed: PackedTree): [Root, Value] {
  return deserialize(inflateRawSync(packed)) as [Root, Value];
}
