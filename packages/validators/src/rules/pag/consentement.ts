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
import type { Message } from '../../messages.js';
import { endedWithoutValidation, pagRule, msg } from './support/pag-rule.js';

type DonnePar = 'personne' | 'parents' | 'representant-legal' | 'personne-chargee-mesure-protection';
type Mesure = NonNullable<Pag['situation']['mesureProtection']>;

const DONNE_PAR: Readonly<Record<DonnePar, Message>> = {
  personne: msg('pag.consentement.DONNE_PAR#1'),
  parents: msg('pag.consentement.DONNE_PAR#2'),
  'representant-legal': msg('pag.consentement.DONNE_PAR#3'),
  'personne-chargee-mesure-protection': msg('pag.consentement.DONNE_PAR#4'),
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
export function agreementProblem(donnePar: DonnePar, minor: boolean | undefined, mesure: Mesure | undefined): Message | undefined {
  if (minor === undefined) return undefined;
  const who = DONNE_PAR[donnePar];
  if (minor) {
    if (donnePar === 'parents' || donnePar === 'representant-legal') return undefined;
    return msg('pag.consentement.agreementProblem#1', { who });
  }
  if (representationRelativeToPerson(mesure)) {
    if (donnePar === 'parents') {
      return msg('pag.consentement.agreementProblem#2');
    }
    return undefined;
  }
  if (donnePar === 'personne') return undefined;
  return msg('pag.consentement.agreementProblem#3', { who });
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
      emit('/consentement/accordPrealable', msg('PAG-CONSENTEMENT-001#1', { statut: document.statut, refusExpres: document.finSansValidation === 'refus-accord-expres' }), {
        statut: document.statut,
      });
    } else if (document.statut === 'elabore') {
      emit('/consentement/accordPrealable', msg('PAG-CONSENTEMENT-001#2'), { statut: document.statut }, 'warning');
    }
  },
});

const accordPrealableAnterieur = pagRule({
  id: 'PAG-CONSENTEMENT-002',
  severity: 'error',
  family: 'consentement',
  reads: ['/consentement/accordPrealable/date', '/dateElaboration', '/dateValidation', '/statut', '/finSansValidation'],
  check: ({ document, emit }) => {
    const accord = document.consentement.accordPrealable;
    if (accord === undefined) return;
    // A PAG that ended because the prior agreement was refused records the date of the refusal, which may come after
    // the plan was drawn up (a parent refuses the draft, probe 3, PAG 05): there is no agreement to put before it.
    if (document.statut === 'termine' && document.finSansValidation === 'refus-accord-prealable') return;
    for (const [field, date] of [
      ['dateElaboration', document.dateElaboration],
      ['dateValidation', document.dateValidation],
    ] as const) {
      if (date !== undefined && accord.date > date) {
        emit('/consentement/accordPrealable/date', msg('PAG-CONSENTEMENT-002#1', { date: accord.date, field, date2: date }), {
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
  reads: [
    '/consentement/accordPrealable/donnePar',
    '/consentement/accordPrealable/date',
    '/situation/personne/dateNaissance',
    '/situation/emancipation/date',
    '/situation/mesureProtection',
  ],
  check: ({ document, facts, emit }) => {
    const accord = document.consentement.accordPrealable;
    if (accord === undefined) return;
    const problem = agreementProblem(accord.donnePar, facts.isMinorOn(accord.date), document.situation.mesureProtection);
    if (problem !== undefined) {
      emit('/consentement/accordPrealable/donnePar', msg('PAG-CONSENTEMENT-003#1', { problem }), { donnePar: accord.donnePar });
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
    emit('/consentement/accordExpres', msg('PAG-CONSENTEMENT-004#1', { statut: document.statut }), {
      statut: document.statut,
    });
  },
});

const accordExpresPersonne = pagRule({
  id: 'PAG-CONSENTEMENT-005',
  severity: 'error',
  family: 'consentement',
  reads: [
    '/consentement/accordExpres/donnePar',
    '/consentement/accordExpres/date',
    '/situation/personne/dateNaissance',
    '/situation/emancipation/date',
    '/situation/mesureProtection',
  ],
  check: ({ document, facts, emit }) => {
    const accord = document.consentement.accordExpres;
    if (accord === undefined) return;
    const problem = agreementProblem(accord.donnePar, facts.isMinorOn(accord.date), document.situation.mesureProtection);
    if (problem !== undefined) {
      emit('/consentement/accordExpres/donnePar', msg('PAG-CONSENTEMENT-005#1', { problem }), { donnePar: accord.donnePar });
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
    emit('/dateValidation', msg('PAG-CONSENTEMENT-006#1', { validation, date: accord.date }), {
      dateValidation: validation,
      accordExpres: accord.date,
    });
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
    emit('/consentement/accordExpres/date', msg('PAG-CONSENTEMENT-007#1', { date: accordExpres.date, date2: accordPrealable.date }), {
      accordPrealable: accordPrealable.date,
      accordExpres: accordExpres.date,
    });
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
    emit('/consentement/accordExpres/avisPersonneProtegee', msg('PAG-CONSENTEMENT-008#1'));
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
      emit('/consentement/accordExpres/donnePar', msg('PAG-CONSENTEMENT-009#1'));
    } else if (!accord.personneApteExprimerVolonte && accord.donnePar === 'personne') {
      emit('/consentement/accordExpres/personneApteExprimerVolonte', msg('PAG-CONSENTEMENT-009#2'), undefined, 'warning');
    }
  },
});

const ACCORDS = ['accordPrealable', 'accordExpres'] as const;

const titulairesUnanimes = pagRule({
  id: 'PAG-CONSENTEMENT-010',
  severity: 'warning',
  family: 'consentement',
  reads: [
    '/consentement/accordPrealable/titulaires/*/reponse',
    '/consentement/accordExpres/titulaires/*/reponse',
    '/consentement/accordPrealable/titulaires/*/precision',
    '/consentement/accordExpres/titulaires/*/precision',
    '/statut',
    '/finSansValidation',
  ],
  check: ({ document, emit }) => {
    for (const key of ACCORDS) {
      const titulaires = document.consentement[key]?.titulaires ?? [];
      // The PAG ended because of this refusal (`finSansValidation`): the disagreement was handled, nothing to report.
      const endedByRefusal = document.statut === 'termine' && document.finSansValidation === (key === 'accordPrealable' ? 'refus-accord-prealable' : 'refus-accord-expres');
      titulaires.forEach((t, i) => {
        if (t.reponse === 'accord') return;
        if (t.reponse === 'refus' && endedByRefusal) return;
        // The message asks to record how the disagreement is handled, or why the answer cannot be obtained: once
        // recorded (`precision` of this holder), the warning is done (probe 3, PAG 05).
        if (t.precision !== undefined && t.precision.trim() !== '') return;
        emit(`/consentement/${key}/titulaires/${i}/reponse`, t.reponse === 'refus' ? msg('PAG-CONSENTEMENT-010#1', { key }) : msg('PAG-CONSENTEMENT-010#2', { key }), {
          reponse: t.reponse,
        });
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
    '/situation/emancipation/date',
  ],
  check: ({ document, facts, emit }) => {
    for (const key of ACCORDS) {
      const accord = document.consentement[key];
      if (accord?.avisMineur === undefined || facts.isMinorOn(accord.date) !== false) continue;
      emit(`/consentement/${key}/avisMineur`, msg('PAG-CONSENTEMENT-011#1', { key }));
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
