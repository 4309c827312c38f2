/**
 * Full-text search over the SERAFIN-PH displays (and definitions on request).
 *
 * Matching is case- and accent-insensitive and works on words: a query word
 * matches a display word exactly, as a prefix ("aid" → "aidant"), or as a close
 * form of the same family sharing at least five leading letters ("scolarité" →
 * "scolaire"). A small project-curated synonym table widens a few everyday words
 * ("scolarité" → "élève", "étudiant"). Every query word must match.
 */
import { SERAFIN_CONCEPTS } from '../generated/serafin-concepts.js';
import { SEARCH_SYNONYMS } from '../generated/search-synonyms.js';
import { foldForSearch, words } from '../text/normalize.js';
import { conceptOf } from './code-index.js';
import type { SerafinBranch, SerafinConcept } from './concept.js';
import type { DefinitionTable } from './definitions-table.js';

/** Options of {@link search}. */
export interface SearchOptions {
  /** Restrict to one block. */
  readonly branch?: SerafinBranch;
  /** Leave deprecated concepts out. */
  readonly activeOnly?: boolean;
  /** Maximum number of hits (default 20). */
  readonly limit?: number;
  /** Also search the definitions of this table (from `@serafin-ph/nomenclature/definitions`); display matches rank first. */
  readonly definitions?: DefinitionTable;
}

/** One search result. */
export interface SearchHit {
  /** The concept found. */
  readonly concept: SerafinConcept;
  /** Relevance, higher is better (only meaningful to compare hits of one query). */
  readonly score: number;
  /** Where the best match was found. */
  readonly matchedIn: 'display' | 'definition';
}

const STOP_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sa', 'se', 'ses', 'son', 'sur', 'un', 'une',
]);

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Score of one query word against one candidate word: 1 exact, 0.8 prefix, 0.6 same family, 0 none. */
function wordScore(query: string, word: string): number {
  if (word === query) return 1;
  if (word.startsWith(query)) return 0.8;
  const cp = commonPrefixLength(query, word);
  if (cp >= 5 && cp >= Math.min(query.length, word.length) - 3) return 0.6;
  return 0;
}

function bestScore(query: string, candidates: readonly string[]): number {
  let best = 0;
  const alternatives = [query, ...(SEARCH_SYNONYMS[query] ?? [])];
  for (const [i, q] of alternatives.entries()) {
    const factor = i === 0 ? 1 : 0.9;
    for (const w of candidates) {
      const s = wordScore(q, w) * factor;
      if (s > best) best = s;
    }
  }
  return best;
}

let displayWords: Map<string, readonly string[]> | undefined;

function displayWordsOf(code: string, display: string): readonly string[] {
  displayWords ??= new Map();
  let w = displayWords.get(code);
  if (!w) {
    w = words(foldForSearch(display)).filter((x) => !STOP_WORDS.has(x));
    displayWords.set(code, w);
  }
  return w;
}

/**
 * Searches concepts by words, ranked by relevance.
 *
 * @example search('scolarite').map((h) => h.concept.code) // ['1.3.3.1', '2.3.3.1', …]
 */
export function search(text: string, options: SearchOptions = {}): SearchHit[] {
  if (typeof text !== 'string') return [];
  const queryWords = words(foldForSearch(text)).filter((w) => !STOP_WORDS.has(w));
  if (queryWords.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const row of SERAFIN_CONCEPTS) {
    if (options.branch !== undefined && row.branch !== options.branch) continue;
    if (options.activeOnly === true && row.status === 'deprecated') continue;
    const dWords = displayWordsOf(row.code, row.display);
    const definition = options.definitions?.[row.code];
    let defWords: readonly string[] | undefined;
    let score = 0;
    let inDefinition = false;
    let all = true;
    for (const q of queryWords) {
      let s = bestScore(q, dWords);
      if (s === 0 && definition !== undefined) {
        defWords ??= words(foldForSearch(definition));
        s = bestScore(q, defWords) * 0.3;
        if (s > 0) inDefinition = true;
      }
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (!all) continue;
    // Prefer specific labels, then active concepts.
    score += 0.05 / Math.max(1, dWords.length);
    if (row.status === 'deprecated') score -= 0.1;
    const concept = conceptOf(row.code);
    if (concept) hits.push({ concept, score: Math.round(score * 1000) / 1000, matchedIn: inDefinition ? 'definition' : 'display' });
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, Math.max(0, options.limit ?? 20));
}
