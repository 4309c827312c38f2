/**
 * Section 4 of the PAG, « Engagements des opérateurs » : one article per
 * operator, with the prestations it commits to, start date, prerequisites,
 * derogations used, complementary financing and signature.
 *
 * Section 4 du PAG : un article par opérateur.
 */
import * as z from 'zod';
import { TRE_R66_CODES, TRE_R66_SYSTEM } from '../codes.js';
import { field, named } from '../metadata.js';
import { CodePrestationEngageeSchema } from '../common/codes-serafin.js';
import { DateIso, EntierPositif, Finess, Identifiant, MontantEuros, Siret, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { FrequenceSchema, ProfessionnelSchema, ReferenceLigneDerogationSchema, ReferenceTexteSchema, SignatureSchema } from '../common/structures.js';
import { AUTORITES_DEROGATION } from '../derogations/delegations.js';

/** Kinds of operator other than an ESMS. */
export const TYPES_OPERATEUR_HORS_ESMS = ['sanitaire', 'education-nationale', 'ase', 'droit-commun', 'liberal', 'autre'] as const;

/** Every kind of operator. */
export const TYPES_OPERATEUR = ['esms', ...TYPES_OPERATEUR_HORS_ESMS] as const;

/** Domains of intervention named by L. 114-1-1 CASF. */
export const DOMAINES_INTERVENTION = ['educatif-scolarisation', 'therapeutique', 'insertion-professionnelle', 'insertion-sociale', 'aide-aux-aidants'] as const;

/** Kinds of prerequisite before the start of the support. */
export const TYPES_PREREQUIS = ['materiel', 'recrutement', 'financement', 'derogation', 'transport', 'formation', 'amenagement', 'autre'] as const;

/** State of a prerequisite. */
export const ETATS_PREREQUIS = ['a-lever', 'en-cours', 'leve', 'abandonne'] as const;

/** State of a derogation used by an operator. */
export const STATUTS_DEROGATION = ['demandee', 'accordee', 'refusee', 'terminee'] as const;

/** Who finances a complementary financing. */
export const FINANCEURS = ['ars', 'conseil-departemental', 'assurance-maladie', 'education-nationale', 'fonds-departemental-compensation', 'autre'] as const;

/** State of a complementary-financing request. */
export const STATUTS_FINANCEMENT = ['demande', 'accorde', 'refuse'] as const;

const nomOperateur = {
  titre: 'Nom',
  description: 'Nom de l’opérateur, nommément identifié (établissement, service, école, cabinet…).',
  titleEn: 'Name',
  descriptionEn: 'Name of the operator, identified by name (establishment, service, school, practice…).',
  source: SOURCES.l11411,
} as const;
const contactOperateur = {
  titre: 'Contact',
  description: 'Professionnel référent de l’opérateur pour ce PAG.',
  titleEn: 'Contact',
  descriptionEn: 'The operator’s referent professional for this PAG.',
} as const;
const siretOperateur = {
  titre: 'SIRET',
  description: 'Numéro SIRET (14 chiffres).',
  titleEn: 'SIRET',
  descriptionEn: 'SIRET number (14 digits).',
} as const;

/** An operator: an ESMS (FINESS and category required) or another actor. */
export const OperateurSchema = named(
  'Operateur',
  z.discriminatedUnion('type', [
    z.strictObject({
      type: field(z.literal('esms'), {
        titre: 'Type d’opérateur',
        description: 'Établissement ou service social ou médico-social (CASF, L. 312-1), y compris en dispositif intégré (L. 312-7-1).',
        titleEn: 'Operator type',
        descriptionEn: 'Social or medico-social establishment or service (CASF, L. 312-1), including within an integrated scheme (L. 312-7-1).',
      }),
      nom: field(Texte, nomOperateur),
      finess: field(Finess, {
        titre: 'FINESS',
        description: 'Numéro FINESS de l’établissement (ET) qui s’engage.',
        titleEn: 'FINESS',
        descriptionEn: 'FINESS number of the establishment (ET) that commits itself.',
        source: SOURCES.l11411,
      }),
      categorieEtablissement: field(z.enum(TRE_R66_CODES), {
        titre: 'Catégorie d’établissement',
        description:
          'Catégorie FINESS de l’établissement (TRE_R66, extrait du secteur handicap ; par exemple 183 IME, 182 SESSAD, 186 ITEP, 448 EAM, 449 EANM). Les catégories fermées sont acceptées et signalées par les validateurs.',
        titleEn: 'Establishment category',
        descriptionEn:
          'FINESS category of the establishment (TRE_R66, disability-sector extract; for example 183 IME, 182 SESSAD, 186 ITEP, 448 EAM, 449 EANM). Closed categories are accepted and reported by the validators.',
        systeme: TRE_R66_SYSTEM,
      }),
      siret: field(Siret, siretOperateur).exactOptional(),
      organismeGestionnaire: field(Texte, {
        titre: 'Organisme gestionnaire',
        description: 'Organisme gestionnaire (association, fondation, établissement public).',
        titleEn: 'Managing body',
        descriptionEn: 'Managing body (association, foundation, public establishment).',
      }).exactOptional(),
      contact: field(ProfessionnelSchema, contactOperateur).exactOptional(),
    }),
    z.strictObject({
      type: field(z.enum(TYPES_OPERATEUR_HORS_ESMS), {
        titre: 'Type d’opérateur',
        description:
          'Opérateur autre qu’un ESMS : sanitaire (hôpital, CMP…), Éducation nationale, aide sociale à l’enfance, acteur de droit commun (loisirs, logement, emploi…), professionnel libéral, autre.',
        titleEn: 'Operator type',
        descriptionEn:
          'Operator other than an ESMS: health (hospital, CMP…), Éducation nationale, child welfare (ASE), mainstream services (leisure, housing, employment…), self-employed professional, other.',
      }),
      nom: field(Texte, nomOperateur),
      finess: field(Finess, {
        titre: 'FINESS',
        description: 'Numéro FINESS, pour un établissement de santé notamment.',
        titleEn: 'FINESS',
        descriptionEn: 'FINESS number, for a health establishment in particular.',
      }).exactOptional(),
      siret: field(Siret, siretOperateur).exactOptional(),
      contact: field(ProfessionnelSchema, contactOperateur).exactOptional(),
    }),
  ]),
  {
    titre: 'Opérateur',
    description: 'Acteur qui s’engage dans le PAG : ESMS (FINESS et catégorie obligatoires), acteur sanitaire, scolaire, ASE, de droit commun ou libéral.',
    titleEn: 'Operator',
    descriptionEn: 'Actor committing itself in the PAG: an ESMS (FINESS number and category required), a health, school, ASE, mainstream or self-employed actor.',
    source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
  },
);

/** A prestation an operator commits to. */
export const PrestationEngageeSchema = named(
  'PrestationEngagee',
  z.strictObject({
    prestation: field(CodePrestationEngageeSchema, {
      titre: 'Prestation',
      description:
        'Prestation SERAFIN-PH : prestation directe (JDV_J284) ou transport lié au projet individuel (JDV_J282, 3.2.4.x). Facultative depuis 1.1.0 : un opérateur hors ESMS (école, hôpital, ASE, libéral, droit commun) décrit son intervention par sa nature et sa précision, sans code ; les validateurs demandent le code à un ESMS (avertissement).',
      titleEn: 'Service',
      descriptionEn:
        'SERAFIN-PH service: a direct service (JDV_J284) or transport linked to the individual project (JDV_J282, 3.2.4.x). Optional since 1.1.0: an operator other than an ESMS (school, hospital, ASE, self-employed, mainstream) describes its intervention by its nature and details, without a code; the validators ask an ESMS for the code (warning).',
    }).exactOptional(),
    nature: field(Texte, {
      titre: 'Nature de l’intervention',
      description: 'Nature concrète de l’intervention (« séances d’orthophonie », « accueil de jour à l’IME », « inclusion en classe ordinaire »…).',
      titleEn: 'Nature of the intervention',
      descriptionEn: 'Concrete nature of the intervention (“speech therapy sessions”, “day care at the IME”, “inclusion in a mainstream class”…).',
      source: SOURCES.l11411,
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Description libre de l’intervention (contenu, modalités, professionnels), notamment quand elle n’a pas de code SERAFIN-PH. Depuis 1.1.0.',
      titleEn: 'Details',
      descriptionEn: 'Free-text description of the intervention (content, arrangements, professionals), in particular when it has no SERAFIN-PH code. Since 1.1.0.',
    }).exactOptional(),
    domaine: field(z.enum(DOMAINES_INTERVENTION), {
      titre: 'Domaine',
      description:
        'Domaine d’intervention nommé par l’article L. 114-1-1 : éducatif et scolarisation, thérapeutique, insertion professionnelle, insertion sociale, aide aux aidants.',
      titleEn: 'Domain',
      descriptionEn: 'Domain of intervention named by article L. 114-1-1: education and schooling, therapeutic, professional integration, social integration, aid to carers.',
      source: SOURCES.l11411,
    }).exactOptional(),
    frequence: field(FrequenceSchema, {
      titre: 'Fréquence',
      description: 'Fréquence de l’intervention.',
      titleEn: 'Frequency',
      descriptionEn: 'Frequency of the intervention.',
      source: SOURCES.l11411,
    }),
  }),
  {
    titre: 'Prestation engagée',
    description:
      'Intervention à laquelle l’opérateur s’engage, avec sa nature et sa fréquence (CASF, L. 114-1-1), codée en SERAFIN-PH quand c’est possible (obligatoirement pour un ESMS, selon les validateurs, en avertissement).',
    titleEn: 'Committed service',
    descriptionEn:
      'Intervention the operator commits to, with its nature and frequency (CASF, L. 114-1-1), coded in SERAFIN-PH when possible (required for an ESMS, by the validators, as a warning).',
    source: SOURCES.l11411,
  },
);

/** A prerequisite before the support can start. */
export const PrerequisSchema = named(
  'Prerequis',
  z.strictObject({
    type: field(z.enum(TYPES_PREREQUIS), {
      titre: 'Type de prérequis',
      description: 'Nature du prérequis : matériel, recrutement, financement, dérogation, transport, formation, aménagement, autre.',
      titleEn: 'Prerequisite type',
      descriptionEn: 'Nature of the prerequisite: equipment, recruitment, funding, derogation, transport, training, adaptation, other.',
      source: SOURCES.pagType,
    }),
    description: field(Texte, {
      titre: 'Description',
      description: 'Description du prérequis.',
      titleEn: 'Description',
      descriptionEn: 'Description of the prerequisite.',
    }),
    etat: field(z.enum(ETATS_PREREQUIS), {
      titre: 'État',
      description: 'État du prérequis : à lever, en cours, levé, abandonné.',
      titleEn: 'State',
      descriptionEn: 'State of the prerequisite: to be lifted, in progress, lifted, abandoned.',
      source: inferred(SOURCES.pagType),
    }),
    dateEcheance: field(DateIso, {
      titre: 'Échéance',
      description: 'Date à laquelle le prérequis doit être levé (AAAA-MM-JJ).',
      titleEn: 'Due date',
      descriptionEn: 'Date by which the prerequisite must be lifted (YYYY-MM-DD).',
    }).exactOptional(),
    dateLevee: field(DateIso, {
      titre: 'Date de levée',
      description: 'Date à laquelle le prérequis a été levé (AAAA-MM-JJ).',
      titleEn: 'Date lifted',
      descriptionEn: 'Date on which the prerequisite was lifted (YYYY-MM-DD).',
    }).exactOptional(),
  }),
  {
    titre: 'Prérequis',
    description: 'Prérequis au démarrage de l’accompagnement (matériel, recrutement…) et son état.',
    titleEn: 'Prerequisite',
    descriptionEn: 'Prerequisite for the support to start (equipment, recruitment…) and its state.',
    source: SOURCES.pagType,
  },
);

/** A derogation used by an operator, referring to a row of a derogation table. */
export const DerogationMobiliseeSchema = named(
  'DerogationMobilisee',
  z.strictObject({
    reference: field(ReferenceLigneDerogationSchema, {
      titre: 'Ligne du tableau des dérogations',
      description: 'Ligne du tableau des délégations de dérogations qui fonde la dérogation.',
      titleEn: 'Derogation table row',
      descriptionEn: 'Row of the table of delegated derogations on which the derogation rests.',
    }),
    objet: field(Texte, {
      titre: 'Objet',
      description: 'Objet de la dérogation pour cette personne (par exemple « accueil à 21 ans en IME »).',
      titleEn: 'Purpose',
      descriptionEn: 'Purpose of the derogation for this person (for example “admission to an IME at 21”).',
    }).exactOptional(),
    statut: field(z.enum(STATUTS_DEROGATION), {
      titre: 'Statut',
      description: 'Dérogation demandée, accordée, refusée ou terminée.',
      titleEn: 'Status',
      descriptionEn: 'Derogation requested, granted, refused or ended.',
    }),
    versionLigne: field(EntierPositif, {
      titre: 'Version de la ligne',
      description: 'Numéro de version de la ligne du tableau (champ « version » de la ligne) sur laquelle la dérogation a été accordée. Depuis 1.1.0.',
      titleEn: 'Row version',
      descriptionEn: 'Version number of the table row (the row’s “version” field) under which the derogation was granted. Since 1.1.0.',
    }).exactOptional(),
    dateAccord: field(DateIso, {
      titre: 'Date d’accord',
      description: 'Date à laquelle la dérogation a été accordée (AAAA-MM-JJ). Depuis 1.1.0.',
      titleEn: 'Grant date',
      descriptionEn: 'Date on which the derogation was granted (YYYY-MM-DD). Since 1.1.0.',
    }).exactOptional(),
    autoriteAccord: field(z.enum(AUTORITES_DEROGATION), {
      titre: 'Autorité qui a accordé',
      description:
        'Autorité qui a accordé la dérogation, directement ou par son délégataire : directeur général de l’ARS (dg-ars), président du conseil départemental (president-conseil-departemental), recteur, DASEN (dasen), autre. Depuis 1.1.0.',
      titleEn: 'Granting authority',
      descriptionEn:
        'Authority that granted the derogation, directly or through its delegate: director general of the ARS (dg-ars), president of the conseil départemental (president-conseil-departemental), rector (recteur), DASEN (dasen), other. Since 1.1.0.',
    }).exactOptional(),
    precisionAutorite: field(Texte, {
      titre: 'Précision sur l’autorité',
      description: 'Nom de l’autorité quand elle est « autre », ou délégataire qui a signé (délégation départementale de l’ARS…). Depuis 1.1.0.',
      titleEn: 'Details of the authority',
      descriptionEn: 'Name of the authority when it is “autre”, or the delegate who signed (departmental delegation of the ARS…). Since 1.1.0.',
    }).exactOptional(),
    acte: field(ReferenceTexteSchema, {
      titre: 'Acte',
      description:
        'Acte qui accorde ou refuse la dérogation (arrêté, décision, courrier de l’autorité), par son intitulé, sa date et son adresse ; la date d’un refus se note ici. Depuis 1.1.0.',
      titleEn: 'Act',
      descriptionEn:
        'Act granting or refusing the derogation (order, decision, letter of the authority), by its title, date and address; the date of a refusal goes here. Since 1.1.0.',
    }).exactOptional(),
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Début de la dérogation (AAAA-MM-JJ).',
      titleEn: 'Start date',
      descriptionEn: 'Start of the derogation (YYYY-MM-DD).',
    }).exactOptional(),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Fin de la dérogation (AAAA-MM-JJ). La fin des dérogations est un motif de fin de PAG (TRE_R421, code 6).',
      titleEn: 'End date',
      descriptionEn: 'End of the derogation (YYYY-MM-DD). The end of the derogations is a reason for ending a PAG (TRE_R421, code 6).',
    }).exactOptional(),
  }),
  {
    titre: 'Dérogation mobilisée',
    description: 'Dérogation utilisée par l’opérateur, rattachée à une ligne du tableau des délégations de dérogations.',
    titleEn: 'Derogation used',
    descriptionEn: 'Derogation used by the operator, attached to a row of the table of delegated derogations.',
    source: inferred(SOURCES.conventionIlleEtVilaine),
  },
);

/** A complementary-financing request. */
export const FinancementComplementaireSchema = named(
  'FinancementComplementaire',
  z.strictObject({
    objet: field(Texte, {
      titre: 'Objet',
      description: 'Objet du financement (poste, heures, transport, matériel…).',
      titleEn: 'Purpose',
      descriptionEn: 'Purpose of the funding (post, hours, transport, equipment…).',
    }),
    financeur: field(z.enum(FINANCEURS), {
      titre: 'Financeur',
      description:
        'Financeur : ARS, conseil départemental, assurance maladie, Éducation nationale, fonds départemental de compensation du handicap (CASF, L. 146-5 selon le projet, INFERRED ; depuis 1.1.0), autre.',
      titleEn: 'Funder',
      descriptionEn:
        'Funder: ARS, conseil départemental, health insurance, Éducation nationale, departmental disability compensation fund (CASF, L. 146-5 per the project, INFERRED; since 1.1.0), other.',
    }),
    precisionFinanceur: field(Texte, {
      titre: 'Précision sur le financeur',
      description: 'Nom du financeur quand il est « autre ».',
      titleEn: 'Details of the funder',
      descriptionEn: 'Name of the funder when it is “autre”.',
    }).exactOptional(),
    montantEuros: field(MontantEuros, {
      titre: 'Montant (euros)',
      description: 'Montant demandé ou accordé, en euros.',
      titleEn: 'Amount (euros)',
      descriptionEn: 'Amount requested or granted, in euros.',
    }).exactOptional(),
    statut: field(z.enum(STATUTS_FINANCEMENT), {
      titre: 'Statut',
      description: 'Financement demandé, accordé ou refusé.',
      titleEn: 'Status',
      descriptionEn: 'Funding requested, granted or refused.',
    }),
    dateDecision: field(DateIso, {
      titre: 'Date de décision',
      description: 'Date de la décision du financeur (AAAA-MM-JJ).',
      titleEn: 'Decision date',
      descriptionEn: 'Date of the funder’s decision (YYYY-MM-DD).',
    }).exactOptional(),
  }),
  {
    titre: 'Financement complémentaire',
    description: 'Financement complémentaire demandé pour mettre en œuvre l’engagement.',
    titleEn: 'Additional funding',
    descriptionEn: 'Additional funding requested to implement the commitment.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** One article of section 4: the commitment of one operator. */
export const EngagementSchema = named(
  'Engagement',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant de l’article',
      description: 'Identifiant de l’article, unique dans le PAG ; le coordonnateur de parcours et l’emploi du temps y font référence.',
      titleEn: 'Article identifier',
      descriptionEn: 'Identifier of the article, unique within the PAG; the care pathway coordinator and the timetable refer to it.',
    }),
    operateur: field(OperateurSchema, {
      titre: 'Opérateur',
      description: 'Opérateur qui s’engage.',
      titleEn: 'Operator',
      descriptionEn: 'Operator that commits itself.',
    }),
    prestations: field(z.array(PrestationEngageeSchema).min(1), {
      titre: 'Prestations',
      description: 'Prestations auxquelles l’opérateur s’engage (au moins une), avec nature et fréquence.',
      titleEn: 'Services',
      descriptionEn: 'Services the operator commits to (at least one), with nature and frequency.',
      source: SOURCES.l11411,
    }),
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Date de début de l’accompagnement (AAAA-MM-JJ).',
      titleEn: 'Start date',
      descriptionEn: 'Start date of the support (YYYY-MM-DD).',
      source: SOURCES.pagType,
    }),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Date de fin prévue, le cas échéant (AAAA-MM-JJ).',
      titleEn: 'End date',
      descriptionEn: 'Planned end date, if any (YYYY-MM-DD).',
    }).exactOptional(),
    prerequis: field(z.array(PrerequisSchema), {
      titre: 'Prérequis',
      description: 'Prérequis au démarrage de l’accompagnement et leur état.',
      titleEn: 'Prerequisites',
      descriptionEn: 'Prerequisites for the support to start, and their state.',
      source: SOURCES.pagType,
    }),
    derogations: field(z.array(DerogationMobiliseeSchema), {
      titre: 'Dérogations',
      description: 'Dérogations mobilisées, chacune rattachée à une ligne du tableau des délégations de dérogations.',
      titleEn: 'Derogations',
      descriptionEn: 'Derogations used, each attached to a row of the table of delegated derogations.',
    }),
    financementsComplementaires: field(z.array(FinancementComplementaireSchema), {
      titre: 'Financements complémentaires',
      description: 'Financements complémentaires demandés ou obtenus.',
      titleEn: 'Additional funding',
      descriptionEn: 'Additional funding requested or obtained.',
    }),
    signature: field(SignatureSchema, {
      titre: 'Signature',
      description: 'Signature de l’article par une personne habilitée à engager l’opérateur.',
      titleEn: 'Signature',
      descriptionEn: 'Signature of the article by a person empowered to commit the operator.',
      source: SOURCES.l11411,
    }).exactOptional(),
  }),
  {
    titre: 'Engagement d’un opérateur',
    description:
      'Un article par opérateur : engagement de l’acteur chargé de la mise en œuvre opérationnelle (CASF, L. 114-1-1), prestations, date de début, prérequis, dérogations, financements, signature.',
    titleEn: 'Operator’s commitment',
    descriptionEn:
      'One article per operator: commitment of the actor in charge of the operational implementation (CASF, L. 114-1-1), services, start date, prerequisites, derogations, funding, signature.',
    source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
  },
);
