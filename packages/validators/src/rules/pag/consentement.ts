/**
 * Consent rules of the PAG: the prior agreement of L. 114-1-1 and the express
 * agreement of L. 146-9, given by the right person (the person, the parents or
 * legal representative of a minor, the person in charge of a protection
 * measure with representation relative to the person).
 *
 * Règles du consentement : accord préalable, accord exprès, qui les donne.
 */
import { allowsRepresentationRelativeToPerson, isRepresentationMeasure } from '@serafin-ph/nomenclature/referentiels';
import type { Pag } from '@serafin-ph/pag-schema';
import type { LocalizedText } from '../../types.js';
import { endedWithoutValidation, PAG_SOURCES, pagRule, text } from './support/pag-rule.js';

type DonnePar = 'personne' | 'parents' | 'representant-legal' | 'personne-chargee-mesure-protection';
type Mesure = NonNullable<Pag['situation']['mesureProtection']>;

const DONNE_PAR: Readonly<Record<DonnePar, LocalizedText>> = {
  personne: text('la personne elle-même', 'the person themself'),
  parents: text('les parents', 'the parents'),
  'representant-legal': text('le représentant légal', 'the legal representative'),
  'personne-chargee-mesure-protection': text('la personne chargée de la mesure de protection', 'the person in charge of the protection measure'),
};

/** True when an adult's measure gives representation relative to the person (stated, or implied by the type). */
export function representationRelativeToPerson(mesure: Mesure | undefined): boolean {
  if (mesure === undefined) return false;
  if (mesure.avecRepresentationPersonne !== undefined) return mesure.avecRepresentationPersonne && allowsRepresentationRelativeToPerson(mesure.type);
  return isRepresentationMeasure(mesure.type) && allowsRepresentationRelativeToPerson(mesure.type);
}

/**
 * Who may give an agreement, given the age and the protection measure; returns
 * the problem, or `undefined` when `donnePar` is acceptable.
 */
export function agreementProblem(donnePar: DonnePar, minor: boolean | undefined, mesure: Mesure | undefined): LocalizedText | undefined {
  if (minor === undefined) return undefined;
  const who = DONNE_PAR[donnePar];
  if (minor) {
    if (donnePar === 'parents' || donnePar === 'representant-legal') return undefined;
    return text(
      `la personne est mineure à cette date : l’accord revient à ses parents ou à son représentant légal, non à ${who.fr}`,
      `the person is a minor on that date: the agreement belongs to the parents or the legal representative, not to ${who.en}`,
    );
  }
  if (representationRelativeToPerson(mesure)) {
    if (donnePar === 'parents') {
      return text(
        'la personne est majeure : ses parents ne peuvent donner l’accord qu’en qualité de personne chargée de la mesure de protection',
        'the person is an adult: the parents may only agree as the person in charge of the protection measure',
      );
    }
    return undefined;
  }
  if (donnePar === 'personne') return undefined;
  return text(
    `la personne est majeure et ne fait pas l’objet d’une mesure de protection avec représentation relative à la personne : l’accord revient à la personne elle-même, non à ${who.fr}`,
    `the person is an adult without a protection measure with representation relative to the person: the agreement belongs to the person themself, not to ${who.en}`,
  );
}

const CONSENT_NEEDED = new Set(['valide', 'termine']);

const accordPrealableRequis = pagRule({
  id: 'PAG-CONSENTEMENT-001',
  severity: 'error',
  family: 'consentement',
  title: text('Accord préalable recueilli', 'Prior agreement recorded'),
  description: text(
    'Le PAG est élaboré avec l’accord préalable de la personne, de ses parents si elle est mineure, ou de son représentant légal : un PAG validé ou terminé doit enregistrer cet accord (`consentement.accordPrealable`). Un PAG au statut « élaboré » sans accord préalable reçoit un avertissement.',
    'The PAG is drawn up with the prior agreement of the person, of the parents of a minor, or of the legal representative: a validated or ended PAG must record it (`consentement.accordPrealable`). An `elabore` PAG without it gets a warning.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/statut', '/consentement/accordPrealable', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (document.consentement.accordPrealable !== undefined) return;
    // Ended before validation: a plan refused at the express-agreement stage was drawn up (prior agreement given); otherwise none may exist.
    if (endedWithoutValidation(document) && document.finSansValidation !== 'refus-accord-expres') return;
    if (CONSENT_NEEDED.has(document.statut)) {
      emit('/consentement/accordPrealable', text(`Accord préalable absent alors que le PAG est au statut « ${document.statut} ».`, `Prior agreement missing although the PAG status is '${document.statut}'.`), {
        statut: document.statut,
      });
    } else if (document.statut === 'elabore') {
      emit('/consentement/accordPrealable', text('Accord préalable non enregistré pour un PAG élaboré.', 'Prior agreement not recorded for a drawn-up PAG.'), { statut: document.statut }, 'warning');
    }
  },
});

const accordPrealableAnterieur = pagRule({
  id: 'PAG-CONSENTEMENT-002',
  severity: 'error',
  family: 'consentement',
  title: text('Accord préalable antérieur à l’élaboration', 'Prior agreement before the plan is drawn up'),
  description: text(
    'L’accord préalable précède l’élaboration du plan : sa date ne peut être postérieure à la date d’élaboration ni à la date de validation.',
    'The prior agreement comes before the plan is drawn up: its date cannot be after the elaboration date or the validation date.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/consentement/accordPrealable/date', '/dateElaboration', '/dateValidation'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordPrealable;
    if (accord === undefined) return;
    for (const [field, date, fr, en] of [
      ['dateElaboration', document.dateElaboration, 'd’élaboration', 'elaboration'],
      ['dateValidation', document.dateValidation, 'de validation', 'validation'],
    ] as const) {
      if (date !== undefined && accord.date > date) {
        emit('/consentement/accordPrealable/date', text(`L’accord préalable (${accord.date}) est postérieur à la date ${fr} du PAG (${date}).`, `The prior agreement (${accord.date}) is after the ${en} date of the PAG (${date}).`), {
          accord: accord.date,
          [field]: date,
        });
      }
    }
  },
});

const accordPrealablePersonne = pagRule({
  id: 'PAG-CONSENTEMENT-003',
  severity: 'error',
  family: 'consentement',
  title: text('Accord préalable donné par la bonne personne', 'Prior agreement given by the right person'),
  description: text(
    'Selon l’âge à la date de l’accord et la mesure de protection : pour un mineur, les parents ou le représentant légal ; pour un majeur sous mesure de protection avec représentation relative à la personne, la personne ou la personne chargée de la mesure ; pour tout autre majeur, la personne elle-même.',
    'Depending on the age on the date of the agreement and on the protection measure: for a minor, the parents or the legal representative; for an adult under a measure with representation relative to the person, the person or the person in charge of the measure; for any other adult, the person themself.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/consentement/accordPrealable/donnePar', '/consentement/accordPrealable/date', '/situation/personne/dateNaissance', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const accord = document.consentement.accordPrealable;
    if (accord === undefined) return;
    const problem = agreementProblem(accord.donnePar, facts.isMinorOn(accord.date), document.situation.mesureProtection);
    if (problem !== undefined) {
      emit('/consentement/accordPrealable/donnePar', text(`Accord préalable donné par la mauvaise personne : ${problem.fr}.`, `Prior agreement given by the wrong person: ${problem.en}.`), { donnePar: accord.donnePar });
    }
  },
});

const accordExpresRequis = pagRule({
  id: 'PAG-CONSENTEMENT-004',
  severity: 'error',
  family: 'consentement',
  title: text('Accord exprès pour les décisions validées', 'Express agreement for validated decisions'),
  description: text(
    'Les décisions relatives au PAG ne sont valables qu’après accord exprès (CASF, L. 146-9) : un PAG validé ou terminé doit enregistrer cet accord (`consentement.accordExpres`).',
    'Decisions on the PAG are valid only after express agreement (CASF, L. 146-9): a validated or ended PAG must record it (`consentement.accordExpres`).',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/statut', '/consentement/accordExpres', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (document.consentement.accordExpres !== undefined || !CONSENT_NEEDED.has(document.statut) || endedWithoutValidation(document)) return;
    emit('/consentement/accordExpres', text(`Accord exprès absent alors que le PAG est au statut « ${document.statut} » (CASF, L. 146-9).`, `Express agreement missing although the PAG status is '${document.statut}' (CASF, L. 146-9).`), {
      statut: document.statut,
    });
  },
});

const accordExpresPersonne = pagRule({
  id: 'PAG-CONSENTEMENT-005',
  severity: 'error',
  family: 'consentement',
  title: text('Accord exprès donné par la bonne personne', 'Express agreement given by the right person'),
  description: text(
    'L. 146-9 : l’accord exprès est celui de la personne, de son représentant légal si elle est mineure, ou, pour un majeur sous mesure de protection avec représentation relative à la personne qui n’est pas apte à exprimer sa volonté, de la personne chargée de la mesure. Même contrôle que pour l’accord préalable, à la date de l’accord exprès.',
    'L. 146-9: the express agreement is that of the person, of the legal representative of a minor, or, for an adult under a measure with representation relative to the person who cannot express their will, of the person in charge of the measure. Same check as for the prior agreement, on the date of the express agreement.',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/consentement/accordExpres/donnePar', '/consentement/accordExpres/date', '/situation/personne/dateNaissance', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined) return;
    const problem = agreementProblem(accord.donnePar, facts.isMinorOn(accord.date), document.situation.mesureProtection);
    if (problem !== undefined) {
      emit('/consentement/accordExpres/donnePar', text(`Accord exprès donné par la mauvaise personne : ${problem.fr}.`, `Express agreement given by the wrong person: ${problem.en}.`), { donnePar: accord.donnePar });
    }
  },
});

const accordExpresApresValidation = pagRule({
  id: 'PAG-CONSENTEMENT-006',
  severity: 'warning',
  family: 'consentement',
  title: text('Validation antérieure à l’accord exprès', 'Validation before the express agreement'),
  description: text(
    'Les décisions du PAG ne valent qu’après l’accord exprès : une date de validation antérieure à l’accord exprès signifie que le PAG n’a produit d’effet qu’à la date de l’accord ; à vérifier.',
    'PAG decisions are valid only after the express agreement: a validation date before it means the PAG took effect only on the date of the agreement; to be checked.',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/consentement/accordExpres/date', '/dateValidation'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordExpres;
    const validation = document.dateValidation;
    if (accord === undefined || validation === undefined || accord.date <= validation) return;
    emit('/dateValidation', text(`Le PAG est validé le ${validation}, avant l’accord exprès du ${accord.date}.`, `The PAG was validated on ${validation}, before the express agreement of ${accord.date}.`), {
      dateValidation: validation,
      accordExpres: accord.date,
    });
  },
});

const accordsOrdonnes = pagRule({
  id: 'PAG-CONSENTEMENT-007',
  severity: 'error',
  family: 'consentement',
  title: text('Accord exprès après l’accord préalable', 'Express agreement after the prior agreement'),
  description: text(
    'L’accord préalable ouvre l’élaboration ; l’accord exprès porte sur les décisions du plan élaboré : il ne peut le précéder.',
    'The prior agreement opens the elaboration; the express agreement bears on the decisions of the plan drawn up: it cannot precede it.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/consentement/accordExpres/date', '/consentement/accordPrealable/date'],
  check: ({ document, emit }) => {
    const { accordPrealable, accordExpres } = document.consentement;
    if (accordPrealable === undefined || accordExpres === undefined || accordExpres.date >= accordPrealable.date) return;
    emit('/consentement/accordExpres/date', text(`L’accord exprès (${accordExpres.date}) précède l’accord préalable (${accordPrealable.date}).`, `The express agreement (${accordExpres.date}) precedes the prior agreement (${accordPrealable.date}).`), {
      accordPrealable: accordPrealable.date,
      accordExpres: accordExpres.date,
    });
  },
});

const avisPersonneProtegee = pagRule({
  id: 'PAG-CONSENTEMENT-008',
  severity: 'warning',
  family: 'consentement',
  title: text('Avis de la personne protégée', 'Opinion of the protected person'),
  description: text(
    'Quand l’accord exprès est donné par la personne chargée de la mesure de protection, L. 146-9 demande de tenir compte de l’avis de la personne protégée : il devrait être consigné (`accordExpres.avisPersonneProtegee`).',
    'When the express agreement is given by the person in charge of the protection measure, L. 146-9 requires the opinion of the protected person to be taken into account: it should be recorded (`accordExpres.avisPersonneProtegee`).',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/consentement/accordExpres'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined || accord.donnePar !== 'personne-chargee-mesure-protection' || accord.avisPersonneProtegee !== undefined) return;
    emit('/consentement/accordExpres/avisPersonneProtegee', text('Accord exprès donné par la personne chargée de la mesure sans que l’avis de la personne protégée soit consigné.', 'Express agreement given by the person in charge of the measure, without the opinion of the protected person recorded.'));
  },
});

const protecteurSeulementSiInapte = pagRule({
  id: 'PAG-CONSENTEMENT-009',
  severity: 'error',
  family: 'consentement',
  title: text('Accord du protecteur seulement si la personne ne peut exprimer sa volonté', 'Protector agrees only when the person cannot express their will'),
  description: text(
    'L. 146-9 confie l’accord exprès à la personne chargée de la mesure de protection seulement pour un majeur « qui n’est pas apte à exprimer sa volonté » : quand `accordExpres.personneApteExprimerVolonte` vaut vrai, l’accord exprès revient à la personne elle-même (`donnePar` : personne).',
    'L. 146-9 gives the express agreement to the person in charge of the protection measure only for an adult "who is not able to express their will": when `accordExpres.personneApteExprimerVolonte` is true, the express agreement belongs to the person themself (`donnePar`: personne).',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/consentement/accordExpres/donnePar', '/consentement/accordExpres/personneApteExprimerVolonte'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined || accord.personneApteExprimerVolonte === undefined) return;
    if (accord.personneApteExprimerVolonte && accord.donnePar === 'personne-chargee-mesure-protection') {
      emit('/consentement/accordExpres/donnePar', text('La personne est apte à exprimer sa volonté : l’accord exprès est le sien (CASF, L. 146-9), pas celui de la personne chargée de la mesure ; recueillez son accord (« donnePar » : personne) ou corrigez « personneApteExprimerVolonte ».', 'The person is able to express their will: the express agreement is theirs (CASF, L. 146-9), not the protector’s; record their agreement (`donnePar`: personne) or correct `personneApteExprimerVolonte`.'));
    } else if (!accord.personneApteExprimerVolonte && accord.donnePar === 'personne') {
      emit('/consentement/accordExpres/personneApteExprimerVolonte', text('L’accord exprès est donné par la personne alors qu’elle est dite inapte à exprimer sa volonté : vérifiez « personneApteExprimerVolonte », ou faites donner l’accord par la personne chargée de la mesure de protection avec représentation relative à la personne.', 'The express agreement is given by the person although they are said unable to express their will: check `personneApteExprimerVolonte`, or have the agreement given by the person in charge of the protection measure with representation relative to the person.'), undefined, 'warning');
    }
  },
});

const ACCORDS = [
  ['accordPrealable', 'accord préalable', 'prior agreement'],
  ['accordExpres', 'accord exprès', 'express agreement'],
] as const;

const titulairesUnanimes = pagRule({
  id: 'PAG-CONSENTEMENT-010',
  severity: 'warning',
  family: 'consentement',
  title: text('Réponse de chaque titulaire de l’autorité parentale', 'Answer of each holder of parental authority'),
  description: text(
    'Quand l’accord revient aux parents, `titulaires` (depuis 1.1.0) consigne la réponse de chacun. Un refus ou une réponse non recueillie est signalé : ni L. 114-1-1 ni L. 146-9 ne disent si l’accord d’un seul titulaire suffit (INFERRED : le Code civil présume l’accord de l’autre parent pour les actes usuels, art. 372-2 ; un désaccord relève du juge aux affaires familiales). Avertissement, jamais une erreur.',
    'When the agreement belongs to the parents, `titulaires` (since 1.1.0) records each one’s answer. A refusal or an answer not obtained is reported: neither L. 114-1-1 nor L. 146-9 says whether one holder’s agreement suffices (INFERRED: the Civil Code presumes the other parent’s agreement for usual acts, art. 372-2; a disagreement goes to the family judge). A warning, never an error.',
  ),
  source: { kind: 'bonne-pratique', reference: 'INFERRED : CASF L. 114-1-1 et L. 146-9 muets sur la pluralité des titulaires ; Code civil, art. 372-2 (actes usuels), lecture du projet' },
  reads: ['/consentement/accordPrealable/titulaires/*/reponse', '/consentement/accordExpres/titulaires/*/reponse'],
  check: ({ document, emit }) => {
    for (const [key, fr, en] of ACCORDS) {
      const titulaires = document.consentement[key]?.titulaires ?? [];
      titulaires.forEach((t, i) => {
        if (t.reponse === 'accord') return;
        emit(`/consentement/${key}/titulaires/${i}/reponse`, t.reponse === 'refus'
          ? text(`Un titulaire de l’autorité parentale refuse l’${fr} : consignez comment le désaccord est traité (précision), ou saisissez le juge aux affaires familiales ; l’accord d’un seul parent ne vaut que si la loi le présume.`, `A holder of parental authority refuses the ${en}: record how the disagreement is handled (precision), or refer it to the family judge; one parent’s agreement only counts where the law presumes it.`)
          : text(`La réponse d’un titulaire de l’autorité parentale à l’${fr} n’a pas été recueillie : recueillez-la ou précisez pourquoi elle ne peut l’être.`, `The answer of a holder of parental authority to the ${en} was not obtained: obtain it or state why it cannot be.`), { reponse: t.reponse });
      });
    }
  },
});

const avisMineurMineur = pagRule({
  id: 'PAG-CONSENTEMENT-011',
  severity: 'warning',
  family: 'consentement',
  title: text('Avis du mineur pour une personne mineure', 'Minor’s view for a minor'),
  description: text(
    '`avisMineur` (depuis 1.1.0) consigne l’avis d’une personne mineure à côté de la décision de ses parents. Pour une personne majeure à la date de l’accord, c’est elle qui consent (ou, sous mesure de protection, `avisPersonneProtegee` consigne son avis).',
    '`avisMineur` (since 1.1.0) records the view of a minor beside the decision of the parents. For a person of age on the date of the agreement, the person consents (or, under a protection measure, `avisPersonneProtegee` records their view).',
  ),
  source: PAG_SOURCES.civil414,
  reads: ['/consentement/accordPrealable/avisMineur', '/consentement/accordExpres/avisMineur', '/consentement/accordPrealable/date', '/consentement/accordExpres/date', '/situation/personne/dateNaissance'],
  check: ({ document, facts, emit }) => {
    for (const [key, fr, en] of ACCORDS) {
      const accord = document.consentement[key];
      if (accord?.avisMineur === undefined || facts.isMinorOn(accord.date) !== false) continue;
      emit(`/consentement/${key}/avisMineur`, text(`« avisMineur » sur l’${fr} d’une personne majeure à cette date : c’est son accord qui compte (« donnePar » : personne) ; sous mesure de protection, consignez son avis dans « avisPersonneProtegee ».`, `\`avisMineur\` on the ${en} of a person of age on that date: their own agreement counts (\`donnePar\`: personne); under a protection measure, record their view in \`avisPersonneProtegee\`.`));
    }
  },
});

/** The consent rules. */
export const consentementRules = [
  accordPrealableRequis,
  accordPrealableAnterieur,
  accordPrealablePersonne,
  accordExpresRequis,
  accordExpresPersonne,
  accordExpresApresValidation,
  accordsOrdonnes,
  avisPersonneProtegee,
  protecteurSeulementSiInapte,
  titulairesUnanimes,
  avisMineurMineur,
];
