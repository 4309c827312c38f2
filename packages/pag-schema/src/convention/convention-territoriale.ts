/**
 * The territorial convention « Une réponse accompagnée pour tous »
 * (`typeDocument: "convention-territoriale"`): signatories, period, the
 * permanent orientation system, GOS, instruction of financing and derogation
 * requests, commitments, governance, and the derogation table as annex.
 *
 * Convention territoriale RAPT.
 */
import * as z from 'zod';
import { documentRoot, field, named } from '../metadata.js';
import { extensionsField, schemaField, typeDocumentField, versionSchemaField } from '../common/document.js';
import { CodeDepartement, DateHeureIso, DateIso, EntierPositif, Identifiant, Texte, Url } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { SOURCES_CONVENTION } from '../common/sources-convention.js';
import { FrequenceSchema, ReferenceTexteSchema, SignatureSchema } from '../common/structures.js';
import { AUTORITES_DEROGATION } from '../derogations/delegations.js';
import { OBJETS_DEROGATION, TableauDerogationsSchema } from '../derogations/tableau-derogations.js';
import { ConventionDelegationCreditsSchema, DeliberationComexSchema } from './cadre.js';
import { NiveauGosSchema, NIVEAUX_GOS, TYPES_PARTICIPANT_GOS } from './gos.js';

/**
 * Roles of signatories. The first five are those the pioneer sites had sign
 * (CNSA slides: « Signent MDPH CD ARS CPAM Education nationale »), a practice,
 * not a legal list; the Éducation nationale signs as the rectorat (académie)
 * or as the DSDEN (département) since 1.1.0, `education-nationale` staying for
 * a document that does not say which. Then the optional ones.
 */
export const ROLES_SIGNATAIRE = [
  'mdph',
  'conseil-departemental',
  'ars',
  'cpam',
  'education-nationale',
  'rectorat',
  'dsden',
  'representant-esms',
  'caf',
  'msa',
  'pjj',
  'etablissement-sante',
  'autre',
] as const;

/** Steps of the permanent orientation process. */
export const ETAPES_PROCESSUS = ['orientation-cible', 'elaboration-pag', 'reunion-gos', 'mise-en-oeuvre-pag', 'suivi-actualisation', 'autre'] as const;

/** Control and pricing authorities that may attend GOS. */
export const AUTORITES_CONTROLE_TARIFICATION = ['ars', 'conseil-departemental'] as const;

/** A signatory of the convention. */
export const SignataireSchema = named(
  'Signataire',
  z.strictObject({
    role: field(z.enum(ROLES_SIGNATAIRE), {
      titre: 'Rôle',
      description:
        'Rôle du signataire : MDPH, conseil départemental, ARS, CPAM, Éducation nationale (signataires habituels des sites pionniers) — rectorat (rectorat) ou direction des services départementaux (dsden), « education-nationale » quand le document ne le précise pas —, et éventuellement représentants des ESMS, CAF, MSA, protection judiciaire de la jeunesse (pjj), établissements de santé (etablissement-sante), autres. Outre-mer et Corse : la caisse générale de sécurité sociale (Guadeloupe, Guyane, Martinique, La Réunion) ou la caisse de sécurité sociale de Mayotte signe comme « cpam » ; la collectivité qui exerce les compétences du département (Collectivité de Corse, collectivités territoriales de Guyane et de Martinique) signe comme « conseil-departemental », son nom dans « nom ».',
      titleEn: 'Role',
      descriptionEn:
        'Role of the signatory: MDPH, conseil départemental, ARS, CPAM, Éducation nationale (the usual signatories of the pilot sites) — rectorate (rectorat) or departmental services (dsden), “education-nationale” when the document does not say —, and possibly representatives of ESMS, CAF, MSA, judicial youth protection (pjj), health establishments (etablissement-sante), others. Overseas and Corsica: the general social security fund (*caisse générale de sécurité sociale*: Guadeloupe, French Guiana, Martinique, La Réunion) or Mayotte’s social security fund signs as “cpam”; the authority that holds the département’s powers (Collectivité de Corse, the single territorial authorities of French Guiana and Martinique) signs as “conseil-departemental”, its name in “nom”.',
      source: SOURCES_CONVENTION.signatairesSitesPionniers + ' ; INFERRED : distinction rectorat / DSDEN ; INFERRED : équivalents outre-mer et en Corse',
    }),
    nom: field(Texte, {
      titre: 'Institution',
      description: 'Nom de l’institution signataire.',
      titleEn: 'Institution',
      descriptionEn: 'Name of the signing institution.',
    }),
    precisionRole: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur le rôle quand il est « autre » ou pour un représentant d’ESMS.',
      titleEn: 'Details',
      descriptionEn: 'Details on the role when it is “autre”, or for a representative of ESMS.',
    }).exactOptional(),
    signature: field(SignatureSchema, {
      titre: 'Signature',
      description: 'Signature de l’institution (signataire et date).',
      titleEn: 'Signature',
      descriptionEn: 'Signature of the institution (signatory and date).',
    }).exactOptional(),
  }),
  {
    titre: 'Signataire',
    description: 'Institution signataire de la convention et sa signature.',
    titleEn: 'Signatory',
    descriptionEn: 'Institution signing the convention, and its signature.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** Period of the convention. */
export const PeriodeSchema = named(
  'Periode',
  z.strictObject({
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Date d’effet (AAAA-MM-JJ).',
      titleEn: 'Start date',
      descriptionEn: 'Date it takes effect (YYYY-MM-DD).',
    }),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Date de fin (AAAA-MM-JJ), si la convention est à durée déterminée.',
      titleEn: 'End date',
      descriptionEn: 'End date (YYYY-MM-DD), when the convention has a fixed term.',
    }).exactOptional(),
    reconductionTacite: field(z.boolean(), {
      titre: 'Reconduction tacite',
      description: 'La convention est reconduite tacitement.',
      titleEn: 'Tacit renewal',
      descriptionEn: 'The convention is renewed tacitly.',
    }).exactOptional(),
  }),
  {
    titre: 'Période',
    description: 'Période de validité de la convention.',
    titleEn: 'Period',
    descriptionEn: 'Period of validity of the convention.',
  },
);

/** One step of the permanent orientation process. */
export const EtapeProcessusSchema = named(
  'EtapeProcessus',
  z.strictObject({
    etape: field(z.enum(ETAPES_PROCESSUS), {
      titre: 'Étape',
      description: 'Étape du processus d’orientation permanent : orientation cible, élaboration du PAG, réunion des GOS, mise en œuvre du PAG, suivi et actualisation, autre.',
      titleEn: 'Step',
      descriptionEn:
        'Step of the permanent orientation process (*dispositif d’orientation permanent*): target orientation, elaboration of the PAG, GOS meeting, implementation of the PAG, follow-up and update, other.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    description: field(Texte, {
      titre: 'Description',
      description: 'Déroulement de l’étape et acteurs.',
      titleEn: 'Description',
      descriptionEn: 'How the step runs, and who takes part.',
    }),
  }),
  {
    titre: 'Étape du processus',
    description: 'Étape du processus d’orientation permanent.',
    titleEn: 'Process step',
    descriptionEn: 'Step of the permanent orientation process.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** The permanent orientation system (dispositif d'orientation permanent). */
export const DispositifOrientationPermanentSchema = named(
  'DispositifOrientationPermanent',
  z.strictObject({
    objectifs: field(z.array(Texte).min(1), {
      titre: 'Objectifs',
      description: 'Objectifs généraux du dispositif.',
      titleEn: 'Objectives',
      descriptionEn: 'General objectives of the scheme.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    roleMdph: field(Texte, {
      titre: 'Rôle de la MDPH',
      description: 'Rôle de la MDPH, « assembleur » au service de la personne.',
      titleEn: 'Role of the MDPH',
      descriptionEn: 'Role of the MDPH, the “assembler” (*assembleur*) serving the person.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    processus: field(z.array(EtapeProcessusSchema).min(1), {
      titre: 'Processus',
      description: 'Processus d’orientation permanent, étape par étape.',
      titleEn: 'Process',
      descriptionEn: 'Permanent orientation process, step by step.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
  }),
  {
    titre: 'Dispositif d’orientation permanent',
    description: 'Objectifs, rôle de la MDPH et processus du dispositif d’orientation permanent.',
    titleEn: 'Permanent orientation scheme',
    descriptionEn: 'Objectives, role of the MDPH and process of the permanent orientation scheme (*dispositif d’orientation permanent*).',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** Who takes part in GOS. */
export const ParticipationGosSchema = named(
  'ParticipationGos',
  z.strictObject({
    participant: field(Texte, {
      titre: 'Participant',
      description: 'Institution ou fonction qui participe (par exemple « médecin de la MDPH », « représentant de l’ESMS », « pair-aidant »).',
      titleEn: 'Participant',
      descriptionEn: 'Institution or function taking part (for example “MDPH doctor”, “ESMS representative”, “peer helper”).',
    }),
    typeParticipant: field(z.enum(TYPES_PARTICIPANT_GOS), {
      titre: 'Type de participant',
      description:
        'Qui participe : professionnel de la MDPH, institution partenaire, opérateur (ESMS ou autre), la personne elle-même, sa famille ou ses proches, un pair-aidant, une association, autre. Depuis 1.1.0.',
      titleEn: 'Participant type',
      descriptionEn:
        'Who takes part: MDPH professional, partner institution, operator (ESMS or other), the person themselves, their family or relatives, a peer helper, an association, other. Since 1.1.0.',
      source: SOURCES_CONVENTION.sitesPionniersGos,
    }).exactOptional(),
    role: field(z.enum(ROLES_SIGNATAIRE), {
      titre: 'Rôle',
      description: 'Institution signataire dont relève le participant, le cas échéant.',
      titleEn: 'Role',
      descriptionEn: 'Signing institution the participant belongs to, if any.',
    }).exactOptional(),
    niveaux: field(z.array(z.enum(NIVEAUX_GOS)).max(NIVEAUX_GOS.length).min(1), {
      titre: 'Niveaux de GOS',
      description: 'Niveaux de GOS auxquels le participant siège (gos-1, gos-2) ; absent, à tous. Depuis 1.1.0.',
      titleEn: 'GOS levels',
      descriptionEn: 'GOS levels the participant sits in (gos-1, gos-2); when absent, all of them. Since 1.1.0.',
      source: SOURCES_CONVENTION.niveauxGos,
    }).exactOptional(),
    systematique: field(z.boolean(), {
      titre: 'Systématique',
      description: 'Participation systématique (vrai) ou selon les situations (faux).',
      titleEn: 'Systematic',
      descriptionEn: 'Systematic participation (true) or depending on the situation (false).',
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Situations dans lesquelles le participant est invité.',
      titleEn: 'Details',
      descriptionEn: 'Situations in which the participant is invited.',
    }).exactOptional(),
  }),
  {
    titre: 'Participation au GOS',
    description: 'Participant au groupe opérationnel de synthèse.',
    titleEn: 'GOS participation',
    descriptionEn: 'Participant in the operational synthesis group (GOS).',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** Organisation of the GOS. */
export const OrganisationGosSchema = named(
  'OrganisationGos',
  z.strictObject({
    participants: field(z.array(ParticipationGosSchema).min(1), {
      titre: 'Participants',
      description: 'Qui participe aux GOS.',
      titleEn: 'Participants',
      descriptionEn: 'Who takes part in the GOS.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    autoritesControleTarification: field(z.array(z.enum(AUTORITES_CONTROLE_TARIFICATION)).max(AUTORITES_CONTROLE_TARIFICATION.length), {
      titre: 'Autorités de contrôle et de tarification',
      description: 'Autorités de contrôle et de tarification qui participent aux GOS dans les situations prévues.',
      titleEn: 'Supervising and pricing authorities',
      descriptionEn: 'Supervising and pricing authorities (*autorités de contrôle et de tarification*) that take part in the GOS in the situations provided for.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    situationsAutorites: field(z.array(Texte), {
      titre: 'Situations avec les autorités',
      description:
        'Situations pour lesquelles la participation des autorités de contrôle et de tarification est prévue (participation non systématique, à formaliser dans la convention).',
      titleEn: 'Situations with the authorities',
      descriptionEn: 'Situations in which the supervising and pricing authorities are to take part (not systematically; to be formalised in the convention).',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    niveaux: field(z.array(NiveauGosSchema).min(1), {
      titre: 'Niveaux de GOS',
      description: 'Les niveaux de GOS du territoire (GOS I, GOS II), chacun avec son rôle et sa fréquence, quand le territoire les distingue. Depuis 1.1.0.',
      titleEn: 'GOS levels',
      descriptionEn: 'The territory’s GOS levels (GOS I, GOS II), each with its role and frequency, when the territory distinguishes them. Since 1.1.0.',
      source: SOURCES_CONVENTION.niveauxGos,
    }).exactOptional(),
    modalites: field(Texte, {
      titre: 'Modalités',
      description: 'Organisation des GOS (fréquence, niveaux GOS I / GOS II, préparation, participation de la personne et des pairs).',
      titleEn: 'Arrangements',
      descriptionEn: 'Organisation of the GOS (frequency, GOS I / GOS II levels, preparation, participation of the person and of peers).',
    }).exactOptional(),
  }),
  {
    titre: 'Groupes opérationnels de synthèse',
    description: 'Composition et organisation des GOS.',
    titleEn: 'Operational synthesis groups',
    descriptionEn: 'Composition and organisation of the GOS (*groupes opérationnels de synthèse*).',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/**
 * The two fields every instruction of requests starts with (financing and
 * derogations alike): who receives the requests and the response time. A
 * function, so that each object gets its own field schemas.
 */
function reception() {
  return {
    destinataire: field(Texte, {
      titre: 'Qui reçoit',
      description: 'Institution ou service qui reçoit les demandes.',
      titleEn: 'Recipient',
      descriptionEn: 'Institution or service that receives the requests.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    delaiReponseJours: field(EntierPositif, {
      titre: 'Délai de réponse (jours)',
      description: 'Délai de réponse, en jours.',
      titleEn: 'Response time (days)',
      descriptionEn: 'Response time, in days.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
  };
}

/** How complementary-financing requests are instructed. */
export const InstructionFinancementsSchema = named(
  'InstructionFinancements',
  z.strictObject({
    ...reception(),
    modalites: field(Texte, {
      titre: 'Modalités',
      description: 'Procédure d’instruction des demandes de financement complémentaire.',
      titleEn: 'Arrangements',
      descriptionEn: 'Procedure for examining requests for additional funding.',
    }),
  }),
  {
    titre: 'Instruction des demandes de financement complémentaire',
    description: 'Qui reçoit les demandes de financement complémentaire, dans quel délai il y est répondu, selon quelle procédure.',
    titleEn: 'Examination of additional funding requests',
    descriptionEn: 'Who receives the requests for additional funding, how quickly they are answered, under which procedure.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** An accelerated decision procedure for one kind of derogation. */
export const ProcedureAccelereeSchema = named(
  'ProcedureAcceleree',
  z.strictObject({
    typeDerogation: field(z.enum(OBJETS_DEROGATION), {
      titre: 'Type de dérogation',
      description: 'Type de dérogation que la procédure traite (par exemple « scolarisation » pour une dérogation au code de l’éducation).',
      titleEn: 'Derogation type',
      descriptionEn: 'Type of derogation the procedure handles (for example “scolarisation” for a derogation from the Education Code).',
    }),
    autorite: field(z.enum(AUTORITES_DEROGATION), {
      titre: 'Autorité qui décide',
      description: 'Autorité qui prend la décision : directeur général de l’ARS, président du conseil départemental, recteur, DASEN, autre.',
      titleEn: 'Deciding authority',
      descriptionEn: 'Authority that takes the decision: director general of the ARS, president of the conseil départemental, rector, DASEN, other.',
      source: SOURCES_CONVENTION.autoritesCompetentes,
    }).exactOptional(),
    delaiReponseJours: field(EntierPositif, {
      titre: 'Délai de réponse (jours)',
      description: 'Délai de décision de la procédure accélérée, en jours.',
      titleEn: 'Response time (days)',
      descriptionEn: 'Decision time of the accelerated procedure, in days.',
    }).exactOptional(),
    modalites: field(Texte, {
      titre: 'Modalités',
      description: 'Déroulement de la procédure accélérée.',
      titleEn: 'Arrangements',
      descriptionEn: 'How the accelerated procedure runs.',
    }),
    experimentale: field(z.boolean(), {
      titre: 'Expérimentale',
      description: 'La procédure est expérimentée (vrai) ou pérenne (faux).',
      titleEn: 'Experimental',
      descriptionEn: 'The procedure is being tried out (true) or permanent (false).',
    }).exactOptional(),
  }),
  {
    titre: 'Procédure accélérée de dérogation',
    description: 'Procédure accélérée de décision pour un type de dérogation : autorité, délai, déroulement.',
    titleEn: 'Accelerated derogation procedure',
    descriptionEn: 'Accelerated decision procedure for one type of derogation: authority, time limit, how it runs.',
    source: SOURCES_CONVENTION.procedureAcceleree,
  },
);

/** How derogation requests are instructed. */
export const InstructionDerogationsSchema = named(
  'InstructionDerogations',
  z.strictObject({
    ...reception(),
    typesDerogation: field(z.array(z.enum(OBJETS_DEROGATION)).max(OBJETS_DEROGATION.length).min(1), {
      titre: 'Types de dérogation',
      description: 'Types de dérogation instruits : âge, spécialité ou public, capacité, mode d’accueil…, scolarisation (dérogation au code de l’éducation, depuis 1.1.0).',
      titleEn: 'Derogation types',
      descriptionEn: 'Types of derogation examined: age, speciality or public, capacity, care mode…, schooling (derogation from the Education Code, since 1.1.0).',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    modalites: field(Texte, {
      titre: 'Modalités',
      description: 'Procédure d’instruction des demandes de dérogation.',
      titleEn: 'Arrangements',
      descriptionEn: 'Procedure for examining derogation requests.',
    }),
    proceduresAccelerees: field(z.array(ProcedureAccelereeSchema).min(1), {
      titre: 'Procédures accélérées',
      description: 'Procédures accélérées de décision, par type de dérogation (par exemple la dérogation au code de l’éducation expérimentée en Ille-et-Vilaine). Depuis 1.1.0.',
      titleEn: 'Accelerated procedures',
      descriptionEn: 'Accelerated decision procedures, per type of derogation (for example the derogation from the Education Code tried out in Ille-et-Vilaine). Since 1.1.0.',
      source: SOURCES_CONVENTION.procedureAcceleree,
    }).exactOptional(),
  }),
  {
    titre: 'Instruction des demandes de dérogation',
    description: 'Qui reçoit les demandes de dérogation, dans quel délai il y est répondu, quels types de dérogation.',
    titleEn: 'Examination of derogation requests',
    descriptionEn: 'Who receives the derogation requests, how quickly they are answered, which types of derogation.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** The commitments of one signatory. */
export const EngagementSignataireSchema = named(
  'EngagementSignataire',
  z.strictObject({
    role: field(z.enum(ROLES_SIGNATAIRE), {
      titre: 'Signataire',
      description: 'Rôle du signataire qui s’engage.',
      titleEn: 'Signatory',
      descriptionEn: 'Role of the signatory committing itself.',
    }),
    engagements: field(z.array(Texte).min(1), {
      titre: 'Engagements',
      description: 'Engagements du signataire.',
      titleEn: 'Commitments',
      descriptionEn: 'Commitments of the signatory.',
    }),
  }),
  {
    titre: 'Engagements d’un signataire',
    description: 'Contribution d’un acteur institutionnel : participation aux instances, lisibilité de l’offre, dérogations, financements…',
    titleEn: 'Commitments of a signatory',
    descriptionEn: 'Contribution of an institutional actor: taking part in the bodies, making the offer readable, derogations, funding…',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** A governance body. */
export const InstanceGouvernanceSchema = named(
  'InstanceGouvernance',
  z.strictObject({
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom de l’instance (comité de pilotage, comité technique, Comex…).',
      titleEn: 'Name',
      descriptionEn: 'Name of the body (steering committee, technical committee, Comex…).',
    }),
    composition: field(Texte, {
      titre: 'Composition',
      description: 'Composition de l’instance.',
      titleEn: 'Composition',
      descriptionEn: 'Composition of the body.',
    }).exactOptional(),
    missions: field(Texte, {
      titre: 'Missions',
      description: 'Missions de l’instance.',
      titleEn: 'Missions',
      descriptionEn: 'Missions of the body.',
    }),
    frequence: field(FrequenceSchema, {
      titre: 'Fréquence',
      description: 'Fréquence des réunions.',
      titleEn: 'Frequency',
      descriptionEn: 'Frequency of the meetings.',
    }),
  }),
  {
    titre: 'Instance de gouvernance',
    description: 'Instance de gouvernance et fréquence de ses réunions.',
    titleEn: 'Governance body',
    descriptionEn: 'Governance body and how often it meets.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

const TableauDerogationsAnnexeSchema = named('TableauDerogations', TableauDerogationsSchema.clone(), {
  titre: 'Tableau des délégations de dérogations',
  description: 'Document « tableau-derogations » complet, intégré à la convention.',
  titleEn: 'Table of delegated derogations',
  descriptionEn: 'Complete “tableau-derogations” document, included in the convention.',
  source: SOURCES.conventionIlleEtVilaine,
});

/** The derogation table annex: embedded or referenced. */
export const AnnexeTableauDerogationsSchema = named(
  'AnnexeTableauDerogations',
  z.discriminatedUnion('mode', [
    z.strictObject({
      mode: field(z.literal('integre'), {
        titre: 'Mode',
        description: 'Le tableau est intégré à la convention.',
        titleEn: 'Mode',
        descriptionEn: 'The table is included in the convention.',
      }),
      tableau: field(TableauDerogationsAnnexeSchema, {
        titre: 'Tableau',
        description: 'Le tableau des délégations de dérogations.',
        titleEn: 'Table',
        descriptionEn: 'The table of delegated derogations.',
      }),
    }),
    z.strictObject({
      mode: field(z.literal('reference'), {
        titre: 'Mode',
        description: 'Le tableau est un document séparé, désigné par son identifiant.',
        titleEn: 'Mode',
        descriptionEn: 'The table is a separate document, designated by its identifier.',
      }),
      identifiant: field(Identifiant, {
        titre: 'Identifiant du tableau',
        description: 'Identifiant du document « tableau-derogations ».',
        titleEn: 'Table identifier',
        descriptionEn: 'Identifier of the “tableau-derogations” document.',
      }),
      url: field(Url, {
        titre: 'Adresse',
        description: 'Adresse où le tableau est publié.',
        titleEn: 'Address',
        descriptionEn: 'Address where the table is published.',
      }).exactOptional(),
      dateVersion: field(DateIso, {
        titre: 'Date de version',
        description: 'Date de la version du tableau retenue (AAAA-MM-JJ).',
        titleEn: 'Version date',
        descriptionEn: 'Date of the version of the table retained (YYYY-MM-DD).',
      }).exactOptional(),
    }),
  ]),
  {
    titre: 'Annexe : tableau des délégations de dérogations',
    description: 'Tableau des délégations de dérogations, intégré (« integre ») ou désigné par référence (« reference »).',
    titleEn: 'Annex: table of delegated derogations',
    descriptionEn: 'Table of delegated derogations, included (“integre”) or designated by reference (“reference”).',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** The territorial convention document. */
export const ConventionTerritorialeSchema = documentRoot(
  z.strictObject({
    $schema: schemaField('convention-territoriale'),
    typeDocument: typeDocumentField('convention-territoriale'),
    versionSchema: versionSchemaField(),
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant de la convention.',
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of the convention.',
    }),
    intitule: field(Texte, {
      titre: 'Intitulé',
      description: 'Intitulé de la convention.',
      titleEn: 'Title',
      descriptionEn: 'Title of the convention.',
    }),
    departement: field(CodeDepartement, {
      titre: 'Département',
      description: 'Code du département couvert.',
      titleEn: 'Département',
      descriptionEn: 'Code of the département covered.',
    }),
    signataires: field(z.array(SignataireSchema).min(1), {
      titre: 'Signataires',
      description: 'Signataires et dates de signature : MDPH, conseil départemental, ARS, CPAM, Éducation nationale ; éventuellement représentants des ESMS, CAF, MSA.',
      titleEn: 'Signatories',
      descriptionEn: 'Signatories and signature dates: MDPH, conseil départemental, ARS, CPAM, Éducation nationale; possibly representatives of ESMS, CAF, MSA.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    periode: field(PeriodeSchema, {
      titre: 'Période',
      description: 'Période de validité de la convention.',
      titleEn: 'Period',
      descriptionEn: 'Period of validity of the convention.',
    }),
    deliberationComex: field(DeliberationComexSchema, {
      titre: 'Délibération de la commission exécutive',
      description: 'Délibération de la commission exécutive (Comex) de la MDPH qui approuve la convention. Depuis 1.1.0.',
      titleEn: 'Executive committee deliberation',
      descriptionEn: 'Deliberation of the MDPH’s executive committee (Comex) approving the convention. Since 1.1.0.',
      source: SOURCES_CONVENTION.deliberationComex,
    }).exactOptional(),
    conventionDelegationCredits: field(ConventionDelegationCreditsSchema, {
      titre: 'Convention de délégation des crédits',
      description:
        'La convention de délégation des crédits (MDPH – ARS), document distinct de celle-ci, désignée par son intitulé, son identifiant, sa date. Remplace depuis 1.1.0 le booléen « distincteConventionDelegationCredits ».',
      titleEn: 'Credit delegation convention',
      descriptionEn:
        'The credit delegation convention (MDPH – ARS), a document distinct from this one, designated by its title, identifier and date. Since 1.1.0 it replaces the boolean “distincteConventionDelegationCredits”.',
      source: SOURCES_CONVENTION.delegationCredits,
    }).exactOptional(),
    distincteConventionDelegationCredits: field(z.boolean(), {
      titre: 'Distincte de la convention de délégation des crédits (obsolète)',
      description:
        'Obsolète depuis 1.1.0, toujours accepté : la convention partenariale est distincte de la convention de délégation des crédits (vrai attendu). Désignez plutôt cette convention dans « conventionDelegationCredits ». Obligatoire en 1.0.0, facultatif depuis 1.1.0.',
      titleEn: 'Distinct from the credit delegation convention (deprecated)',
      descriptionEn:
        'Deprecated since 1.1.0, still accepted: the partnership convention is distinct from the credit delegation convention (true expected). Designate that convention in “conventionDelegationCredits” instead. Required in 1.0.0, optional since 1.1.0.',
      source: SOURCES_CONVENTION.delegationCredits,
      obsolete: true,
    }).exactOptional(),
    conventionsAssociees: field(z.array(ReferenceTexteSchema), {
      titre: 'Conventions associées',
      description: 'Autres conventions que celle-ci complète (convention ARS–rectorat, convention de délégation des crédits…).',
      titleEn: 'Related conventions',
      descriptionEn: 'Other conventions this one complements (ARS–rectorate convention, credit delegation convention…).',
      source: SOURCES.conventionIlleEtVilaine,
    }).exactOptional(),
    dispositifOrientationPermanent: field(DispositifOrientationPermanentSchema, {
      titre: 'Dispositif d’orientation permanent',
      description: 'Objectifs, rôle d’assembleur de la MDPH, processus.',
      titleEn: 'Permanent orientation scheme',
      descriptionEn: 'Objectives, the MDPH’s role as assembler, process.',
    }),
    gos: field(OrganisationGosSchema, {
      titre: 'Groupes opérationnels de synthèse',
      description: 'Qui participe aux GOS, et quand les autorités de contrôle et de tarification y assistent.',
      titleEn: 'Operational synthesis groups',
      descriptionEn: 'Who takes part in the GOS, and when the supervising and pricing authorities attend.',
    }),
    instructionFinancements: field(InstructionFinancementsSchema, {
      titre: 'Instruction des financements complémentaires',
      description: 'Instruction des demandes de financement complémentaire.',
      titleEn: 'Examination of additional funding',
      descriptionEn: 'Examination of the requests for additional funding.',
    }),
    instructionDerogations: field(InstructionDerogationsSchema, {
      titre: 'Instruction des dérogations',
      description: 'Instruction des demandes de dérogation.',
      titleEn: 'Examination of derogations',
      descriptionEn: 'Examination of the derogation requests.',
    }),
    engagementsSignataires: field(z.array(EngagementSignataireSchema), {
      titre: 'Engagements des signataires',
      description: 'Engagements de chaque signataire.',
      titleEn: 'Signatories’ commitments',
      descriptionEn: 'Commitments of each signatory.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    gouvernance: field(z.array(InstanceGouvernanceSchema), {
      titre: 'Gouvernance',
      description: 'Instances de gouvernance et fréquence de leurs réunions.',
      titleEn: 'Governance',
      descriptionEn: 'Governance bodies and how often they meet.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    annexeTableauDerogations: field(AnnexeTableauDerogationsSchema, {
      titre: 'Annexe : tableau des délégations de dérogations',
      description: 'Le tableau des délégations de dérogations, intégré ou référencé.',
      titleEn: 'Annex: table of delegated derogations',
      descriptionEn: 'The table of delegated derogations, included or referenced.',
      source: SOURCES.conventionIlleEtVilaine,
    }).exactOptional(),
    dateMiseAJour: field(DateHeureIso, {
      titre: 'Date de mise à jour',
      description: 'Date et heure de la dernière modification, avec décalage horaire.',
      titleEn: 'Last update',
      descriptionEn: 'Date and time of the last change, with a UTC offset.',
    }).exactOptional(),
    extensions: extensionsField(),
  }),
  {
    titre: 'Convention territoriale « Une réponse accompagnée pour tous »',
    description:
      'Convention partenariale départementale de la démarche « Une réponse accompagnée pour tous » : signataires, dispositif d’orientation permanent, GOS, instruction des demandes, engagements, gouvernance, tableau des délégations de dérogations.',
    titleEn: 'Territorial convention “Une réponse accompagnée pour tous”',
    descriptionEn:
      'Departmental partnership convention of the “Une réponse accompagnée pour tous” approach (a suitable answer for all): signatories, permanent orientation scheme, GOS, examination of requests, commitments, governance, table of delegated derogations.',
    source: inferred(SOURCES.conventionIlleEtVilaine),
  },
);
