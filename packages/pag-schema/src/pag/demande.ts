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
export const QUALITES_PARTICIPANT_NON_PROFESSIONNEL = [
  'personne-concernee',
  'representant-legal',
  'proche-aidant',
  'pair-aidant',
  'autre',
] as const;

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
      source: inferred(SOURCES.pagType),
    }),
    precisionEmetteur: field(Texte, {
      titre: 'Précision sur l’émetteur',
      description: 'Structure ou service qui a donné l’alerte (par exemple « IME des Tilleuls », « service ASE de Lens »).',
    }).exactOptional(),
    date: field(DateIso, { titre: 'Date de l’alerte', description: 'Date de l’alerte (AAAA-MM-JJ).' }).exactOptional(),
    situation: field(Texte, {
      titre: 'Situation signalée',
      description: 'Situation qui a déclenché l’alerte (exclusion, fin de prise en charge, hospitalisation prolongée, épuisement de l’aidant, départ en Belgique…).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Alerte',
    description: 'Situation qui a déclenché la demande de PAG et qui l’a signalée. Depuis 1.1.0.',
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
      source: inferred(`${SOURCES.pagType} (« Priorités les + courantes : situations complexes, ASE / PJJ, 15-25 ans »)`),
    }),
    libelle: field(Texte, {
      titre: 'Libellé de la priorité',
      description: 'Intitulé de la priorité tel que délibéré par la Comex de la MDPH.',
    }),
    deliberation: field(ReferenceTexteSchema, {
      titre: 'Délibération',
      description: 'Délibération de la commission exécutive qui fixe la priorité (priorités revues chaque année).',
      source: SOURCES.l11411,
    }).exactOptional(),
  }),
  {
    titre: 'Priorité Comex',
    description:
      'Priorité d’élaboration des PAG définie par délibération de la commission exécutive de la MDPH (CASF, L. 114-1-1), dont relève la demande.',
    source: SOURCES.l11411,
  },
);

const nomParticipant = { titre: 'Nom', description: 'Nom de famille du participant.', personnel: true } as const;
const prenomParticipant = { titre: 'Prénom', description: 'Prénom du participant.', personnel: true } as const;
const presentParticipant = {
  titre: 'Présent',
  description: 'Le participant était présent (faux : invité, excusé ou absent).',
} as const;

/** A participant in a concertation: a professional (institution, function, capacity to commit it) or a non-professional. */
export const ParticipantSchema = named(
  'Participant',
  z.discriminatedUnion('qualite', [
    z.strictObject({
      qualite: field(z.literal('professionnel'), {
        titre: 'Qualité',
        description: 'Le participant est un professionnel qui représente une institution.',
      }),
      nom: field(Texte, nomParticipant),
      prenom: field(Texte, prenomParticipant).exactOptional(),
      institution: field(Texte, {
        titre: 'Institution',
        description: 'Institution représentée (MDPH, ESMS, ARS, conseil départemental, Éducation nationale…).',
      }),
      fonction: field(Texte, { titre: 'Fonction', description: 'Fonction du participant dans son institution.' }),
      peutEngagerInstitution: field(z.boolean(), {
        titre: 'Peut engager son institution',
        description:
          'Le participant a la légitimité et la capacité d’engager son institution (question soulevée par les sites pionniers pour la participation au GOS).',
        source: SOURCES.pagType,
      }),
      present: field(z.boolean(), presentParticipant).exactOptional(),
    }),
    z.strictObject({
      qualite: field(z.enum(QUALITES_PARTICIPANT_NON_PROFESSIONNEL), {
        titre: 'Qualité',
        description: 'Qualité d’un participant non professionnel : personne concernée, représentant légal, proche aidant, pair-aidant ou autre.',
      }),
      nom: field(Texte, nomParticipant).exactOptional(),
      prenom: field(Texte, prenomParticipant).exactOptional(),
      precision: field(Texte, {
        titre: 'Précision',
        description: 'Précision sur la qualité ou le lien avec la personne (par exemple « mère », « pair-aidant de l’association X »).',
        personnel: true,
      }).exactOptional(),
      present: field(z.boolean(), presentParticipant).exactOptional(),
    }),
  ]),
  {
    titre: 'Participant',
    description:
      'Participant à une concertation. Un professionnel indique son institution, sa fonction et s’il peut engager son institution ; la personne, sa famille et les pairs peuvent aussi participer.',
  },
);

/** A GOS meeting, synthesis meeting or exchange held to formalise the PAG. */
export const ConcertationSchema = named(
  'Concertation',
  z.strictObject({
    type: field(z.enum(TYPES_CONCERTATION), {
      titre: 'Type de concertation',
      description:
        'Groupe opérationnel de synthèse (gos), réunion de synthèse ou échanges (téléphone, courriel…) tenus pour formaliser le PAG.',
      source: SOURCES.pagType,
    }),
    date: field(DateIso, { titre: 'Date', description: 'Date de la concertation (AAAA-MM-JJ).' }),
    participants: field(z.array(ParticipantSchema), {
      titre: 'Participants',
      description: 'Participants, avec leur institution et leur fonction.',
    }),
    synthese: field(Texte, {
      titre: 'Synthèse',
      description: 'Synthèse des échanges et des décisions prises.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Concertation',
    description: 'GOS, réunion de synthèse ou échanges ayant servi à formaliser le PAG.',
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
      source: SOURCES.l11411,
    }).exactOptional(),
    origine: field(z.enum(ORIGINES_DEMANDE), {
      titre: 'Origine (version 1.0.0, dépréciée)',
      description:
        'Forme 1.0.0, dépréciée : mélange le demandeur et la priorité Comex. Toujours acceptée ; utilisez « demandeur » et « prioriteComex » (serafin migrate le fait). Un PAG porte « demandeur » ou « origine ».',
      source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
      obsolete: true,
    }).exactOptional(),
    dateDemande: field(DateIso, {
      titre: 'Date de la demande',
      description: 'Date de la demande ou de la proposition de PAG (AAAA-MM-JJ).',
    }).exactOptional(),
    declencheurs: field(z.array(z.enum(DECLENCHEURS)), {
      titre: 'Déclencheurs',
      description:
        'Situations de l’article L. 114-1-1 CASF qui justifient le PAG : 1° indisponibilité ou inadaptation des réponses connues ; 2° complexité de la réponse à apporter, risque ou constat de rupture du parcours. Peut être vide quand le PAG est demandé par la personne ou son représentant.',
      source: SOURCES.l11411,
    }),
    prioriteComex: field(PrioriteComexSchema, {
      titre: 'Priorité Comex',
      description: 'Priorité d’élaboration validée en Comex dont relève la demande, le cas échéant.',
      source: SOURCES.pagType,
    }).exactOptional(),
    natureDemande: field(z.enum(NATURES_DEMANDE), {
      titre: 'Nature de la demande',
      description:
        'Première demande de PAG, demande de révision, ou révision prévue dans les modalités de suivi du PAG précédent.',
      source: SOURCES.pagType,
    }),
    alerte: field(AlerteSchema, {
      titre: 'Alerte',
      description: 'Situation qui a déclenché la demande et qui l’a signalée (ESMS, ASE, famille, protecteur…). Depuis 1.1.0.',
      source: inferred(SOURCES.pagType),
    }).exactOptional(),
    referentPag: field(ProfessionnelSchema, {
      titre: 'Référent PAG de la MDPH',
      description:
        'Professionnel de la MDPH qui porte le PAG (référent PAG, « référent RAPT ») : distinct du coordonnateur de parcours, désigné parmi les opérateurs engagés (section suivi). Depuis 1.1.0.',
      source: inferred(SOURCES.pagType),
    }).exactOptional(),
    pilote: field(ProfessionnelSchema, {
      titre: 'Pilote',
      description:
        'Pilote de la situation, dans les territoires qui en désignent un (cellule des situations critiques, pilote départemental RAPT) : nom, institution, fonction. Depuis 1.1.0.',
      source: inferred(SOURCES.pagType),
    }).exactOptional(),
    concertations: field(z.array(ConcertationSchema), {
      titre: 'Concertations',
      description: 'GOS, réunions de synthèse ou échanges tenus pour la formalisation du PAG (dates et participants).',
      source: SOURCES.pagType,
    }),
  }),
  {
    titre: '1. À la demande de qui',
    description:
      'Origine de la demande, déclencheurs légaux, priorité Comex, première demande ou révision, et concertations tenues.',
    source: SOURCES.pagType,
  },
);

/** Who asked for the PAG. */
export type Demandeur = (typeof DEMANDEURS)[number];
/** Section 1 of a PAG. */
export type Demande = z.infer<typeof DemandeSchema>;
/** A concertation. */
export type Concertation = z.infer<typeof ConcertationSchema>;
/** A participant in a concertation. */
export type Participant = z.infer<typeof ParticipantSchema>;
/** The alert that led to the PAG. */
export type Alerte = z.infer<typeof AlerteSchema>;
/** A Comex priority. */
export type PrioriteComex = z.infer<typeof PrioriteComexSchema>;
