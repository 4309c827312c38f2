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
import {
  FrequenceSchema,
  ProfessionnelSchema,
  ReferenceLigneDerogationSchema,
  ReferenceTexteSchema,
  SignatureSchema,
} from '../common/structures.js';
import { AUTORITES_DEROGATION } from '../derogations/delegations.js';

/** Kinds of operator other than an ESMS. */
export const TYPES_OPERATEUR_HORS_ESMS = [
  'sanitaire',
  'education-nationale',
  'ase',
  'droit-commun',
  'liberal',
  'autre',
] as const;

/** Every kind of operator. */
export const TYPES_OPERATEUR = ['esms', ...TYPES_OPERATEUR_HORS_ESMS] as const;

/** Domains of intervention named by L. 114-1-1 CASF. */
export const DOMAINES_INTERVENTION = [
  'educatif-scolarisation',
  'therapeutique',
  'insertion-professionnelle',
  'insertion-sociale',
  'aide-aux-aidants',
] as const;

/** Kinds of prerequisite before the start of the support. */
export const TYPES_PREREQUIS = [
  'materiel',
  'recrutement',
  'financement',
  'derogation',
  'transport',
  'formation',
  'amenagement',
  'autre',
] as const;

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
  source: SOURCES.l11411,
} as const;
const contactOperateur = {
  titre: 'Contact',
  description: 'Professionnel référent de l’opérateur pour ce PAG.',
} as const;
const siretOperateur = { titre: 'SIRET', description: 'Numéro SIRET (14 chiffres).' } as const;

/** An operator: an ESMS (FINESS and category required) or another actor. */
export const OperateurSchema = named(
  'Operateur',
  z.discriminatedUnion('type', [
    z.strictObject({
      type: field(z.literal('esms'), {
        titre: 'Type d’opérateur',
        description: 'Établissement ou service social ou médico-social (CASF, L. 312-1), y compris en dispositif intégré (L. 312-7-1).',
      }),
      nom: field(Texte, nomOperateur),
      finess: field(Finess, {
        titre: 'FINESS',
        description: 'Numéro FINESS de l’établissement (ET) qui s’engage.',
        source: SOURCES.l11411,
      }),
      categorieEtablissement: field(z.enum(TRE_R66_CODES), {
        titre: 'Catégorie d’établissement',
        description:
          'Catégorie FINESS de l’établissement (TRE_R66, extrait du secteur handicap ; par exemple 183 IME, 182 SESSAD, 186 ITEP, 448 EAM, 449 EANM). Les catégories fermées sont acceptées et signalées par les validateurs.',
        systeme: TRE_R66_SYSTEM,
      }),
      siret: field(Siret, siretOperateur).exactOptional(),
      organismeGestionnaire: field(Texte, {
        titre: 'Organisme gestionnaire',
        description: 'Organisme gestionnaire (association, fondation, établissement public).',
      }).exactOptional(),
      contact: field(ProfessionnelSchema, contactOperateur).exactOptional(),
    }),
    z.strictObject({
      type: field(z.enum(TYPES_OPERATEUR_HORS_ESMS), {
        titre: 'Type d’opérateur',
        description:
          'Opérateur autre qu’un ESMS : sanitaire (hôpital, CMP…), Éducation nationale, aide sociale à l’enfance, acteur de droit commun (loisirs, logement, emploi…), professionnel libéral, autre.',
      }),
      nom: field(Texte, nomOperateur),
      finess: field(Finess, {
        titre: 'FINESS',
        description: 'Numéro FINESS, pour un établissement de santé notamment.',
      }).exactOptional(),
      siret: field(Siret, siretOperateur).exactOptional(),
      contact: field(ProfessionnelSchema, contactOperateur).exactOptional(),
    }),
  ]),
  {
    titre: 'Opérateur',
    description:
      'Acteur qui s’engage dans le PAG : ESMS (FINESS et catégorie obligatoires), acteur sanitaire, scolaire, ASE, de droit commun ou libéral.',
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
    }).exactOptional(),
    nature: field(Texte, {
      titre: 'Nature de l’intervention',
      description: 'Nature concrète de l’intervention (« séances d’orthophonie », « accueil de jour à l’IME », « inclusion en classe ordinaire »…).',
      source: SOURCES.l11411,
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Description libre de l’intervention (contenu, modalités, professionnels), notamment quand elle n’a pas de code SERAFIN-PH. Depuis 1.1.0.',
    }).exactOptional(),
    domaine: field(z.enum(DOMAINES_INTERVENTION), {
      titre: 'Domaine',
      description:
        'Domaine d’intervention nommé par l’article L. 114-1-1 : éducatif et scolarisation, thérapeutique, insertion professionnelle, insertion sociale, aide aux aidants.',
      source: SOURCES.l11411,
    }).exactOptional(),
    frequence: field(FrequenceSchema, {
      titre: 'Fréquence',
      description: 'Fréquence de l’intervention.',
      source: SOURCES.l11411,
    }),
  }),
  {
    titre: 'Prestation engagée',
    description:
      'Intervention à laquelle l’opérateur s’engage, avec sa nature et sa fréquence (CASF, L. 114-1-1), codée en SERAFIN-PH quand c’est possible (obligatoirement pour un ESMS, selon les validateurs, en avertissement).',
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
      source: SOURCES.pagType,
    }),
    description: field(Texte, { titre: 'Description', description: 'Description du prérequis.' }),
    etat: field(z.enum(ETATS_PREREQUIS), {
      titre: 'État',
      description: 'État du prérequis : à lever, en cours, levé, abandonné.',
      source: inferred(SOURCES.pagType),
    }),
    dateEcheance: field(DateIso, { titre: 'Échéance', description: 'Date à laquelle le prérequis doit être levé (AAAA-MM-JJ).' }).exactOptional(),
    dateLevee: field(DateIso, { titre: 'Date de levée', description: 'Date à laquelle le prérequis a été levé (AAAA-MM-JJ).' }).exactOptional(),
  }),
  {
    titre: 'Prérequis',
    description: 'Prérequis au démarrage de l’accompagnement (matériel, recrutement…) et son état.',
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
    }),
    objet: field(Texte, { titre: 'Objet', description: 'Objet de la dérogation pour cette personne (par exemple « accueil à 21 ans en IME »).' }).exactOptional(),
    statut: field(z.enum(STATUTS_DEROGATION), {
      titre: 'Statut',
      description: 'Dérogation demandée, accordée, refusée ou terminée.',
    }),
    versionLigne: field(EntierPositif, {
      titre: 'Version de la ligne',
      description: 'Numéro de version de la ligne du tableau (champ « version » de la ligne) sur laquelle la dérogation a été accordée. Depuis 1.1.0.',
    }).exactOptional(),
    dateAccord: field(DateIso, {
      titre: 'Date d’accord',
      description: 'Date à laquelle la dérogation a été accordée (AAAA-MM-JJ). Depuis 1.1.0.',
    }).exactOptional(),
    autoriteAccord: field(z.enum(AUTORITES_DEROGATION), {
      titre: 'Autorité qui a accordé',
      description:
        'Autorité qui a accordé la dérogation, directement ou par son délégataire : directeur général de l’ARS (dg-ars), président du conseil départemental (president-conseil-departemental), recteur, DASEN (dasen), autre. Depuis 1.1.0.',
    }).exactOptional(),
    precisionAutorite: field(Texte, {
      titre: 'Précision sur l’autorité',
      description: 'Nom de l’autorité quand elle est « autre », ou délégataire qui a signé (délégation départementale de l’ARS…). Depuis 1.1.0.',
    }).exactOptional(),
    acte: field(ReferenceTexteSchema, {
      titre: 'Acte',
      description: 'Acte qui accorde la dérogation (arrêté, décision, courrier de l’autorité), par son intitulé, sa date et son adresse. Depuis 1.1.0.',
    }).exactOptional(),
    dateDebut: field(DateIso, { titre: 'Date de début', description: 'Début de la dérogation (AAAA-MM-JJ).' }).exactOptional(),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Fin de la dérogation (AAAA-MM-JJ). La fin des dérogations est un motif de fin de PAG (TRE_R421, code 6).',
    }).exactOptional(),
  }),
  {
    titre: 'Dérogation mobilisée',
    description: 'Dérogation utilisée par l’opérateur, rattachée à une ligne du tableau des délégations de dérogations.',
    source: inferred(SOURCES.conventionIlleEtVilaine),
  },
);

/** A complementary-financing request. */
export const FinancementComplementaireSchema = named(
  'FinancementComplementaire',
  z.strictObject({
    objet: field(Texte, { titre: 'Objet', description: 'Objet du financement (poste, heures, transport, matériel…).' }),
    financeur: field(z.enum(FINANCEURS), {
      titre: 'Financeur',
      description: 'Financeur : ARS, conseil départemental, assurance maladie, Éducation nationale, fonds départemental de compensation du handicap (CASF, L. 146-5 ; depuis 1.1.0), autre.',
    }),
    precisionFinanceur: field(Texte, { titre: 'Précision sur le financeur', description: 'Nom du financeur quand il est « autre ».' }).exactOptional(),
    montantEuros: field(MontantEuros, { titre: 'Montant (euros)', description: 'Montant demandé ou accordé, en euros.' }).exactOptional(),
    statut: field(z.enum(STATUTS_FINANCEMENT), { titre: 'Statut', description: 'Financement demandé, accordé ou refusé.' }),
    dateDecision: field(DateIso, { titre: 'Date de décision', description: 'Date de la décision du financeur (AAAA-MM-JJ).' }).exactOptional(),
  }),
  {
    titre: 'Financement complémentaire',
    description: 'Financement complémentaire demandé pour mettre en œuvre l’engagement.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** One article of section 4: the commitment of one operator. */
export const EngagementSchema = named(
  'Engagement',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant de l’article',
      description:
        'Identifiant de l’article, unique dans le PAG ; le coordonnateur de parcours et l’emploi du temps y font référence.',
    }),
    operateur: field(OperateurSchema, { titre: 'Opérateur', description: 'Opérateur qui s’engage.' }),
    prestations: field(z.array(PrestationEngageeSchema).min(1), {
      titre: 'Prestations',
      description: 'Prestations auxquelles l’opérateur s’engage (au moins une), avec nature et fréquence.',
      source: SOURCES.l11411,
    }),
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Date de début de l’accompagnement (AAAA-MM-JJ).',
      source: SOURCES.pagType,
    }),
    dateFin: field(DateIso, { titre: 'Date de fin', description: 'Date de fin prévue, le cas échéant (AAAA-MM-JJ).' }).exactOptional(),
    prerequis: field(z.array(PrerequisSchema), {
      titre: 'Prérequis',
      description: 'Prérequis au démarrage de l’accompagnement et leur état.',
      source: SOURCES.pagType,
    }),
    derogations: field(z.array(DerogationMobiliseeSchema), {
      titre: 'Dérogations',
      description: 'Dérogations mobilisées, chacune rattachée à une ligne du tableau des délégations de dérogations.',
    }),
    financementsComplementaires: field(z.array(FinancementComplementaireSchema), {
      titre: 'Financements complémentaires',
      description: 'Financements complémentaires demandés ou obtenus.',
    }),
    signature: field(SignatureSchema, {
      titre: 'Signature',
      description: 'Signature de l’article par une personne habilitée à engager l’opérateur.',
      source: SOURCES.l11411,
    }).exactOptional(),
  }),
  {
    titre: 'Engagement d’un opérateur',
    description:
      'Un article par opérateur : engagement de l’acteur chargé de la mise en œuvre opérationnelle (CASF, L. 114-1-1), prestations, date de début, prérequis, dérogations, financements, signature.',
    source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
  },
);

/** An operator. */
export type Operateur = z.infer<typeof OperateurSchema>;
/** A prestation an operator commits to. */
export type PrestationEngagee = z.infer<typeof PrestationEngageeSchema>;
/** A prerequisite. */
export type Prerequis = z.infer<typeof PrerequisSchema>;
/** A derogation used. */
export type DerogationMobilisee = z.infer<typeof DerogationMobiliseeSchema>;
/** A complementary financing. */
export type FinancementComplementaire = z.infer<typeof FinancementComplementaireSchema>;
/** One operator's commitment. */
export type Engagement = z.infer<typeof EngagementSchema>;
