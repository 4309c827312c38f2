/**
 * Documentation of the situation rules of the PAG (title, description,
 * source), apart from their checks (`../situation.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « situation ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each situation rule, by rule id. */
export const situationDocs = {
  'PAG-SITUATION-001': {
    title: text('Titulaires de l’autorité parentale d’un mineur', 'Holders of parental authority of a minor'),
    description: text(
      'Quand la personne est mineure (à la date de validation, à défaut d’élaboration, à défaut à la date de référence), la situation nomme au moins un titulaire de l’autorité parentale : ce sont eux qui consentent au plan. Un mineur émancipé (`situation.emancipation`, depuis 1.1.0 : jugement à seize ans révolus, Code civil, art. 413-2) « cesse d’être sous l’autorité de ses parents » (art. 413-7, INFERRED : article absent des sources juridiques du projet) : à partir de la date de l’émancipation, aucun titulaire n’est exigé. Jusqu’en décembre 2026, le schéma ne pouvait pas l’écrire et le PAG d’un mineur émancipé était rejeté (sonde 4, PAG 01).',
      'When the person is a minor (on the validation date, else the elaboration date, else the reference date), the situation names at least one holder of parental authority: they are the ones who consent to the plan. An emancipated minor (`situation.emancipation`, since 1.1.0: judgment at sixteen or more, Civil Code, art. 413-2) is no longer under parental authority (art. 413-7, INFERRED: article not in the project’s legal sources): from the emancipation date on, no holder is required. Until December 2026 the schema could not say so and the PAG of an emancipated minor was rejected (probe 4, PAG 01).',
    ),
    source: PAG_SOURCES.civil414,
  },
  'PAG-SITUATION-002': {
    title: text('Mesure de protection décrite quand un protecteur consent', 'Protection measure described when a protector consents'),
    description: text(
      'Un accord donné par « la personne chargée de la mesure de protection » suppose un majeur dont la mesure est décrite dans la situation (`situation.mesureProtection`).',
      'An agreement given by "the person in charge of the protection measure" implies an adult whose measure is described in the situation (`situation.mesureProtection`).',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-SITUATION-003': {
    title: text('Personne chargée d’une mesure de représentation', 'Person in charge of a representation measure'),
    description: text(
      'Pour un majeur sous mesure de représentation (tutelle, habilitation familiale avec représentation, mandat de protection future), la mesure décrite désigne la personne qui en est chargée (`mesureProtection.personneChargee`) : c’est elle qui peut consentir au plan.',
      'For an adult under a representation measure (guardianship, family authorisation with representation, future protection mandate), the measure described names the person in charge (`mesureProtection.personneChargee`): that person may consent to the plan.',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-SITUATION-004': {
    title: text('Représentation relative à la personne précisée', 'Representation relative to the person stated'),
    description: text(
      'L. 146-9 vise les mesures « avec représentation relative à la personne », que le juge ou le mandat accorde au cas par cas (Code civil, art. 459) : pour une mesure de représentation, `avecRepresentationPersonne` devrait être renseigné.',
      'L. 146-9 covers measures "with representation relative to the person", which the judge or the mandate grants case by case (Civil Code, art. 459): for a representation measure, `avecRepresentationPersonne` should be given.',
    ),
    source: PAG_SOURCES.civil459,
  },
  'PAG-SITUATION-005': {
    title: text('Qualité de chaque titulaire de l’autorité parentale', 'Capacity of each holder of parental authority'),
    description: text(
      'Depuis 1.1.0, un titulaire de l’autorité parentale est désigné par son lien avec l’enfant (`lien`, JDV_J11) ou, pour une délégation, par `delegataire` (service départemental de l’ASE, établissement agréé, tiers) : l’un des deux au moins est présent.',
      'Since 1.1.0, a holder of parental authority is given by their relationship to the child (`lien`, JDV_J11) or, for a delegation, by `delegataire` (the département’s child-welfare service, an approved establishment, a third party): at least one of the two is present.',
    ),
    source: PAG_SOURCES.pagType,
  },
  'PAG-SITUATION-006': {
    title: text('Rôle du protecteur conforme à la mesure', 'Protector’s role matching the measure'),
    description: text(
      '`roleProtecteurHorsTre` (depuis 1.1.0) nomme un rôle que TRE_R217 ne connaît pas : la personne habilitée n’existe que dans une habilitation familiale (Code civil, art. 494-1), le mandataire de protection future que dans un mandat de protection future (art. 477) — articles non vérifiés dans les sources du projet (INFERRED). Il remplace `roleProtecteur` : les deux ensemble reçoivent un avertissement.',
      '`roleProtecteurHorsTre` (since 1.1.0) names a role TRE_R217 does not know: the personne habilitée only exists in an habilitation familiale (Civil Code, art. 494-1), the future-protection agent only in a mandat de protection future (art. 477) — articles not verified in the project’s sources (INFERRED). It replaces `roleProtecteur`: both together get a warning.',
    ),
    source: {
      kind: 'bonne-pratique',
      reference:
        'INFERRED : cohérence de la liste des mesures du projet serafin-ph ; Code civil, art. 477 (mandat de protection future) et art. 494-1 (habilitation familiale), article absent des sources juridiques du projet (pag-domain.md), non vérifié',
    },
  },
  'PAG-LIEUVIE-001': {
    title: text('Amendement Creton dans un ESMS pour enfants', 'Amendement Creton in an ESMS for children'),
    description: text(
      'L’amendement Creton (TRE_R417 code 3 « Maintien en ESMS au titre de l’amendement Creton » ; CASF, L. 242-4 selon le projet, INFERRED) maintient un jeune adulte dans l’établissement pour enfants qui l’accueille, faute de place en établissement pour adultes : `lieuDeVie.amendementCreton` (depuis 1.1.0) ne vaut vrai que pour un lieu de vie de type esms-enfants.',
      'The amendement Creton (TRE_R417 code 3 “Maintien en ESMS au titre de l’amendement Creton”; CASF, L. 242-4 per the project, INFERRED) keeps a young adult in the children’s establishment that hosts them, for lack of a place in an adult establishment: `lieuDeVie.amendementCreton` (since 1.1.0) is true only for a place of life of type esms-enfants.',
    ),
    source: {
      kind: 'ans',
      reference:
        'ANS, TRE_R417 code 3 « Maintien en ESMS au titre de l’amendement Creton » et TDDUI `creton` ; CASF, art. L. 242-4 (INFERRED : article absent des sources juridiques du projet (pag-domain.md), non vérifié)',
    },
  },
  'PAG-LIEUVIE-002': {
    title: text('Amendement Creton pour un jeune adulte', 'Amendement Creton for a young adult'),
    description: text(
      'L’amendement Creton prolonge l’accueil au-delà de l’âge limite de l’établissement pour enfants, au plus tôt au-delà de vingt ans (CASF, L. 242-4, lecture du projet, INFERRED) : un maintien déclaré pour une personne de moins de vingt ans à la date de référence est à vérifier.',
      'The amendement Creton extends the stay beyond the age limit of the children’s establishment, at the earliest beyond twenty (CASF, L. 242-4, project reading, INFERRED): a stay declared for a person under twenty on the reference date is to be checked.',
    ),
    source: {
      kind: 'bonne-pratique',
      reference: 'INFERRED : CASF, art. L. 242-4 (maintien au-delà de vingt ans, lecture du projet), article absent des sources juridiques du projet (pag-domain.md), non vérifié',
    },
  },
  'PAG-LIEUVIE-003': {
    title: text('Pays d’un lieu de vie à l’étranger', 'Country of a place of life abroad'),
    description: text(
      'Un lieu de vie de type etablissement-etranger (Belgique…) indique son pays (`lieuDeVie.pays`, code ISO 3166-1 alpha-2, BE), autre que FR.',
      'A place of life of type etablissement-etranger (Belgium…) gives its country (`lieuDeVie.pays`, ISO 3166-1 alpha-2 code, BE), other than FR.',
    ),
    source: PAG_SOURCES.projet,
  },
} satisfies RuleDocs;
