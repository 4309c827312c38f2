/**
 * Catalogue français des messages de structure.
 *
 * French catalogue of the structural messages.
 */
import { frenchOrdinal } from '../../positions.js';
import { capitalize, lowerFirst, type StructureMessages } from './catalogue.js';

const g = (s: string): string => `« ${s} »`;
const orList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1] as string}`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Les messages de structure en français. */
export const fr: StructureMessages = {
  document: 'le document',
  property: (key, title) => (title === undefined ? g(key) : `${g(title)} (${key})`),
  located: (where, message) => `${capitalize(where)} — ${lowerFirst(message)}`,
  number: (v) => String(v).replace('.', ','),
  quote: (value) => g(value),
  maskedKey: (position) => (position === undefined ? 'clé masquée' : `clé masquée : ${frenchOrdinal(position, true)} clé de l’objet`),
  required: (label) => `Champ obligatoire absent : ${label}.`,
  unknownProperty: (key, suggestion) =>
    `Propriété inconnue ${key} : ${suggestion === undefined ? 'le schéma ne la prévoit pas ici' : `${g(suggestion)} ?`} (les données propres à un éditeur vont dans « extensions »).`,
  misspeltProperty: (key, expected) => `Champ obligatoire absent : ${expected}, écrit ${key} ?`,
  invalidKey: (key, expected) => `Nom de clé invalide ${key} : attendu ${expected}.`,
  quoteKey: (key) => g(key),
  type: (label, types) => `${capitalize(label)} doit être ${orList(types)}.`,
  expectedValue: (list) => `attendu : ${list}`,
  allowedValues: (list) => `valeurs admises : ${list}`,
  allowedCount: (count) => `${count} valeurs admises (voir le schéma)`,
  notInCodeSystem: (system) => `code inconnu du système ${system}`,
  valueNotAllowed: (value, label, expected) => `Valeur${value === undefined ? '' : ` ${value}`} non admise pour ${label} : ${expected}.`,
  withSchemaMessage: (label, message) => `${capitalize(label)} : ${message}`,
  badFormat: (label) => `${capitalize(label)} n’a pas le format attendu.`,
  mustBe: (label, described) => `${capitalize(label)} doit être ${described}.`,
  minItems: (label, limit) => `${capitalize(label)} doit contenir au moins ${plural(limit, 'élément')}.`,
  maxItems: (label, limit) => `${capitalize(label)} doit contenir au plus ${plural(limit, 'élément')}.`,
  duplicates: (label, first, second) => `${capitalize(label)} contient des doublons (${frenchOrdinal(first)} et ${frenchOrdinal(second)} éléments).`,
  propertyCount: (label, limit) => `${capitalize(label)} n’a pas le nombre de propriétés attendu (limite ${limit}).`,
  bound: {
    minimum: (label, limit) => `${capitalize(label)} doit être supérieur ou égal à ${limit}.`,
    maximum: (label, limit) => `${capitalize(label)} doit être inférieur ou égal à ${limit}.`,
    exclusiveMinimum: (label, limit) => `${capitalize(label)} doit être strictement supérieur à ${limit}.`,
    exclusiveMaximum: (label, limit) => `${capitalize(label)} doit être strictement inférieur à ${limit}.`,
    multipleOf: (label, limit) => `${capitalize(label)} doit être un multiple de ${limit}.`,
    minLength: (label, limit) => (limit === '1' ? `${capitalize(label)} ne doit pas être vide.` : `${capitalize(label)} doit compter au moins ${limit} caractères.`),
    maxLength: (label, limit) => `${capitalize(label)} doit compter au plus ${limit} caractères.`,
  },
  noSuchVariant: (value, property, list) => `Valeur${value === undefined ? '' : ` ${value}`} de ${g(property)} ne désignant aucune variante admise : ${list}.`,
  severalVariants: (label) => `${capitalize(label)} correspond à plusieurs variantes alors qu’une seule est permise.`,
  noVariant: (label) => `${capitalize(label)} ne correspond à aucune des variantes admises.`,
  otherConstraint: (label, keyword) => `${capitalize(label)} ne respecte pas une contrainte du schéma (${keyword}).`,
  truncated: (omitted) => `${omitted} autres erreurs de structure ne sont pas détaillées.`,
  typeNames: {
    string: 'une chaîne de caractères',
    number: 'un nombre',
    integer: 'un nombre entier',
    boolean: 'un booléen (true ou false)',
    object: 'un objet',
    array: 'un tableau',
    null: 'null',
  },
  formatNames: {
    date: 'une date existante au format AAAA-MM-JJ',
    'date-time': 'une date-heure ISO 8601 avec secondes et décalage horaire (par exemple 2025-03-14T09:30:00+01:00)',
    time: 'une heure au format HH:MM',
  },
  patternNames: {
    finess: 'un numéro FINESS (9 caractères, département en tête)',
    siret: 'un numéro SIRET (14 chiffres)',
    departement: 'un code de département (01 à 95, 2A, 2B, 971 à 974, 976)',
    courriel: 'une adresse électronique',
    telephone: 'un numéro de téléphone',
    url: 'une adresse web http(s)',
    heure: 'une heure HH:MM (00:00 à 23:59)',
    cleExtension: 'une clé à espace de noms (par exemple « fr.mon-editeur »)',
  },
};
