import {closest} from '@folio/core';

/**
 * The candidate a missing name most likely meant. `closest` counts a prefix
 * as a near miss, and `/` is a prefix of every URL (`a` of many ids), so only
 * candidates at least half as long as the name are considered.
 */
export function near(name: string, candidates: Iterable<string>): string | undefined {
  // `closest` breaks ties alphabetically, so the candidates' order does not matter.
  return closest(name, [...candidates].filter((candidate) => candidate !== '' && candidate.length * 2 >= name.length));
}

/**
 * The existing id a missing one most likely meant: the same id in other
 * case first (ids are case-sensitive in HTML), else the nearest.
 */
export function suggestId(missing: string, ids: Iterable<string>): string | undefined {
  const unique = [...new Set(ids)].sort();
  const lower = missing.toLowerCase();
  return unique.find((id) => id.toLowerCase() === lower) ?? near(missing, unique);
}
