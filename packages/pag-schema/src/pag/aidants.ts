/**
 * Proches aidants of the person (schema 1.1.0): relationship, age bracket,
 * situation, their own needs and the support they already receive. L. 114-1-1
 * CASF lists « d'aide aux aidants » among the interventions a PAG states, and
 * décret n° 2017-137 names « l'appui aux aidants » among the information the
 * MDPH gathers.
 *
 * Proches aidants : lien, tranche d'âge, situation, besoins propres, soutiens.
 */
import * as z from 'zod';
import { JDV_J11_CODES, JDV_J11_URL } from '../codes.js';
import { Identifiant, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { field, named } from '../metadata.js';

/** Age brackets of a carer (project list, INFERRED: no ANS list; `moins-de-18-ans` marks a young carer). */
export const TRANCHES_AGE_AIDANT = ['moins-de-18-ans', '18-24-ans', '25-59-ans', '60-74-ans', '75-ans-et-plus'] as const;

/** Occupational situation of a carer (project list, INFERRED). */
export const SITUATIONS_AIDANT = [
  'activite-professionnelle',
  'activite-reduite-pour-aider',
  'activite-arretee-pour-aider',
  'sans-activite',
  'retraite',
  'scolarite-etudes',
  'autre',
] as const;

/** The carer's own needs (project list, INFERRED from the « appui aux aidants » of décret n° 2017-137). */
export const BESOINS_AIDANT = [
  'repit',
  'information-formation',
  'soutien-psychologique',
  'aide-administrative',
  'conciliation-vie-professionnelle',
  'sante-propre',
  'anticipation-avenir',
  'autre',
] as const;

/** Support a carer receives (project list, INFERRED). */
export const SOUTIENS_AIDANT = [
  'accueil-temporaire-repit',
  'plateforme-repit',
  'soutien-psychologique',
  'formation-aidants',
  'groupe-pairs',
  'dedommagement-pch',
  'conge-proche-aidant',
  'assurance-vieillesse-aidants',
  'aide-a-domicile',
  'autre',
] as const;

/** One need of a carer. */
export const BesoinAidantSchema = named(
  'BesoinAidant',
  z.strictObject({
    nature: field(z.enum(BESOINS_AIDANT), {
      titre: 'Besoin',
      description:
        'Besoin propre de l’aidant : répit, information ou formation, soutien psychologique, aide administrative, conciliation avec la vie professionnelle, sa propre santé, anticipation de l’avenir (« après-parents »), autre.',
      titleEn: 'Need',
      descriptionEn:
        'The carer’s own need: respite, information or training, psychological support, administrative help, balancing it with work, their own health, planning for the future (“after the parents”), other.',
      source: inferred(SOURCES.l11411),
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur le besoin.',
      titleEn: 'Details',
      descriptionEn: 'Details on the need.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Besoin de l’aidant',
    description: 'Besoin propre d’un proche aidant.',
    titleEn: 'Carer’s need',
    descriptionEn: 'Own need of a family carer.',
    source: inferred(SOURCES.l11411),
  },
);

/** One support a carer receives. */
export const SoutienAidantSchema = named(
  'SoutienAidant',
  z.strictObject({
    nature: field(z.enum(SOUTIENS_AIDANT), {
      titre: 'Soutien',
      description:
        'Soutien reçu : accueil temporaire de répit, plateforme de répit, soutien psychologique, formation des aidants, groupe de pairs, dédommagement au titre de la PCH aide humaine, congé de proche aidant, assurance vieillesse des aidants (AVA), aide à domicile, autre.',
      titleEn: 'Support',
      descriptionEn:
        'Support received: temporary respite care, respite platform, psychological support, carer training, peer group, compensation under the PCH human-aid component, family carer leave, old-age insurance for carers (AVA), home help, other.',
      source: inferred(SOURCES.l11411),
    }),
    organisme: field(Texte, {
      titre: 'Organisme',
      description: 'Organisme ou service qui apporte le soutien.',
      titleEn: 'Organisation',
      descriptionEn: 'Organisation or service providing the support.',
    }).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision (fréquence, durée, depuis quand…).',
      titleEn: 'Details',
      descriptionEn: 'Details (frequency, duration, since when…).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Soutien reçu par l’aidant',
    description: 'Soutien qu’un proche aidant reçoit déjà.',
    titleEn: 'Support received by the carer',
    descriptionEn: 'Support a family carer already receives.',
    source: inferred(SOURCES.l11411),
  },
);

/** A proche aidant of the person. */
export const ProcheAidantSchema = named(
  'ProcheAidant',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant de l’aidant dans le document (pour y renvoyer).',
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of the carer within the document (to refer to them).',
    }).exactOptional(),
    lien: field(z.enum(JDV_J11_CODES), {
      titre: 'Lien avec la personne',
      description:
        'Lien de l’aidant avec la personne, code du jeu de valeurs JDV_J11 RelationPatient CI-SIS (MTH mère, FTH père, SIS sœur, FRND autre proche, NBOR voisin…), comme la relation d’un contact dans le modèle TDDUI.',
      titleEn: 'Relationship to the person',
      descriptionEn:
        'Relationship of the carer to the person, a code of the value set JDV_J11 RelationPatient CI-SIS (MTH mother, FTH father, SIS sister, FRND other relative or friend, NBOR neighbour…), like a contact’s relationship in the TDDUI model.',
      systeme: JDV_J11_URL,
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    precisionLien: field(Texte, {
      titre: 'Précision sur le lien',
      description: 'Précision sur le lien (par exemple « mère, seule aidante depuis le décès du père »).',
      titleEn: 'Details of the relationship',
      descriptionEn: 'Details on the relationship (for example “mother, sole carer since the father died”).',
      personnel: true,
    }).exactOptional(),
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom de l’aidant.',
      titleEn: 'Surname',
      descriptionEn: 'Surname of the carer.',
      personnel: true,
    }).exactOptional(),
    prenom: field(Texte, {
      titre: 'Prénom',
      description: 'Prénom de l’aidant.',
      titleEn: 'First name',
      descriptionEn: 'First name of the carer.',
      personnel: true,
    }).exactOptional(),
    trancheAge: field(z.enum(TRANCHES_AGE_AIDANT), {
      titre: 'Tranche d’âge',
      description: 'Tranche d’âge de l’aidant (moins de 18 ans : jeune aidant ; 60 ans et plus : aidant vieillissant). Liste du projet.',
      titleEn: 'Age group',
      descriptionEn: 'Age group of the carer (under 18: young carer; 60 and over: ageing carer). Project list.',
      personnel: true,
      source: inferred(SOURCES.l11411),
    }).exactOptional(),
    cohabitation: field(z.boolean(), {
      titre: 'Vit avec la personne',
      description: 'L’aidant vit sous le même toit que la personne.',
      titleEn: 'Lives with the person',
      descriptionEn: 'The carer lives under the same roof as the person.',
      personnel: true,
    }).exactOptional(),
    situation: field(z.enum(SITUATIONS_AIDANT), {
      titre: 'Situation',
      description: 'Situation de l’aidant : en activité, activité réduite ou arrêtée pour aider, sans activité, retraité, scolarité ou études, autre. Liste du projet.',
      titleEn: 'Situation',
      descriptionEn: 'The carer’s situation: working, working less or stopped working to help, not working, retired, at school or studying, other. Project list.',
      personnel: true,
      source: inferred(SOURCES.l11411),
    }).exactOptional(),
    precisionSituation: field(Texte, {
      titre: 'Précision sur la situation',
      description: 'Précision libre (santé de l’aidant, épuisement, isolement, autres personnes aidées…).',
      titleEn: 'Details of the situation',
      descriptionEn: 'Free-text details (the carer’s health, exhaustion, isolation, other people helped…).',
      personnel: true,
    }).exactOptional(),
    besoins: field(z.array(BesoinAidantSchema), {
      titre: 'Besoins de l’aidant',
      description: 'Besoins propres de l’aidant.',
      titleEn: 'Carer’s needs',
      descriptionEn: 'Own needs of the carer.',
      personnel: true,
    }).exactOptional(),
    soutiensRecus: field(z.array(SoutienAidantSchema), {
      titre: 'Soutiens reçus',
      description: 'Soutiens que l’aidant reçoit déjà.',
      titleEn: 'Support received',
      descriptionEn: 'Support the carer already receives.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Proche aidant',
    description:
      'Proche qui aide la personne (parent, conjoint, fratrie, ami, voisin…), avec sa situation, ses besoins propres et les soutiens qu’il reçoit : L. 114-1-1 compte l’« aide aux aidants » parmi les interventions du PAG. Depuis 1.1.0.',
    titleEn: 'Family carer',
    descriptionEn:
      'Relative or friend who helps the person (parent, spouse, sibling, friend, neighbour…), with their situation, their own needs and the support they receive: L. 114-1-1 counts “aid to carers” among the interventions of the PAG. Since 1.1.0.',
    source: SOURCES.l11411,
  },
);
