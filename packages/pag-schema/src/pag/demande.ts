/**
 * Section 1 of the PAG, « À la demande de qui » : who asked, why (the triggers
 * of L. 114-1-1 CASF), under which Comex priority, first request or revision,
 * and the concertation meetings (GOS) held.
 *
 * Section 1 du PAG : origine de la demande, déclencheurs, priorité Comex,
 * nature de la demande, concertations (GOS).
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { DateIso, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { ProfessionnelSchema, ReferenceTexteSchema } from '../common/structures.js';

/** Who asked for the PAG, in schema 1.0.0 (mixes requesters with the Comex priority; deprecated since 1.1.0, see {@link DEMANDEURS}). */
export const ORIGINES_DEMANDE = ['personne', 'representant-legal', 'equipe-pluridisciplinaire', 'priorite-comex'] as const;

/**
 * Who asked for or proposed the PAG (CASF, L. 114-1-1): the équipe
 * pluridisciplinaire proposes it (triggers 1° and 2°, or a Comex priority), or
 * the person or their legal representative asks for it. The Comex priority is
 * the ground, given apart in `prioriteComex`.
 */
export const DEMANDEURS = ['personne', 'representant-legal', 'equipe-pluridisciplinaire'] as const;

/** Triggers of L. 114-1-1 CASF: 1° unavailable or unsuited known answers; 2° complex answer, risk or fact of a break. */
export const DECLENCHEURS = [
  'indisponibilite-reponses-connues',
  'inadaptation-reponses-connues',
  'complexite-reponse',
  'risque-rupture-parcours',
  'constat-rupture-parcours',
] as const;

/** Most common Comex priority categories seen in the pioneer sites, plus `autre`. */
export const CATEGORIES_PRIORITE_COMEX = ['situations-complexes', 'ase-pjj', 'jeunes-15-25-ans', 'autre'] as const;

/** First request, revision on request, or revision planned by the previous PAG. */
export const NATURES_DEMANDE = ['premiere-demande', 'demande-revision', 'revision-prevue'] as const;

/** Kinds of concertation. */
export const TYPES_CONCERTATION = ['gos', 'reunion-synthese', 'echanges'] as const;

/** Capacity of a non-professional participant. */
export const QUALITES_PARTICIPANT_NON_PROFESSIONNEL = ['personne-concernee', 'representant-legal', 'proche-aidant', 'pair-aidant', 'autre'] as const;

/**
 * Who raised the alert that led to the PAG (schema 1.1.0; project list,
 * INFERRED): an ESMS, the child-welfare service (ASE), the family, the person,
 * the person in charge of a protection measure, the school, a hospital, a social
 * service, the MDPH itself, the justice (PJJ, judge), another.
 */
export const EMETTEURS_ALERTE = [
  'esms',
  'ase',
  'famille',
  'personne',
  'protecteur',
  'education-nationale',
  'etablissement-sante',
  'service-social',
  'mdph',
  'justice',
  'autre',
] as const;

/** The alert that led to the PAG: the situation and who raised it. */
export const AlerteSchema = named(
  'Alerte',
  z.strictObject({
    emetteur: field(z.enum(EMETTEURS_ALERTE), {
      titre: 'Alerte donnée par',
      description:
        'Qui a donné l’alerte : un ESMS (esms), l’aide sociale à l’enfance (ase), la famille, la personne, la personne chargée de la mesure de protection (protecteur), l’Éducation nationale, un établissement de santé, un service social, la MDPH, la justice (PJJ, juge), autre. Liste du projet.',
      titleEn: 'Alert given by',
      descriptionEn:
        'Who raised the alert: an ESMS (esms), child welfare (ase), the family, the person, the person in charge of the protection measure (protecteur), the Éducation nationale, a health establishment, a social service, the MDPH, the justice system (PJJ, judge), other. Project list.',
      source: inferred(SOURCES.pagType),
    }),
    precisionEmetteur: field(Texte, {
      titre: 'Précision sur l’émetteur',
      description: 'Structure ou service qui a donné l’alerte (par exemple « IME des Tilleuls », « service ASE de Lens »).',
      titleEn: 'Details of the alerter',
      descriptionEn: 'Organisation or service that raised the alert (for example “IME des Tilleuls”, “service ASE de Lens”).',
    }).exactOptional(),
    date: field(DateIso, {
      titre: 'Date de l’alerte',
      description: 'Date de l’alerte (AAAA-MM-JJ).',
      titleEn: 'Alert date',
      descriptionEn: 'Date of the alert (YYYY-MM-DD).',
    }).exactOptional(),
    situation: field(Texte, {
      titre: 'Situation signalée',
      description: 'Situation qui a déclenché l’alerte (exclusion, fin de prise en charge, hospitalisation prolongée, épuisement de l’aidant, départ en Belgique…).',
      titleEn: 'Situation reported',
      descriptionEn: 'Situation that triggered the alert (exclusion, end of care, prolonged hospital stay, carer exhaustion, departure to Belgium…).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Alerte',
    description: 'Situation qui a déclenché la demande de PAG et qui l’a signalée. Depuis 1.1.0.',
    titleEn: 'Alert',
    descriptionEn: 'Situation that triggered the PAG request, and who reported it. Since 1.1.0.',
    source: inferred(SOURCES.pagType),
  },
);

/** Comex priority the request falls under. */
export const PrioriteComexSchema = named(
  'PrioriteComex',
  z.strictObject({
    categorie: field(z.enum(CATEGORIES_PRIORITE_COMEX), {
      titre: 'Catégorie de priorité',
      description:
        'Catégorie de la priorité d’élaboration délibérée par la commission exécutive : situations complexes, ASE/PJJ, jeunes de 15 à 25 ans, ou autre (à préciser dans « libelle »).',
      titleEn: 'Priority category',
      descriptionEn:
        'Category of the elaboration priority deliberated by the executive committee (Comex): complex situations, ASE/PJJ, young people aged 15 to 25, or other (to be specified in “libelle”).',
      source: inferred(`${SOURCES.pagType} (« Priorités les + courantes : situations complexes, ASE / PJJ, 15-25 ans »)`),
    }),
    libelle: field(Texte, {
      titre: 'Libellé de la priorité',
      description: 'Intitulé de la priorité tel que délibéré par la Comex de la MDPH.',
      titleEn: 'Priority label',
      descriptionEn: 'Wording of the priority as deliberated by the MDPH’s Comex.',
    }),
    deliberation: field(ReferenceTexteSchema, {
      titre: 'Délibération',
      description: 'Délibération de la commission exécutive qui fixe la priorité (priorités revues chaque année).',
      titleEn: 'Deliberation',
      descriptionEn: 'Deliberation of the executive committee that sets the priority (priorities are reviewed every year).',
      source: SOURCES.l11411,
    }).exactOptional(),
  }),
  {
    titre: 'Priorité Comex',
    description: 'Priorité d’élaboration des PAG définie par délibération de la commission exécutive de la MDPH (CASF, L. 114-1-1), dont relève la demande.',
    titleEn: 'Comex priority',
    descriptionEn: 'PAG elaboration priority set by a deliberation of the MDPH’s executive committee (CASF, L. 114-1-1) under which the request falls.',
    source: SOURCES.l11411,
  },
);

const nomParticipant = {
  titre: 'Nom',
  description: 'Nom de famille du participant.',
  titleEn: 'Surname',
  descriptionEn: 'Surname of the participant.',
  personnel: true,
} as const;
const prenomParticipant = {
  titre: 'Prénom',
  description: 'Prénom du participant.',
  titleEn: 'First name',
  descriptionEn: 'First name of the participant.',
  personnel: true,
} as const;
const presentParticipant = {
  titre: 'Présent',
  description: 'Le participant était présent (faux : invité, excusé ou absent).',
  titleEn: 'Present',
  descriptionEn: 'The participant was present (false: invited, excused or absent).',
} as const;

/** A participant in a concertation: a professional (institution, function, capacity to commit it) or a non-professional. */
export const ParticipantSchema = named(
  'Participant',
  z.discriminatedUnion('qualite', [
    z.strictObject({
      qualite: field(z.literal('professionnel'), {
        titre: 'Qualité',
        description: 'Le participant est un professionnel qui représente une institution.',
        titleEn: 'Capacity',
        descriptionEn: 'The participant is a professional representing an institution.',
      }),
      nom: field(Texte, nomParticipant),
      prenom: field(Texte, prenomParticipant).exactOptional(),
      institution: field(Texte, {
        titre: 'Institution',
        description: 'Institution représentée (MDPH, ESMS, ARS, conseil départemental, Éducation nationale…).',
        titleEn: 'Institution',
        descriptionEn: 'Institution represented (MDPH, ESMS, ARS, conseil départemental, Éducation nationale…).',
      }),
      fonction: field(Texte, {
        titre: 'Fonction',
        description: 'Fonction du participant dans son institution.',
        titleEn: 'Function',
        descriptionEn: 'Function of the participant in their institution.',
      }),
      peutEngagerInstitution: field(z.boolean(), {
        titre: 'Peut engager son institution',
        description: 'Le participant a la légitimité et la capacité d’engager son institution (question soulevée par les sites pionniers pour la participation au GOS).',
        titleEn: 'Can commit their institution',
        descriptionEn: 'The participant has the legitimacy and the capacity to commit their institution (a question raised by the pilot sites about taking part in the GOS).',
        source: SOURCES.pagType,
      }),
      present: field(z.boolean(), presentParticipant).exactOptional(),
    }),
    z.strictObject({
      qualite: field(z.enum(QUALITES_PARTICIPANT_NON_PROFESSIONNEL), {
        titre: 'Qualité',
        description: 'Qualité d’un participant non professionnel : personne concernée, représentant légal, proche aidant, pair-aidant ou autre.',
        titleEn: 'Capacity',
        descriptionEn: 'Capacity of a non-professional participant: the person concerned, a legal representative, a family carer, a peer helper or other.',
      }),
      nom: field(Texte, nomParticipant).exactOptional(),
      prenom: field(Texte, prenomParticipant).exactOptional(),
      precision: field(Texte, {
        titre: 'Précision',
        description: 'Précision sur la qualité ou le lien avec la personne (par exemple « mère », « pair-aidant de l’association X »).',
        titleEn: 'Details',
        descriptionEn: 'Details on the capacity or the relationship to the person (for example “mother”, “peer helper from association X”).',
        personnel: true,
      }).exactOptional(),
      present: field(z.boolean(), presentParticipant).exactOptional(),
    }),
  ]),
  {
    titre: 'Participant',
    description:
      'Participant à une concertation. Un professionnel indique son institution, sa fonction et s’il peut engager son institution ; la personne, sa famille et les pairs peuvent aussi participer.',
    titleEn: 'Participant',
    descriptionEn:
      'Participant in a consultation. A professional gives their institution, their function and whether they can commit their institution; the person, their family and peers may take part too.',
  },
);

/** A GOS meeting, synthesis meeting or exchange held to formalise the PAG. */
export const ConcertationSchema = named(
  'Concertation',
  z.strictObject({
    type: field(z.enum(TYPES_CONCERTATION), {
      titre: 'Type de concertation',
      description: 'Groupe opérationnel de synthèse (gos), réunion de synthèse ou échanges (téléphone, courriel…) tenus pour formaliser le PAG.',
      titleEn: 'Consultation type',
      descriptionEn: 'Operational synthesis group (gos, *groupe opérationnel de synthèse*), synthesis meeting or exchanges (phone, e-mail…) held to formalise the PAG.',
      source: SOURCES.pagType,
    }),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de la concertation (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the consultation (YYYY-MM-DD).',
    }),
    participants: field(z.array(ParticipantSchema), {
      titre: 'Participants',
      description: 'Participants, avec leur institution et leur fonction.',
      titleEn: 'Participants',
      descriptionEn: 'Participants, with their institution and their function.',
    }),
    synthese: field(Texte, {
      titre: 'Synthèse',
      description: 'Synthèse des échanges et des décisions prises.',
      titleEn: 'Summary',
      descriptionEn: 'Summary of the exchanges and of the decisions taken.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Concertation',
    description: 'GOS, réunion de synthèse ou échanges ayant servi à formaliser le PAG.',
    titleEn: 'Consultation',
    descriptionEn: 'GOS, synthesis meeting or exchanges used to formalise the PAG (*concertation*).',
    source: SOURCES.pagType,
  },
);

/** Section 1 of the PAG. */
export const DemandeSchema = named(
  'Demande',
  z.strictObject({
    demandeur: field(z.enum(DEMANDEURS), {
      titre: 'À la demande de qui',
      description:
        'Qui demande ou propose le PAG : la personne, son représentant légal, ou l’équipe pluridisciplinaire de la MDPH (qui le propose aussi au titre d’une priorité Comex, donnée à part dans « prioriteComex »). Depuis la version 1.1.0 ; remplace « origine ».',
      titleEn: 'At whose request',
      descriptionEn:
        'Who requests or proposes the PAG: the person, their legal representative, or the MDPH multidisciplinary team (which also proposes it under a Comex priority, given apart in “prioriteComex”). Since version 1.1.0; replaces “origine”.',
      source: SOURCES.l11411,
    }).exactOptional(),
    origine: field(z.enum(ORIGINES_DEMANDE), {
      titre: 'Origine (version 1.0.0, dépréciée)',
      description:
        'Forme 1.0.0, dépréciée : mélange le demandeur et la priorité Comex. Toujours acceptée ; utilisez « demandeur » et « prioriteComex » (serafin migrate le fait). Un PAG porte « demandeur » ou « origine ».',
      titleEn: 'Origin (version 1.0.0, deprecated)',
      descriptionEn:
        'Form of 1.0.0, deprecated: it mixes the requester and the Comex priority. Still accepted; use “demandeur” and “prioriteComex” (serafin migrate does it). A PAG carries either “demandeur” or “origine”.',
      source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
      obsolete: true,
    }).exactOptional(),
    dateDemande: field(DateIso, {
      titre: 'Date de la demande',
      description: 'Date de la demande ou de la proposition de PAG (AAAA-MM-JJ).',
      titleEn: 'Request date',
      descriptionEn: 'Date of the PAG request or proposal (YYYY-MM-DD).',
    }).exactOptional(),
    declencheurs: field(z.array(z.enum(DECLENCHEURS)).max(DECLENCHEURS.length), {
      titre: 'Déclencheurs',
      description:
        'Situations de l’article L. 114-1-1 CASF qui justifient le PAG : 1° indisponibilité ou inadaptation des réponses connues ; 2° complexité de la réponse à apporter, risque ou constat de rupture du parcours. Peut être vide quand le PAG est demandé par la personne ou son représentant.',
      titleEn: 'Triggers',
      descriptionEn:
        'Situations of article L. 114-1-1 CASF that justify the PAG: 1° known answers unavailable or unsuited; 2° complexity of the answer needed, risk or observation of a break in the care pathway. May be empty when the person or their representative requests the PAG.',
      source: SOURCES.l11411,
    }),
    prioriteComex: field(PrioriteComexSchema, {
      titre: 'Priorité Comex',
      description: 'Priorité d’élaboration validée en Comex dont relève la demande, le cas échéant.',
      titleEn: 'Comex priority',
      descriptionEn: 'Elaboration priority validated by the Comex under which the request falls, if any.',
      source: SOURCES.pagType,
    }).exactOptional(),
    natureDemande: field(z.enum(NATURES_DEMANDE), {
      titre: 'Nature de la demande',
      description: 'Première demande de PAG, demande de révision, ou révision prévue dans les modalités de suivi du PAG précédent.',
      titleEn: 'Nature of the request',
      descriptionEn: 'First PAG request, revision request, or revision planned in the follow-up arrangements of the previous PAG.',
      source: SOURCES.pagType,
    }),
    alerte: field(AlerteSchema, {
      titre: 'Alerte',
      description: 'Situation qui a déclenché la demande et qui l’a signalée (ESMS, ASE, famille, protecteur…). Depuis 1.1.0.',
      titleEn: 'Alert',
      descriptionEn: 'Situation that triggered the request, and who reported it (ESMS, ASE, family, protector…). Since 1.1.0.',
      source: inferred(SOURCES.pagType),
    }).exactOptional(),
    referentPag: field(ProfessionnelSchema, {
      titre: 'Référent PAG de la MDPH',
      description:
        'Professionnel de la MDPH qui porte le PAG (référent PAG, « référent RAPT ») : distinct du coordonnateur de parcours, désigné parmi les opérateurs engagés (section suivi). Depuis 1.1.0.',
      titleEn: 'MDPH PAG referent',
      descriptionEn:
        'MDPH professional in charge of the PAG (PAG referent, “RAPT referent”): distinct from the care pathway coordinator, who is chosen among the committed operators (follow-up section). Since 1.1.0.',
      source: inferred(SOURCES.pagType),
    }).exactOptional(),
    pilote: field(ProfessionnelSchema, {
      titre: 'Pilote',
      description:
        'Pilote de la situation, dans les territoires qui en désignent un (cellule des situations critiques, pilote départemental RAPT) : nom, institution, fonction. Depuis 1.1.0.',
      titleEn: 'Lead',
      descriptionEn: 'Lead of the situation, in the territories that appoint one (critical situations unit, departmental RAPT lead): name, institution, function. Since 1.1.0.',
      source: inferred(SOURCES.pagType),
    }).exactOptional(),
    concertations: field(z.array(ConcertationSchema), {
      titre: 'Concertations',
      description: 'GOS, réunions de synthèse ou échanges tenus pour la formalisation du PAG (dates et participants).',
      titleEn: 'Consultations',
      descriptionEn: 'GOS, synthesis meetings or exchanges held to formalise the PAG (dates and participants).',
      source: SOURCES.pagType,
    }),
  }),
  {
    titre: '1. À la demande de qui',
    description: 'Origine de la demande, déclencheurs légaux, priorité Comex, première demande ou révision, et concertations tenues.',
    titleEn: '1. At whose request',
    descriptionEn: 'Origin of the request, legal triggers, Comex priority, first request or revision, and consultations held.',
    source: SOURCES.pagType,
  },
);

/** Who asked for the PAG. */
export type Demandeur = (typeof DEMANDEURS)[number];
