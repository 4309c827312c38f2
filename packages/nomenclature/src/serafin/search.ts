/**
 * Full-text search over the SERAFIN-PH displays (and definitions on request).
 *
 * Matching is case- and accent-insensitive and works on words: a query word
 * matches a display word exactly, as a prefix ("aid" → "aidant"), or as a close
 * form of the same family sharing at least five leading letters ("scolarité" →
 * "scolaire"). A project-curated synonym table (not official, each entry with
 * its reason) widens everyday words and phrases ("scolarité" → "élève",
 * "étudiant"; « aide aux aidants »). Every query word (or phrase) must match.
 */
import { SERAFIN_CONCEPTS } from '../generated/serafin-concepts.js';
import { foldForSearch, words } from '../text/normalize.js';
import { labelWords } from '../text/label-words.js';
import { queryTerms, termScore } from '../text/word-search.js';
import { conceptOf } from './code-index.js';
import type { SerafinBranch, SerafinConcept } from './concept.js';
import type { DefinitionTable } from './definitions-table.js';
import { ownOptions } from './own-option.js';

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

let displayWords: Map<string, readonly string[]> | undefined;

function displayWordsOf(code: string, display: string): readonly string[] {
  displayWords ??= new Map();
  let w = displayWords.get(code);
  if (!w) {
    w = labelWords(display);
    displayWords.set(code, w);
  }
  return w;
}

/**
 * Searches concepts by words, ranked by relevance. Never throws. Only the own members of `options` are read
 * (never one inherited from `Object.prototype`); options that are not an
 * object (`null` from JavaScript) count as none.
 *
 * @example search('scolarite').map((h) => h.concept.code) // ['1.3.3.1', '2.3.3.1', …]
 */
export function search(text: string, options?: SearchOptions): SearchHit[] {
  const o = ownOptions(options);
  if (typeof text !== 'string') return [];
  const terms = queryTerms(text);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const row of SERAFIN_CONCEPTS) {
    if (o.branch !== undefined && row.branch !== o.branch) continue;
    if (o.activeOnly === true && row.status === 'deprecated') continue;
    const dWords = displayWordsOf(row.code, row.display);
    const definition = o.definitions?.[row.code];
    let defWords: readonly string[] | undefined;
    let score = 0;
    let inDefinition = false;
    let all = true;
    for (const q of terms) {
      let s = termScore(q, dWords);
      if (s === 0 && definition !== undefined) {
        defWords ??= words(foldForSearch(definition));
        s = termScore(q, defWords) * 0.3;
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
  return hits.slice(0, Math.max(0, o.limit ?? 20));
}
