/**
 * The English messages of the territorial convention rules: one entry per key of
 * `ConventionMessageParams`. A module of its own, so that a bundle that does not
 * ask for English leaves it out.
 */
import type { TypedRuleMessages } from '../../../messages.js';
import type { ConventionMessageParams } from './params.js';

/** The English messages of the territorial convention rules. */
export const CONVENTION_MESSAGES_EN: TypedRuleMessages<ConventionMessageParams> = /* @__PURE__ */ Object.freeze({
  'CONV-ANNEXE-001#1': 'No table of delegated derogations annexed: add `annexeTableauDerogations`, the table itself (mode integre) or a reference to it (mode reference).',
  'CONV-ANNEXE-002#1': (p) =>
    `The annexed table is about département ${p.departement}, the convention about ${p.departement2}: annex the table of the same département, or correct one of the two \`departement\`.`,
  'CONV-ANNEXE-002#2': (p) => `The annexed table names convention '${p.identifiantConvention}', not '${p.identifiant}'.`,
  'CONV-ANNEXE-003#1': (p, t) =>
    `Row ${t(p.ref)} of the table is about '${p.typeObjet}', a kind of derogation the convention does not instruct: add '${p.typeObjet}' to the \`typesDerogation\` of the instruction circuit, or remove the row.`,
  'CONV-ANNEXE-004#1': (p, t) =>
    `Row ${t(p.ref)} takes effect only on ${p.dateDebut}, after the end of the convention (${p.fin}): correct the date or the period of the convention (tacitly renewed: 'reconductionTacite': true).`,
  'CONV-ANNEXE-004#2': (p, t) =>
    `Row ${t(p.ref)} stays valid until ${p.dateFin}, after the end of the convention (${p.fin}): bring its end date back to ${p.fin} at the latest, or extend the convention (tacitly renewed: 'reconductionTacite': true).`,
  'CONV-CADRE-001#1':
    "The convention declares itself merged with the credit-delegation convention, which the CNSA recommends keeping distinct. If it is distinct, name the credit-delegation convention in 'conventionDelegationCredits' and remove 'distincteConventionDelegationCredits' (deprecated).",
  'CONV-CADRE-001#2':
    'The credit-delegation convention bears the identifier of the territorial convention itself: give the identifier of the credit-delegation convention (MDPH – ARS), a distinct document.',
  'CONV-CADRE-002#1': (p) => `End of period (${p.dateFin}) before its start (${p.dateDebut}): correct one of the two dates.`,
  'CONV-CADRE-002#2': (p) =>
    `Signature on ${p.date} after the end of the period (${p.dateFin}): correct the signature date or the end of the period, or, if the convention was tacitly renewed, set 'reconductionTacite': true.`,
  'CONV-CADRE-003#1': (p) => `The MDPH signed on ${p.date}, before the Comex deliberation of ${p.date2} approving the convention: check one of the two dates.`,
  'CONV-CADRE-003#2': (p) =>
    `Comex deliberation on ${p.date}, after the end of the convention (${p.fin}): check the date, or, if the convention was tacitly renewed, set 'reconductionTacite': true.`,
  'CONV-GOS-001#1': "Control and pricing authorities expected at the GOS without the situations that call for them: describe them in 'situationsAutorites'.",
  'CONV-GOS-002#1': (p) => `Level '${p.niveau}' is described twice: merge the two descriptions.`,
  'CONV-GOS-002#2': (p, t) => `The ${t(p.nth)} participant sits at level '${p.n}', which 'gos.niveaux' does not describe: describe that level or remove it from the participant.`,
  'CONV-DELAIS-001#1': (p, t) => `The delay of accelerated procedure ${t(p.ref)} must be a whole number of days, at least 1: correct \`delaiReponseJours\`.`,
  'CONV-DELAIS-001#2': 'complementary-financing',
  'CONV-DELAIS-001#3': 'derogation',
  'CONV-DELAIS-001#4': (p, t) => `The response delay to ${t(p.circuit)} requests must be a whole number of days, at least 1: correct \`delaiReponseJours\`.`,
  'CONV-INSTRUCTION-001#1': (p) => `Circuit '${p.key}': the recipient of the requests contains only spaces; name who receives the requests in 'destinataire'.`,
  'CONV-INSTRUCTION-001#2': 'complementary-financing',
  'CONV-INSTRUCTION-001#3': 'derogation',
  'CONV-INSTRUCTION-001#4': 'is not described: describe it (recipient of the requests, kinds of derogation, delay)',
  'CONV-INSTRUCTION-001#5': 'does not say which derogations are instructed: add at least one kind to `typesDerogation`',
  'CONV-INSTRUCTION-001#6': 'does not name the recipient of the requests: fill in `destinataire`',
  'CONV-INSTRUCTION-001#7': (p, t) => `The instruction circuit of ${t(p.which)} requests ${t(p.what)}.`,
  'CONV-INSTRUCTION-002#1': (p, t) =>
    `The ${t(p.nth2)} accelerated procedure is about '${p.typeDerogation}', a kind of derogation missing from 'typesDerogation': add it to 'typesDerogation' or correct the procedure's kind.`,
  'CONV-DELAIS-002#1': (p, t) =>
    `The ${t(p.nth2)} accelerated procedure answers in ${p.delaiReponseJours} days, no faster than the ordinary circuit (${p.ordinaire} days): check both delays.`,
  'CONV-SIGNATAIRES-001#1': (p, t) =>
    `Usual signatory missing: ${t(p.label)}. If it is a party to the convention, add it to 'signataires' (role ${p.value}); otherwise there is nothing to fix (pioneer-site practice, not required by law).`,
  'CONV-SIGNATAIRES-002#1': (p, t) => `The ${t(p.nth)} signatory (${p.role}) has not signed: add the signature (name, function, date) once the convention is signed.`,
});
