/**
 * Situation rules of the PAG: the holders of parental authority of a minor,
 * the description of an adult's protection measure.
 *
 * Règles de la situation : autorité parentale, mesure de protection.
 */
import { isRepresentationMeasure } from '@serafin-ph/nomenclature/referentiels';
import { pagRule, msg } from './support/pag-rule.js';

const autoriteParentale = pagRule({
  id: 'PAG-SITUATION-001',
  severity: 'error',
  family: 'situation',
  reads: ['/situation/personne/dateNaissance', '/situation/emancipation/date', '/situation/titulairesAutoriteParentale', '/dateValidation', '/dateElaboration'],
  check: ({ document, facts, emit }) => {
    if (facts.isMinorOn(undefined) !== true) return;
    if ((document.situation.titulairesAutoriteParentale ?? []).length > 0) return;
    emit('/situation/titulairesAutoriteParentale', msg('PAG-SITUATION-001#1'));
  },
});

const mesureDecrite = pagRule({
  id: 'PAG-SITUATION-002',
  severity: 'error',
  family: 'situation',
  reads: ['/consentement', '/situation/mesureProtection'],
  check: ({ document, emit }) => {
    if (document.situation.mesureProtection !== undefined) return;
    for (const key of ['accordPrealable', 'accordExpres'] as const) {
      if (document.consentement[key]?.donnePar === 'personne-chargee-mesure-protection') {
        emit('/situation/mesureProtection', msg('PAG-SITUATION-002#1', { key }), { accord: key });
        return;
      }
    }
  },
});

const protecteurDesigne = pagRule({
  id: 'PAG-SITUATION-003',
  severity: 'error',
  family: 'situation',
  reads: ['/situation/mesureProtection'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    if (m === undefined || !isRepresentationMeasure(m.type) || m.personneChargee !== undefined) return;
    emit('/situation/mesureProtection/personneChargee', msg('PAG-SITUATION-003#1'));
  },
});

const representationPrecisee = pagRule({
  id: 'PAG-SITUATION-004',
  severity: 'warning',
  family: 'situation',
  reads: ['/situation/mesureProtection'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    if (m === undefined || !isRepresentationMeasure(m.type) || m.avecRepresentationPersonne !== undefined) return;
    emit('/situation/mesureProtection/avecRepresentationPersonne', msg('PAG-SITUATION-004#1'));
  },
});

const titulaireIdentifie = pagRule({
  id: 'PAG-SITUATION-005',
  severity: 'error',
  family: 'situation',
  reads: ['/situation/titulairesAutoriteParentale/*/lien', '/situation/titulairesAutoriteParentale/*/delegataire'],
  check: ({ document, emit }) => {
    (document.situation.titulairesAutoriteParentale ?? []).forEach((t, i) => {
      if (t.lien !== undefined || t.delegataire !== undefined) return;
      emit(`/situation/titulairesAutoriteParentale/${i}`, msg('PAG-SITUATION-005#1'));
    });
  },
});

/** Measure types each role outside TRE_R217 belongs to. */
const ROLE_MEASURES: Readonly<Record<string, readonly string[]>> = {
  'personne-habilitee': ['HABILITATION_FAMILIALE_REPRESENTATION', 'HABILITATION_FAMILIALE_ASSISTANCE'],
  'mandataire-protection-future': ['MANDAT_PROTECTION_FUTURE'],
};

const roleHorsTreCoherent = pagRule({
  id: 'PAG-SITUATION-006',
  severity: 'error',
  family: 'situation',
  reads: ['/situation/mesureProtection/type', '/situation/mesureProtection/roleProtecteur', '/situation/mesureProtection/roleProtecteurHorsTre'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    const role = m?.roleProtecteurHorsTre;
    if (m === undefined || role === undefined) return;
    const path = '/situation/mesureProtection/roleProtecteurHorsTre';
    if (!(ROLE_MEASURES[role] ?? []).includes(m.type)) {
      emit(path, role === 'personne-habilitee' ? msg('PAG-SITUATION-006#1') : msg('PAG-SITUATION-006#2'), { type: m.type, role });
    }
    if (m.roleProtecteur !== undefined) {
      emit('/situation/mesureProtection/roleProtecteur', msg('PAG-SITUATION-006#3'), undefined, 'warning');
    }
  },
});

const cretonEnEsmsEnfants = pagRule({
  id: 'PAG-LIEUVIE-001',
  severity: 'error',
  family: 'situation',
  reads: ['/situation/lieuDeVie/type', '/situation/lieuDeVie/amendementCreton'],
  check: ({ document, emit }) => {
    const l = document.situation.lieuDeVie;
    if (l?.amendementCreton !== true || l.type === 'esms-enfants') return;
    emit('/situation/lieuDeVie/amendementCreton', msg('PAG-LIEUVIE-001#1', { type: l.type }), { type: l.type });
  },
});

const cretonAge = pagRule({
  id: 'PAG-LIEUVIE-002',
  severity: 'warning',
  family: 'situation',
  reads: ['/situation/lieuDeVie/amendementCreton', '/situation/personne/dateNaissance'],
  check: ({ document, facts, options, emit }) => {
    if (document.situation.lieuDeVie?.amendementCreton !== true) return;
    const age = facts.ageOn(options.referenceDate);
    if (age === undefined || age >= 20) return;
    emit('/situation/lieuDeVie/amendementCreton', msg('PAG-LIEUVIE-002#1'));
  },
});

const paysEtranger = pagRule({
  id: 'PAG-LIEUVIE-003',
  severity: 'warning',
  family: 'situation',
  reads: ['/situation/lieuDeVie/type', '/situation/lieuDeVie/pays'],
  check: ({ document, emit }) => {
    const l = document.situation.lieuDeVie;
    if (l?.type !== 'etablissement-etranger') return;
    if (l.pays === undefined) emit('/situation/lieuDeVie/pays', msg('PAG-LIEUVIE-003#1'));
    else if (l.pays === 'FR') emit('/situation/lieuDeVie/pays', msg('PAG-LIEUVIE-003#2'));
  },
});

/** The situation rules. */
export const situationRules = [
  autoriteParentale,
  mesureDecrite,
  protecteurDesigne,
  representationPrecisee,
  titulaireIdentifie,
  roleHorsTreCoherent,
  cretonEnEsmsEnfants,
  cretonAge,
  paysEtranger,
];
