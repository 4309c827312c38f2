import type { Numbering } from './numbering.js';

/**
 * What a code means in one numbering.
 *
 * Two `NumberingConcept`s with the same `conceptId` are the same concept
 * (equivalent codes); different ids are different concepts, even when the code
 * strings are equal (`2.2.1` in `ans-2023` and in `cnsa-2018`).
 */
export interface NumberingConcept {
  /** Numbering the code belongs to. */
  readonly numbering: Numbering;
  /** The code, as given (ROR: the TRE_R265 id such as `011`). */
  readonly code: string;
  /**
   * Label, byte-exact as published: the ANS display (`ans-2023`), the FHIR
   * display of TRE_R265 (`ror-r265`, shortened to 80 characters by the ROR), the
   * CNSA label read next to its number in a source (`cnsa-2018`). `null` when
   * no source establishes the CNSA label: it is never invented.
   */
  readonly display: string | null;
  /**
   * `published` (ANS, ROR: the list is published as a whole), `quoted` (CNSA
   * label read in a source, see data/numbering/evidence.json) or `not-established`.
   */
  readonly labelStatus: 'published' | 'quoted' | 'not-established';
  /**
   * Level as published: ANS "type" (BLOC = 1, "Niveau N" = N; `null` for the
   * deprecated duplicates, which have none); for CNSA and ROR, the number of
   * segments of the CNSA number (the CNSA level).
   */
  readonly level: 1 | 2 | 3 | 4 | null;
  /** ANS: `active` or `deprecated`; ROR: `active` or `retired` (032); CNSA: `null` (no status is published). */
  readonly status: 'active' | 'deprecated' | 'retired' | null;
  /**
   * `published` for ANS and ROR codes; for CNSA codes, `attested` (a source
   * cites the number) or `inferred` (existence deduced, e.g. the intermediate
   * level 1.1.1 implied by 1.1.1.1–1.1.1.10).
   */
  readonly existence: 'published' | 'attested' | 'inferred';
  /** Identity of the concept across numberings: the id of its row in data/numbering/mapping.json. */
  readonly conceptId: string;
}
