/**
 * The French messages of the rules of the table of delegated derogations: one entry per key of
 * `TableauDerogationsMessageParams`. A module of its own, so that a bundle that does not
 * ask for French leaves it out.
 */
import type { TypedRuleMessages } from '../../../messages.js';
import type { TableauDerogationsMessageParams } from './params.js';

/** The French messages of the rules of the table of delegated derogations. */
export const TABLEAU_DEROGATIONS_MESSAGES_FR: TypedRuleMessages<TableauDerogationsMessageParams> = /* @__PURE__ */ Object.freeze({
  'TAB-DELEGATIONS-001#1': (p, t) =>
    `Ligne ${t(p.ref)} : la délégation « ${p.identifiantDelegation} » ne figure pas dans « delegations » : ajoutez-la (délégant, délégataire, pouvoir délégué) ou corrigez l’identifiant.`,
  'TAB-DELEGATIONS-002#1': (p, t) => `Ligne ${t(p.ref)} : accordée par délégation sans dire laquelle : indiquez l’identifiant de la délégation dans « identifiantDelegation ».`,
  'TAB-DELEGATIONS-003#1': (p, t) =>
    `Ligne ${t(p.ref)} : la délégation « ${p.identifiant} » vient de « ${p.delegant} », qui n’est pas parmi les autorités compétentes de la ligne (${p.value}) : rattachez la ligne à une délégation de l’autorité compétente ou corrigez « autoritesCompetentes ».`,
  'TAB-VALIDITE-001#1': (p, t) => `${t(p.quoi)} : fin de validité (${p.dateFin}) avant son début (${p.dateDebut}) ; corrigez l’une des deux dates.`,
  'TAB-VALIDITE-002#1': (p, t) =>
    `Ligne ${t(p.ref)} : valable hors de la période de la délégation « ${p.identifiant} » (${p.dateDebut} – ${p.fin}) : ramenez la validité de la ligne dans cette période ou renouvelez la délégation.`,
  'TAB-AUTORITES-001#1': (p, t) =>
    `Ligne ${t(p.ref)} : modalité « ${p.modaliteAutorisation} » sans ${p.value} parmi les autorités compétentes : ajoutez ${p.codes} à « autoritesCompetentes » ou corrigez la modalité.`,
  'TAB-DOUBLONS-001#1': (p, t) =>
    `${t(p.nth)} ligne : identifiant « ${p.identifiant} » déjà utilisé par la ${t(p.nth2)} ligne ; donnez-lui un identifiant propre (pour une nouvelle version de la même ligne, gardez une seule ligne et augmentez « version »).`,
  'TAB-DOUBLONS-002#1': (p, t) =>
    `La ligne ${t(p.ref)} reprend la dérogation de la ${t(p.nth)} ligne : fusionnez les deux lignes, ou, pour une nouvelle rédaction de la même ligne, gardez son identifiant et sa « version ».`,
  'TAB-DOUBLONS-003#1': (p, t) => `${t(p.nth)} délégation : identifiant « ${p.identifiant} » déjà utilisé par la ${t(p.nth2)} délégation ; donnez-lui un identifiant propre.`,
  'TAB-LIGNES-001#1': (p, t) => `Ligne ${t(p.ref)} : « ${p.f} » ne contient que des espaces ; renseignez-le.`,
  'TAB-LIGNES-001#2': (p, t) => `Ligne ${t(p.ref)} incomplète : « ${p.field} » manque ou est vide ; renseignez-le (colonne du tableau des délégations de dérogations).`,
  'TAB-LIGNES-002#1': (p, t) => `Ligne ${t(p.ref)} : aucun exemple de situation ; ajoutez-en un dans « exemplesSituations », décrit sans donnée identifiante.`,
  'TAB-LIGNES-003#1': (p, t) => `Ligne ${t(p.ref)} : avis de la coordination régionale absent. Ajoutez « avisCoordinationRegionale » (avis « non-rendu » s’il n’a pas été donné).`,
  'TAB-FAMILLE-001#1': (p, t) =>
    `Ligne ${t(p.ref)} : un objet « ${p.typeObjet} » dans la famille « ${p.famille} » ; ce type relève de la famille « ${p.attendue} » : corrigez la famille ou le type d’objet.`,
  'TAB-VERSIONS-001#1': (p, t) => `Ligne ${t(p.ref)} : version datée du ${p.dateVersion} sans numéro : ajoutez « version » (1 pour la première version, puis 2, 3…).`,
  'TAB-PARAMETRES-001#1': (p, t) =>
    `Ligne ${t(p.ref)} : objet « ${p.typeObjet} » sans paramètre « ${p.key} ». Ajoutez « parametres.${p.key} » (ce que l’autorisation prévoit et ce que la dérogation permet).`,
  'TAB-PARAMETRES-002#1': (p, t) => `Ligne ${t(p.ref)} : tranche d’âge « ${p.k} » de ${p.min} à ${p.max} ans, bornes inversées.`,
  'TAB-PARAMETRES-002#2': (p, t) => `Ligne ${t(p.ref)} : la tranche d’âge dérogée ne sort pas de la tranche autorisée.`,
  'TAB-PARAMETRES-003#1': (p, t) => `Ligne ${t(p.ref)} : ${p.placesSurnombre} places en surnombre pour ${p.placesAutorisees} places autorisées.`,
  'TAB-PARAMETRES-003#2': (p, t) => `Ligne ${t(p.ref)} : le nombre de places en surnombre doit être un entier positif.`,
  'TAB-PARAMETRES-004#1': (p, t) => `Ligne ${t(p.ref)} : la durée maximale doit être un nombre entier de mois, au moins 1.`,
  'TAB-PARAMETRES-005#1': (p, t) => `Ligne ${t(p.ref)} : toutes les valeurs dérogées de « ${p.key} » sont déjà autorisées.`,
  'TAB-PARAMETRES-006#1': (p, t) =>
    `Ligne ${t(p.ref)} : le code de public ${p.code} de « publics.${p.liste} » a été fermé par l’ANS le ${p.date} (TRE_R403) : remplacez-le par un code actif de JDV_J328 qui décrit ce public.`,
});
