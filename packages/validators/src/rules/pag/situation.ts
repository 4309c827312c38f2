/**
 * Situation rules of the PAG: the holders of parental authority of a minor,
 * the description of an adult's protection measure.
 *
 * Règles de la situation : autorité parentale, mesure de protection.
 */
import { isRepresentationMeasure } from '@serafin-ph/nomenclature/referentiels';
import { pagRule, text } from './support/pag-rule.js';

const autoriteParentale = pagRule({
  id: 'PAG-SITUATION-001',
  severity: 'error',
  family: 'situation',
  reads: ['/situation/personne/dateNaissance', '/situation/titulairesAutoriteParentale', '/dateValidation', '/dateElaboration'],
  check: ({ document, facts, emit }) => {
    if (facts.isMinorOn(undefined) !== true) return;
    if ((document.situation.titulairesAutoriteParentale ?? []).length > 0) return;
    emit(
      '/situation/titulairesAutoriteParentale',
      text(
        'La personne est mineure : au moins un titulaire de l’autorité parentale doit être indiqué.',
        'The person is a minor: at least one holder of parental authority must be given.',
      ),
    );
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
        emit(
          '/situation/mesureProtection',
          text(
            `L’${key === 'accordExpres' ? 'accord exprès' : 'accord préalable'} est donné par la personne chargée d’une mesure de protection, mais aucune mesure n’est décrite : décrivez la mesure dans « situation.mesureProtection », ou corrigez « donnePar » (personne, pour un majeur sans mesure).`,
            `The ${key === 'accordExpres' ? 'express' : 'prior'} agreement is given by the person in charge of a protection measure, but no measure is described: describe it in \`situation.mesureProtection\`, or correct \`donnePar\` (personne, for an adult without a measure).`,
          ),
          { accord: key },
        );
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
    emit(
      '/situation/mesureProtection/personneChargee',
      text(
        'Mesure de représentation sans personne chargée de la mesure : ajoutez « personneChargee » (nom, fonction), celle qui peut consentir quand la personne ne le peut pas (L. 146-9).',
        'Representation measure without the person in charge of it: add `personneChargee` (name, function), who may consent when the person cannot (L. 146-9).',
      ),
    );
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
    emit(
      '/situation/mesureProtection/avecRepresentationPersonne',
      text('Mesure de représentation : préciser si elle s’étend à la personne.', 'Representation measure: state whether it extends to the person.'),
    );
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
      emit(
        `/situation/titulairesAutoriteParentale/${i}`,
        text(
          'Titulaire de l’autorité parentale sans qualité : renseignez « lien » (MTH mère, FTH père… du jeu JDV_J11) ou, pour une délégation de l’autorité parentale, « delegataire » (service-ase-departement, etablissement-agree, tiers).',
          'Holder of parental authority without a capacity: fill in `lien` (MTH mother, FTH father… of JDV_J11) or, for a delegation of parental authority, `delegataire` (service-ase-departement, etablissement-agree, tiers).',
        ),
      );
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
      emit(
        path,
        role === 'personne-habilitee'
          ? text(
              'Rôle « personne-habilitee » pour une mesure qui n’est pas une habilitation familiale : corrigez le type de mesure (HABILITATION_FAMILIALE_REPRESENTATION ou HABILITATION_FAMILIALE_ASSISTANCE) ou le rôle.',
              'Role `personne-habilitee` for a measure that is not an habilitation familiale: correct the measure type (HABILITATION_FAMILIALE_REPRESENTATION or HABILITATION_FAMILIALE_ASSISTANCE) or the role.',
            )
          : text(
              'Rôle « mandataire-protection-future » pour une mesure qui n’est pas un mandat de protection future : corrigez le type de mesure (MANDAT_PROTECTION_FUTURE) ou le rôle.',
              'Role `mandataire-protection-future` for a measure that is not a mandat de protection future: correct the measure type (MANDAT_PROTECTION_FUTURE) or the role.',
            ),
        { type: m.type, role },
      );
    }
    if (m.roleProtecteur !== undefined) {
      emit(
        '/situation/mesureProtection/roleProtecteur',
        text(
          '« roleProtecteur » (TRE_R217) et « roleProtecteurHorsTre » sont tous deux renseignés : gardez celui qui décrit la mesure, « roleProtecteurHorsTre » pour une personne habilitée ou un mandataire de protection future.',
          '`roleProtecteur` (TRE_R217) and `roleProtecteurHorsTre` are both given: keep the one describing the measure, `roleProtecteurHorsTre` for a personne habilitée or a future-protection agent.',
        ),
        undefined,
        'warning',
      );
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
    emit(
      '/situation/lieuDeVie/amendementCreton',
      text(
        `Amendement Creton pour un lieu de vie « ${l.type} » : il ne s’applique qu’au maintien dans un ESMS pour enfants ; mettez « type » à esms-enfants ou retirez « amendementCreton ».`,
        `Amendement Creton for a place of life '${l.type}': it only applies to staying in an ESMS for children; set \`type\` to esms-enfants or remove \`amendementCreton\`.`,
      ),
      { type: l.type },
    );
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
    emit(
      '/situation/lieuDeVie/amendementCreton',
      text(
        'Maintien au titre de l’amendement Creton déclaré pour une personne de moins de vingt ans à la date de référence : vérifiez la date de naissance ou la situation (l’accueil au-delà de l’agrément peut relever d’une dérogation).',
        'Stay under the amendement Creton declared for a person under twenty on the reference date: check the date of birth or the situation (a stay beyond the authorisation may be a derogation).',
      ),
    );
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
    if (l.pays === undefined)
      emit(
        '/situation/lieuDeVie/pays',
        text('Lieu de vie à l’étranger sans pays : renseignez « pays » (BE pour la Belgique).', 'Place of life abroad without a country: fill in `pays` (BE for Belgium).'),
      );
    else if (l.pays === 'FR')
      emit(
        '/situation/lieuDeVie/pays',
        text(
          'Lieu de vie « à l’étranger » situé en France (FR) : corrigez « pays » ou le type de lieu de vie.',
          'Place of life "abroad" located in France (FR): correct `pays` or the type of place of life.',
        ),
      );
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
