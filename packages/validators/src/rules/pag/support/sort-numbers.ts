/**
 * A numeric sort of the short arrays the rules sort (the starts of the
 * timetable's slots, PAG-EDT-004).
 *
 * Tri numérique des tableaux courts.
 */

/** Up to this many numbers, {@link sortNumbers} sorts them in place by insertion (a timetable has a few slots a week). */
const INSERTION_SORT_MAX = 16;

/**
 * Sorts `keys` in ascending order, as `keys.sort((x, y) => x - y)` does
 * (numbers, no NaN): a short array by insertion, without a call of the
 * comparison function per comparison; a longer one by `sort`.
 */
export function sortNumbers(keys: number[]): void {
  const n = keys.length;
  if (n > INSERTION_SORT_MAX) {
    keys.sort((x, y) => x - y);
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = key;
  }
}
