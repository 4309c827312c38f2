/**
 * Annexes of the PAG: weekly timetable of the interventions, nomenclature
 * version, references to article 89 of the law of 26 January 2016.
 *
 * Annexes du PAG : emploi du temps hebdomadaire, version de la nomenclature,
 * références à l'article 89.
 */
import * as z from 'zod';
import { SERAFIN_SYSTEM } from '../codes.js';
import { field, named } from '../metadata.js';
import { CodePrestationEngageeSchema } from '../common/codes-serafin.js';
import { DateIso, HeureMinute, Identifiant, Texte } from '../common/primitives.js';
import { SOURCES } from '../common/sources.js';
import { ReferenceTexteSchema } from '../common/structures.js';

/** Days of the week. */
export const JOURS_SEMAINE = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** Places of an intervention. */
export const LIEUX_INTERVENTION = ['domicile', 'ecole', 'esms', 'autre'] as const;

/** Alternating weeks: a slot of week A or week B only (schema 1.1.0). */
export const ALTERNANCES_SEMAINE = ['semaine-a', 'semaine-b'] as const;

/** Kinds of period a slot is limited to (schema 1.1.0). */
export const TYPES_PERIODE_CRENEAU = ['periode-scolaire', 'vacances-scolaires', 'sejour-temporaire', 'autre'] as const;

/** The period a slot applies to (schema 1.1.0). */
export const PeriodeCreneauSchema = named(
  'PeriodeCreneau',
  z.strictObject({
    type: field(z.enum(TYPES_PERIODE_CRENEAU), {
      titre: 'Type de période',
      description:
        'Période pendant laquelle le créneau a lieu : en période scolaire (periode-scolaire), pendant les vacances scolaires (vacances-scolaires), pendant un séjour d’accueil temporaire (sejour-temporaire), autre.',
      titleEn: 'Period type',
      descriptionEn:
        'Period during which the slot takes place: during school term (periode-scolaire), during school holidays (vacances-scolaires), during a temporary-care stay (sejour-temporaire), other.',
    }),
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Premier jour de la période (AAAA-MM-JJ), pour un séjour ou une période datée.',
      titleEn: 'Start date',
      descriptionEn: 'First day of the period (YYYY-MM-DD), for a stay or a dated period.',
    }).exactOptional(),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Dernier jour de la période (AAAA-MM-JJ).',
      titleEn: 'End date',
      descriptionEn: 'Last day of the period (YYYY-MM-DD).',
    }).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur la période (« vacances d’été », « une semaine par trimestre »…).',
      titleEn: 'Details',
      descriptionEn: 'Details on the period (“summer holidays”, “one week per quarter”…).',
    }).exactOptional(),
  }),
  {
    titre: 'Période du créneau',
    description: 'Période à laquelle un créneau est limité (séjour temporaire, vacances scolaires…). Depuis 1.1.0.',
    titleEn: 'Slot period',
    descriptionEn: 'Period a slot is limited to (temporary stay, school holidays…). Since 1.1.0.',
  },
);

/** One slot of the weekly timetable. */
export const CreneauSchema = named(
  'Creneau',
  z.strictObject({
    jour: field(z.enum(JOURS_SEMAINE), {
      titre: 'Jour',
      description: 'Jour de la semaine.',
      titleEn: 'Day',
      descriptionEn: 'Day of the week.',
    }),
    heureDebut: field(HeureMinute, {
      titre: 'Heure de début',
      description: 'Heure de début, HH:MM (00:00 à 23:59).',
      titleEn: 'Start time',
      descriptionEn: 'Start time, HH:MM (00:00 to 23:59).',
    }),
    heureFin: field(HeureMinute, {
      titre: 'Heure de fin',
      description:
        'Heure de fin, HH:MM ; postérieure à l’heure de début le même jour, sauf pour un créneau qui finit le lendemain (« finLendemain »). Un créneau qui finit à minuit s’écrit 00:00, avec ou sans « finLendemain » (21:00 → 00:00).',
      titleEn: 'End time',
      descriptionEn:
        'End time, HH:MM; after the start time on the same day, except for a slot that ends the next day (“finLendemain”). A slot that ends at midnight is written 00:00, with or without “finLendemain” (21:00 → 00:00).',
    }),
    finLendemain: field(z.boolean(), {
      titre: 'Fin le lendemain',
      description:
        'Vrai pour un créneau qui passe minuit et finit le lendemain à « heureFin » (nuit d’internat, accueil de nuit : lundi 18:00 → mardi 08:00) ; le créneau du dimanche finit le lundi. Depuis 1.1.0.',
      titleEn: 'Ends the next day',
      descriptionEn:
        'True for a slot that runs past midnight and ends the next day at “heureFin” (boarding night, night care: Monday 18:00 → Tuesday 08:00); Sunday’s slot ends on Monday. Since 1.1.0.',
    }).exactOptional(),
    alternance: field(z.enum(ALTERNANCES_SEMAINE), {
      titre: 'Semaines alternées',
      description:
        'Pour un créneau qui n’a lieu qu’une semaine sur deux : semaine A (semaine-a) ou semaine B (semaine-b) ; absent, le créneau a lieu chaque semaine. Deux créneaux de semaines différentes ne se chevauchent pas. Depuis 1.1.0.',
      titleEn: 'Alternate weeks',
      descriptionEn:
        'For a slot that takes place every other week only: week A (semaine-a) or week B (semaine-b); when absent, the slot takes place every week. Two slots in different weeks do not overlap. Since 1.1.0.',
    }).exactOptional(),
    periode: field(PeriodeCreneauSchema, {
      titre: 'Période',
      description: 'Période à laquelle le créneau est limité (séjour temporaire, vacances scolaires, période scolaire) ; absent, le créneau vaut toute l’année. Depuis 1.1.0.',
      titleEn: 'Period',
      descriptionEn: 'Period the slot is limited to (temporary stay, school holidays, school term); when absent, the slot applies all year. Since 1.1.0.',
    }).exactOptional(),
    identifiantEngagement: field(Identifiant, {
      titre: 'Opérateur',
      description: 'Identifiant de l’engagement (article) de l’opérateur qui intervient.',
      titleEn: 'Operator',
      descriptionEn: 'Identifier of the commitment (article) of the operator who intervenes.',
    }),
    prestation: field(CodePrestationEngageeSchema, {
      titre: 'Prestation',
      description:
        'Prestation SERAFIN-PH réalisée sur ce créneau (prestation directe ou transport). Facultative depuis 1.1.0 pour l’intervention d’un opérateur hors ESMS, décrite alors par « nature ».',
      titleEn: 'Service',
      descriptionEn:
        'SERAFIN-PH service delivered in this slot (direct service or transport). Optional since 1.1.0 for the intervention of an operator other than an ESMS, then described by “nature”.',
    }).exactOptional(),
    nature: field(Texte, {
      titre: 'Nature',
      description: 'Ce qui a lieu sur le créneau (« classe ULIS », « nuit à l’internat », « séance de kinésithérapie »), en particulier sans code SERAFIN-PH. Depuis 1.1.0.',
      titleEn: 'Nature',
      descriptionEn: 'What takes place in the slot (“ULIS class”, “night at the boarding school”, “physiotherapy session”), in particular without a SERAFIN-PH code. Since 1.1.0.',
    }).exactOptional(),
    lieu: field(z.enum(LIEUX_INTERVENTION), {
      titre: 'Lieu',
      description: 'Lieu de l’intervention : domicile, école, ESMS, autre.',
      titleEn: 'Place',
      descriptionEn: 'Place of the intervention: home, school, ESMS, other.',
    }),
    precisionLieu: field(Texte, {
      titre: 'Précision sur le lieu',
      description: 'Précision sur le lieu (nom de l’école, du cabinet…).',
      titleEn: 'Details of the place',
      descriptionEn: 'Details on the place (name of the school, of the practice…).',
    }).exactOptional(),
    intervenant: field(Texte, {
      titre: 'Intervenant',
      description: 'Intervenant ou métier (par exemple « orthophoniste »).',
      titleEn: 'Practitioner',
      descriptionEn: 'Practitioner or profession (for example “speech therapist”).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Créneau',
    description:
      'Créneau de l’emploi du temps hebdomadaire : jour, heures (éventuellement jusqu’au lendemain), opérateur, prestation ou nature, lieu, semaines alternées et période le cas échéant.',
    titleEn: 'Slot',
    descriptionEn: 'Slot of the weekly timetable: day, times (possibly until the next day), operator, service or nature, place, alternate weeks and period where relevant.',
    source: SOURCES.pagType,
  },
);

/** Version of the SERAFIN-PH nomenclature used by the document. */
export const VersionNomenclatureSchema = named(
  'VersionNomenclature',
  z.strictObject({
    systeme: field(z.literal(SERAFIN_SYSTEM), {
      titre: 'Système',
      description: `URL canonique de la nomenclature SERAFIN-PH publiée par l’ANS (« ${SERAFIN_SYSTEM} »).`,
      titleEn: 'System',
      descriptionEn: `Canonical URL of the SERAFIN-PH nomenclature published by the ANS (“${SERAFIN_SYSTEM}”).`,
    }),
    version: field(Texte, {
      titre: 'Version',
      description: 'Version de la nomenclature utilisée (par exemple « 2023.1.0 » pour l’ANS, « CNSA 2018 » pour la numérotation CNSA).',
      titleEn: 'Version',
      descriptionEn: 'Version of the nomenclature used (for example “2023.1.0” for the ANS, “CNSA 2018” for the CNSA numbering).',
    }),
  }),
  {
    titre: 'Version de la nomenclature',
    description: 'Nomenclature de description des besoins et des prestations utilisée par le document (annexe 2 du « PAG type »).',
    titleEn: 'Nomenclature version',
    descriptionEn: 'Nomenclature describing needs and services that the document uses (annex 2 of the “PAG type”).',
    source: SOURCES.pagType,
  },
);

/** Annexes of the PAG. */
export const AnnexesSchema = named(
  'Annexes',
  z.strictObject({
    emploiDuTemps: field(z.array(CreneauSchema), {
      titre: 'Emploi du temps hebdomadaire',
      description: 'Annexe 3 : emploi du temps hebdomadaire des intervenants et interventions.',
      titleEn: 'Weekly timetable',
      descriptionEn: 'Annex 3: weekly timetable of the practitioners and interventions.',
      source: SOURCES.pagType,
    }),
    nomenclature: field(VersionNomenclatureSchema, {
      titre: 'Nomenclature',
      description: 'Annexe 2 : nomenclature de description des besoins et prestations, et sa version.',
      titleEn: 'Nomenclature',
      descriptionEn: 'Annex 2: nomenclature describing needs and services, and its version.',
      source: SOURCES.pagType,
    }),
    referencesLegales: field(z.array(ReferenceTexteSchema), {
      titre: 'Références légales',
      description: 'Annexe 1 : article 89 de la loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé, et autres textes.',
      titleEn: 'Legal references',
      descriptionEn: 'Annex 1: article 89 of law no. 2016-41 of 26 January 2016 on the modernisation of the French health system, and other texts.',
      source: SOURCES.pagType,
    }),
    autresAnnexes: field(z.array(ReferenceTexteSchema), {
      titre: 'Autres annexes',
      description: 'Autres documents annexés (bilans, comptes rendus…), par référence.',
      titleEn: 'Other annexes',
      descriptionEn: 'Other documents annexed (assessments, reports…), by reference.',
    }).exactOptional(),
  }),
  {
    titre: 'Annexes',
    description: 'Annexes du PAG : article 89, nomenclature, emploi du temps hebdomadaire.',
    titleEn: 'Annexes',
    descriptionEn: 'Annexes of the PAG: article 89, nomenclature, weekly timetable.',
    source: SOURCES.pagType,
  },
);
