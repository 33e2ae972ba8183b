/**
 * Edit distance between two strings: insertions, deletions, substitutions,
 * and swaps of two neighbours (`titel` → `title` is one edit), the typos
 * people make.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo
 * or rename: at most a third of the longer string differs, or one is a
 * prefix of the other, three or more characters and at least a third as
 * long (`#intro` for `#introduction`, but not `/` for every URL).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const score = editDistance(value, candidate);
    const [shorter, longer] = value.length <= candidate.length ? [value, candidate] : [candidate, value];
    const prefix = shorter.length >= 3 && longer.startsWith(shorter) && shorter.length * 3 >= longer.length;
    if (!prefix && score > Math.max(1, Math.floor(longer.length / 3))) continue;
    // Ties go to the alphabetically first, so output never depends on order.
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
