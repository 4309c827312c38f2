/**
 * Text filter of `expand`: every word of the filter must start a word of the
 * code, display or designations, compared after `foldForSearch` (case- and
 * accent-insensitive).
 */
import { foldForSearch, words } from '../text/normalize.js';

/** Builds a predicate over searchable texts from a filter string. */
export function textMatcher(filter: string): (texts: readonly string[]) => boolean {
  const wanted = words(foldForSearch(filter));
  if (wanted.length === 0) return () => true;
  return (texts) => {
    const haystack = ` ${texts.map((t) => foldForSearch(t)).join(' ')}`;
    return wanted.every((w) => haystack.includes(` ${w}`));
  };
}

/** Applies `offset` / `count` paging to a list. */
export function page<T>(items: T[], offset: number | undefined, count: number | undefined): T[] {
  const start = Math.max(0, offset ?? 0);
  return count === undefined ? items.slice(start) : items.slice(start, start + Math.max(0, count));
}
