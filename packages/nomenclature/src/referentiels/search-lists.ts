/**
 * Word search over the labels of the companion lists (TRE, JDV, project
 * lists), with the same matching and synonym table as the SERAFIN-PH
 * `search()`: case- and accent-insensitive, on words, prefixes and close
 * forms; every query word (or phrase of the table) must match the label or one
 * of its designations.
 *
 * A code found in a code system and in value sets drawn from it (TRE_R420 5.5,
 * also in JDV_J402) is reported once, under its code system, with the value
 * sets that hold it.
 */
import { labelWords } from '../text/label-words.js';
import { labelScore, queryTerms, type QueryTerm } from '../text/word-search.js';
import { CodeList } from './code-list.js';
import { ALL_REFERENTIELS, type AnyReferentiel } from './registry.js';

/** Options of {@link searchReferentiels}. */
export interface SearchReferentielsOptions {
  /** Lists searched (default: every list held, newest versions). */
  readonly lists?: readonly AnyReferentiel[];
  /** Leave codes the list marks deprecated out. */
  readonly activeOnly?: boolean;
  /** Maximum number of hits (default 20). */
  readonly limit?: number;
}

/** One code found by {@link searchReferentiels}. */
export interface ReferentielSearchHit {
  /** Identifier of the list it was found in (its code system first: `TRE_R420`). */
  readonly list: string;
  /** System of the code (`Coding.system`). */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** Its label, as published. */
  readonly display: string;
  /** `true` when the list marks it deprecated. */
  readonly deprecated: boolean;
  /** The other searched lists (value sets) that hold the same system and code. */
  readonly alsoIn: readonly string[];
  /** Relevance, higher is better (comparable with the SERAFIN-PH `search()` scores of the same query). */
  readonly score: number;
}

interface Candidate {
  readonly list: AnyReferentiel;
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly texts: readonly string[];
  readonly deprecated: boolean;
}

function* candidates(list: AnyReferentiel): Generator<Candidate> {
  if (list instanceof CodeList) {
    for (const c of list.concepts) {
      yield {
        list,
        system: list.system,
        code: c.code,
        display: c.display,
        texts: [c.display, ...(c.designations ?? []).map((d) => d.value)],
        deprecated: c.status === 'deprecated',
      };
    }
  } else {
    for (const m of list.members) yield { list, system: m.system, code: m.code, display: m.display, texts: [m.display], deprecated: false };
  }
}

function scoreOf(terms: readonly QueryTerm[], texts: readonly string[]): number {
  let best = 0;
  for (const t of texts) {
    const s = labelScore(terms, labelWords(t));
    if (s > best) best = s;
  }
  return best;
}

/**
 * Searches the companion lists by words, ranked by relevance (ties: the order
 * of the lists, then of their codes). Never throws; an empty query finds
 * nothing.
 *
 * @example searchReferentiels('autisme')[0] // { list: 'TRE_R403', code: '437', display: 'Troubles du spectre de l\'autisme', … }
 */
export function searchReferentiels(text: string, options: SearchReferentielsOptions = {}): ReferentielSearchHit[] {
  if (typeof text !== 'string') return [];
  const terms = queryTerms(text);
  if (terms.length === 0) return [];
  const lists = [...(options.lists ?? ALL_REFERENTIELS)];
  // code systems first, so that a code is reported under its own list
  lists.sort((a, b) => Number(b.metadata.resourceType === 'CodeSystem') - Number(a.metadata.resourceType === 'CodeSystem'));
  const byToken = new Map<string, { hit: Omit<ReferentielSearchHit, 'alsoIn'>; alsoIn: string[]; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const c of candidates(list)) {
      if (options.activeOnly === true && c.deprecated) continue;
      const score = scoreOf(terms, c.texts);
      if (score === 0) continue;
      const token = `${c.system}|${c.code}`;
      const known = byToken.get(token);
      if (known !== undefined) {
        if (known.hit.list !== list.metadata.id && !known.alsoIn.includes(list.metadata.id)) known.alsoIn.push(list.metadata.id);
        continue;
      }
      byToken.set(token, {
        hit: {
          list: list.metadata.id,
          system: c.system,
          code: c.code,
          display: c.display,
          deprecated: c.deprecated,
          score: Math.round((score - (c.deprecated ? 0.1 : 0)) * 1000) / 1000,
        },
        alsoIn: [],
        order: order++,
      });
    }
  }
  return [...byToken.values()]
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
    .slice(0, Math.max(0, options.limit ?? 20))
    .map(({ hit, alsoIn }) => ({ ...hit, alsoIn }));
}
