/**
 * The French messages of the territorial convention rules: one entry per key of
 * `ConventionMessageParams`. A module of its own, so that a bundle that does not
 * ask for French leaves it out.
 */
import type { TypedRuleMessages } from '../../../messages.js';
import type { ConventionMessageParams } from './params.js';

/** The French messages of the territorial convention rules. */
export const CONVENTION_MESSAGES_FR: TypedRuleMessages<ConventionMessageParams> = /* @__PURE__ */ Object.freeze({
  'CONV-ANNEXE-001#1':
    'Aucun tableau des délégations de dérogations en annexe : ajoutez « annexeTableauDerogations », le tableau intégré (mode integre) ou sa référence (mode reference).',
  'CONV-ANNEXE-002#1': (p) =>
    `Le tableau annexé porte sur le département ${p.departement}, la convention sur le ${p.departement2} : annexez le tableau du même département, ou corrigez l’un des deux « departement ».`,
  'CONV-ANNEXE-002#2': (p) => `Le tableau annexé désigne la convention « ${p.identifiantConvention} », pas « ${p.identifiant} ».`,
  'CONV-ANNEXE-003#1': (p, t) =>
    `La ligne ${t(p.ref)} du tableau porte sur « ${p.typeObjet} », type de dérogation que la convention n’instruit pas : ajoutez « ${p.typeObjet} » aux « typesDerogation » du circuit d’instruction, ou retirez la ligne du tableau.`,
  'CONV-ANNEXE-004#1': (p, t) =>
    `La ligne ${t(p.ref)} ne prend effet que le ${p.dateDebut}, après la fin de la convention (${p.fin}) : corrigez la date ou la période de la convention (reconduite tacitement : « reconductionTacite »: true).`,
  'CONV-ANNEXE-004#2': (p, t) =>
    `La ligne ${t(p.ref)} reste valable jusqu’au ${p.dateFin}, après la fin de la convention (${p.fin}) : ramenez sa date de fin au ${p.fin} au plus tard, ou prolongez la convention (reconduite tacitement : « reconductionTacite »: true).`,
  'CONV-CADRE-001#1':
    'La convention se déclare confondue avec la convention de délégation des crédits, que la CNSA recommande de garder distincte. Si elle est bien distincte, désignez la convention de délégation des crédits dans « conventionDelegationCredits » et retirez « distincteConventionDelegationCredits » (obsolète).',
  'CONV-CADRE-001#2':
    'La convention de délégation des crédits porte l’identifiant de la convention territoriale elle-même : indiquez l’identifiant de la convention de délégation des crédits (MDPH – ARS), document distinct.',
  'CONV-CADRE-002#1': (p) => `Fin de période (${p.dateFin}) avant son début (${p.dateDebut}) : corrigez l’une des deux dates.`,
  'CONV-CADRE-002#2': (p) =>
    `Signature du ${p.date} après la fin de la période (${p.dateFin}) : corrigez la date de signature ou la fin de période, ou, si la convention a été reconduite tacitement, déclarez « reconductionTacite »: true.`,
  'CONV-CADRE-003#1': (p) => `La MDPH a signé le ${p.date}, avant la délibération de la Comex du ${p.date2} qui approuve la convention : vérifiez l’une des deux dates.`,
  'CONV-CADRE-003#2': (p) =>
    `Délibération de la Comex du ${p.date}, après la fin de la convention (${p.fin}) : vérifiez la date, ou, si la convention a été reconduite tacitement, déclarez « reconductionTacite »: true.`,
  'CONV-GOS-001#1': 'Autorités de contrôle et de tarification prévues au GOS sans les situations qui les y appellent : décrivez-les dans « situationsAutorites ».',
  'CONV-GOS-002#1': (p) => `Le niveau « ${p.niveau} » est décrit deux fois : fusionnez les deux descriptions.`,
  'CONV-GOS-002#2': (p, t) => `Le ${t(p.nth)} participant siège au niveau « ${p.n} », que « gos.niveaux » ne décrit pas : décrivez ce niveau ou retirez-le du participant.`,
  'CONV-DELAIS-001#1': (p, t) => `Le délai de la procédure accélérée ${t(p.ref)} doit être un nombre entier de jours, au moins 1 : corrigez « delaiReponseJours ».`,
  'CONV-DELAIS-001#2': 'de financement complémentaire',
  'CONV-DELAIS-001#3': 'de dérogation',
  'CONV-DELAIS-001#4': (p, t) => `Le délai de réponse aux demandes ${t(p.circuit)} doit être un nombre entier de jours, au moins 1 : corrigez « delaiReponseJours ».`,
  'CONV-INSTRUCTION-001#1': (p) => `Circuit « ${p.key} » : le destinataire des demandes ne contient que des espaces ; indiquez qui reçoit les demandes dans « destinataire ».`,
  'CONV-INSTRUCTION-001#2': 'de financement complémentaire',
  'CONV-INSTRUCTION-001#3': 'de dérogation',
  'CONV-INSTRUCTION-001#4': 'n’est pas décrit : décrivez-le (destinataire des demandes, types de dérogation, délai)',
  'CONV-INSTRUCTION-001#5': 'ne dit pas quelles dérogations sont instruites : ajoutez au moins un type dans « typesDerogation »',
  'CONV-INSTRUCTION-001#6': 'ne nomme pas le destinataire des demandes : renseignez « destinataire »',
  'CONV-INSTRUCTION-001#7': (p, t) => `Le circuit d’instruction des demandes ${t(p.which)} ${t(p.what)}.`,
  'CONV-INSTRUCTION-002#1': (p, t) =>
    `La ${t(p.nth)} procédure accélérée porte sur « ${p.typeDerogation} », type de dérogation absent de « typesDerogation » : ajoutez-le à « typesDerogation » ou corrigez le type de la procédure.`,
  'CONV-DELAIS-002#1': (p, t) =>
    `La ${t(p.nth)} procédure accélérée répond en ${p.delaiReponseJours} jours, pas plus vite que le circuit ordinaire (${p.ordinaire} jours) : vérifiez les deux délais.`,
  'CONV-SIGNATAIRES-001#1': (p, t) =>
    `Signataire habituel absent : ${t(p.label)}. Si elle est partie à la convention, ajoutez-la dans « signataires » (rôle ${p.codes}) ; sinon, rien à corriger (pratique des sites pionniers, non exigée par la loi).`,
  'CONV-SIGNATAIRES-002#1': (p, t) => `Le ${t(p.nth)} signataire (${p.role}) n’a pas signé : ajoutez sa signature (nom, fonction, date) une fois la convention signée.`,
});
