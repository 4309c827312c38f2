/**
 * "Did you mean…?": the closest of a list of valid names (schema properties,
 * options, rule ids), by edit distance.
 *
 * Suggestion du nom valide le plus proche.
 */

/** Edit distance of two strings (insertions, deletions, substitutions, adjacent swaps), at most `limit + 1`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (previous2[j - 2] as number) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `value` (case ignored), when it is close enough to
 * be what was meant: at most a third of its length away (and at least 2).
 * Ties go to the first candidate.
 *
 * @example closestName('dateNaissnce', ['nomNaissance', 'dateNaissance']) // 'dateNaissance'
 */
export function closestName(value: string, candidates: Iterable<string>): string | undefined {
  const v = value.toLowerCase();
  const limit = Math.max(2, Math.floor(v.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(v, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
