/**
 * Everything the PAG facts read by pointer pattern — code objects, dates,
 * objects holding pairs of dates — in one list, in a fixed order. The walker
 * that finds them all in one pass is generated from this list
 * (`scripts/generators/fact-walker.ts`).
 *
 * Motifs lus par les faits du PAG.
 */
import { DATE_PAIR_OBJECTS, DATE_PATTERN_LIST } from './date-positions.js';

/**
 * Where SERAFIN-PH code objects appear in a PAG (checked against the schema by
 * a test: `info.codes` of the generated schema information).
 */
export const PAG_CODE_POSITIONS = [
  { pattern: '/annexes/emploiDuTemps/*/prestation', kind: 'prestation-directe' },
  { pattern: '/contexte/besoins/*/besoin', kind: 'besoin' },
  { pattern: '/contexte/objectifs/*/besoins/*', kind: 'besoin' },
  { pattern: '/engagements/*/prestations/*/prestation', kind: 'prestation-directe' },
] as const;

/** The code positions, then the dates, then the objects holding date pairs. */
export const PAG_FACT_PATTERNS: readonly string[] = [...PAG_CODE_POSITIONS.map((p) => p.pattern), ...DATE_PATTERN_LIST, ...DATE_PAIR_OBJECTS];

/** Index in {@link PAG_FACT_PATTERNS} of the first date pattern. */
export const PAG_FACT_DATES_FROM = PAG_CODE_POSITIONS.length;

/** Index in {@link PAG_FACT_PATTERNS} of the first date-pair object. */
export const PAG_FACT_PAIRS_FROM = PAG_FACT_DATES_FROM + DATE_PATTERN_LIST.length;
