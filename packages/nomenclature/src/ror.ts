/**
 * @packageDocumentation
 * `@serafin-ph/nomenclature/ror` : les listes du ROR telles que publiées,
 * TRE_R265 et TRE_R266, avec chaque libellé, statut et date, à l'octet près.
 *
 * The ROR lists as published: TRE_R265
 * (prestations SERAFIN-PH, identifiers `001`–`072`, CNSA 2018 numbering in
 * their labels) and TRE_R266 (activity families outside SERAFIN-PH), with
 * every designation, status and date, byte-exact.
 *
 * A ROR identifier is a code of the `ror-r265` numbering: to read it as an ANS
 * 2023 code, or to get its label, use the numbering API of the core entry
 * (`toAns2023('011', 'ror-r265')`, `translate()`, `numberingConcept()`), which
 * does not need this entry.
 *
 * Provenance: `data/serafin/PROVENANCE.md`.
 *
 * @module \@serafin-ph/nomenclature/ror
 */
export {
  ROR_R265_LIST,
  ROR_R266_LIST,
  ROR_R265_CODES,
  ROR_R266_CODES,
  ROR_R265_ENTRIES,
  ROR_R266_ENTRIES,
  type RorR265Code,
  type RorR266Code,
  type RorEntryRow,
} from './generated/ror.js';
