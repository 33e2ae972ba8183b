import type {VFile} from 'vfile';
import type {LinkNode} from './link-nodes.js';

/**
 * The node's source with its URL part `from` replaced by `to`: the text an
 * editor puts in place of the whole message range as a quick fix
 * (`message.expected`). Undefined when the URL is not written as-is in the
 * source (escapes, character references), so no fix is offered.
 */
export function fixedSource(file: VFile, node: LinkNode, from: string, to: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || from === '') return undefined;
  const source = String(file.value ?? '').slice(start, end);
  // The URL comes after the label: `[text](url)`, `![alt](url)`, `[label]: url`.
  const labelEnd = node.type === 'definition' ? source.indexOf(']:') : source.lastIndexOf('](');
  const index = source.indexOf(from, Math.max(labelEnd, 0));
  return index < 0 ? undefined : source.slice(0, index) + to + source.slice(index + from.length);
}
