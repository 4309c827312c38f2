/**
 * Ids of the structural checks (their documentation is in
 * `structure-rules.ts`, apart so that the validation engine does not carry it).
 */

/** Ids of the structural checks. */
export const STRUCTURE = {
  json: 'STRUCTURE-JSON',
  typeDocument: 'STRUCTURE-TYPE-DOCUMENT',
  obligatoire: 'STRUCTURE-OBLIGATOIRE',
  inconnu: 'STRUCTURE-INCONNU',
  type: 'STRUCTURE-TYPE',
  valeur: 'STRUCTURE-VALEUR',
  format: 'STRUCTURE-FORMAT',
  cardinalite: 'STRUCTURE-CARDINALITE',
  borne: 'STRUCTURE-BORNE',
  variante: 'STRUCTURE-VARIANTE',
  autre: 'STRUCTURE-AUTRE',
  tronque: 'STRUCTURE-TRONQUE',
  interne: 'STRUCTURE-INTERNE',
} as const;
