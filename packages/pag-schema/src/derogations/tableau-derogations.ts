/**
 * The table of delegated derogations (`typeDocument: "tableau-derogations"`),
 * annex of the territorial convention: rows in two families, derogations to
 * the authorisation (« agrément ») rules and to the financing rules.
 *
 * Tableau des délégations de dérogations : lignes des deux familles
 * (agrément, prise en charge financière).
 */
import * as z from 'zod';
import { TRE_R213_CODES, TRE_R213_SYSTEM, TRE_R240_CODES, TRE_R240_SYSTEM, JDV_J328_CODES, TRE_R403_SYSTEM, TRE_R66_CODES, TRE_R66_SYSTEM } from '../codes.js';
import { documentRoot, field, named } from '../metadata.js';
import { extensionsField, schemaField, typeDocumentField, versionSchemaField } from '../common/document.js';
import { CodeDepartement, DateHeureIso, DateIso, EntierNaturel, EntierPositif, Identifiant, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { SOURCES_CONVENTION } from '../common/sources-convention.js';
import { ReferenceTexteSchema } from '../common/structures.js';
import { FINANCEURS } from '../pag/engagements.js';
import { AUTORITES_DEROGATION, DelegationSchema, PeriodeValiditeSchema } from './delegations.js';

/**
 * The families of rows: derogations to the authorisation rules (« agrément »),
 * to the financing rules, and (since 1.1.0) to the code de l'éducation.
 */
export const FAMILLES_DEROGATION = ['agrement', 'financement', 'code-education'] as const;

/** What a derogation bears on. */
export const OBJETS_DEROGATION = [
  'age',
  'specialite-public',
  'capacite',
  'mode-accueil',
  'temporalite-accueil',
  'duree',
  'financement-complementaire',
  'tarification',
  'scolarisation',
  'autre',
] as const;

/** How a derogation is authorised. */
export const MODALITES_AUTORISATION = [
  'delegation',
  'accord-prealable-ars',
  'accord-prealable-cd',
  'accord-prealable-ars-cd',
  'accord-prealable-education-nationale',
  'information-a-posteriori',
] as const;

/** Opinions of the regional coordination. */
export const AVIS_COORDINATION = ['favorable', 'favorable-avec-reserves', 'defavorable', 'non-rendu'] as const;

const bornesAge = named(
  'BornesAge',
  z.strictObject({
    min: field(EntierNaturel, {
      titre: 'Âge minimum',
      description: 'Âge minimum en années révolues.',
      titleEn: 'Minimum age',
      descriptionEn: 'Minimum age in completed years.',
    }).exactOptional(),
    max: field(EntierNaturel, {
      titre: 'Âge maximum',
      description: 'Âge maximum en années révolues.',
      titleEn: 'Maximum age',
      descriptionEn: 'Maximum age in completed years.',
    }).exactOptional(),
  }),
  {
    titre: 'Bornes d’âge',
    description: 'Tranche d’âge en années révolues ; une borne absente est ouverte.',
    titleEn: 'Age bounds',
    descriptionEn: 'Age range in completed years; a missing bound is open.',
  },
);

/** Measurable parameters of a derogation, when its object is measurable. */
export const ParametresDerogationSchema = named(
  'ParametresDerogation',
  z.strictObject({
    age: field(
      named(
        'DerogationAge',
        z.strictObject({
          autorise: field(bornesAge, {
            titre: 'Âges autorisés',
            description: 'Tranche d’âge de l’autorisation.',
            titleEn: 'Authorised ages',
            descriptionEn: 'Age range of the authorisation.',
          }),
          deroge: field(bornesAge, {
            titre: 'Âges dérogatoires',
            description: 'Tranche d’âge admise par dérogation.',
            titleEn: 'Ages allowed by derogation',
            descriptionEn: 'Age range allowed by derogation.',
          }),
        }),
        {
          titre: 'Dérogation d’âge',
          description: 'Bornes d’âge autorisées et bornes admises par dérogation.',
          titleEn: 'Age derogation',
          descriptionEn: 'Authorised age bounds and bounds allowed by derogation.',
        },
      ),
      {
        titre: 'Âge',
        description: 'Bornes d’âge autorisées et dérogatoires.',
        titleEn: 'Age',
        descriptionEn: 'Authorised and derogatory age bounds.',
      },
    ).exactOptional(),
    publics: field(
      named(
        'DerogationPublics',
        z.strictObject({
          autorises: field(z.array(z.enum(JDV_J328_CODES)).max(JDV_J328_CODES.length), {
            titre: 'Publics autorisés',
            description:
              'Publics de l’autorisation : codes de niveau 3 de TRE_R403 Public activité SMSSE régulée (jeu de valeurs JDV_J328, anciens codes FINESS de clientèle, par exemple 117 déficience intellectuelle, 437 troubles du spectre de l’autisme). Les codes fermés en 2021 sont acceptés et signalés par les validateurs.',
            titleEn: 'Authorised publics',
            descriptionEn:
              'Publics of the authorisation: level-3 codes of TRE_R403 *Public activité SMSSE régulée* (value set JDV_J328, the former FINESS clientele codes, for example 117 intellectual disability, 437 autism spectrum disorders). Codes closed in 2021 are accepted and reported by the validators.',
            systeme: TRE_R403_SYSTEM,
          }),
          deroges: field(z.array(z.enum(JDV_J328_CODES)).max(JDV_J328_CODES.length).min(1), {
            titre: 'Publics admis par dérogation',
            description: 'Publics accompagnés par dérogation (codes de niveau 3 de TRE_R403, JDV_J328).',
            titleEn: 'Publics allowed by derogation',
            descriptionEn: 'Publics supported by derogation (level-3 codes of TRE_R403, JDV_J328).',
            systeme: TRE_R403_SYSTEM,
          }),
        }),
        {
          titre: 'Dérogation de public',
          description: 'Publics autorisés et publics admis par dérogation (spécialité).',
          titleEn: 'Public derogation',
          descriptionEn: 'Authorised publics and publics allowed by derogation (speciality).',
        },
      ),
      {
        titre: 'Publics',
        description: 'Publics autorisés et dérogatoires.',
        titleEn: 'Publics',
        descriptionEn: 'Authorised and derogatory publics.',
      },
    ).exactOptional(),
    capacite: field(
      named(
        'DerogationCapacite',
        z.strictObject({
          placesAutorisees: field(EntierNaturel, {
            titre: 'Places autorisées',
            description: 'Capacité autorisée (nombre de places).',
            titleEn: 'Authorised places',
            descriptionEn: 'Authorised capacity (number of places).',
          }).exactOptional(),
          placesSurnombre: field(EntierPositif, {
            titre: 'Places en surnombre',
            description: 'Nombre maximal de places en surnombre admises par dérogation.',
            titleEn: 'Places above capacity',
            descriptionEn: 'Maximum number of places above capacity allowed by derogation.',
          }),
        }),
        {
          titre: 'Dérogation de capacité',
          description: 'Capacité autorisée et places en surnombre.',
          titleEn: 'Capacity derogation',
          descriptionEn: 'Authorised capacity and places above capacity.',
        },
      ),
      {
        titre: 'Capacité',
        description: 'Capacité autorisée et surnombre admis.',
        titleEn: 'Capacity',
        descriptionEn: 'Authorised capacity and places above capacity allowed.',
      },
    ).exactOptional(),
    modesAccueil: field(
      named(
        'DerogationModesAccueil',
        z.strictObject({
          autorises: field(z.array(z.enum(TRE_R213_CODES)).max(TRE_R213_CODES.length), {
            titre: 'Modes autorisés',
            description: 'Modes de prise en charge autorisés (TRE_R213 ModePriseEnCharge).',
            titleEn: 'Authorised modes',
            descriptionEn: 'Authorised care modes (TRE_R213 ModePriseEnCharge).',
            systeme: TRE_R213_SYSTEM,
          }),
          deroges: field(z.array(z.enum(TRE_R213_CODES)).max(TRE_R213_CODES.length).min(1), {
            titre: 'Modes admis par dérogation',
            description: 'Modes de prise en charge admis par dérogation (TRE_R213).',
            titleEn: 'Modes allowed by derogation',
            descriptionEn: 'Care modes allowed by derogation (TRE_R213).',
            systeme: TRE_R213_SYSTEM,
          }),
        }),
        {
          titre: 'Dérogation de mode d’accueil',
          description: 'Modes de prise en charge autorisés et dérogatoires.',
          titleEn: 'Care mode derogation',
          descriptionEn: 'Authorised and derogatory care modes.',
        },
      ),
      {
        titre: 'Modes d’accueil',
        description: 'Modes de prise en charge autorisés et dérogatoires.',
        titleEn: 'Care modes',
        descriptionEn: 'Authorised and derogatory care modes.',
      },
    ).exactOptional(),
    temporalites: field(
      named(
        'DerogationTemporalites',
        z.strictObject({
          autorisees: field(z.array(z.enum(TRE_R240_CODES)).max(TRE_R240_CODES.length), {
            titre: 'Temporalités autorisées',
            description: 'Temporalités d’accueil autorisées (TRE_R240 : 01 temporaire, 02 permanent).',
            titleEn: 'Authorised timings',
            descriptionEn: 'Authorised care timings (TRE_R240: 01 temporary, 02 permanent).',
            systeme: TRE_R240_SYSTEM,
          }),
          derogees: field(z.array(z.enum(TRE_R240_CODES)).max(TRE_R240_CODES.length).min(1), {
            titre: 'Temporalités admises par dérogation',
            description: 'Temporalités d’accueil admises par dérogation (TRE_R240).',
            titleEn: 'Timings allowed by derogation',
            descriptionEn: 'Care timings allowed by derogation (TRE_R240).',
            systeme: TRE_R240_SYSTEM,
          }),
        }),
        {
          titre: 'Dérogation de temporalité',
          description: 'Temporalités d’accueil autorisées et dérogatoires.',
          titleEn: 'Timing derogation',
          descriptionEn: 'Authorised and derogatory care timings.',
        },
      ),
      {
        titre: 'Temporalités d’accueil',
        description: 'Temporalités autorisées et dérogatoires.',
        titleEn: 'Care timings',
        descriptionEn: 'Authorised and derogatory timings.',
      },
    ).exactOptional(),
    dureeMaximaleMois: field(EntierPositif, {
      titre: 'Durée maximale (mois)',
      description: 'Durée maximale de la dérogation, en mois.',
      titleEn: 'Maximum duration (months)',
      descriptionEn: 'Maximum duration of the derogation, in months.',
    }).exactOptional(),
  }),
  {
    titre: 'Paramètres de la dérogation',
    description: 'Paramètres structurés quand l’objet est mesurable : bornes d’âge, publics, capacité et surnombre, modes et temporalités d’accueil, durée maximale.',
    titleEn: 'Derogation parameters',
    descriptionEn: 'Structured parameters when the subject is measurable: age bounds, publics, capacity and places above it, care modes and timings, maximum duration.',
    source: inferred(SOURCES.conventionIlleEtVilaine),
  },
);

/** Opinion of the regional coordination on a row. */
export const AvisCoordinationRegionaleSchema = named(
  'AvisCoordinationRegionale',
  z.strictObject({
    avis: field(z.enum(AVIS_COORDINATION), {
      titre: 'Avis',
      description: 'Avis favorable, favorable avec réserves, défavorable, ou non rendu.',
      titleEn: 'Opinion',
      descriptionEn: 'Favourable, favourable with reservations, unfavourable, or not given.',
    }),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de l’avis (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the opinion (YYYY-MM-DD).',
    }).exactOptional(),
    commentaire: field(Texte, {
      titre: 'Commentaire',
      description: 'Réserves ou commentaire.',
      titleEn: 'Comment',
      descriptionEn: 'Reservations or comment.',
    }).exactOptional(),
  }),
  {
    titre: 'Avis de la coordination régionale',
    description: 'Avis de la coordination régionale sur la ligne.',
    titleEn: 'Opinion of the regional coordination',
    descriptionEn: 'Opinion of the regional coordination on the row.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** One row of the table of delegated derogations. */
export const LigneDerogationSchema = named(
  'LigneDerogation',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant de la ligne',
      description: 'Identifiant de la ligne, unique dans le tableau ; les engagements des PAG y font référence.',
      titleEn: 'Row identifier',
      descriptionEn: 'Identifier of the row, unique within the table; the commitments of PAGs refer to it.',
    }),
    famille: field(z.enum(FAMILLES_DEROGATION), {
      titre: 'Famille',
      description:
        'Dérogation à la réglementation de l’agrément (agrement), aux règles de prise en charge financière (financement) ou, depuis 1.1.0, au code de l’éducation (code-education, procédure accélérée expérimentée par certains sites).',
      titleEn: 'Family',
      descriptionEn:
        'Derogation from the rules of the authorisation (*agrément*, agrement), from the rules of financial coverage (financement) or, since 1.1.0, from the Education Code (code-education, the accelerated procedure tried by some sites).',
      source: SOURCES_CONVENTION.tableauCnsa + ' ; ' + SOURCES_CONVENTION.procedureAcceleree,
    }),
    typeObjet: field(z.enum(OBJETS_DEROGATION), {
      titre: 'Nature de l’objet',
      description:
        'Ce sur quoi porte la dérogation : âge, spécialité ou public, capacité, mode d’accueil, temporalité, durée, financement complémentaire, tarification, scolarisation (code de l’éducation, depuis 1.1.0), autre.',
      titleEn: 'Nature of the subject',
      descriptionEn:
        'What the derogation is about: age, speciality or public, capacity, care mode, timing, duration, additional funding, pricing, schooling (Education Code, since 1.1.0), other.',
      source: inferred(SOURCES.conventionIlleEtVilaine),
    }),
    objet: field(Texte, {
      titre: 'Objet de la dérogation',
      description: 'Objet de la dérogation, en clair.',
      titleEn: 'Subject of the derogation',
      descriptionEn: 'Subject of the derogation, in plain words.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    exemplesSituations: field(z.array(Texte), {
      titre: 'Exemples de situations',
      description: 'Exemples de situations dans lesquelles la dérogation s’applique (décrites sans donnée identifiante).',
      titleEn: 'Example situations',
      descriptionEn: 'Examples of situations in which the derogation applies (described without identifying data).',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    conditionsMiseEnOeuvre: field(Texte, {
      titre: 'Conditions de mise en œuvre',
      description: 'Conditions de mise en œuvre de la dérogation.',
      titleEn: 'Implementation conditions',
      descriptionEn: 'Conditions for implementing the derogation.',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    modaliteAutorisation: field(z.enum(MODALITES_AUTORISATION), {
      titre: 'Modalité d’autorisation',
      description:
        'Délégation à l’opérateur, accord préalable de l’ARS, du conseil départemental ou des deux, accord préalable de l’Éducation nationale (recteur ou DASEN, depuis 1.1.0, pour une dérogation au code de l’éducation), ou simple information a posteriori.',
      titleEn: 'Authorisation arrangement',
      descriptionEn:
        'Delegation to the operator, prior agreement of the ARS, of the conseil départemental or of both, prior agreement of the Éducation nationale (rector or DASEN, since 1.1.0, for a derogation from the Education Code), or mere information afterwards.',
      source: inferred(SOURCES.conventionIlleEtVilaine),
    }),
    conditionsSuivi: field(Texte, {
      titre: 'Conditions de suivi',
      description: 'Conditions de suivi de la dérogation (information des autorités, bilan, durée).',
      titleEn: 'Follow-up conditions',
      descriptionEn: 'Conditions for following up the derogation (informing the authorities, review, duration).',
      source: SOURCES.conventionIlleEtVilaine,
    }),
    avisCoordinationRegionale: field(AvisCoordinationRegionaleSchema, {
      titre: 'Avis de la coordination régionale',
      description: 'Avis de la coordination régionale sur la ligne.',
      titleEn: 'Opinion of the regional coordination',
      descriptionEn: 'Opinion of the regional coordination on the row.',
      source: SOURCES.conventionIlleEtVilaine,
    }).exactOptional(),
    categoriesEtablissement: field(z.array(z.enum(TRE_R66_CODES)).max(TRE_R66_CODES.length), {
      titre: 'Catégories d’établissement',
      description: 'Catégories FINESS d’établissement concernées (TRE_R66), si la ligne ne vaut pas pour toutes.',
      titleEn: 'Establishment categories',
      descriptionEn: 'FINESS establishment categories concerned (TRE_R66), when the row does not apply to all.',
      systeme: TRE_R66_SYSTEM,
    }).exactOptional(),
    parametres: field(ParametresDerogationSchema, {
      titre: 'Paramètres',
      description: 'Paramètres structurés de la dérogation quand son objet est mesurable.',
      titleEn: 'Parameters',
      descriptionEn: 'Structured parameters of the derogation when its subject is measurable.',
    }).exactOptional(),
    version: field(EntierPositif, {
      titre: 'Version de la ligne',
      description:
        'Numéro de version de la ligne (1, 2, 3…), à augmenter à chaque modification de son contenu ; un PAG désigne la version qu’il mobilise par l’identifiant de la ligne et ce numéro. Depuis 1.1.0.',
      titleEn: 'Row version',
      descriptionEn:
        'Version number of the row (1, 2, 3…), to increase at each change of its content; a PAG designates the version it uses by the row identifier and this number. Since 1.1.0.',
      source: inferred(SOURCES_CONVENTION.delegations),
    }).exactOptional(),
    dateVersion: field(DateIso, {
      titre: 'Date de la version',
      description: 'Date d’adoption de cette version de la ligne (AAAA-MM-JJ). Depuis 1.1.0.',
      titleEn: 'Version date',
      descriptionEn: 'Date this version of the row was adopted (YYYY-MM-DD). Since 1.1.0.',
    }).exactOptional(),
    validite: field(PeriodeValiditeSchema, {
      titre: 'Validité',
      description: 'Période pendant laquelle la ligne s’applique. Depuis 1.1.0.',
      titleEn: 'Validity',
      descriptionEn: 'Period during which the row applies. Since 1.1.0.',
    }).exactOptional(),
    autoritesCompetentes: field(z.array(z.enum(AUTORITES_DEROGATION)).max(AUTORITES_DEROGATION.length).min(1), {
      titre: 'Autorités compétentes',
      description:
        'Autorité(s) qui détiennent le pouvoir d’autoriser la dérogation : directeur général de l’ARS, président du conseil départemental (les deux pour une compétence conjointe), recteur, DASEN, autre. Depuis 1.1.0.',
      titleEn: 'Competent authorities',
      descriptionEn:
        'Authority or authorities holding the power to authorise the derogation: director general of the ARS, president of the conseil départemental (both for a joint competence), rector, DASEN, other. Since 1.1.0.',
      source: SOURCES_CONVENTION.autoritesCompetentes,
    }).exactOptional(),
    financeurs: field(z.array(z.enum(FINANCEURS)).max(FINANCEURS.length).min(1), {
      titre: 'Financeurs',
      description:
        'Qui finance ce que la dérogation coûte : ARS, conseil départemental, assurance maladie, Éducation nationale, fonds départemental de compensation, autre (mêmes codes que le financeur d’un financement complémentaire du PAG). Depuis 1.1.0.',
      titleEn: 'Funders',
      descriptionEn:
        'Who funds what the derogation costs: ARS, conseil départemental, health insurance, Éducation nationale, departmental compensation fund, other (the same codes as the funder of a PAG’s additional funding). Since 1.1.0.',
      source: inferred(SOURCES_CONVENTION.tableauCnsa),
    }).exactOptional(),
    baseLegale: field(z.array(ReferenceTexteSchema).min(1), {
      titre: 'Base légale',
      description:
        'Textes auxquels la ligne déroge ou sur lesquels elle s’appuie (par exemple « CASF, art. D. 312-0-1 », l’arrêté d’autorisation de l’établissement). Depuis 1.1.0.',
      titleEn: 'Legal basis',
      descriptionEn: 'Texts the row derogates from or relies on (for example “CASF, art. D. 312-0-1”, the establishment’s authorisation order). Since 1.1.0.',
    }).exactOptional(),
    identifiantDelegation: field(Identifiant, {
      titre: 'Délégation',
      description:
        'Identifiant de la délégation du tableau (« delegations ») qui permet d’accorder cette dérogation, quand la modalité d’autorisation est une délégation. Depuis 1.1.0.',
      titleEn: 'Delegation',
      descriptionEn:
        'Identifier of the table’s delegation (“delegations”) that allows this derogation to be granted, when the authorisation arrangement is a delegation. Since 1.1.0.',
      source: SOURCES_CONVENTION.delegations,
    }).exactOptional(),
  }),
  {
    titre: 'Ligne de dérogation',
    description:
      'Ligne du tableau des délégations de dérogations : objet, exemples de situations, condition de mise en œuvre, modalité d’autorisation, condition de suivi, avis de la coordination régionale.',
    titleEn: 'Derogation row',
    descriptionEn:
      'Row of the table of delegated derogations: subject, example situations, implementation condition, authorisation arrangement, follow-up condition, opinion of the regional coordination.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);

/** The table of delegated derogations document. */
export const TableauDerogationsSchema = documentRoot(
  z.strictObject({
    $schema: schemaField('tableau-derogations'),
    typeDocument: typeDocumentField('tableau-derogations'),
    versionSchema: versionSchemaField(),
    identifiant: field(Identifiant, {
      titre: 'Identifiant du tableau',
      description: 'Identifiant du tableau ; les engagements des PAG y font référence.',
      titleEn: 'Table identifier',
      descriptionEn: 'Identifier of the table; the commitments of PAGs refer to it.',
    }),
    intitule: field(Texte, {
      titre: 'Intitulé',
      description: 'Intitulé du tableau.',
      titleEn: 'Title',
      descriptionEn: 'Title of the table.',
    }),
    departement: field(CodeDepartement, {
      titre: 'Département',
      description: 'Code du département couvert.',
      titleEn: 'Département',
      descriptionEn: 'Code of the département covered.',
    }),
    identifiantConvention: field(Identifiant, {
      titre: 'Convention territoriale',
      description: 'Identifiant de la convention territoriale dont le tableau est l’annexe.',
      titleEn: 'Territorial convention',
      descriptionEn: 'Identifier of the territorial convention the table is annexed to.',
    }).exactOptional(),
    dateAdoption: field(DateIso, {
      titre: 'Date d’adoption',
      description: 'Date d’adoption du tableau (AAAA-MM-JJ).',
      titleEn: 'Adoption date',
      descriptionEn: 'Date the table was adopted (YYYY-MM-DD).',
    }).exactOptional(),
    dateMiseAJour: field(DateHeureIso, {
      titre: 'Date de mise à jour',
      description: 'Date et heure de la dernière modification, avec décalage horaire.',
      titleEn: 'Last update',
      descriptionEn: 'Date and time of the last change, with a UTC offset.',
    }).exactOptional(),
    delegations: field(z.array(DelegationSchema), {
      titre: 'Délégations',
      description:
        'Délégations du pouvoir d’autoriser : qui délègue (DG ARS, président du conseil départemental…), à qui, quel pouvoir, par quel acte. Les lignes y renvoient par « identifiantDelegation ». Depuis 1.1.0.',
      titleEn: 'Delegations',
      descriptionEn:
        'Delegations of the power to authorise: who delegates (DG ARS, president of the conseil départemental…), to whom, which power, by which act. Rows refer to them through “identifiantDelegation”. Since 1.1.0.',
      source: SOURCES_CONVENTION.delegations,
    }).exactOptional(),
    lignes: field(z.array(LigneDerogationSchema).min(1), {
      titre: 'Lignes',
      description: 'Lignes du tableau : dérogations à l’agrément, au financement et (depuis 1.1.0) au code de l’éducation.',
      titleEn: 'Rows',
      descriptionEn: 'Rows of the table: derogations from the authorisation, from the funding rules and (since 1.1.0) from the Education Code.',
    }),
    extensions: extensionsField(),
  }),
  {
    titre: 'Tableau des délégations de dérogations',
    description:
      'Annexe de la convention territoriale « Une réponse accompagnée pour tous » : dérogations à la réglementation de l’agrément et aux règles de prise en charge financière, et leurs conditions.',
    titleEn: 'Table of delegated derogations',
    descriptionEn:
      'Annex of the territorial convention “Une réponse accompagnée pour tous” (a suitable answer for all): derogations from the authorisation rules and from the rules of financial coverage, and their conditions.',
    source: SOURCES.conventionIlleEtVilaine,
  },
);
