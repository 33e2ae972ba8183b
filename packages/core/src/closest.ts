/**
 * Edit distance between two strings: insertions, deletions, substitutions,
 * and swaps of two neighbours (`titel` → `title` is one edit), the typos
 * people make. With `cap`, gives up as soon as the distance must exceed it
 * and returns `cap + 1`: a site with thousands of broken links asks this of
 * every candidate for each one.
 */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let twoBack = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, (twoBack[j - 2] as number) + 1);
      }
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // Every later row is at least this row's smallest value.
    if (rowBest > cap) return cap + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  const distance = previous[b.length] as number;
  return distance > cap ? cap + 1 : distance;
}

/** Letters counted into 64 buckets (by code unit): two strings' counts bound their distance from below. */
function letterCounts(text: string): Int16Array {
  const counts = new Int16Array(64);
  for (let index = 0; index < text.length; index++) {
    const bucket = text.charCodeAt(index) & 63;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  return counts;
}

/**
 * A lower bound of `editDistance`: an insertion or deletion changes one
 * count by one, a substitution two, a swap none. Sharing buckets only lowers
 * it, so it stays a bound.
 */
function countsBound(a: Int16Array, b: Int16Array): number {
  let difference = 0;
  for (let bucket = 0; bucket < 64; bucket++) difference += Math.abs((a[bucket] as number) - (b[bucket] as number));
  return Math.ceil(difference / 2);
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
  const counts = letterCounts(value);
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const [shorter, longer] = value.length <= candidate.length ? [value, candidate] : [candidate, value];
    const prefix = shorter.length >= 3 && longer.startsWith(shorter) && shorter.length * 3 >= longer.length;
    // A prefix is exactly as far as the letters it lacks.
    const limit = prefix ? longer.length - shorter.length : Math.max(1, Math.floor(longer.length / 3));
    // Anything farther than the best so far cannot win (a tie still can, alphabetically).
    const cap = Math.min(limit, bestScore);
    if (!prefix && (Math.abs(value.length - candidate.length) > cap || countsBound(counts, letterCounts(candidate)) > cap)) continue;
    const score = prefix ? limit : editDistance(value, candidate, cap);
    if (score > limit || score > bestScore) continue;
    // Ties go to the alphabetically first, so output never depends on order.
    if (score < bestScore || (best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

// Characters that render as nothing: variation selectors, zero-width joiners
// and spaces, soft hyphens, direction marks, tag characters.
const invisible = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * An id or URL as a writer can read and type it in a message: characters
 * that render as nothing are percent-encoded (`❤️` leaves U+FE0F in a
 * GitHub id: `#love-%EF%B8%8F`), which a link may write and still reach
 * the same anchor. Dropping them would suggest an id that does not exist.
 */
export function visibleInMessage(text: string): string {
  return text.replace(invisible, (character) => encodeURIComponent(character));
}
