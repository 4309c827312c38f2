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
import { endedWithoutValidation, pagRule, text } from './support/pag-rule.js';

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
      `la personne est mineure à cette date : l’accord revient à ses parents ou à son représentant légal, non à ${who.fr} ; recueillez leur accord (« donnePar » : parents ou representant-legal) et consignez l’avis de l’enfant dans « avisMineur »`,
      `the person is a minor on that date: the agreement belongs to the parents or the legal representative, not to ${who.en}; obtain theirs (\`donnePar\`: parents or representant-legal) and record the child’s view in \`avisMineur\``,
    );
  }
  if (representationRelativeToPerson(mesure)) {
    if (donnePar === 'parents') {
      return text(
        'la personne est majeure : ses parents ne peuvent donner l’accord qu’en qualité de personne chargée de la mesure de protection ; écrivez « donnePar » : personne, ou personne-chargee-mesure-protection si un parent exerce la mesure',
        'the person is an adult: the parents may only agree as the person in charge of the protection measure; write `donnePar`: personne, or personne-chargee-mesure-protection if a parent holds the measure',
      );
    }
    return undefined;
  }
  if (donnePar === 'personne') return undefined;
  return text(
    `la personne est majeure et ne fait pas l’objet d’une mesure de protection avec représentation relative à la personne : l’accord revient à la personne elle-même, non à ${who.fr} ; recueillez son accord (« donnePar » : personne) ou, si une telle mesure existe, décrivez-la dans « situation.mesureProtection »`,
    `the person is an adult without a protection measure with representation relative to the person: the agreement belongs to the person themself, not to ${who.en}; obtain theirs (\`donnePar\`: personne) or, if such a measure exists, describe it in \`situation.mesureProtection\``,
  );
}

const CONSENT_NEEDED = new Set(['valide', 'termine']);

const accordPrealableRequis = pagRule({
  id: 'PAG-CONSENTEMENT-001',
  severity: 'error',
  family: 'consentement',
  reads: ['/statut', '/consentement/accordPrealable', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (document.consentement.accordPrealable !== undefined) return;
    // Ended before validation: a plan refused at the express-agreement stage was drawn up (prior agreement given); otherwise none may exist.
    if (endedWithoutValidation(document) && document.finSansValidation !== 'refus-accord-expres') return;
    if (CONSENT_NEEDED.has(document.statut)) {
      emit(
        '/consentement/accordPrealable',
        text(
          `Accord préalable absent alors que le PAG est au statut « ${document.statut} » : le plan ne s’élabore qu’avec l’accord préalable de la personne ou de son représentant (L. 114-1-1). Ajoutez « consentement.accordPrealable » (donnePar, date, forme)${document.finSansValidation === 'refus-accord-expres' ? ', ou, si la personne a refusé dès l’élaboration, mettez « finSansValidation » à refus-accord-prealable' : ''}.`,
          `Prior agreement missing although the PAG status is '${document.statut}': a plan is only drawn up with the prior agreement of the person or their representative (L. 114-1-1). Add \`consentement.accordPrealable\` (donnePar, date, forme)${document.finSansValidation === 'refus-accord-expres' ? ', or, if the person refused the elaboration itself, set `finSansValidation` to refus-accord-prealable' : ''}.`,
        ),
        {
          statut: document.statut,
        },
      );
    } else if (document.statut === 'elabore') {
      emit(
        '/consentement/accordPrealable',
        text(
          'Accord préalable non enregistré pour un PAG élaboré : ajoutez « consentement.accordPrealable » (qui l’a donné, date, forme).',
          'Prior agreement not recorded for a drawn-up PAG: add `consentement.accordPrealable` (who gave it, date, form).',
        ),
        { statut: document.statut },
        'warning',
      );
    }
  },
});

const accordPrealableAnterieur = pagRule({
  id: 'PAG-CONSENTEMENT-002',
  severity: 'error',
  family: 'consentement',
  reads: ['/consentement/accordPrealable/date', '/dateElaboration', '/dateValidation'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordPrealable;
    if (accord === undefined) return;
    for (const [field, date, fr, en] of [
      ['dateElaboration', document.dateElaboration, 'd’élaboration', 'elaboration'],
      ['dateValidation', document.dateValidation, 'de validation', 'validation'],
    ] as const) {
      if (date !== undefined && accord.date > date) {
        emit(
          '/consentement/accordPrealable/date',
          text(
            `L’accord préalable (${accord.date}) est postérieur à la date ${fr} du PAG (${date}) : l’accord préalable précède l’élaboration (L. 114-1-1) ; corrigez l’une des deux dates.`,
            `The prior agreement (${accord.date}) is after the ${en} date of the PAG (${date}): the prior agreement precedes the elaboration (L. 114-1-1); correct one of the dates.`,
          ),
          {
            accord: accord.date,
            [field]: date,
          },
        );
      }
    }
  },
});

const accordPrealablePersonne = pagRule({
  id: 'PAG-CONSENTEMENT-003',
  severity: 'error',
  family: 'consentement',
  reads: ['/consentement/accordPrealable/donnePar', '/consentement/accordPrealable/date', '/situation/personne/dateNaissance', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const accord = document.consentement.accordPrealable;
    if (accord === undefined) return;
    const problem = agreementProblem(accord.donnePar, facts.isMinorOn(accord.date), document.situation.mesureProtection);
    if (problem !== undefined) {
      emit(
        '/consentement/accordPrealable/donnePar',
        text(`Accord préalable donné par la mauvaise personne : ${problem.fr}.`, `Prior agreement given by the wrong person: ${problem.en}.`),
        { donnePar: accord.donnePar },
      );
    }
  },
});

const accordExpresRequis = pagRule({
  id: 'PAG-CONSENTEMENT-004',
  severity: 'error',
  family: 'consentement',
  reads: ['/statut', '/consentement/accordExpres', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (document.consentement.accordExpres !== undefined || !CONSENT_NEEDED.has(document.statut) || endedWithoutValidation(document)) return;
    emit(
      '/consentement/accordExpres',
      text(
        `Accord exprès absent alors que le PAG est au statut « ${document.statut} » (CASF, L. 146-9 : les décisions relatives au PAG ne sont valables qu’après cet accord) : ajoutez « consentement.accordExpres », ou, si la personne a refusé le plan, terminez le PAG sans validation (« statut » termine, « finSansValidation » refus-accord-expres, « dateFin », « motifFin »).`,
        `Express agreement missing although the PAG status is '${document.statut}' (CASF, L. 146-9: decisions on the PAG are only valid after it): add \`consentement.accordExpres\`, or, if the person refused the plan, end the PAG without validation (\`statut\` termine, \`finSansValidation\` refus-accord-expres, \`dateFin\`, \`motifFin\`).`,
      ),
      {
        statut: document.statut,
      },
    );
  },
});

const accordExpresPersonne = pagRule({
  id: 'PAG-CONSENTEMENT-005',
  severity: 'error',
  family: 'consentement',
  reads: ['/consentement/accordExpres/donnePar', '/consentement/accordExpres/date', '/situation/personne/dateNaissance', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined) return;
    const problem = agreementProblem(accord.donnePar, facts.isMinorOn(accord.date), document.situation.mesureProtection);
    if (problem !== undefined) {
      emit(
        '/consentement/accordExpres/donnePar',
        text(`Accord exprès donné par la mauvaise personne : ${problem.fr}.`, `Express agreement given by the wrong person: ${problem.en}.`),
        { donnePar: accord.donnePar },
      );
    }
  },
});

const accordExpresApresValidation = pagRule({
  id: 'PAG-CONSENTEMENT-006',
  severity: 'warning',
  family: 'consentement',
  reads: ['/consentement/accordExpres/date', '/dateValidation'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordExpres;
    const validation = document.dateValidation;
    if (accord === undefined || validation === undefined || accord.date <= validation) return;
    emit(
      '/dateValidation',
      text(
        `Le PAG est validé le ${validation}, avant l’accord exprès du ${accord.date} : vérifiez ces deux dates, la validation suit l’accord exprès (L. 146-9).`,
        `The PAG was validated on ${validation}, before the express agreement of ${accord.date}: check both dates, validation follows the express agreement (L. 146-9).`,
      ),
      {
        dateValidation: validation,
        accordExpres: accord.date,
      },
    );
  },
});

const accordsOrdonnes = pagRule({
  id: 'PAG-CONSENTEMENT-007',
  severity: 'error',
  family: 'consentement',
  reads: ['/consentement/accordExpres/date', '/consentement/accordPrealable/date'],
  check: ({ document, emit }) => {
    const { accordPrealable, accordExpres } = document.consentement;
    if (accordPrealable === undefined || accordExpres === undefined || accordExpres.date >= accordPrealable.date) return;
    emit(
      '/consentement/accordExpres/date',
      text(
        `L’accord exprès (${accordExpres.date}) précède l’accord préalable (${accordPrealable.date}) : corrigez l’une des deux dates, l’accord préalable ouvre l’élaboration et l’accord exprès la conclut.`,
        `The express agreement (${accordExpres.date}) precedes the prior agreement (${accordPrealable.date}): correct one of the dates; the prior agreement opens the elaboration and the express agreement closes it.`,
      ),
      {
        accordPrealable: accordPrealable.date,
        accordExpres: accordExpres.date,
      },
    );
  },
});

const avisPersonneProtegee = pagRule({
  id: 'PAG-CONSENTEMENT-008',
  severity: 'warning',
  family: 'consentement',
  reads: ['/consentement/accordExpres'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined || accord.donnePar !== 'personne-chargee-mesure-protection' || accord.avisPersonneProtegee !== undefined) return;
    emit(
      '/consentement/accordExpres/avisPersonneProtegee',
      text(
        'Accord exprès donné par la personne chargée de la mesure sans que l’avis de la personne protégée soit consigné : L. 146-9 demande d’en tenir compte, ajoutez « avisPersonneProtegee ».',
        'Express agreement given by the person in charge of the measure, without the opinion of the protected person recorded: L. 146-9 asks to take it into account, add `avisPersonneProtegee`.',
      ),
    );
  },
});

const protecteurSeulementSiInapte = pagRule({
  id: 'PAG-CONSENTEMENT-009',
  severity: 'error',
  family: 'consentement',
  reads: ['/consentement/accordExpres/donnePar', '/consentement/accordExpres/personneApteExprimerVolonte'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined || accord.personneApteExprimerVolonte === undefined) return;
    if (accord.personneApteExprimerVolonte && accord.donnePar === 'personne-chargee-mesure-protection') {
      emit(
        '/consentement/accordExpres/donnePar',
        text(
          'La personne est apte à exprimer sa volonté : l’accord exprès est le sien (CASF, L. 146-9), pas celui de la personne chargée de la mesure ; recueillez son accord (« donnePar » : personne) ou corrigez « personneApteExprimerVolonte ».',
          'The person is able to express their will: the express agreement is theirs (CASF, L. 146-9), not the protector’s; record their agreement (`donnePar`: personne) or correct `personneApteExprimerVolonte`.',
        ),
      );
    } else if (!accord.personneApteExprimerVolonte && accord.donnePar === 'personne') {
      emit(
        '/consentement/accordExpres/personneApteExprimerVolonte',
        text(
          'L’accord exprès est donné par la personne alors qu’elle est dite inapte à exprimer sa volonté : vérifiez « personneApteExprimerVolonte », ou faites donner l’accord par la personne chargée de la mesure de protection avec représentation relative à la personne.',
          'The express agreement is given by the person although they are said unable to express their will: check `personneApteExprimerVolonte`, or have the agreement given by the person in charge of the protection measure with representation relative to the person.',
        ),
        undefined,
        'warning',
      );
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
  reads: ['/consentement/accordPrealable/titulaires/*/reponse', '/consentement/accordExpres/titulaires/*/reponse'],
  check: ({ document, emit }) => {
    for (const [key, fr, en] of ACCORDS) {
      const titulaires = document.consentement[key]?.titulaires ?? [];
      titulaires.forEach((t, i) => {
        if (t.reponse === 'accord') return;
        emit(
          `/consentement/${key}/titulaires/${i}/reponse`,
          t.reponse === 'refus'
            ? text(
                `Un titulaire de l’autorité parentale refuse l’${fr} : consignez comment le désaccord est traité (précision), ou saisissez le juge aux affaires familiales ; l’accord d’un seul parent ne vaut que si la loi le présume.`,
                `A holder of parental authority refuses the ${en}: record how the disagreement is handled (precision), or refer it to the family judge; one parent’s agreement only counts where the law presumes it.`,
              )
            : text(
                `La réponse d’un titulaire de l’autorité parentale à l’${fr} n’a pas été recueillie : recueillez-la ou précisez pourquoi elle ne peut l’être.`,
                `The answer of a holder of parental authority to the ${en} was not obtained: obtain it or state why it cannot be.`,
              ),
          { reponse: t.reponse },
        );
      });
    }
  },
});

const avisMineurMineur = pagRule({
  id: 'PAG-CONSENTEMENT-011',
  severity: 'warning',
  family: 'consentement',
  reads: [
    '/consentement/accordPrealable/avisMineur',
    '/consentement/accordExpres/avisMineur',
    '/consentement/accordPrealable/date',
    '/consentement/accordExpres/date',
    '/situation/personne/dateNaissance',
  ],
  check: ({ document, facts, emit }) => {
    for (const [key, fr, en] of ACCORDS) {
      const accord = document.consentement[key];
      if (accord?.avisMineur === undefined || facts.isMinorOn(accord.date) !== false) continue;
      emit(
        `/consentement/${key}/avisMineur`,
        text(
          `« avisMineur » sur l’${fr} d’une personne majeure à cette date : c’est son accord qui compte (« donnePar » : personne) ; sous mesure de protection, consignez son avis dans « avisPersonneProtegee ».`,
          `\`avisMineur\` on the ${en} of a person of age on that date: their own agreement counts (\`donnePar\`: personne); under a protection measure, record their view in \`avisPersonneProtegee\`.`,
        ),
      );
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
