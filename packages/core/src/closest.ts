/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo
 * or rename (at most a third of the longer string differs, or one is a prefix).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    let score = editDistance(value, candidate);
    const longest = Math.max(value.length, candidate.length);
    const prefix = candidate.startsWith(value) || value.startsWith(candidate);
    if (!prefix && score > Math.max(1, Math.floor(longest / 3))) continue;
    if (prefix) score = Math.min(score, 1);
    // Ties go to the alphabetically first, so output never depends on order.
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
