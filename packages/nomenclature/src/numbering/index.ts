/**
 * Numberings of SERAFIN-PH codes (ANS 2023, CNSA 2018, ROR TRE_R265) and the
 * translation between them.
 *
 * **A code given without a numbering is read as `ans-2023`.**
 */
export { NUMBERINGS, DEFAULT_NUMBERING, isNumbering, type Numbering, type Equivalence } from './numbering.js';
export type { NumberingConcept } from './numbering-concept.js';
export {
  translate,
  type TranslateOptions,
  type TranslateResult,
  type TranslateMatch,
  type TranslateMatched,
  type TranslateUnmatched,
  type TranslateUnknownCode,
  type TranslateInvalidInput,
  type UnmatchedReason,
} from './translate.js';
export { interpretations, isAmbiguous, type CodeInterpretations } from './interpretations.js';
export { toAns2023 } from './to-ans-2023.js';
export { numberingConcept, numberingCodes } from './lookup.js';
export { NUMBERING_TABLE_VERSION } from '../generated/numbering-table.js';
