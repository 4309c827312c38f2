/**
 * English catalogue of the structural messages.
 *
 * Catalogue anglais des messages de structure.
 */
import { englishOrdinal as ordinal } from '../../positions.js';
import { capitalize, lowerFirst, type StructureMessages } from './catalogue.js';

const q = (s: string): string => `'${s}'`;
const orList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] as string}`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The structural messages in English. */
export const en: StructureMessages = {
  document: 'the document',
  property: (key, title) => (title === undefined ? q(key) : `${q(key)} (${title})`),
  located: (where, message) => `${capitalize(where)} — ${lowerFirst(message)}`,
  number: (v) => String(v),
  quote: (value) => JSON.stringify(value),
  maskedKey: (position) => (position === undefined ? 'key hidden' : `key hidden: ${ordinal(position)} key of the object`),
  required: (label) => `Missing required field ${label}.`,
  unknownProperty: (key, suggestion) =>
    `Unknown property ${key}: ${suggestion === undefined ? 'the schema does not define it here' : `${q(suggestion)}?`} (vendor data goes into "extensions").`,
  misspeltProperty: (key, expected) => `Missing required field ${expected}, written ${key}?`,
  invalidKey: (key, expected) => `Invalid key name ${key}: expected ${expected}.`,
  quoteKey: (key) => q(key),
  type: (label, types) => `${capitalize(label)} must be ${orList(types)}.`,
  expectedValue: (list) => `expected: ${list}`,
  allowedValues: (list) => `allowed values: ${list}`,
  allowedCount: (count) => `${count} allowed values (see the schema)`,
  notInCodeSystem: (system) => `code not in the code system ${system}`,
  valueNotAllowed: (value, label, expected) => `Value${value === undefined ? '' : ` ${value}`} not allowed for ${label}: ${expected}.`,
  // The schemas' `patternErrorMessage` is French: English messages describe the pattern themselves.
  withSchemaMessage: () => undefined,
  badFormat: (label) => `${capitalize(label)} does not have the expected format.`,
  mustBe: (label, described) => `${capitalize(label)} must be ${described}.`,
  minItems: (label, limit) => `${capitalize(label)} must contain at least ${plural(limit, 'item')}.`,
  maxItems: (label, limit) => `${capitalize(label)} must contain at most ${plural(limit, 'item')}.`,
  duplicates: (label, first, second) => `${capitalize(label)} contains duplicates (the ${ordinal(first)} and ${ordinal(second)} items).`,
  propertyCount: (label, limit) => `${capitalize(label)} does not have the expected number of properties (limit ${limit}).`,
  bound: {
    minimum: (label, limit) => `${capitalize(label)} must be greater than or equal to ${limit}.`,
    maximum: (label, limit) => `${capitalize(label)} must be less than or equal to ${limit}.`,
    exclusiveMinimum: (label, limit) => `${capitalize(label)} must be greater than ${limit}.`,
    exclusiveMaximum: (label, limit) => `${capitalize(label)} must be less than ${limit}.`,
    multipleOf: (label, limit) => `${capitalize(label)} must be a multiple of ${limit}.`,
    minLength: (label, limit) => (limit === '1' ? `${capitalize(label)} must not be empty.` : `${capitalize(label)} must have at least ${limit} characters.`),
    maxLength: (label, limit) => `${capitalize(label)} must have at most ${limit} characters.`,
  },
  noSuchVariant: (value, property, list) => `Value${value === undefined ? '' : ` ${value}`} of ${q(property)} names no allowed variant: ${list}.`,
  severalVariants: (label) => `${capitalize(label)} matches several variants where only one is allowed.`,
  noVariant: (label) => `${capitalize(label)} matches none of the allowed variants.`,
  otherConstraint: (label, keyword) => `${capitalize(label)} does not meet a schema constraint (${keyword}).`,
  truncated: (omitted) => `${omitted} more structural errors are not detailed.`,
  typeNames: {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean (true or false)',
    object: 'an object',
    array: 'an array',
    null: 'null',
  },
  formatNames: {
    date: 'an existing date in the YYYY-MM-DD format',
    'date-time': 'an ISO 8601 date-time with seconds and a UTC offset (e.g. 2025-03-14T09:30:00+01:00)',
    time: 'a time in the HH:MM format',
  },
  patternNames: {
    finess: 'a FINESS number (9 characters, département first)',
    siret: 'a SIRET number (14 digits)',
    departement: 'a département code (01 to 95, 2A, 2B, 971 to 974, 976)',
    courriel: 'an e-mail address',
    telephone: 'a phone number',
    url: 'an http(s) web address',
    heure: 'a time HH:MM (00:00 to 23:59)',
    cleExtension: 'a namespaced key (e.g. "fr.my-vendor")',
  },
};
