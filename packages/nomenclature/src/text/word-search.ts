/**
 * Word matching shared by the SERAFIN-PH search and the companion-list
 * search: a query is folded (case and accents removed), split into words,
 * stop words dropped, and the phrases of the project's synonym table
 * (`data/serafin/search-synonyms.json`, not an official list) grouped into one
 * query term. A term matches a label word exactly, as a prefix ("aid" →
 * "aidant"), or as a close form of the same family sharing at least five
 * leading letters ("scolarité" → "scolaire"); its synonyms match at a lower
 * score.
 */
import { SEARCH_SYNONYMS } from '../generated/search-synonyms.js';
import { labelWords } from './label-words.js';

export { labelWords };

/** One term of a query: a word (or a phrase of the synonym table) and the words that stand for it. */
export interface QueryTerm {
  /** The folded word, or the folded phrase (`aide aidants`). */
  readonly text: string;
  /** The words tried, the term itself first (absent for a phrase), then its synonyms. */
  readonly alternatives: readonly string[];
  /** `true` when the first alternative is the term itself (scored in full; synonyms score 0.9×). */
  readonly literal: boolean;
}

let longestPhrase: number | undefined;

/**
 * The terms of a query. The longest phrase of the synonym table that starts at
 * a word is taken as one term (« aide aux aidants »); other words stand alone,
 * with their synonyms.
 */
export function queryTerms(text: string): QueryTerm[] {
  const ws = labelWords(text);
  longestPhrase ??= Math.max(1, ...Object.keys(SEARCH_SYNONYMS).map((k) => k.split(' ').length));
  const terms: QueryTerm[] = [];
  for (let i = 0; i < ws.length;) {
    let taken = false;
    for (let n = Math.min(longestPhrase, ws.length - i); n >= 2; n--) {
      const phrase = ws.slice(i, i + n).join(' ');
      const synonyms = SEARCH_SYNONYMS[phrase];
      if (synonyms !== undefined) {
        terms.push({ text: phrase, alternatives: synonyms, literal: false });
        i += n;
        taken = true;
        break;
      }
    }
    if (taken) continue;
    const w = ws[i]!;
    terms.push({ text: w, alternatives: [w, ...(SEARCH_SYNONYMS[w] ?? [])], literal: true });
    i++;
  }
  return terms;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Score of one query word against one label word: 1 exact, 0.8 prefix, 0.6 same family, 0 none. */
function wordScore(query: string, word: string): number {
  if (word === query) return 1;
  if (word.startsWith(query)) return 0.8;
  const cp = commonPrefixLength(query, word);
  if (cp >= 5 && cp >= Math.min(query.length, word.length) - 3) return 0.6;
  return 0;
}

/** Best score of a term over label words (0 when none matches). */
export function termScore(term: QueryTerm, label: readonly string[]): number {
  let best = 0;
  for (const [i, q] of term.alternatives.entries()) {
    const factor = term.literal && i === 0 ? 1 : 0.9;
    // a synonym of several words ("accueil temporaire") matches when each of its words does
    const parts = q.split(' ');
    let s = Infinity;
    for (const p of parts) {
      let bestPart = 0;
      for (const w of label) {
        const ps = wordScore(p, w);
        if (ps > bestPart) bestPart = ps;
      }
      s = Math.min(s, bestPart);
    }
    if (s * factor > best) best = s * factor;
  }
  return best;
}

/**
 * Score of a query against a label (every term must match), `0` when one does
 * not; a shorter label scores slightly higher.
 */
export function labelScore(terms: readonly QueryTerm[], label: readonly string[]): number {
  let score = 0;
  for (const t of terms) {
    const s = termScore(t, label);
    if (s === 0) return 0;
    score += s;
  }
  return score + 0.05 / Math.max(1, label.length);
}
