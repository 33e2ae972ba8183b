/**
 * Fail on input only a programming error produces: the build passes checked
 * data, so a bad value here is a bug to see at once, not a content problem.
 */
export function unexpected(value: unknown, field: string, expected: string): never {
  throw new Error(`Unexpected value \`${String(value)}\` for \`${field}\`, expected ${expected}`);
}
