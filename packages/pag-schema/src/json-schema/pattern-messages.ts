/**
 * French messages for the `pattern`s of the schemas, emitted as
 * `patternErrorMessage` (shown by VS Code instead of the raw regular expression).
 */
import * as z from 'zod';
import { EXTENSION_KEY_PATTERN } from '../common/document.js';
import {
  CODE_DEPARTEMENT_PATTERN,
  COURRIEL_PATTERN,
  DateHeureIso,
  DateIso,
  FINESS_PATTERN,
  HEURE_MINUTE_PATTERN,
  HeureMinute,
  SIRET_PATTERN,
  TELEPHONE_PATTERN,
  URL_PATTERN,
} from '../common/primitives.js';

/**
 * The named patterns of the published schemas (those a message can describe
 * in words rather than quote), by name, as their regular expression source —
 * the exact `pattern` string of the JSON Schemas. `@serafin-ph/validators`
 * generates from it the table that recognises them in structural errors.
 */
export const NAMED_PATTERNS = {
  finess: FINESS_PATTERN.source,
  siret: SIRET_PATTERN.source,
  departement: CODE_DEPARTEMENT_PATTERN.source,
  courriel: COURRIEL_PATTERN.source,
  telephone: TELEPHONE_PATTERN.source,
  url: URL_PATTERN.source,
  heure: HEURE_MINUTE_PATTERN.source,
  cleExtension: EXTENSION_KEY_PATTERN.source,
} as const satisfies Readonly<Record<string, string>>;

/** The name of a pattern of {@link NAMED_PATTERNS}. */
export type PatternName = keyof typeof NAMED_PATTERNS;

/**
 * French messages shown by editors (VS Code's `patternErrorMessage`) instead
 * of the raw regular expression, keyed by the regular expression source.
 */
export function patternMessages(): ReadonlyMap<string, string> {
  const source = (schema: z.ZodType) => (z.toJSONSchema(schema) as { pattern?: string }).pattern ?? '';
  return new Map([
    [source(DateIso), 'Date attendue au format AAAA-MM-JJ, jour existant (par exemple 2025-03-14).'],
    [source(DateHeureIso), 'Date-heure attendue au format AAAA-MM-JJTHH:MM:SS avec décalage (par exemple 2025-03-14T09:30:00+01:00 ou 2025-03-14T08:30:00Z).'],
    [source(HeureMinute), 'Heure attendue au format HH:MM, de 00:00 à 23:59.'],
    [FINESS_PATTERN.source, 'Numéro FINESS attendu : 9 caractères, le département (2 chiffres, 2A ou 2B) puis 7 chiffres.'],
    [SIRET_PATTERN.source, 'Numéro SIRET attendu : 14 chiffres.'],
    [CODE_DEPARTEMENT_PATTERN.source, 'Code de département attendu : 01 à 95 (sans 20), 2A, 2B, 971 à 974 ou 976.'],
    [COURRIEL_PATTERN.source, 'Adresse électronique attendue (nom@domaine.fr).'],
    [TELEPHONE_PATTERN.source, 'Numéro de téléphone attendu : chiffres, éventuellement « + » au début, espaces, points ou tirets.'],
    [URL_PATTERN.source, 'Adresse web attendue, commençant par http:// ou https://.'],
    [EXTENSION_KEY_PATTERN.source, 'Clé d’extension attendue : au moins deux segments séparés par des points, en minuscules, chiffres et tirets (par exemple fr.mon-editeur).'],
  ]);
}
