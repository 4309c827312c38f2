/**
 * The English messages of the rules of the table of delegated derogations: one entry per key of
 * `TableauDerogationsMessageParams`. A module of its own, so that a bundle that does not
 * ask for English leaves it out.
 */
import type { TypedRuleMessages } from '../../../messages.js';
import type { TableauDerogationsMessageParams } from './params.js';

/** The English messages of the rules of the table of delegated derogations. */
export const TABLEAU_DEROGATIONS_MESSAGES_EN: TypedRuleMessages<TableauDerogationsMessageParams> = /* @__PURE__ */ Object.freeze({
  'TAB-DELEGATIONS-001#1': (p, t) =>
    `Row ${t(p.ref)}: delegation '${p.identifiantDelegation}' is not in 'delegations': add it (delegating authority, delegate, delegated power) or correct the identifier.`,
  'TAB-DELEGATIONS-002#1': (p, t) => `Row ${t(p.ref)}: granted by delegation without saying which: give the delegation's identifier in 'identifiantDelegation'.`,
  'TAB-DELEGATIONS-003#1': (p, t) =>
    `Row ${t(p.ref)}: delegation '${p.identifiant}' comes from '${p.delegant}', which is not among the row's competent authorities (${p.value}): tie the row to a delegation of the competent authority or correct 'autoritesCompetentes'.`,
  'TAB-VALIDITE-001#1': (p, t) => `${t(p.quoi)}: end of validity (${p.dateFin}) before its start (${p.dateDebut}); correct one of the two dates.`,
  'TAB-VALIDITE-002#1': (p, t) =>
    `Row ${t(p.ref)}: valid outside the period of delegation '${p.identifiant}' (${p.dateDebut} – ${p.fin}): bring the row's validity within that period or renew the delegation.`,
  'TAB-AUTORITES-001#1': (p, t) =>
    `Row ${t(p.ref)}: modality '${p.modaliteAutorisation}' without ${p.value2} among the competent authorities: add it to 'autoritesCompetentes' or correct the modality.`,
  'TAB-DOUBLONS-001#1': (p, t) =>
    `${t(p.nth3)} row: identifier '${p.identifiant}' already used by the ${t(p.nth4)} row; give it its own identifier (for a new version of the same row, keep one row and increase 'version').`,
  'TAB-DOUBLONS-002#1': (p, t) =>
    `Row ${t(p.ref)} repeats the derogation of the ${t(p.nth2)} row: merge the two rows, or, for a new wording of the same row, keep its identifier and its \`version\`.`,
  'TAB-DOUBLONS-003#1': (p, t) => `${t(p.nth3)} delegation: identifier '${p.identifiant}' already used by the ${t(p.nth4)} delegation; give it its own identifier.`,
  'TAB-LIGNES-001#1': (p, t) => `Row ${t(p.ref)}: '${p.f}' contains only spaces; fill it in.`,
  'TAB-LIGNES-001#2': (p, t) => `Row ${t(p.ref)} incomplete: '${p.field}' is missing or empty; fill it in (a column of the table of delegated derogations).`,
  'TAB-LIGNES-002#1': (p, t) => `Row ${t(p.ref)}: no example situation; add one to 'exemplesSituations', described without identifying data.`,
  'TAB-LIGNES-003#1': (p, t) => `Row ${t(p.ref)}: opinion of the regional coordination missing. Add \`avisCoordinationRegionale\` ("non-rendu" when none was given).`,
  'TAB-FAMILLE-001#1': (p, t) =>
    `Row ${t(p.ref)}: an object of kind '${p.typeObjet}' in the '${p.famille}' family; this kind belongs to the '${p.attendue}' family: correct the family or the kind of object.`,
  'TAB-VERSIONS-001#1': (p, t) => `Row ${t(p.ref)}: version dated ${p.dateVersion} without a number: add 'version' (1 for the first version, then 2, 3…).`,
  'TAB-PARAMETRES-001#1': (p, t) =>
    `Row ${t(p.ref)}: object '${p.typeObjet}' without the '${p.key}' parameter. Add \`parametres.${p.key}\` (what the authorisation provides and what the derogation allows).`,
  'TAB-PARAMETRES-002#1': (p, t) => `Row ${t(p.ref)}: age range '${p.k}' from ${p.min} to ${p.max}, bounds reversed.`,
  'TAB-PARAMETRES-002#2': (p, t) => `Row ${t(p.ref)}: the derogated age range does not depart from the authorised one.`,
  'TAB-PARAMETRES-003#1': (p, t) => `Row ${t(p.ref)}: ${p.placesSurnombre} surplus places for ${p.placesAutorisees} authorised places.`,
  'TAB-PARAMETRES-003#2': (p, t) => `Row ${t(p.ref)}: the number of surplus places must be a positive integer.`,
  'TAB-PARAMETRES-004#1': (p, t) => `Row ${t(p.ref)}: the maximum duration must be a whole number of months, at least 1.`,
  'TAB-PARAMETRES-005#1': (p, t) => `Row ${t(p.ref)}: every derogated value of '${p.key}' is already authorised.`,
  'TAB-PARAMETRES-006#1': (p, t) =>
    `Row ${t(p.ref)}: public code ${p.code} in \`publics.${p.liste}\` was closed by the ANS on ${p.date} (TRE_R403): replace it with an active JDV_J328 code that describes this public.`,
});
