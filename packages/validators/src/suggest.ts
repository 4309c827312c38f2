/**
 * @packageDocumentation
 * `@serafin-ph/validators/suggest` : « Vouliez-vous dire… ? », le plus proche
 * d’une liste de noms valides (propriétés des schémas, options, identifiants de
 * règles) par distance d’édition. Le même calcul que les indices du validateur
 * sur une propriété inconnue ; la CLI s’en sert pour ses suggestions (options,
 * règles, codes) sans charger les contrôles. Aussi exporté par l’entrée
 * principale.
 *
 * "Did you mean…?": the closest of a list of valid names (schema properties,
 * options, rule ids), by edit distance. The same measure as the validator's
 * unknown-property hints; the CLI's suggestions (options, rule ids, codes) use
 * it without loading the checks. Also exported by the main entry.
 *
 * @module \@serafin-ph/validators/suggest
 */

/**
 * Edit distance of two strings (insertions, deletions, substitutions, adjacent
 * swaps: the optimal string alignment distance), cut off at `limit + 1`: once
 * every cell of a row exceeds `limit` the answer is `limit + 1`, so the cost is
 * O(|a| × |b|) at worst and stops early on distant strings.
 *
 * @param a - first string (compared as UTF-16 code units, case kept)
 * @param b - second string
 * @param limit - the largest distance of interest
 * @returns the distance, or `limit + 1` when it is larger than `limit`
 * @example editDistance('--formt', '--format', 2) // 1
 */
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
