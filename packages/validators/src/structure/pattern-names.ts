/**
 * The patterns of the published schemas, recognised by their source so that a
 * message says what is expected (« un numéro FINESS ») instead of quoting a
 * regular expression. The words are in the catalogues (`locales/`).
 *
 * Motifs des schémas publiés, reconnus par leur source.
 */
import type { PatternName } from './locales/catalogue.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';

// The characters JavaScript's `\s` matches, spelt out as the schemas' patterns write them.
const BLANK = '\\t-\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const END = '(?![\\s\\S])';

/** The pattern of extension keys (also named by `propertyNames` errors). */
export const EXTENSION_KEY_SOURCE = `^[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+${END}`;

/** What each pattern of the published schemas stands for, by pattern source (a test checks that every pattern has one). */
export const PATTERN_KINDS: Readonly<Record<string, PatternName>> = {
  [`^(?:[0-9]{2}|2[AB])[0-9]{7}${END}`]: 'finess',
  [`^[0-9]{14}${END}`]: 'siret',
  [`^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])${END}`]: 'departement',
  [`^[^${BLANK}@]+@[^${BLANK}@][^${BLANK}@.]*\\.[^${BLANK}@]+${END}`]: 'courriel',
  [`^\\+?[0-9][0-9 .-]{5,19}${END}`]: 'telephone',
  [`^https?:\\/\\/[^${BLANK}]+${END}`]: 'url',
  [`^(?:[01][0-9]|2[0-3]):[0-5][0-9]${END}`]: 'heure',
  [EXTENSION_KEY_SOURCE]: 'cleExtension',
};

/** What each pattern expects, in both languages, by pattern source. */
export const PATTERN_NAMES: Readonly<Record<string, { fr: string; en: string }>> = Object.fromEntries(
  Object.entries(PATTERN_KINDS).map(([source, kind]) => [source, { fr: fr.patternNames[kind], en: en.patternNames[kind] }]),
);
