import type {ElementContent} from 'hast';

/**
 * Put a line break between block children, so the written HTML reads one
 * element per line and snapshot diffs stay small.
 */
export function lines(children: ReadonlyArray<ElementContent>): ElementContent[] {
  const result: ElementContent[] = [{type: 'text', value: '\n'}];
  for (const child of children) {
    result.push(child, {type: 'text', value: '\n'});
  }
  return result;
}
