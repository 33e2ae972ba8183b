import type {Point, Position} from 'unist';

/**
 * Maps offsets in an embedded text (a YAML block) to points in the file it
 * sits in, given where the text's first character is.
 */
export function createPositionMapper(text: string, start: Point): (from: number, to: number) => Position {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);
  }
  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    const column = clamped - (lineStarts[low] ?? 0) + 1;
    return {
      line: start.line + low,
      column: low === 0 ? start.column + column - 1 : column,
      ...(start.offset === undefined ? {} : {offset: start.offset + clamped})
    };
  }
  return (from, to) => ({start: point(from), end: point(to)});
}
