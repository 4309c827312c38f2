/**
 * Views on the three blocks of SERAFIN-PH. Each view is the matching ANS value
 * set (J285, J284, J283) seen as a typed list with its own guard and lookup.
 */
import {
  BESOIN_CODES,
  PRESTATION_DIRECTE_CODES,
  PRESTATION_INDIRECTE_CODES,
  type BesoinCode,
  type PrestationDirecteCode,
  type PrestationIndirecteCode,
  type SerafinCode,
} from '../generated/serafin-concepts.js';
import type { SerafinValueSetId } from '../generated/serafin-value-sets.js';
import { conceptOf } from './code-index.js';
import type { SerafinBranch, SerafinConcept } from './concept.js';
import { valueSet, type ExpandOptions, type ExpansionEntry } from './value-sets.js';

/** A typed view on one block. */
export interface BranchView<C extends SerafinCode> {
  /** Block identifier. */
  readonly branch: SerafinBranch;
  /** Code of the block itself ("1", "2" or "3"). */
  readonly root: C;
  /** ANS value set holding exactly this block. */
  readonly valueSetId: SerafinValueSetId;
  /** Every code of the block (deprecated included), in code order. */
  readonly codes: readonly C[];
  /** Type guard: true when `code` belongs to the block. */
  has(code: unknown): code is C;
  /** The concept when `code` belongs to the block (ANS 2023 numbering), else undefined. */
  lookup(code: string): SerafinConcept | undefined;
  /** Members with their value-set displays. */
  expand(options?: ExpandOptions): ExpansionEntry[];
}

function view<C extends SerafinCode>(branch: SerafinBranch, root: C, valueSetId: SerafinValueSetId, codes: readonly C[]): BranchView<C> {
  const members: ReadonlySet<string> = new Set(codes);
  const has = (code: unknown): code is C => typeof code === 'string' && members.has(code);
  return {
    branch,
    root,
    valueSetId,
    codes,
    has,
    lookup: (code) => (has(code) ? conceptOf(code) : undefined),
    expand: (options) => valueSet(valueSetId).expand(options),
  };
}

/** Block 1, "Besoins" (= JDV_J285). */
export const besoins: BranchView<BesoinCode> = /* @__PURE__ */ view('besoins', '1', 'J285', BESOIN_CODES);

/** Block 2, "Prestations directes - Soins et d’accompagnement" (= JDV_J284). */
export const prestationsDirectes: BranchView<PrestationDirecteCode> = /* @__PURE__ */ view('prestations-directes', '2', 'J284', PRESTATION_DIRECTE_CODES);

/** Block 3, "Prestations indirectes - Pilotage et fonctions supports" (= JDV_J283). */
export const prestationsIndirectes: BranchView<PrestationIndirecteCode> = /* @__PURE__ */ view('prestations-indirectes', '3', 'J283', PRESTATION_INDIRECTE_CODES);
