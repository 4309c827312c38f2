/**
 * The words search compares: a text folded by `foldForSearch`, split into
 * words, without the French stop words (articles, prepositions).
 */
import { foldForSearch, words } from './normalize.js';

const STOP_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'un',
  'une',
]);

/**
 * The search words of a text: folded, split, stop words dropped.
 *
 * @example labelWords('Aide aux aidants') // ['aide', 'aidants']
 */
export function labelWords(text: string): string[] {
  return words(foldForSearch(text)).filter((w) => !STOP_WORDS.has(w));
}
