/**
 * Documentation of the doublons rules of the derogation table (title, description,
 * source), apart from their checks (`../doublons.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « doublons ».
 */
import { text } from '../../../messages.js';
import { TABLEAU_SOURCES } from '../tableau-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each doublons rule, by rule id. */
export const doublonsDocs = {
  'TAB-DOUBLONS-001': {
    title: text('Identifiants de ligne uniques', 'Unique row identifiers'),
    description: text(
      'Les PAG désignent une ligne du tableau par son identifiant : deux lignes ne peuvent le partager.',
      'PAGs refer to a row of the table by its identifier: two rows cannot share it.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-DOUBLONS-002': {
    title: text('Pas de ligne en double', 'No duplicate rows'),
    description: text(
      'Deux lignes de même famille, même type d’objet, même objet (à la casse, aux accents et aux espaces près), mêmes paramètres et mêmes catégories d’établissement décrivent la même dérogation.',
      'Two rows with the same family, kind of object, object (case, accents and spaces aside), parameters and establishment categories describe the same derogation.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-DOUBLONS-003': {
    title: text('Identifiants de délégation uniques', 'Unique delegation identifiers'),
    description: text(
      'Les lignes désignent une délégation par son identifiant : deux délégations ne peuvent le partager.',
      'Rows refer to a delegation by its identifier: two delegations cannot share it.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
} satisfies RuleDocs;
