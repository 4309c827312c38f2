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

/** Periods a frequency is counted over. */
export const PERIODES_FREQUENCE = ['jour', 'semaine', 'mois', 'trimestre', 'semestre', 'annee'] as const;

/** "n times per period", with an optional duration and free-text precision. */
export const FrequenceSchema = named(
  'Frequence',
  z.strictObject({
    nombre: field(EntierPositif, {
      titre: 'Nombre',
      description: 'Nombre de fois par période (entier ≥ 1).',
    }),
    periode: field(z.enum(PERIODES_FREQUENCE), {
      titre: 'Période',
      description: 'Période sur laquelle le nombre est compté : jour, semaine, mois, trimestre, semestre ou année.',
    }),
    dureeMinutes: field(EntierPositif, {
      titre: 'Durée (minutes)',
      description: 'Durée de chaque occurrence, en minutes, quand elle est connue.',
    }).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision libre (par exemple « hors vacances scolaires », « en alternance une semaine sur deux »).',
    }).exactOptional(),
  }),
  {
    titre: 'Fréquence',
    description: 'Fréquence d’une intervention ou d’un suivi : « nombre » fois par « periode ».',
  },
);

/** A named professional (contact person in an institution). All identifying fields are personal data. */
export const ProfessionnelSchema = named(
  'Professionnel',
  z.strictObject({
    nom: field(Texte, { titre: 'Nom', description: 'Nom de famille du professionnel.', personnel: true }),
    prenom: field(Texte, { titre: 'Prénom', description: 'Prénom du professionnel.', personnel: true }).exactOptional(),
    fonction: field(Texte, {
      titre: 'Fonction',
      description: 'Fonction ou métier (par exemple « éducatrice spécialisée », « cheffe de service »).',
    }).exactOptional(),
    institution: field(Texte, {
      titre: 'Institution',
      description: 'Institution ou structure employeuse.',
    }).exactOptional(),
    telephone: field(Telephone, {
      titre: 'Téléphone',
      description: 'Numéro de téléphone professionnel.',
      personnel: true,
    }).exactOptional(),
    courriel: field(Courriel, {
      titre: 'Courriel',
      description: 'Adresse électronique professionnelle.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Professionnel',
    description: 'Professionnel nommément désigné. Nom, prénom et coordonnées sont des données personnelles.',
  },
);

/** A signature: who signed, in which capacity, when. */
export const SignatureSchema = named(
  'Signature',
  z.strictObject({
    nom: field(Texte, { titre: 'Nom du signataire', description: 'Nom de la personne qui signe.', personnel: true }),
    prenom: field(Texte, { titre: 'Prénom du signataire', description: 'Prénom de la personne qui signe.', personnel: true }).exactOptional(),
    fonction: field(Texte, {
      titre: 'Fonction du signataire',
      description: 'Fonction au titre de laquelle la personne signe et engage son organisation (par exemple « directrice générale »).',
    }),
    date: field(DateIso, { titre: 'Date de signature', description: 'Date de la signature (AAAA-MM-JJ).' }),
  }),
  {
    titre: 'Signature',
    description: 'Signature d’un document par une personne habilitée à engager son organisation.',
  },
);

/** Reference to one row of a table of delegated derogations. */
export const ReferenceLigneDerogationSchema = named(
  'ReferenceLigneDerogation',
  z.strictObject({
    identifiantTableau: field(Identifiant, {
      titre: 'Identifiant du tableau',
      description: 'Valeur du champ « identifiant » du document « tableau-derogations » qui contient la ligne.',
    }),
    identifiantLigne: field(Identifiant, {
      titre: 'Identifiant de la ligne',
      description: 'Valeur du champ « identifiant » de la ligne du tableau des dérogations.',
    }),
  }),
  {
    titre: 'Référence à une ligne de dérogation',
    description: 'Désigne une ligne d’un tableau des délégations de dérogations (annexe de la convention territoriale).',
  },
);

/** A short reference to a text (law, decision, deliberation) with an optional address. */
export const ReferenceTexteSchema = named(
  'ReferenceTexte',
  z.strictObject({
    intitule: field(Texte, {
      titre: 'Intitulé',
      description: 'Intitulé du texte (par exemple « Loi n° 2016-41 du 26 janvier 2016, article 89 »).',
    }),
    url: field(Url, {
      titre: 'Adresse',
      description: 'Adresse web du texte (http ou https).',
    }).exactOptional(),
    date: field(DateIso, { titre: 'Date', description: 'Date du texte (AAAA-MM-JJ).' }).exactOptional(),
  }),
  {
    titre: 'Référence à un texte',
    description: 'Référence à un texte juridique, une délibération ou un document.',
  },
);

/** A frequency. */
export type Frequence = z.infer<typeof FrequenceSchema>;
/** A named professional. */
export type Professionnel = z.infer<typeof ProfessionnelSchema>;
/** A signature. */
export type Signature = z.infer<typeof SignatureSchema>;
/** A reference to a derogation row. */
export type ReferenceLigneDerogation = z.infer<typeof ReferenceLigneDerogationSchema>;
/** A reference to a text. */
export type ReferenceTexte = z.infer<typeof ReferenceTexteSchema>;
