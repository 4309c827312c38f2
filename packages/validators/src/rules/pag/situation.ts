/**
 * Situation rules of the PAG: the holders of parental authority of a minor,
 * the description of an adult's protection measure.
 *
 * Règles de la situation : autorité parentale, mesure de protection.
 */
import { isRepresentationMeasure } from '@serafin-ph/nomenclature/referentiels';
import { PAG_SOURCES, pagRule, text } from './support/pag-rule.js';

const autoriteParentale = pagRule({
  id: 'PAG-SITUATION-001',
  severity: 'error',
  family: 'situation',
  title: text('Titulaires de l’autorité parentale d’un mineur', 'Holders of parental authority of a minor'),
  description: text(
    'Quand la personne est mineure (à la date de validation, à défaut d’élaboration, à défaut à la date de référence), la situation nomme au moins un titulaire de l’autorité parentale : ce sont eux qui consentent au plan.',
    'When the person is a minor (on the validation date, else the elaboration date, else the reference date), the situation names at least one holder of parental authority: they are the ones who consent to the plan.',
  ),
  source: PAG_SOURCES.civil414,
  reads: ['/situation/personne/dateNaissance', '/situation/titulairesAutoriteParentale', '/dateValidation', '/dateElaboration'],
  check: ({ document, facts, emit }) => {
    if (facts.isMinorOn(undefined) !== true) return;
    if ((document.situation.titulairesAutoriteParentale ?? []).length > 0) return;
    emit('/situation/titulairesAutoriteParentale', text('La personne est mineure : au moins un titulaire de l’autorité parentale doit être indiqué.', 'The person is a minor: at least one holder of parental authority must be given.'));
  },
});

const mesureDecrite = pagRule({
  id: 'PAG-SITUATION-002',
  severity: 'error',
  family: 'situation',
  title: text('Mesure de protection décrite quand un protecteur consent', 'Protection measure described when a protector consents'),
  description: text(
    'Un accord donné par « la personne chargée de la mesure de protection » suppose un majeur dont la mesure est décrite dans la situation (`situation.mesureProtection`).',
    'An agreement given by "the person in charge of the protection measure" implies an adult whose measure is described in the situation (`situation.mesureProtection`).',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/consentement', '/situation/mesureProtection'],
  check: ({ document, emit }) => {
    if (document.situation.mesureProtection !== undefined) return;
    for (const key of ['accordPrealable', 'accordExpres'] as const) {
      if (document.consentement[key]?.donnePar === 'personne-chargee-mesure-protection') {
        emit('/situation/mesureProtection', text(`L’${key === 'accordExpres' ? 'accord exprès' : 'accord préalable'} est donné par la personne chargée d’une mesure de protection, mais aucune mesure n’est décrite.`, `The ${key === 'accordExpres' ? 'express' : 'prior'} agreement is given by the person in charge of a protection measure, but no measure is described.`), { accord: key });
        return;
      }
    }
  },
});

const protecteurDesigne = pagRule({
  id: 'PAG-SITUATION-003',
  severity: 'error',
  family: 'situation',
  title: text('Personne chargée d’une mesure de représentation', 'Person in charge of a representation measure'),
  description: text(
    'Pour un majeur sous mesure de représentation (tutelle, habilitation familiale avec représentation, mandat de protection future), la mesure décrite désigne la personne qui en est chargée (`mesureProtection.personneChargee`) : c’est elle qui peut consentir au plan.',
    'For an adult under a representation measure (guardianship, family authorisation with representation, future protection mandate), the measure described names the person in charge (`mesureProtection.personneChargee`): that person may consent to the plan.',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/situation/mesureProtection'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    if (m === undefined || !isRepresentationMeasure(m.type) || m.personneChargee !== undefined) return;
    emit('/situation/mesureProtection/personneChargee', text('Mesure de représentation sans personne chargée de la mesure.', 'Representation measure without the person in charge of it.'));
  },
});

const representationPrecisee = pagRule({
  id: 'PAG-SITUATION-004',
  severity: 'warning',
  family: 'situation',
  title: text('Représentation relative à la personne précisée', 'Representation relative to the person stated'),
  description: text(
    'L. 146-9 vise les mesures « avec représentation relative à la personne », que le juge ou le mandat accorde au cas par cas (Code civil, art. 459) : pour une mesure de représentation, `avecRepresentationPersonne` devrait être renseigné.',
    'L. 146-9 covers measures "with representation relative to the person", which the judge or the mandate grants case by case (Civil Code, art. 459): for a representation measure, `avecRepresentationPersonne` should be given.',
  ),
  source: PAG_SOURCES.civil459,
  reads: ['/situation/mesureProtection'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    if (m === undefined || !isRepresentationMeasure(m.type) || m.avecRepresentationPersonne !== undefined) return;
    emit('/situation/mesureProtection/avecRepresentationPersonne', text('Mesure de représentation : préciser si elle s’étend à la personne.', 'Representation measure: state whether it extends to the person.'));
  },
});

const titulaireIdentifie = pagRule({
  id: 'PAG-SITUATION-005',
  severity: 'error',
  family: 'situation',
  title: text('Qualité de chaque titulaire de l’autorité parentale', 'Capacity of each holder of parental authority'),
  description: text(
    'Depuis 1.1.0, un titulaire de l’autorité parentale est désigné par son lien avec l’enfant (`lien`, JDV_J11) ou, pour une délégation, par `delegataire` (service départemental de l’ASE, établissement agréé, tiers) : l’un des deux au moins est présent.',
    'Since 1.1.0, a holder of parental authority is given by their relationship to the child (`lien`, JDV_J11) or, for a delegation, by `delegataire` (the département’s child-welfare service, an approved establishment, a third party): at least one of the two is present.',
  ),
  source: PAG_SOURCES.pagType,
  reads: ['/situation/titulairesAutoriteParentale/*/lien', '/situation/titulairesAutoriteParentale/*/delegataire'],
  check: ({ document, emit }) => {
    (document.situation.titulairesAutoriteParentale ?? []).forEach((t, i) => {
      if (t.lien !== undefined || t.delegataire !== undefined) return;
      emit(`/situation/titulairesAutoriteParentale/${i}`, text('Titulaire de l’autorité parentale sans qualité : renseignez « lien » (MTH mère, FTH père… du jeu JDV_J11) ou, pour une délégation de l’autorité parentale, « delegataire » (service-ase-departement, etablissement-agree, tiers).', 'Holder of parental authority without a capacity: fill in `lien` (MTH mother, FTH father… of JDV_J11) or, for a delegation of parental authority, `delegataire` (service-ase-departement, etablissement-agree, tiers).'));
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
  title: text('Rôle du protecteur conforme à la mesure', 'Protector’s role matching the measure'),
  description: text(
    '`roleProtecteurHorsTre` (depuis 1.1.0) nomme un rôle que TRE_R217 ne connaît pas : la personne habilitée n’existe que dans une habilitation familiale (Code civil, art. 494-1), le mandataire de protection future que dans un mandat de protection future (art. 477). Il remplace `roleProtecteur` : les deux ensemble reçoivent un avertissement.',
    '`roleProtecteurHorsTre` (since 1.1.0) names a role TRE_R217 does not know: the personne habilitée only exists in an habilitation familiale (Civil Code, art. 494-1), the future-protection agent only in a mandat de protection future (art. 477). It replaces `roleProtecteur`: both together get a warning.',
  ),
  source: { kind: 'loi', reference: 'Code civil, art. 477 (mandat de protection future) et art. 494-1 (habilitation familiale) ; liste des mesures du projet serafin-ph' },
  reads: ['/situation/mesureProtection/type', '/situation/mesureProtection/roleProtecteur', '/situation/mesureProtection/roleProtecteurHorsTre'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    const role = m?.roleProtecteurHorsTre;
    if (m === undefined || role === undefined) return;
    const path = '/situation/mesureProtection/roleProtecteurHorsTre';
    if (!(ROLE_MEASURES[role] ?? []).includes(m.type)) {
      emit(path, role === 'personne-habilitee'
        ? text('Rôle « personne-habilitee » pour une mesure qui n’est pas une habilitation familiale : corrigez le type de mesure (HABILITATION_FAMILIALE_REPRESENTATION ou HABILITATION_FAMILIALE_ASSISTANCE) ou le rôle.', 'Role `personne-habilitee` for a measure that is not an habilitation familiale: correct the measure type (HABILITATION_FAMILIALE_REPRESENTATION or HABILITATION_FAMILIALE_ASSISTANCE) or the role.')
        : text('Rôle « mandataire-protection-future » pour une mesure qui n’est pas un mandat de protection future : corrigez le type de mesure (MANDAT_PROTECTION_FUTURE) ou le rôle.', 'Role `mandataire-protection-future` for a measure that is not a mandat de protection future: correct the measure type (MANDAT_PROTECTION_FUTURE) or the role.'), { type: m.type, role });
    }
    if (m.roleProtecteur !== undefined) {
      emit('/situation/mesureProtection/roleProtecteur', text('« roleProtecteur » (TRE_R217) et « roleProtecteurHorsTre » sont tous deux renseignés : gardez celui qui décrit la mesure, « roleProtecteurHorsTre » pour une personne habilitée ou un mandataire de protection future.', '`roleProtecteur` (TRE_R217) and `roleProtecteurHorsTre` are both given: keep the one describing the measure, `roleProtecteurHorsTre` for a personne habilitée or a future-protection agent.'), undefined, 'warning');
    }
  },
});

const cretonEnEsmsEnfants = pagRule({
  id: 'PAG-LIEUVIE-001',
  severity: 'error',
  family: 'situation',
  title: text('Amendement Creton dans un ESMS pour enfants', 'Amendement Creton in an ESMS for children'),
  description: text(
    'L’amendement Creton (CASF, L. 242-4, paraphrase) maintient un jeune adulte dans l’établissement pour enfants qui l’accueille, faute de place en établissement pour adultes : `lieuDeVie.amendementCreton` (depuis 1.1.0) ne vaut vrai que pour un lieu de vie de type esms-enfants.',
    'The amendement Creton (CASF, L. 242-4, paraphrase) keeps a young adult in the children’s establishment that hosts them, for lack of a place in an adult establishment: `lieuDeVie.amendementCreton` (since 1.1.0) is true only for a place of life of type esms-enfants.',
  ),
  source: { kind: 'loi', reference: 'CASF, art. L. 242-4 (« amendement Creton », paraphrase) ; ANS TDDUI `creton`, TRE_R417 code 3 « Maintien en ESMS au titre de l’amendement Creton »' },
  reads: ['/situation/lieuDeVie/type', '/situation/lieuDeVie/amendementCreton'],
  check: ({ document, emit }) => {
    const l = document.situation.lieuDeVie;
    if (l?.amendementCreton !== true || l.type === 'esms-enfants') return;
    emit('/situation/lieuDeVie/amendementCreton', text(`Amendement Creton pour un lieu de vie « ${l.type} » : il ne s’applique qu’au maintien dans un ESMS pour enfants ; mettez « type » à esms-enfants ou retirez « amendementCreton ».`, `Amendement Creton for a place of life '${l.type}': it only applies to staying in an ESMS for children; set \`type\` to esms-enfants or remove \`amendementCreton\`.`), { type: l.type });
  },
});

const cretonAge = pagRule({
  id: 'PAG-LIEUVIE-002',
  severity: 'warning',
  family: 'situation',
  title: text('Amendement Creton pour un jeune adulte', 'Amendement Creton for a young adult'),
  description: text(
    'L’amendement Creton prolonge l’accueil au-delà de l’âge limite de l’établissement pour enfants, au plus tôt au-delà de vingt ans (CASF, L. 242-4, lecture du projet, INFERRED) : un maintien déclaré pour une personne de moins de vingt ans à la date de référence est à vérifier.',
    'The amendement Creton extends the stay beyond the age limit of the children’s establishment, at the earliest beyond twenty (CASF, L. 242-4, project reading, INFERRED): a stay declared for a person under twenty on the reference date is to be checked.',
  ),
  source: { kind: 'bonne-pratique', reference: 'INFERRED : CASF, art. L. 242-4 (maintien « au-delà de l’âge de vingt ans »), texte non vérifié sur Légifrance' },
  reads: ['/situation/lieuDeVie/amendementCreton', '/situation/personne/dateNaissance'],
  check: ({ document, facts, options, emit }) => {
    if (document.situation.lieuDeVie?.amendementCreton !== true) return;
    const age = facts.ageOn(options.referenceDate);
    if (age === undefined || age >= 20) return;
    emit('/situation/lieuDeVie/amendementCreton', text('Maintien au titre de l’amendement Creton déclaré pour une personne de moins de vingt ans à la date de référence : vérifiez la date de naissance ou la situation (l’accueil au-delà de l’agrément peut relever d’une dérogation).', 'Stay under the amendement Creton declared for a person under twenty on the reference date: check the date of birth or the situation (a stay beyond the authorisation may be a derogation).'));
  },
});

const paysEtranger = pagRule({
  id: 'PAG-LIEUVIE-003',
  severity: 'warning',
  family: 'situation',
  title: text('Pays d’un lieu de vie à l’étranger', 'Country of a place of life abroad'),
  description: text(
    'Un lieu de vie de type etablissement-etranger (Belgique…) indique son pays (`lieuDeVie.pays`, code ISO 3166-1 alpha-2, BE), autre que FR.',
    'A place of life of type etablissement-etranger (Belgium…) gives its country (`lieuDeVie.pays`, ISO 3166-1 alpha-2 code, BE), other than FR.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/situation/lieuDeVie/type', '/situation/lieuDeVie/pays'],
  check: ({ document, emit }) => {
    const l = document.situation.lieuDeVie;
    if (l?.type !== 'etablissement-etranger') return;
    if (l.pays === undefined) emit('/situation/lieuDeVie/pays', text('Lieu de vie à l’étranger sans pays : renseignez « pays » (BE pour la Belgique).', 'Place of life abroad without a country: fill in `pays` (BE for Belgium).'));
    else if (l.pays === 'FR') emit('/situation/lieuDeVie/pays', text('Lieu de vie « à l’étranger » situé en France (FR) : corrigez « pays » ou le type de lieu de vie.', 'Place of life "abroad" located in France (FR): correct `pays` or the type of place of life.'));
  },
});

/** The situation rules. */
export const situationRules = [autoriteParentale, mesureDecrite, protecteurDesigne, representationPrecisee, titulaireIdentifie, roleHorsTreCoherent, cretonEnEsmsEnfants, cretonAge, paysEtranger];
