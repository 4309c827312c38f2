/**
 * Section 2 of the PAG, « Description de la situation » : the person (date of
 * birth, sex), legal protection, parental authority and ASE follow-up for a
 * child, CDAPH orientations and rights opened.
 *
 * Section 2 du PAG : personne, protection juridique, autorité parentale, suivi
 * ASE, orientations CDAPH et droits ouverts.
 */
import * as z from 'zod';
import { JDV_J11_CODES, JDV_J11_URL, MESURE_PROTECTION_JURIDIQUE_CODES, MESURE_PROTECTION_JURIDIQUE_SYSTEM, TRE_R217_CODES, TRE_R217_SYSTEM } from '../codes.js';
import { field, named } from '../metadata.js';
import { DateIso, Identifiant, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { ProfessionnelSchema } from '../common/structures.js';
import { ProcheAidantSchema } from './aidants.js';
import { DroitPrestationSchema } from './droits-prestations.js';
import { LieuDeVieSchema } from './lieu-de-vie.js';

/** Sex of the person (civil-status values). */
export const SEXES = ['F', 'M', 'I'] as const;

/** Legal nature of an ASE measure. */
export const NATURES_MESURE_ASE = ['administrative', 'judiciaire'] as const;

/**
 * Roles of a protector that TRE_R217 (TUTEUR, CURATEUR, MSVG) does not list
 * (schema 1.1.0, project list): the personne habilitée of an habilitation
 * familiale (C. civ., art. 494-1) and the mandataire of a mandat de protection
 * future (C. civ., art. 477).
 */
export const ROLES_PROTECTEUR_HORS_TRE_R217 = ['personne-habilitee', 'mandataire-protection-future'] as const;

/**
 * Who holds parental authority by delegation when no JDV_J11 relationship
 * says it (schema 1.1.0, project list; C. civ., art. 377, INFERRED reading: a
 * delegation to the département's child-welfare service, to an approved
 * establishment, or to a third party).
 */
export const DELEGATAIRES_AUTORITE_PARENTALE = ['service-ase-departement', 'etablissement-agree', 'tiers'] as const;

/** The person the PAG is for. Every field is personal data. */
export const PersonneConcerneeSchema = named(
  'PersonneConcernee',
  z.strictObject({
    identifiantMdph: field(Identifiant, {
      titre: 'Identifiant MDPH',
      description: 'Identifiant de la personne dans le système d’information de la MDPH.',
      titleEn: 'MDPH identifier',
      descriptionEn: 'Identifier of the person in the MDPH’s information system.',
      personnel: true,
    }).exactOptional(),
    nomNaissance: field(Texte, {
      titre: 'Nom de naissance',
      description: 'Nom de naissance. Absent d’un document pseudonymisé.',
      titleEn: 'Birth name',
      descriptionEn: 'Birth name. Absent from a pseudonymised document.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    nomUtilise: field(Texte, {
      titre: 'Nom utilisé',
      description: 'Nom d’usage, s’il diffère du nom de naissance.',
      titleEn: 'Name used',
      descriptionEn: 'Name used (*nom d’usage*), when it differs from the birth name.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    prenoms: field(Texte, {
      titre: 'Prénoms',
      description: 'Prénom(s) de la personne. Absent d’un document pseudonymisé.',
      titleEn: 'First names',
      descriptionEn: 'First name(s) of the person. Absent from a pseudonymised document.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    dateNaissance: field(DateIso, {
      titre: 'Date de naissance',
      description: 'Date de naissance (AAAA-MM-JJ).',
      titleEn: 'Date of birth',
      descriptionEn: 'Date of birth (YYYY-MM-DD).',
      personnel: true,
      source: `${SOURCES.pagType} ; ${SOURCES.tddui}`,
    }),
    sexe: field(z.enum(SEXES), {
      titre: 'Sexe',
      description: 'Sexe : F (féminin), M (masculin), I (indéterminé). Valeurs choisies par le projet (pas de liste ANS liée ici).',
      titleEn: 'Sex',
      descriptionEn: 'Sex: F (female), M (male), I (undetermined). Values chosen by the project (no ANS list bound here).',
      personnel: true,
      source: inferred(SOURCES.pagType),
    }),
  }),
  {
    titre: 'Personne concernée',
    description:
      'Personne pour qui le PAG est élaboré. Le « PAG type » de la CNSA demande date de naissance et sexe ; les noms sont facultatifs pour permettre les documents pseudonymisés.',
    titleEn: 'Person concerned',
    descriptionEn: 'Person for whom the PAG is elaborated. The CNSA “PAG type” asks for date of birth and sex; names are optional so that documents can be pseudonymised.',
    source: SOURCES.pagType,
  },
);

/** Legal protection measure of an adult. */
export const MesureProtectionSchema = named(
  'MesureProtection',
  z.strictObject({
    type: field(z.enum(MESURE_PROTECTION_JURIDIQUE_CODES), {
      titre: 'Type de mesure',
      description: 'Type de mesure de protection juridique du majeur (liste du projet serafin-ph : aucune terminologie ANS n’énumère ces types).',
      titleEn: 'Measure type',
      descriptionEn: 'Type of legal protection measure for an adult (serafin-ph project list: no ANS terminology lists these types).',
      systeme: MESURE_PROTECTION_JURIDIQUE_SYSTEM,
      personnel: true,
    }),
    avecRepresentationPersonne: field(z.boolean(), {
      titre: 'Avec représentation relative à la personne',
      description:
        'La mesure comporte une représentation relative à la personne : dans ce cas, si la personne n’est pas apte à exprimer sa volonté, l’accord exprès est donné par la personne chargée de la mesure (CASF, L. 146-9).',
      titleEn: 'With representation of the person',
      descriptionEn:
        'The measure includes representation relating to the person: then, when the person cannot express their will, the express agreement is given by the person in charge of the measure (CASF, L. 146-9).',
      personnel: true,
      source: SOURCES.l1469,
    }).exactOptional(),
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Date du jugement ou de prise d’effet (AAAA-MM-JJ).',
      titleEn: 'Start date',
      descriptionEn: 'Date of the judgment or of the measure taking effect (YYYY-MM-DD).',
      personnel: true,
    }).exactOptional(),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Date de fin ou d’échéance de la mesure (AAAA-MM-JJ).',
      titleEn: 'End date',
      descriptionEn: 'End or expiry date of the measure (YYYY-MM-DD).',
      personnel: true,
    }).exactOptional(),
    roleProtecteur: field(z.enum(TRE_R217_CODES), {
      titre: 'Rôle de la personne chargée de la mesure',
      description: 'Rôle de la personne chargée de la mesure (TRE_R217 ProtectionJuridique : TUTEUR, CURATEUR, MSVG).',
      titleEn: 'Role of the person in charge of the measure',
      descriptionEn: 'Role of the person in charge of the measure (TRE_R217 ProtectionJuridique: TUTEUR guardian, CURATEUR curator, MSVG *mandataire de sauvegarde de justice*).',
      systeme: TRE_R217_SYSTEM,
      source: SOURCES.tddui,
    }).exactOptional(),
    roleProtecteurHorsTre: field(z.enum(ROLES_PROTECTEUR_HORS_TRE_R217), {
      titre: 'Rôle hors TRE_R217',
      description:
        'Rôle que TRE_R217 ne connaît pas : personne habilitée d’une habilitation familiale (personne-habilitee, C. civ. art. 494-1) ou mandataire d’un mandat de protection future (mandataire-protection-future, C. civ. art. 477). Liste du projet ; à la place de « roleProtecteur ». Depuis 1.1.0.',
      titleEn: 'Role outside TRE_R217',
      descriptionEn:
        'Role that TRE_R217 does not know: person empowered under a family empowerment (personne-habilitee, *habilitation familiale*, Civil Code art. 494-1) or agent under a future protection mandate (mandataire-protection-future, Civil Code art. 477). Project list; instead of “roleProtecteur”. Since 1.1.0.',
      source: inferred('Code civil, art. 477 et 494-1'),
    }).exactOptional(),
    personneChargee: field(ProfessionnelSchema, {
      titre: 'Personne chargée de la mesure',
      description: 'Mandataire judiciaire, service ou proche chargé de la mesure (nom, organisme, coordonnées).',
      titleEn: 'Person in charge of the measure',
      descriptionEn: 'Court-appointed agent, service or relative in charge of the measure (name, organisation, contact details).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Mesure de protection juridique',
    description: 'Mesure de protection juridique d’un majeur (tutelle, curatelle, sauvegarde de justice, habilitation familiale…).',
    titleEn: 'Legal protection measure',
    descriptionEn: 'Legal protection measure for an adult (guardianship *tutelle*, curatorship *curatelle*, *sauvegarde de justice*, family empowerment…).',
    source: `${SOURCES.pagType} ; ${SOURCES.tddui} (MesureProtection)`,
  },
);

/**
 * The emancipation of a minor by the guardianship judge (Code civil, art.
 * 413-2 to 413-8): from its date the minor consents alone. Since 1.1.0.
 */
export const EmancipationSchema = named(
  'Emancipation',
  z.strictObject({
    date: field(DateIso, {
      titre: 'Date de l’émancipation',
      description:
        'Date du jugement d’émancipation (AAAA-MM-JJ) ; le mineur doit avoir seize ans révolus (Code civil, art. 413-2). À partir de cette date, il est « capable, comme un majeur, de tous les actes de la vie civile » (art. 413-6) et « cesse d’être sous l’autorité de ses parents » (art. 413-7) : il consent lui-même au PAG (règles des validateurs).',
      titleEn: 'Date of emancipation',
      descriptionEn:
        'Date of the emancipation judgment (YYYY-MM-DD); the minor must be sixteen or older (Civil Code, art. 413-2). From that date they are “capable, like an adult, of every act of civil life” (art. 413-6) and are no longer under their parents’ authority (art. 413-7): they consent to the PAG themselves (a rule of the validators).',
      personnel: true,
      source: inferred('Code civil, art. 413-2, 413-6 et 413-7'),
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur l’émancipation (juge des tutelles qui l’a prononcée, à la demande de qui).',
      titleEn: 'Details',
      descriptionEn: 'Details on the emancipation (guardianship judge who granted it, at whose request).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Émancipation',
    description:
      'Émancipation d’un mineur de seize ans ou plus par le juge des tutelles (Code civil, art. 413-2 à 413-8, lecture du projet, INFERRED : articles absents des sources juridiques du projet) : le mineur émancipé consent seul, sans titulaire de l’autorité parentale. Depuis 1.1.0.',
    titleEn: 'Emancipation',
    descriptionEn:
      'Emancipation of a minor aged sixteen or more by the guardianship judge (Civil Code, art. 413-2 to 413-8, project reading, INFERRED: articles not in the project’s legal sources): the emancipated minor consents alone, without a holder of parental authority. Since 1.1.0.',
    source: inferred('Code civil, art. 413-2 à 413-8'),
  },
);

/** A holder of parental authority over a minor. */
export const TitulaireAutoriteParentaleSchema = named(
  'TitulaireAutoriteParentale',
  z.strictObject({
    lien: field(z.enum(JDV_J11_CODES), {
      titre: 'Lien avec l’enfant',
      description:
        'Lien du titulaire avec l’enfant, code du jeu de valeurs JDV_J11 RelationPatient CI-SIS (relations TRE_R216 : MTH mère, FTH père… ; rôles TRE_R217 : TUTEUR…). Les codes sont uniques dans ce jeu de valeurs. Facultatif depuis 1.1.0 quand « delegataire » le remplace ; l’un des deux est requis (règle des validateurs).',
      titleEn: 'Relationship to the child',
      descriptionEn:
        'Relationship of the holder to the child, a code of the value set JDV_J11 RelationPatient CI-SIS (TRE_R216 relationships: MTH mother, FTH father…; TRE_R217 roles: TUTEUR…). Codes are unique within this value set. Optional since 1.1.0 when “delegataire” replaces it; one of the two is required (a rule of the validators).',
      systeme: JDV_J11_URL,
      personnel: true,
    }).exactOptional(),
    delegataire: field(z.enum(DELEGATAIRES_AUTORITE_PARENTALE), {
      titre: 'Délégataire de l’autorité parentale',
      description:
        'Titulaire par délégation de l’autorité parentale (C. civ. art. 377, lecture du projet, INFERRED : article absent des sources juridiques du projet) : service départemental de l’aide sociale à l’enfance (service-ase-departement), établissement agréé (etablissement-agree) ou tiers (tiers, avec son « lien » quand c’est un proche). Liste du projet. Depuis 1.1.0.',
      titleEn: 'Delegate of parental authority',
      descriptionEn:
        'Holder of parental authority by delegation (Civil Code art. 377, project reading, INFERRED: article not in the project’s legal sources): the departmental child welfare service (service-ase-departement), an approved establishment (etablissement-agree) or a third party (tiers, with their “lien” when a relative). Project list. Since 1.1.0.',
      personnel: true,
      source: inferred('Code civil, art. 377'),
    }).exactOptional(),
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom du titulaire de l’autorité parentale.',
      titleEn: 'Surname',
      descriptionEn: 'Surname of the holder of parental authority.',
      personnel: true,
    }).exactOptional(),
    prenom: field(Texte, {
      titre: 'Prénom',
      description: 'Prénom du titulaire de l’autorité parentale.',
      titleEn: 'First name',
      descriptionEn: 'First name of the holder of parental authority.',
      personnel: true,
    }).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur l’exercice de l’autorité parentale (exercice conjoint, délégation, retrait…).',
      titleEn: 'Details',
      descriptionEn: 'Details on how parental authority is exercised (joint exercise, delegation, withdrawal…).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Titulaire de l’autorité parentale',
    description: 'Pour un enfant : personne titulaire de l’autorité parentale.',
    titleEn: 'Holder of parental authority',
    descriptionEn: 'For a child: person who holds parental authority.',
    source: SOURCES.pagType,
  },
);

/** Child-welfare (ASE) follow-up of a minor or young adult. */
export const SuiviAseSchema = named(
  'SuiviAse',
  z.strictObject({
    natureMesure: field(z.enum(NATURES_MESURE_ASE), {
      titre: 'Nature de la mesure',
      description: 'Mesure administrative (accord des parents) ou judiciaire (décision du juge des enfants).',
      titleEn: 'Nature of the measure',
      descriptionEn: 'Administrative measure (with the parents’ agreement) or judicial measure (decision of the juvenile judge).',
      personnel: true,
      source: inferred(SOURCES.pagType),
    }),
    accueilHorsFamille: field(z.boolean(), {
      titre: 'Accueil hors de la famille',
      description: 'L’enfant est confié et accueilli hors de sa famille (famille d’accueil, établissement, tiers).',
      titleEn: 'Placed outside the family',
      descriptionEn: 'The child is placed and cared for outside their family (foster family, establishment, third party).',
      personnel: true,
    }).exactOptional(),
    service: field(Texte, {
      titre: 'Service',
      description: 'Service de l’aide sociale à l’enfance qui assure le suivi.',
      titleEn: 'Service',
      descriptionEn: 'Child welfare (ASE) service in charge of the follow-up.',
    }).exactOptional(),
    referent: field(ProfessionnelSchema, {
      titre: 'Référent ASE',
      description: 'Référent de l’enfant à l’ASE.',
      titleEn: 'ASE referent',
      descriptionEn: 'The child’s referent at the ASE.',
    }).exactOptional(),
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Date de début du suivi (AAAA-MM-JJ).',
      titleEn: 'Start date',
      descriptionEn: 'Start date of the follow-up (YYYY-MM-DD).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Suivi ASE',
    description: 'Suivi de l’enfant par l’aide sociale à l’enfance. Absent quand il n’y a pas de suivi ASE.',
    titleEn: 'ASE follow-up',
    descriptionEn: 'Follow-up of the child by child welfare (*aide sociale à l’enfance*). Absent when there is no ASE follow-up.',
    source: inferred(SOURCES.pagType),
  },
);

/** Section 2 of the PAG. */
export const SituationSchema = named(
  'Situation',
  z.strictObject({
    personne: field(PersonneConcerneeSchema, {
      titre: 'Personne concernée',
      description: 'Identité de la personne : date de naissance et sexe au minimum.',
      titleEn: 'Person concerned',
      descriptionEn: 'Identity of the person: date of birth and sex at least.',
      personnel: true,
    }),
    mesureProtection: field(MesureProtectionSchema, {
      titre: 'Mesure de protection juridique',
      description: 'Mesure de protection juridique, le cas échéant.',
      titleEn: 'Legal protection measure',
      descriptionEn: 'Legal protection measure, if any.',
      personnel: true,
      source: SOURCES.pagType,
    }).exactOptional(),
    titulairesAutoriteParentale: field(z.array(TitulaireAutoriteParentaleSchema), {
      titre: 'Titulaires de l’autorité parentale',
      description: 'Pour un enfant : titulaires de l’autorité parentale.',
      titleEn: 'Holders of parental authority',
      descriptionEn: 'For a child: holders of parental authority.',
      personnel: true,
      source: SOURCES.pagType,
    }).exactOptional(),
    emancipation: field(EmancipationSchema, {
      titre: 'Émancipation',
      description:
        'Pour un mineur émancipé (seize ans révolus, jugement du juge des tutelles, Code civil, art. 413-2) : date et précision. Il consent seul au PAG et n’a plus de titulaire de l’autorité parentale (art. 413-6 et 413-7, INFERRED). Depuis 1.1.0.',
      titleEn: 'Emancipation',
      descriptionEn:
        'For an emancipated minor (aged sixteen or more, judgment of the guardianship judge, Civil Code, art. 413-2): date and details. They consent to the PAG alone and have no holder of parental authority any more (art. 413-6 and 413-7, INFERRED). Since 1.1.0.',
      personnel: true,
      source: inferred('Code civil, art. 413-2, 413-6 et 413-7'),
    }).exactOptional(),
    suiviAse: field(SuiviAseSchema, {
      titre: 'Suivi ASE',
      description: 'Pour un enfant : suivi par l’aide sociale à l’enfance, le cas échéant.',
      titleEn: 'ASE follow-up',
      descriptionEn: 'For a child: follow-up by child welfare, if any.',
      personnel: true,
      source: SOURCES.pagType,
    }).exactOptional(),
    lieuDeVie: field(LieuDeVieSchema, {
      titre: 'Lieu de vie',
      description:
        'Lieu de vie actuel de la personne (domicile familial, hospitalisation inadéquate, Belgique, ESMS pour enfants au titre de l’amendement Creton, rue…). Depuis 1.1.0.',
      titleEn: 'Place of life',
      descriptionEn: 'Current place of life of the person (family home, inappropriate hospital stay, Belgium, ESMS for children under the Creton amendment, street…). Since 1.1.0.',
      personnel: true,
    }).exactOptional(),
    aidants: field(z.array(ProcheAidantSchema), {
      titre: 'Proches aidants',
      description: 'Proches aidants de la personne, avec leur situation, leurs besoins propres et les soutiens reçus (L. 114-1-1 : « aide aux aidants »). Depuis 1.1.0.',
      titleEn: 'Family carers',
      descriptionEn:
        'Family carers (*proches aidants*) of the person, with their situation, their own needs and the support they receive (L. 114-1-1: “aid to carers”). Since 1.1.0.',
      personnel: true,
      source: SOURCES.l11411,
    }).exactOptional(),
    droitsPrestations: field(z.array(DroitPrestationSchema), {
      titre: 'Orientations CDAPH et droits ouverts',
      description: 'Orientations décidées par la CDAPH (avec leur qualification cible ou alternative) et droits ouverts, avec dates de décision et d’échéance.',
      titleEn: 'CDAPH orientations and rights granted',
      descriptionEn: 'Orientations decided by the CDAPH (with their target or alternative qualification) and rights granted, with decision and expiry dates.',
      source: `${SOURCES.pagType} ; ${SOURCES.tddui}`,
    }),
  }),
  {
    titre: '2. Description de la situation',
    description: 'Date de naissance, sexe, mesure de protection, autorité parentale et suivi ASE pour les enfants, orientations CDAPH et droits ouverts.',
    titleEn: '2. Description of the situation',
    descriptionEn: 'Date of birth, sex, protection measure, parental authority and ASE follow-up for children, CDAPH orientations and rights granted.',
    source: SOURCES.pagType,
  },
);

/** A role of a protector outside TRE_R217. */
export type RoleProtecteurHorsTre = (typeof ROLES_PROTECTEUR_HORS_TRE_R217)[number];
