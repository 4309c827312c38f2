/**
 * The English messages of the PAG rules: one entry per key of
 * `PagMessageParams`. A module of its own, so that a bundle that does not
 * ask for English leaves it out.
 */
import type { TypedRuleMessages } from '../../../messages.js';
import type { PagMessageParams, WeekKind } from './params.js';

/** The week a timetable check compares, in words. */
const WEEK_EN: Readonly<Record<WeekKind, string>> = { 'toute-l-annee': '', 'periode-scolaire': ' in school term', 'vacances-scolaires': ' in school holidays' };

/** The English messages of the PAG rules. */
export const PAG_MESSAGES_EN: TypedRuleMessages<PagMessageParams> = /* @__PURE__ */ Object.freeze({
  'PAG-BESOINS-001#1': (p) =>
    `This need is not covered by any engaged prestation (needs → prestations mapping: see the rule in the catalogue; details with ${p.includePersonalDataOption}).`,
  'PAG-BESOINS-001#2': (p) =>
    `Need ${p.besoin} ("${p.display}") is not covered by any engaged prestation; expected prestations: ${p.codes || 'no known mapping'}. If an intervention without a SERAFIN-PH code answers it (school, hospital, liberal practitioner…), link them through an objective: \`contexte.objectifs\` with this need in \`besoins\` and the engagement in \`engagements\`.`,
  'PAG-BESOINS-002#1': 'No need identified: add to `contexte.besoins` the SERAFIN-PH needs (1.x) the plan answers.',
  'pag.codes.BRANCH#1': 'a need (block 1)',
  'pag.codes.BRANCH#2': 'a direct prestation (block 2)',
  'pag.codes.BRANCH#3': 'an indirect prestation (block 3, management and support functions)',
  'pag.codes.TRANSPORT_OU_DIRECTE#1': 'a direct prestation (block 2) or a transport linked to the individual project (3.2.4, 3.2.4.1 to 3.2.4.3)',
  'PAG-CODES-002#1': 'replace it with the code of the need (JDV_J285) it describes',
  'PAG-CODES-002#2': 'replace it with the code of the direct prestation (JDV_J284) that describes the intervention',
  'PAG-CODES-002#3': (p, t) => `Code ${p.shown} is ${t(p.branch)}: this field expects ${t(p.want)}; ${t(p.fix)}.`,
  'PAG-CODES-003#1': (p) => `Code ${p.code} (${p.numbering} numbering, "${p.numberingOption}" option) has no exact ANS 2023 equivalent.`,
  'PAG-CODES-003#2': (p) => `Code ${p.code} (${p.numbering} numbering, "${p.numberingOption}" option) has no exact ANS 2023 equivalent.`,
  'PAG-CODES-003#3': (p) =>
    `Code ${p.code} does not exist in the ANS 2023 numbering; it is a CNSA 2018 code (ANS 2023 equivalent: ${p.cnsa}): add "numerotation": "cnsa-2018" or write ${p.cnsa}.`,
  'PAG-CODES-003#4': (p) => `Code ${p.code} is unknown in the ${p.numbering} numbering of SERAFIN-PH.`,
  'PAG-CODES-001#1': (p) => `Code ${p.code} is deprecated.`,
  'PAG-CODES-001#2': (p) => `Code ${p.code} is deprecated (duplicate concept): use ${p.by}.`,
  'PAG-CODES-004#1': (p) => `CNSA 2018 code ${p.code} has no exact ANS 2023 equivalent${p.wider.length > 0 ? ` (matches: ${p.wider})` : ''}.`,
  'PAG-CODES-005#1': (p) => `Code ${p.from} (${p.numbering}) read as ${p.to} (ANS 2023).`,
  'PAG-CODES-006#1': 'The label does not match the published display of the code: correct `libelle` or remove it (the code prevails).',
  'PAG-CODES-006#2': (p) => `The label does not match the published display of code ${p.code} ("${p.display}"): use that display in \`libelle\` or remove it (the code prevails).`,
  'PAG-CODES-007#1': (p) =>
    `${p.several ? 'Codes' : 'Code'} ${p.list}, without "numerotation", ${p.several ? 'are' : 'is'} read as ANS 2023; in CNSA 2018 ${p.several ? 'they name' : 'it names'} another concept. If this document comes from a CNSA 2018 tool, declare "numerotation": "cnsa-2018" or validate with ${p.option} cnsa-2018.`,
  'pag.consentement.DONNE_PAR#1': 'the person themself',
  'pag.consentement.DONNE_PAR#2': 'the parents',
  'pag.consentement.DONNE_PAR#3': 'the legal representative',
  'pag.consentement.DONNE_PAR#4': 'the person in charge of the protection measure',
  'pag.consentement.agreementProblem#1': (p, t) =>
    `the person is a minor on that date: the agreement belongs to the parents or the legal representative, not to ${t(p.who)}; obtain theirs (\`donnePar\`: parents or representant-legal) and record the child’s view in \`avisMineur\`; if emancipated, fill in \`situation.emancipation\``,
  'pag.consentement.agreementProblem#2':
    'the person is an adult: the parents may only agree as the person in charge of the protection measure; write `donnePar`: personne, or personne-chargee-mesure-protection if a parent holds the measure',
  'pag.consentement.agreementProblem#3': (p, t) =>
    `the person is an adult (or an emancipated minor) without a protection measure with representation relative to the person: the agreement belongs to the person themself, not to ${t(p.who)}; obtain theirs (\`donnePar\`: personne) or, if such a measure exists, describe it in \`situation.mesureProtection\``,
  'PAG-CONSENTEMENT-001#1': (p) =>
    `Prior agreement missing although the PAG status is '${p.statut}': a plan is only drawn up with the prior agreement of the person or their representative (L. 114-1-1). Add \`consentement.accordPrealable\` (donnePar, date, forme)${p.refusExpres ? ', or, if the person refused the elaboration itself, set `finSansValidation` to refus-accord-prealable' : ''}.`,
  'PAG-CONSENTEMENT-001#2': 'Prior agreement not recorded for a drawn-up PAG: add `consentement.accordPrealable` (who gave it, date, form).',
  'PAG-CONSENTEMENT-002#1': (p) =>
    `The prior agreement (${p.date}) is after the ${p.field === 'dateElaboration' ? 'elaboration' : 'validation'} date of the PAG (${p.date2}): the prior agreement precedes the elaboration (L. 114-1-1); correct one of the dates.`,
  'PAG-CONSENTEMENT-003#1': (p, t) => `Prior agreement given by the wrong person: ${t(p.problem)}.`,
  'PAG-CONSENTEMENT-004#1': (p) =>
    `Express agreement missing although the PAG status is '${p.statut}' (CASF, L. 146-9: decisions on the PAG are only valid after it): add \`consentement.accordExpres\`, or, if the person refused the plan, end the PAG without validation (\`statut\` termine, \`finSansValidation\` refus-accord-expres, \`dateFin\`, \`motifFin\`).`,
  'PAG-CONSENTEMENT-005#1': (p, t) => `Express agreement given by the wrong person: ${t(p.problem)}.`,
  'PAG-CONSENTEMENT-006#1': (p) =>
    `The PAG was validated on ${p.validation}, before the express agreement of ${p.date}: check both dates, validation follows the express agreement (L. 146-9).`,
  'PAG-CONSENTEMENT-007#1': (p) =>
    `The express agreement (${p.date}) precedes the prior agreement (${p.date2}): correct one of the dates; the prior agreement opens the elaboration and the express agreement closes it.`,
  'PAG-CONSENTEMENT-008#1':
    'Express agreement given by the person in charge of the measure, without the opinion of the protected person recorded: L. 146-9 asks to take it into account, add `avisPersonneProtegee`.',
  'PAG-CONSENTEMENT-009#1':
    'The person is able to express their will: the express agreement is theirs (CASF, L. 146-9), not the protector’s; record their agreement (`donnePar`: personne) or correct `personneApteExprimerVolonte`.',
  'PAG-CONSENTEMENT-009#2':
    'The express agreement is given by the person although they are said unable to express their will: check `personneApteExprimerVolonte`, or have the agreement given by the person in charge of the protection measure with representation relative to the person.',
  'PAG-CONSENTEMENT-010#1': (p) =>
    `A holder of parental authority refuses the ${p.key === 'accordPrealable' ? 'prior agreement' : 'express agreement'}: record how the disagreement is handled in that holder’s \`precision\` (or refer it to the family judge); if the PAG ends because of this refusal, set its status to \`termine\` with \`finSansValidation\`. One parent’s agreement only counts where the law presumes it.`,
  'PAG-CONSENTEMENT-010#2': (p) =>
    `The answer of a holder of parental authority to the ${p.key === 'accordPrealable' ? 'prior agreement' : 'express agreement'} was not obtained: obtain it, or state why it cannot be in that holder’s \`precision\`.`,
  'PAG-CONSENTEMENT-011#1': (p) =>
    `\`avisMineur\` on the ${p.key === 'accordPrealable' ? 'prior agreement' : 'express agreement'} of a person of age (or an emancipated minor) on that date: their own agreement counts (\`donnePar\`: personne); under a protection measure, record their view in \`avisPersonneProtegee\`.`,
  'PAG-CYCLE-001#1': (p) =>
    `Validation date missing for a PAG with status '${p.statut}': fill in \`dateValidation\`; for a PAG that ended without being validated (refusal, no follow-up, withdrawal), fill in \`finSansValidation\` instead.`,
  'PAG-CYCLE-002#1': (p) =>
    `Request of kind '${p.nature}' without a reference to the previous PAG: add \`pagPrecedent\` (identifier of the revised PAG), or set \`natureDemande\` to premiere-demande.`,
  'PAG-CYCLE-003#1': 'A first request should not point to a previous PAG: remove `pagPrecedent`, or set `natureDemande` to demande-revision or revision-prevue.',
  'PAG-CYCLE-003#2': 'The previous PAG has the identifier of this PAG: give in `pagPrecedent.identifiant` that of the revised PAG, or a new identifier to this PAG.',
  'PAG-CYCLE-003#3': (p) =>
    `The previous PAG was validated on ${p.dateValidation}, not before this PAG (${p.dateValidation2}): correct \`pagPrecedent.dateValidation\` or \`dateValidation\`; the revised PAG is validated before its revision.`,
  'PAG-FIN-001#1':
    'Ended PAG without an end reason: add `motifFin`, a TRE_R421 code (1 target answer reached… 5 request of the person… 9 death), also for a PAG ended without validation.',
  'PAG-FIN-001#2': 'Ended PAG without an end date: add `dateFin` (YYYY-MM-DD).',
  'PAG-FIN-002#1': (p) => `End reason given for a PAG with status '${p.statut}': remove \`motifFin\`, or set the status to 'termine' with \`dateFin\`.`,
  'PAG-FIN-003#1':
    'End reason "End of derogations" although no engagement uses a derogation: add the derogation that ended to the engagement concerned (`derogations`), or choose another TRE_R421 reason.',
  'PAG-FIN-004#1': (p) =>
    `\`finSansValidation\` (${p.fin}) on a PAG with status '${p.statut}': set the status to \`termine\` with \`dateFin\` and \`motifFin\`, or remove \`finSansValidation\`.`,
  'PAG-FIN-004#2': (p) =>
    `The PAG ended without validation (${p.fin}) but has a validation date: if it was validated, remove \`finSansValidation\`; otherwise remove \`dateValidation\`.`,
  'PAG-FIN-004#3': (p) =>
    `The PAG ended without validation (${p.fin}) but has an express agreement: with it the decisions are valid; remove \`finSansValidation\` if the PAG was validated.`,
  'PAG-DATES-001#1': (p) => `Date ${p.shown} is before the person’s birth: correct this date or the birth date.`,
  'PAG-DATES-002#1': (p) => `'${p.end}' (${p.e}) is before '${p.start}' (${p.s}): correct one of the dates (the end follows the start).`,
  'PAG-DATES-003#1': (p) => `The request (${p.demande}) is after '${p.key}' (${p.d}): correct \`demande.dateDemande\` or \`${p.key}\`; the request precedes the elaboration.`,
  'PAG-DATES-004#1': (p) =>
    `Meeting (${p.value}) on ${p.d}, after the validation on ${p.validation}: read as a review of the current plan (follow-up, update). Nothing to correct if so; if it prepares a revision, the revised PAG is a new PAG (\`pagPrecedent\`); if it is a preparatory meeting, correct its date.`,
  'PAG-DATES-005#1': (p) =>
    `Date ${p.shown} is after the reference date (${p.referenceDate}): something that already happened cannot be dated in the future; correct the date (or the referenceDate option).`,
  'PAG-DEMANDE-001#1':
    'No trigger for a PAG proposed by the multidisciplinary team: give in `declencheurs` the L. 114-1-1 situation (1° or 2°), or the Comex priority in `prioriteComex`.',
  'PAG-DEMANDE-002#1':
    'No trigger given: the law does not require it here, but `declencheurs` serves activity monitoring; give it when the situation falls under L. 114-1-1, 1° or 2°.',
  'PAG-DEMANDE-003#1': 'Origin "Comex priority" without the priority: fill in `prioriteComex` (category and wording of the priority set by the Comex).',
  'PAG-DEMANDE-004#1': 'The request does not say who asked for or proposed the PAG: fill in `demandeur` (personne, representant-legal or equipe-pluridisciplinaire).',
  'PAG-DEMANDE-005#1': '`origine` (1.0.0 form) contradicts `demandeur`: remove `origine`; `demandeur` prevails.',
  'PAG-DEMANDE-005#2': '`origine` is the deprecated 1.0.0 form: use `demandeur` and, for a Comex priority, `prioriteComex` (serafin migrate rewrites the document).',
  'PAG-DEMANDE-006#1': (p) => `The alert is dated ${p.date}, after the request of ${p.dateDemande}: correct one of the two dates (the alert comes before the request).`,
  'PAG-DROITS-001#1': (p, t) =>
    `The ${t(p.nth2)} decision has category ${p.given}, but its code ${p.code} belongs to category ${p.want} of TRE_R420: write \`categorieDroitPrestation\`: "${p.want}", correct the code, or remove the category.`,
  'PAG-DROITS-002#1': (p, t) =>
    `The ${t(p.nth2)} decision (${p.code}) has précision ${p.given}, which the TDDUI forbids for an orientation to a non-medicalised or medicalised residential facility (13.1, 13.2): remove \`precisionOrientation\`.`,
  'PAG-DROITS-002#2': (p, t) =>
    `Précision ${p.given} does not fit the ${t(p.nth2)} decision (${p.code}): the TDDUI only allows ${p.list} (JDV_J408). Correct \`precisionOrientation\` or the code of the decision.`,
  'PAG-DROITS-003#1': (p, t) =>
    `The ${t(p.nth2)} decision is an orientation for which the TDDUI requires the temporality: add \`temporaliteAccueil\` (["02"] permanent, ["01"] temporary, or both when the notification opens both).`,
  'PAG-DROITS-004#1': (p, t) =>
    `The ${t(p.nth2)} decision is a children’s ESMS orientation: give \`creton\` (true for a stay under the amendement Creton, false otherwise), as the TDDUI requires.`,
  'PAG-DROITS-005#1': (p, t) =>
    `The ${t(p.nth2)} decision is marked \`existencePAG\`: true while the PAG has status '${p.statut}': the TDDUI keeps true for PAGs that are élaboré or validé; set false.`,
  'PAG-EDT-001#1': (p, t) =>
    `The ${t(p.nth)} slot refers to engagement '${p.identifiantEngagement}', which is not in the PAG: give in \`identifiantEngagement\` the identifier of an engagement of the PAG, or add this operator’s engagement.`,
  'PAG-EDT-002#1': (p, t) => `Prestation ${p.code} of the ${t(p.nth)} slot is not committed by engagement ${t(p.ref)} (engaged prestations: ${p.value}).`,
  'PAG-EDT-003#1': (p, t) =>
    `${t(p.nth)} slot: with \`finLendemain\` it would end the next day at ${p.heureFin}, more than 24 hours after its start (${p.heureDebut}): remove \`finLendemain\` if it ends the same day, otherwise correct the times.`,
  'PAG-EDT-003#2': (p, t) =>
    `${t(p.nth)} slot: end (${p.heureFin}) on or before start (${p.heureDebut}). If it ends the next day (boarding night), add \`finLendemain\`: true; otherwise correct the times.`,
  'PAG-EDT-004#1': (p, t) =>
    `The ${t(p.nth)} slot (${p.jour} ${p.heureDebut}–${p.heureFin}, place '${p.lieu}') overlaps the ${t(p.nth2)} slot (${p.jour2} ${p.heureDebut2}–${p.heureFin2}, place '${p.lieu2}') in another place: the person cannot be in both. For a co-intervention, give both slots the same place (\`lieu\` and \`precisionLieu\`); if they do not take place the same weeks or in the same period, say so (\`alternance\`, \`periode\`); otherwise correct the times.`,
  'PAG-EDT-006#1': (p, t) =>
    `The ${t(p.nth)} slot has neither a SERAFIN-PH prestation nor a nature: add \`prestation\` (SERAFIN-PH code) or \`nature\` (what takes place, e.g. "ULIS class").`,
  'PAG-EDT-005#1': (p) =>
    `${p.count} slot(s) in the timetable${p.fortnight ? ' over two weeks' : ''}${WEEK_EN[p.week]} for ${p.nombre} times a ${p.fortnight ? 'fortnight' : 'week'} declared`,
  'PAG-EDT-005#2': (p) =>
    `${p.total} minutes a ${p.fortnight ? 'fortnight' : 'week'}${WEEK_EN[p.week]} for ${p.expectedMinutes} minutes declared (${p.nombre} × ${p.dureeMinutes})`,
  'PAG-EDT-005#3': (p, t) =>
    `Prestation ${p.code} of engagement ${t(p.ref)}: ${p.parts.map(t).join('; ')}. Make \`frequence\` (number, duration) and the slots agree; a slot of every other week (\`alternance\`) counts half, and alternating weeks are counted per fortnight (\`periode\`: \`quinzaine\`).`,
  'PAG-ENGAGEMENTS-001#1': 'its operator',
  'PAG-ENGAGEMENTS-001#2': 'its start date',
  'PAG-ENGAGEMENTS-001#3': 'at least one prestation',
  'PAG-ENGAGEMENTS-001#4': 'add `operateur` (name, type, FINESS for an ESMS)',
  'PAG-ENGAGEMENTS-001#5': 'add `dateDebut` (YYYY-MM-DD), the planned start of the support',
  'PAG-ENGAGEMENTS-001#6': 'add to `prestations` what the operator commits to (nature, frequency, SERAFIN-PH code when there is one)',
  'PAG-ENGAGEMENTS-001#7': (p, t) => `Engagement ${t(p.index)} does not give ${t(p.what)}: ${t(p.fix)}.`,
  'PAG-ENGAGEMENTS-002#1': (p) =>
    `No operator engagement in a PAG with status '${p.statut}': the PAG carries the engagement of the actors in charge of it (L. 114-1-1); add one article per operator to \`engagements\`.`,
  'PAG-ENGAGEMENTS-003#1': (p, t) =>
    `Identifier '${p.identifiant}' already used by the ${t(p.nth)} engagement: give each engagement a unique identifier (and use it in the follow-up and the timetable).`,
  'PAG-ENGAGEMENTS-004#1': (p, t) =>
    `Engagement ${t(p.ref)} of a validated PAG is not signed: fill in \`signature\` (name, function and date of the person committing the operator) if it was signed.`,
  'PAG-ENGAGEMENTS-005#1': (p, t) =>
    `Prerequisite '${p.type}' still '${p.etat}' although engagement ${t(p.ref)} started on ${p.dateDebut}: set the prerequisite to 'leve' (with \`dateLevee\`) or 'abandonne', or move \`dateDebut\`.`,
  'PAG-ENGAGEMENTS-006#1': (p, t) => `FINESS category ${p.code} of engagement ${t(p.ref)} was closed on ${p.closed}: check the facility’s current category in FINESS.`,
  'PAG-ENGAGEMENTS-006#2': (p, t) =>
    `FINESS category ${p.code} of engagement ${t(p.ref)} was closed on ${p.closed}; it is replaced by ${p.code2} (${p.libelle}): write \`categorieEtablissement\`: "${p.code2}" if FINESS has reclassified the facility.`,
  'PAG-ENGAGEMENTS-007#1': (p, t) =>
    `The ${t(p.nth2)} prestation of engagement ${t(p.ref)}, an ESMS, has no SERAFIN-PH code: add \`prestation\` (a direct prestation code, e.g. 2.3.1.1).`,
  'PAG-ENGAGEMENTS-008#1': (p, t) =>
    `The ${t(p.nth2)} derogation of engagement ${t(p.ref)} has a grant date but its status is '${p.statut}': set the status to 'accordee' or remove \`dateAccord\`${p.statut === 'refusee' ? '; the date of a refusal goes in `acte` (the refusal letter: `acte.date`)' : ''}.`,
  'PAG-ENGAGEMENTS-008#2': (p, t) =>
    `The ${t(p.nth2)} derogation of engagement ${t(p.ref)} starts (${p.dateDebut}) before it was granted (${p.dateAccord}): correct one of the dates.`,
  'PAG-ENGAGEMENTS-008#3': (p, t) => `The ${t(p.nth2)} derogation of engagement ${t(p.ref)} is granted by an "autre" authority without naming it: add \`precisionAutorite\`.`,
  'PAG-ORIENTATION-001#1':
    'Orientations are qualified but none is the target orientation (TRE_R422 code 1): qualify the aimed orientation "1" (target), even unavailable, or remove `qualificationOrientation` if the notification qualifies none.',
  'PAG-ORIENTATION-002#1':
    'The PAG is triggered by known answers being unavailable or unsuited, but no CDAPH orientation (TRE_R420 categories 7, 8, 11, 13 or 14) is among the rights: add to `situation.droitsPrestations` the orientation decision the PAG relies on (qualified "1" target when it is not available).',
  'PAG-PROJETVIE-001#1':
    'Projet de vie formulated by "the person in charge of the protection measure" for a minor: for a minor, the legal representative formulates it with or for them. Set `formulePar` to `representant-legal` (or `personne-avec-representant` if formulated with the child).',
  'PAG-PROJETVIE-001#2':
    'Projet de vie formulated by "the person in charge of the protection measure" without a protection measure with representation relative to the person: describe the measure (`situation.mesureProtection`, `avecRepresentationPersonne`) or state that the person formulated it (`personne`, `personne-avec-representant`).',
  'PAG-PROJETVIE-001#3':
    'Projet de vie formulated by "the legal representative" of an adult: for a protected adult, give `personne-chargee-mesure-protection` (and the measure); otherwise the projet de vie is the person’s.',
  'PAG-OBJECTIF-001#1': 'This objective aims at a need missing from the identified needs: add it to `contexte.besoins` or remove it from the objective’s needs.',
  'PAG-OBJECTIF-002#1': (p) => `The objective refers to engagement '${p.id}', which is not in the PAG: correct the identifier or add the engagement.`,
  'PAG-SITUATION-001#1':
    'The person is a minor: at least one holder of parental authority must be given. Add `situation.titulairesAutoriteParentale` with each holder: their `lien` (parent, guardian of the minor…) or the `delegataire` to whom parental authority is delegated. An emancipated minor has none: fill in `situation.emancipation` (date of the judgment) instead.',
  'PAG-SITUATION-002#1': (p) =>
    `The ${p.key === 'accordExpres' ? 'express' : 'prior'} agreement is given by the person in charge of a protection measure, but no measure is described: describe it in \`situation.mesureProtection\`, or correct \`donnePar\` (personne, for an adult without a measure).`,
  'PAG-SITUATION-003#1': 'Representation measure without the person in charge of it: add `personneChargee` (name, function), who may consent when the person cannot (L. 146-9).',
  'PAG-SITUATION-004#1': 'Representation measure: state whether it extends to the person.',
  'PAG-SITUATION-005#1':
    'Holder of parental authority without a capacity: fill in `lien` (MTH mother, FTH father… of JDV_J11) or, for a delegation of parental authority, `delegataire` (service-ase-departement, etablissement-agree, tiers).',
  'PAG-SITUATION-006#1':
    'Role `personne-habilitee` for a measure that is not an habilitation familiale: correct the measure type (HABILITATION_FAMILIALE_REPRESENTATION or HABILITATION_FAMILIALE_ASSISTANCE) or the role.',
  'PAG-SITUATION-006#2':
    'Role `mandataire-protection-future` for a measure that is not a mandat de protection future: correct the measure type (MANDAT_PROTECTION_FUTURE) or the role.',
  'PAG-SITUATION-006#3':
    '`roleProtecteur` (TRE_R217) and `roleProtecteurHorsTre` are both given: keep the one describing the measure, `roleProtecteurHorsTre` for a personne habilitée or a future-protection agent.',
  'PAG-LIEUVIE-001#1': (p) =>
    `Amendement Creton for a place of life '${p.type}': it only applies to staying in an ESMS for children; set \`type\` to esms-enfants or remove \`amendementCreton\`.`,
  'PAG-LIEUVIE-002#1':
    'Stay under the amendement Creton declared for a person under twenty on the reference date: check the date of birth or the situation (a stay beyond the authorisation may be a derogation).',
  'PAG-LIEUVIE-003#1': 'Place of life abroad without a country: fill in `pays` (BE for Belgium).',
  'PAG-LIEUVIE-003#2': 'Place of life "abroad" located in France (FR): correct `pays` or the type of place of life.',
  'PAG-SUIVI-001#1': (p) =>
    `No path coordinator (follow-up section missing) for a PAG with status '${p.statut}': the PAG names a path coordinator among the engaged operators (L. 114-1-1); add \`suivi\` with \`coordonnateurParcours\`.`,
  'PAG-SUIVI-002#1': (p) =>
    `The path coordinator belongs to engagement '${p.identifiantEngagement}', which is not in the PAG: the coordinator is chosen among the engaged operators (L. 114-1-1), give the identifier of their engagement.`,
  'PAG-SUIVI-003#1': (p) =>
    `Next revision on ${p.revision}, more than twelve months after validation on ${p.validation} (no later than ${p.limit}): bring \`dateProchaineRevision\` forward; the PAG is updated at least once a year.`,
  'PAG-SUIVI-004#1': (p) => `Next revision (${p.revision}) on or before validation (${p.validation}): give a revision date after validation, within twelve months.`,
  'PAG-SUIVI-005#1': (p) =>
    `The revision planned on ${p.revision} has passed (reference date ${p.referenceDate}): revise the PAG (a new PAG with \`pagPrecedent\`) or, if the revision was postponed, update \`dateProchaineRevision\`.`,
  'PAG-SUIVI-006#1': (p) => `Next revision on ${p.revision}, more than twelve months after elaboration on ${p.elaboration}: plan it no later than ${p.limit}.`,
});
