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
export const ETAPES_PROCESSUS = [
  'orientation-cible',
  'elaboration-pag',
  'reunion-gos',
  'mise-en-oeuvre-pag',
  'suivi-actualisation',
  'autre',
] as const;

/** Control and pricing authorities that may attend GOS. */
export const AUTORITES_CONTROLE_TARIFICATION = ['ars', 'conseil-departemental'] as const;

/** A signatory of the convention. */
export const SignataireSchema = named(
  'Signataire',
  z.strictObject({
    role: field(z.enum(ROLES_SIGNATAIRE), {
      titre: 'Rôle',
      description:
        'Rôle du signataire : MDPH, conseil départemental, ARS, CPAM, Éducation nationale (signataires habituels des sites pionniers) — rectorat (rectorat) ou direction des services départementaux (dsden), « education-nationale » quand le document ne le précise pas —, et éventuellement représentants des ESMS, CAF, MSA, protection judiciaire de la jeunesse (pjj), établissements de santé (etablissement-sante), autres.',
      source: SOURCES_CONVENTION.signatairesSitesPionniers + ' ; INFERRED : distinction rectorat / DSDEN',
    }),
    nom: field(Texte, { titre: 'Institution', description: 'Nom de l’institution signataire.' }),
    precisionRole: field(Texte, { titre: 'Précision', description: 'Précision sur le rôle quand il est « autre » ou pour un représentant d’ESMS.' }).exactOptional(),
    signature: field(SignatureSchema, {
      titre: 'Signature',
      description: 'Signature de l’institution (signataire et date).',
    }).exactOptional(),
  }),
  { titre: 'Signataire', description: 'Institution signataire de la convention et sa signature.', source: SOURCES.conventionIlleEtVilaine },
);

/** Period of the convention. */
export const PeriodeSchema = named(
  'Periode',
  z.strictObject({
    dateDebut: field(DateIso, { titre: 'Date de début', description: 'Date d’effet (AAAA-MM-JJ).' }),
    dateFin: field(DateIso, { titre: 'Date de fin', description: 'Date de fin (AAAA-MM-JJ), si la convention est à durée déterminée.' }).exactOptional(),
    reconductionTacite: field(z.boolean(), { titre: 'Reconduction tacite', description: 'La convention est reconduite tacitement.' }).exactOptional(),
  }),
  { titre: 'Période', description: 'Période de validité de la convention.' },
);

/** One step of the permanent orientation process. */
export const EtapeProcessusSchema = named(
  'EtapeProcessus',
  z.strictObject({
    etape: field(z.enum(ETAPES_PROCESSUS), {
      titre: 'Étape',
      description: 'Étape du processus d’orientation permanent : orientation cible, élaboration du PAG, réunion des GOS, mise en œuvre du PAG, suivi et actualisation, autre.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    description: field(Texte, { titre: 'Description', description: 'Déroulement de l’étape et acteurs.' }),
  }),
  { titre: 'Étape du processus', description: 'Étape du processus d’orientation permanent.', source: SOURCES.conventionIlleEtVilaine },
);

/** The permanent orientation system (dispositif d'orientation permanent). */
export const DispositifOrientationPermanentSchema = named(
  'DispositifOrientationPermanent',
  z.strictObject({
    objectifs: field(z.array(Texte).min(1), { titre: 'Objectifs', description: 'Objectifs généraux du dispositif.', source: SOURCES.conventionIlleEtVilaine }),
    roleMdph: field(Texte, {
      titre: 'Rôle de la MDPH',
      description: 'Rôle de la MDPH, « assembleur » au service de la personne.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    processus: field(z.array(EtapeProcessusSchema).min(1), {
      titre: 'Processus',
      description: 'Processus d’orientation permanent, étape par étape.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
  }),
  {
    titre: 'Dispositif d’orientation permanent',
    description: 'Objectifs, rôle de la MDPH et processus du dispositif d’orientation permanent.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** Who takes part in GOS. */
export const ParticipationGosSchema = named(
  'ParticipationGos',
  z.strictObject({
    participant: field(Texte, { titre: 'Participant', description: 'Institution ou fonction qui participe (par exemple « médecin de la MDPH », « représentant de l’ESMS », « pair-aidant »).' }),
    typeParticipant: field(z.enum(TYPES_PARTICIPANT_GOS), {
      titre: 'Type de participant',
      description:
        'Qui participe : professionnel de la MDPH, institution partenaire, opérateur (ESMS ou autre), la personne elle-même, sa famille ou ses proches, un pair-aidant, une association, autre. Depuis 1.1.0.',
      source: SOURCES_CONVENTION.sitesPionniersGos,
    }).exactOptional(),
    role: field(z.enum(ROLES_SIGNATAIRE), { titre: 'Rôle', description: 'Institution signataire dont relève le participant, le cas échéant.' }).exactOptional(),
    niveaux: field(z.array(z.enum(NIVEAUX_GOS)).max(NIVEAUX_GOS.length).min(1), {
      titre: 'Niveaux de GOS',
      description: 'Niveaux de GOS auxquels le participant siège (gos-1, gos-2) ; absent, à tous. Depuis 1.1.0.',
      source: SOURCES_CONVENTION.niveauxGos,
    }).exactOptional(),
    systematique: field(z.boolean(), { titre: 'Systématique', description: 'Participation systématique (vrai) ou selon les situations (faux).' }),
    precision: field(Texte, { titre: 'Précision', description: 'Situations dans lesquelles le participant est invité.' }).exactOptional(),
  }),
  { titre: 'Participation au GOS', description: 'Participant au groupe opérationnel de synthèse.', source: SOURCES.conventionIlleEtVilaine },
);

/** Organisation of the GOS. */
export const OrganisationGosSchema = named(
  'OrganisationGos',
  z.strictObject({
    participants: field(z.array(ParticipationGosSchema).min(1), {
      titre: 'Participants',
      description: 'Qui participe aux GOS.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    autoritesControleTarification: field(z.array(z.enum(AUTORITES_CONTROLE_TARIFICATION)).max(AUTORITES_CONTROLE_TARIFICATION.length), {
      titre: 'Autorités de contrôle et de tarification',
      description: 'Autorités de contrôle et de tarification qui participent aux GOS dans les situations prévues.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    situationsAutorites: field(z.array(Texte), {
      titre: 'Situations avec les autorités',
      description: 'Situations pour lesquelles la participation des autorités de contrôle et de tarification est prévue (participation non systématique, à formaliser dans la convention).',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    niveaux: field(z.array(NiveauGosSchema).min(1), {
      titre: 'Niveaux de GOS',
      description: 'Les niveaux de GOS du territoire (GOS I, GOS II), chacun avec son rôle et sa fréquence, quand le territoire les distingue. Depuis 1.1.0.',
      source: SOURCES_CONVENTION.niveauxGos,
    }).exactOptional(),
    modalites: field(Texte, { titre: 'Modalités', description: 'Organisation des GOS (fréquence, niveaux GOS I / GOS II, préparation, participation de la personne et des pairs).' }).exactOptional(),
  }),
  { titre: 'Groupes opérationnels de synthèse', description: 'Composition et organisation des GOS.', source: SOURCES.conventionIlleEtVilaine },
);

/** How complementary-financing requests are instructed. */
export const InstructionFinancementsSchema = named(
  'InstructionFinancements',
  z.strictObject({
    destinataire: field(Texte, { titre: 'Qui reçoit', description: 'Institution ou service qui reçoit les demandes.', source: SOURCES.conventionIlleEtVilaine }),
    delaiReponseJours: field(EntierPositif, { titre: 'Délai de réponse (jours)', description: 'Délai de réponse, en jours.', source: SOURCES.conventionIlleEtVilaine }),
    modalites: field(Texte, { titre: 'Modalités', description: 'Procédure d’instruction des demandes de financement complémentaire.' }),
  }),
  {
    titre: 'Instruction des demandes de financement complémentaire',
    description: 'Qui reçoit les demandes de financement complémentaire, dans quel délai il y est répondu, selon quelle procédure.',
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
    }),
    autorite: field(z.enum(AUTORITES_DEROGATION), {
      titre: 'Autorité qui décide',
      description: 'Autorité qui prend la décision : directeur général de l’ARS, président du conseil départemental, recteur, DASEN, autre.',
      source: SOURCES_CONVENTION.autoritesCompetentes,
    }).exactOptional(),
    delaiReponseJours: field(EntierPositif, { titre: 'Délai de réponse (jours)', description: 'Délai de décision de la procédure accélérée, en jours.' }).exactOptional(),
    modalites: field(Texte, { titre: 'Modalités', description: 'Déroulement de la procédure accélérée.' }),
    experimentale: field(z.boolean(), { titre: 'Expérimentale', description: 'La procédure est expérimentée (vrai) ou pérenne (faux).' }).exactOptional(),
  }),
  {
    titre: 'Procédure accélérée de dérogation',
    description: 'Procédure accélérée de décision pour un type de dérogation : autorité, délai, déroulement.',
    source: SOURCES_CONVENTION.procedureAcceleree,
  },
);

/** How derogation requests are instructed. */
export const InstructionDerogationsSchema = named(
  'InstructionDerogations',
  z.strictObject({
    destinataire: field(Texte, { titre: 'Qui reçoit', description: 'Institution ou service qui reçoit les demandes.', source: SOURCES.conventionIlleEtVilaine }),
    delaiReponseJours: field(EntierPositif, { titre: 'Délai de réponse (jours)', description: 'Délai de réponse, en jours.', source: SOURCES.conventionIlleEtVilaine }),
    typesDerogation: field(z.array(z.enum(OBJETS_DEROGATION)).max(OBJETS_DEROGATION.length).min(1), {
      titre: 'Types de dérogation',
      description: 'Types de dérogation instruits : âge, spécialité ou public, capacité, mode d’accueil…, scolarisation (dérogation au code de l’éducation, depuis 1.1.0).',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    modalites: field(Texte, { titre: 'Modalités', description: 'Procédure d’instruction des demandes de dérogation.' }),
    proceduresAccelerees: field(z.array(ProcedureAccelereeSchema).min(1), {
      titre: 'Procédures accélérées',
      description: 'Procédures accélérées de décision, par type de dérogation (par exemple la dérogation au code de l’éducation expérimentée en Ille-et-Vilaine). Depuis 1.1.0.',
      source: SOURCES_CONVENTION.procedureAcceleree,
    }).exactOptional(),
  }),
  {
    titre: 'Instruction des demandes de dérogation',
    description: 'Qui reçoit les demandes de dérogation, dans quel délai il y est répondu, quels types de dérogation.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** The commitments of one signatory. */
export const EngagementSignataireSchema = named(
  'EngagementSignataire',
  z.strictObject({
    role: field(z.enum(ROLES_SIGNATAIRE), { titre: 'Signataire', description: 'Rôle du signataire qui s’engage.' }),
    engagements: field(z.array(Texte).min(1), { titre: 'Engagements', description: 'Engagements du signataire.' }),
  }),
  {
    titre: 'Engagements d’un signataire',
    description: 'Contribution d’un acteur institutionnel : participation aux instances, lisibilité de l’offre, dérogations, financements…',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** A governance body. */
export const InstanceGouvernanceSchema = named(
  'InstanceGouvernance',
  z.strictObject({
    nom: field(Texte, { titre: 'Nom', description: 'Nom de l’instance (comité de pilotage, comité technique, Comex…).' }),
    composition: field(Texte, { titre: 'Composition', description: 'Composition de l’instance.' }).exactOptional(),
    missions: field(Texte, { titre: 'Missions', description: 'Missions de l’instance.' }),
    frequence: field(FrequenceSchema, { titre: 'Fréquence', description: 'Fréquence des réunions.' }),
  }),
  { titre: 'Instance de gouvernance', description: 'Instance de gouvernance et fréquence de ses réunions.', source: SOURCES.conventionIlleEtVilaine },
);

const TableauDerogationsAnnexeSchema = named('TableauDerogations', TableauDerogationsSchema.clone(), {
  titre: 'Tableau des délégations de dérogations',
  description: 'Document « tableau-derogations » complet, intégré à la convention.',
  source: SOURCES.conventionIlleEtVilaine,
});

/** The derogation table annex: embedded or referenced. */
export const AnnexeTableauDerogationsSchema = named(
  'AnnexeTableauDerogations',
  z.discriminatedUnion('mode', [
    z.strictObject({
      mode: field(z.literal('integre'), { titre: 'Mode', description: 'Le tableau est intégré à la convention.' }),
      tableau: field(TableauDerogationsAnnexeSchema, { titre: 'Tableau', description: 'Le tableau des délégations de dérogations.' }),
    }),
    z.strictObject({
      mode: field(z.literal('reference'), { titre: 'Mode', description: 'Le tableau est un document séparé, désigné par son identifiant.' }),
      identifiant: field(Identifiant, { titre: 'Identifiant du tableau', description: 'Identifiant du document « tableau-derogations ».' }),
      url: field(Url, { titre: 'Adresse', description: 'Adresse où le tableau est publié.' }).exactOptional(),
      dateVersion: field(DateIso, { titre: 'Date de version', description: 'Date de la version du tableau retenue (AAAA-MM-JJ).' }).exactOptional(),
    }),
  ]),
  {
    titre: 'Annexe : tableau des délégations de dérogations',
    description: 'Tableau des délégations de dérogations, intégré (« integre ») ou désigné par référence (« reference »).',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** The territorial convention document. */
export const ConventionTerritorialeSchema = documentRoot(
  z.strictObject({
    $schema: schemaField('convention-territoriale'),
    typeDocument: typeDocumentField('convention-territoriale'),
    versionSchema: versionSchemaField(),
    identifiant: field(Identifiant, { titre: 'Identifiant', description: 'Identifiant de la convention.' }),
    intitule: field(Texte, { titre: 'Intitulé', description: 'Intitulé de la convention.' }),
    departement: field(CodeDepartement, { titre: 'Département', description: 'Code du département couvert.' }),
    signataires: field(z.array(SignataireSchema).min(1), {
      titre: 'Signataires',
      description: 'Signataires et dates de signature : MDPH, conseil départemental, ARS, CPAM, Éducation nationale ; éventuellement représentants des ESMS, CAF, MSA.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    periode: field(PeriodeSchema, { titre: 'Période', description: 'Période de validité de la convention.' }),
    deliberationComex: field(DeliberationComexSchema, {
      titre: 'Délibération de la commission exécutive',
      description: 'Délibération de la commission exécutive (Comex) de la MDPH qui approuve la convention. Depuis 1.1.0.',
      source: SOURCES_CONVENTION.deliberationComex,
    }).exactOptional(),
    conventionDelegationCredits: field(ConventionDelegationCreditsSchema, {
      titre: 'Convention de délégation des crédits',
      description:
        'La convention de délégation des crédits (MDPH – ARS), document distinct de celle-ci, désignée par son intitulé, son identifiant, sa date. Remplace depuis 1.1.0 le booléen « distincteConventionDelegationCredits ».',
      source: SOURCES_CONVENTION.delegationCredits,
    }).exactOptional(),
    distincteConventionDelegationCredits: field(z.boolean(), {
      titre: 'Distincte de la convention de délégation des crédits (obsolète)',
      description:
        'Obsolète depuis 1.1.0, toujours accepté : la convention partenariale est distincte de la convention de délégation des crédits (vrai attendu). Désignez plutôt cette convention dans « conventionDelegationCredits ». Obligatoire en 1.0.0, facultatif depuis 1.1.0.',
      source: SOURCES_CONVENTION.delegationCredits,
      obsolete: true,
    }).exactOptional(),
    conventionsAssociees: field(z.array(ReferenceTexteSchema), {
      titre: 'Conventions associées',
      description: 'Autres conventions que celle-ci complète (convention ARS–rectorat, convention de délégation des crédits…).',
      source: SOURCES.conventionIlleEtVilaine,
    }).exactOptional(),
    dispositifOrientationPermanent: field(DispositifOrientationPermanentSchema, {
      titre: 'Dispositif d’orientation permanent',
      description: 'Objectifs, rôle d’assembleur de la MDPH, processus.',
    }),
    gos: field(OrganisationGosSchema, { titre: 'Groupes opérationnels de synthèse', description: 'Qui participe aux GOS, et quand les autorités de contrôle et de tarification y assistent.' }),
    instructionFinancements: field(InstructionFinancementsSchema, {
      titre: 'Instruction des financements complémentaires',
      description: 'Instruction des demandes de financement complémentaire.',
    }),
    instructionDerogations: field(InstructionDerogationsSchema, {
      titre: 'Instruction des dérogations',
      description: 'Instruction des demandes de dérogation.',
    }),
    engagementsSignataires: field(z.array(EngagementSignataireSchema), {
      titre: 'Engagements des signataires',
      description: 'Engagements de chaque signataire.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    gouvernance: field(z.array(InstanceGouvernanceSchema), {
      titre: 'Gouvernance',
      description: 'Instances de gouvernance et fréquence de leurs réunions.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    annexeTableauDerogations: field(AnnexeTableauDerogationsSchema, {
      titre: 'Annexe : tableau des délégations de dérogations',
      description: 'Le tableau des délégations de dérogations, intégré ou référencé.',
      source: SOURCES.conventionIlleEtVilaine,
    }).exactOptional(),
    dateMiseAJour: field(DateHeureIso, { titre: 'Date de mise à jour', description: 'Date et heure de la dernière modification, avec décalage horaire.' }).exactOptional(),
    extensions: extensionsField(),
  }),
  {
    titre: 'Convention territoriale « Une réponse accompagnée pour tous »',
    description:
      'Convention partenariale départementale de la démarche « Une réponse accompagnée pour tous » : signataires, dispositif d’orientation permanent, GOS, instruction des demandes, engagements, gouvernance, tableau des délégations de dérogations.',
    source: inferred(SOURCES.conventionIlleEtVilaine),
  },
);
