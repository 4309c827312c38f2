/**
 * Structured values shared by the documents: frequency, professional contact,
 * signature, reference to a derogation row.
 *
 * Structures communes : fréquence, professionnel, signature, référence à une
 * ligne de tableau de dérogations.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { Courriel, DateIso, EntierPositif, Identifiant, Telephone, Texte, Url } from './primitives.js';

/** Periods a frequency is counted over; `quinzaine` (two weeks: alternating weeks, « sept nuits par quinzaine ») since schema 1.1.0. */
export const PERIODES_FREQUENCE = ['jour', 'semaine', 'quinzaine', 'mois', 'trimestre', 'semestre', 'annee'] as const;

/** "n times per period", with an optional duration and free-text precision. */
export const FrequenceSchema = named(
  'Frequence',
  z.strictObject({
    nombre: field(EntierPositif, {
      titre: 'Nombre',
      description: 'Nombre de fois par période (entier ≥ 1).',
      titleEn: 'Number',
      descriptionEn: 'Number of times per period (integer ≥ 1).',
    }),
    periode: field(z.enum(PERIODES_FREQUENCE), {
      titre: 'Période',
      description:
        'Période sur laquelle le nombre est compté : jour, semaine, quinzaine (deux semaines, pour les semaines alternées ; depuis 1.1.0), mois, trimestre, semestre ou année.',
      titleEn: 'Period',
      descriptionEn: 'Period over which the number is counted: day, week, fortnight (two weeks, for alternating weeks; since 1.1.0), month, quarter, half-year or year.',
    }),
    dureeMinutes: field(EntierPositif, {
      titre: 'Durée (minutes)',
      description: 'Durée de chaque occurrence, en minutes, quand elle est connue.',
      titleEn: 'Duration (minutes)',
      descriptionEn: 'Duration of each occurrence, in minutes, when known.',
    }).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision libre (par exemple « hors vacances scolaires », « en alternance une semaine sur deux »).',
      titleEn: 'Details',
      descriptionEn: 'Free-text details (for example “outside school holidays”, “every other week”).',
    }).exactOptional(),
  }),
  {
    titre: 'Fréquence',
    description: 'Fréquence d’une intervention ou d’un suivi : « nombre » fois par « periode ».',
    titleEn: 'Frequency',
    descriptionEn: 'Frequency of an intervention or a follow-up: “nombre” times per “periode”.',
  },
);

/** A named professional (contact person in an institution). All identifying fields are personal data. */
export const ProfessionnelSchema = named(
  'Professionnel',
  z.strictObject({
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom de famille du professionnel.',
      titleEn: 'Surname',
      descriptionEn: 'Surname of the professional.',
      personnel: true,
    }),
    prenom: field(Texte, {
      titre: 'Prénom',
      description: 'Prénom du professionnel.',
      titleEn: 'First name',
      descriptionEn: 'First name of the professional.',
      personnel: true,
    }).exactOptional(),
    fonction: field(Texte, {
      titre: 'Fonction',
      description: 'Fonction ou métier (par exemple « éducatrice spécialisée », « cheffe de service »).',
      titleEn: 'Function',
      descriptionEn: 'Function or profession (for example “specialised educator”, “head of department”).',
    }).exactOptional(),
    institution: field(Texte, {
      titre: 'Institution',
      description: 'Institution ou structure employeuse.',
      titleEn: 'Institution',
      descriptionEn: 'Employing institution or organisation.',
    }).exactOptional(),
    telephone: field(Telephone, {
      titre: 'Téléphone',
      description: 'Numéro de téléphone professionnel.',
      titleEn: 'Phone',
      descriptionEn: 'Work phone number.',
      personnel: true,
    }).exactOptional(),
    courriel: field(Courriel, {
      titre: 'Courriel',
      description: 'Adresse électronique professionnelle.',
      titleEn: 'E-mail',
      descriptionEn: 'Work e-mail address.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Professionnel',
    description: 'Professionnel nommément désigné. Nom, prénom et coordonnées sont des données personnelles.',
    titleEn: 'Professional',
    descriptionEn: 'Professional designated by name. Surname, first name and contact details are personal data.',
  },
);

/** A signature: who signed, in which capacity, when. */
export const SignatureSchema = named(
  'Signature',
  z.strictObject({
    nom: field(Texte, {
      titre: 'Nom du signataire',
      description: 'Nom de la personne qui signe.',
      titleEn: 'Signatory’s surname',
      descriptionEn: 'Surname of the person who signs.',
      personnel: true,
    }),
    prenom: field(Texte, {
      titre: 'Prénom du signataire',
      description: 'Prénom de la personne qui signe.',
      titleEn: 'Signatory’s first name',
      descriptionEn: 'First name of the person who signs.',
      personnel: true,
    }).exactOptional(),
    fonction: field(Texte, {
      titre: 'Fonction du signataire',
      description: 'Fonction au titre de laquelle la personne signe et engage son organisation (par exemple « directrice générale »).',
      titleEn: 'Signatory’s function',
      descriptionEn: 'Function in which the person signs and commits their organisation (for example “director general”).',
    }),
    date: field(DateIso, {
      titre: 'Date de signature',
      description: 'Date de la signature (AAAA-MM-JJ).',
      titleEn: 'Signature date',
      descriptionEn: 'Date of the signature (YYYY-MM-DD).',
    }),
  }),
  {
    titre: 'Signature',
    description: 'Signature d’un document par une personne habilitée à engager son organisation.',
    titleEn: 'Signature',
    descriptionEn: 'Signature of a document by a person empowered to commit their organisation.',
  },
);

/** Reference to one row of a table of delegated derogations. */
export const ReferenceLigneDerogationSchema = named(
  'ReferenceLigneDerogation',
  z.strictObject({
    identifiantTableau: field(Identifiant, {
      titre: 'Identifiant du tableau',
      description: 'Valeur du champ « identifiant » du document « tableau-derogations » qui contient la ligne.',
      titleEn: 'Table identifier',
      descriptionEn: 'Value of the “identifiant” field of the “tableau-derogations” document that holds the row.',
    }),
    identifiantLigne: field(Identifiant, {
      titre: 'Identifiant de la ligne',
      description: 'Valeur du champ « identifiant » de la ligne du tableau des dérogations.',
      titleEn: 'Row identifier',
      descriptionEn: 'Value of the “identifiant” field of the row of the table of derogations.',
    }),
  }),
  {
    titre: 'Référence à une ligne de dérogation',
    description: 'Désigne une ligne d’un tableau des délégations de dérogations (annexe de la convention territoriale).',
    titleEn: 'Reference to a derogation row',
    descriptionEn: 'Designates a row of a table of delegated derogations (annex of the territorial convention).',
  },
);

/** A short reference to a text (law, decision, deliberation) with an optional address. */
export const ReferenceTexteSchema = named(
  'ReferenceTexte',
  z.strictObject({
    intitule: field(Texte, {
      titre: 'Intitulé',
      description: 'Intitulé du texte (par exemple « Loi n° 2016-41 du 26 janvier 2016, article 89 »).',
      titleEn: 'Title',
      descriptionEn: 'Title of the text (for example “Loi n° 2016-41 du 26 janvier 2016, article 89”).',
    }),
    url: field(Url, {
      titre: 'Adresse',
      description: 'Adresse web du texte (http ou https).',
      titleEn: 'Address',
      descriptionEn: 'Web address of the text (http or https).',
    }).exactOptional(),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date du texte (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the text (YYYY-MM-DD).',
    }).exactOptional(),
  }),
  {
    titre: 'Référence à un texte',
    description: 'Référence à un texte juridique, une délibération ou un document.',
    titleEn: 'Reference to a text',
    descriptionEn: 'Reference to a legal text, a deliberation or a document.',
  },
);
