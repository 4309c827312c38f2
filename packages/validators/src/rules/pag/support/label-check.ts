/**
 * The label check of PAG-CODES-006: is the label written beside a SERAFIN-PH
 * code its published display, up to typography?
 */
import { normalizeDisplay, type SerafinConcept } from '@serafin-ph/nomenclature';

/**
 * True when `label` is the published display of `concept`, or differs from it
 * only by apostrophes, ligatures or spaces — what
 * `validateCode(concept.code, { display: label }).result` answers, without
 * building its result (equivalence test in `label-check.test.ts`).
 */
export function isPublishedLabel(concept: SerafinConcept, label: string): boolean {
  return label === concept.display || normalizeDisplay(label) === concept.displayNormalized;
}
