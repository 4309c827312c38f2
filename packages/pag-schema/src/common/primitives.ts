/**
 * Primitive value types shared by the three documents: dates, times, texts,
 * identifiers, contact details.
 *
 * Types de valeurs communs : dates, heures, textes, identifiants, coordonnées.
 *
 * Every string format is a regular expression that zod and the JSON Schema
 * apply identically (zod emits it as `pattern`). The patterns are written so
 * that every JSON Schema validator reads them alike and in linear time:
 *
 * - `[0-9]`, never `\d` (Python's `re` matches any Unicode digit with `\d`);
 * - the characters JavaScript's `\s` matches spelt out (`BLANK`), never `\s`
 *   or `\S` (Python's and Java's sets differ);
 * - the end anchored with `(?![\s\S])` ("nothing follows"), never a bare `$`:
 *   Python's `re.search` and Java's `find()` also accept `$` before a final
 *   line break, so `"35\n"` would pass `^[0-9]{2}$` there. The lookahead is in
 *   the subset of regular expressions JSON Schema recommends;
 * - no two repetitions that can match the same characters one after the other
 *   (the old e-mail pattern took quadratic time): the ReDoS check of the test
 *   suite (`scripts/security/redos.test.ts`) runs `recheck` over every pattern.
 *
 * Length limits (`maxLength`) are set here, once, so that every field built
 * from these primitives inherits them. zod's `.max()` counts UTF-16 code units
 * and JSON Schema's `maxLength` code points; both carry the same number, so a
 * text accepted by zod is always accepted by the JSON Schema and by
 * `@serafin-ph/validators` (which follow JSON Schema), and the two verdicts
 * differ only on a text longer than half the limit that holds characters
 * outside the Basic Multilingual Plane (emoji), which zod alone refuses.
 */
import * as z from 'zod';

/**
 * The characters JavaScript's `\s` matches (ECMAScript WhiteSpace and
 * LineTerminator), as the body of a character class.
 */
export const BLANK = '\\t-\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** End of a pattern: nothing follows (a portable, strict form of `$`). */
export const END = '(?![\\s\\S])';

/** The pattern `^body` followed by the strict end `END`. */
export function anchored(body: string): RegExp {
  return new RegExp(`^${body}${END}`);
}

/** Longest free text, in characters (a long observation of several pages). */
export const TEXTE_MAX_LENGTH = 10_000;
/** Longest identifier, in characters (UUIDs, URNs and local references fit). */
export const IDENTIFIANT_MAX_LENGTH = 256;
/** Longest e-mail address, in characters (RFC 5321 § 4.5.3.1.3: a path of 256 octets, brackets included). */
export const COURRIEL_MAX_LENGTH = 254;
/** Longest web address, in characters. */
export const URL_MAX_LENGTH = 2_048;

// Arrays: a list of codes of one enumeration (`z.array(z.enum(CODES))`) has at
// most `CODES.length` items (`.max(CODES.length)`, the published `maxItems`): a
// code listed twice says nothing more. Lists of persons, needs, engagements or
// timetable slots have no bound in law or in the CNSA documents; the reader's
// size limit on a whole document caps them.

const YEAR = '[0-9]{4}';
const DAY_OF_MONTH = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';
const LEAP_DAY = '(?:[0-9]{2}[2468][048]|[0-9]{2}[13579][26]|[0-9]{2}0[48]|[02468][048]00|[13579][26]00)-02-29';
/** Body of a calendar date `YYYY-MM-DD` (real days, leap years included), without anchors. */
export const DATE_BODY = `(?:${LEAP_DAY}|${YEAR}-${DAY_OF_MONTH})`;
const HH_MM = '(?:[01][0-9]|2[0-3]):[0-5][0-9]';

/** Pattern of a calendar date `YYYY-MM-DD`, real days only (years 0000 to 9999). */
export const DATE_PATTERN = anchored(DATE_BODY);
/** Pattern of a date-time with seconds, optional fraction and mandatory offset (`Z` or `±HH:MM`). */
export const DATE_HEURE_PATTERN = anchored(`${DATE_BODY}T${HH_MM}:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-]${HH_MM})`);
/** Pattern of a time of day `HH:MM` (00:00 to 23:59). */
export const HEURE_MINUTE_PATTERN = anchored(HH_MM);

/**
 * Calendar date `YYYY-MM-DD` (ISO 8601 / RFC 3339 `full-date`), checked for
 * real days (leap years included). JSON Schema: `format: "date"` plus the same
 * `pattern` zod applies, so that validators that treat `format` as a mere
 * annotation (the 2020-12 default) still check it.
 */
export const DateIso = z.iso.date(withPattern<z.core.$ZodISODateParams>(DATE_PATTERN));

/**
 * Date and time with a mandatory offset, seconds required, optional fraction:
 * `2025-03-14T09:30:00+01:00` or `2025-03-14T08:30:00Z` (RFC 3339 `date-time`).
 */
export const DateHeureIso = z.iso.datetime(withPattern<z.core.$ZodISODateTimeParams>(DATE_HEURE_PATTERN, { offset: true }));

/**
 * Time of day `HH:MM` (00:00 to 23:59), without seconds or offset, for the
 * weekly timetable. A pattern only: JSON Schema's `format: "time"` is RFC
 * 3339's `full-time` (seconds and offset required), which a validator that
 * asserts formats (ajv-formats, python-jsonschema) would refuse on `09:30`.
 */
export const HeureMinute = z.string().regex(HEURE_MINUTE_PATTERN);

/**
 * zod's ISO formats take their regular expression from a `pattern` member of
 * their definition that their parameter types do not declare: the portable
 * patterns above replace zod's own (which use `\d` and `$`), with the same
 * meaning in JavaScript.
 */
function withPattern<P>(pattern: RegExp, params: object = {}): P {
  return { ...params, pattern } as P;
}

/** Non-empty free text, at most `TEXTE_MAX_LENGTH` characters. */
export const Texte = z.string().min(1).max(TEXTE_MAX_LENGTH);

/** Non-empty identifier (opaque string, never a number), at most `IDENTIFIANT_MAX_LENGTH` characters. */
export const Identifiant = z.string().min(1).max(IDENTIFIANT_MAX_LENGTH);

/** Pattern of a FINESS number: 9 characters, the first two being the département (`2A`/`2B` for Corsica). */
export const FINESS_PATTERN = anchored('(?:[0-9]{2}|2[AB])[0-9]{7}');
/** Pattern of a SIRET number: 14 digits. */
export const SIRET_PATTERN = anchored('[0-9]{14}');
/**
 * Pattern of the code of a French département that has an MDPH (official
 * geographic code: `01`–`95` without `20`, `2A`, `2B`, `971`–`974`, `976`).
 */
export const CODE_DEPARTEMENT_PATTERN = anchored('(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])');
/**
 * Pattern of an e-mail address (simple form check: `local@domaine.tld`): no
 * blank, one `@`, and a dot in the domain that is neither its first nor its
 * last character. The domain is read up to its first dot after the first
 * character, so that no two repetitions compete for the same characters
 * (linear time; same language as the former `^[^\s@]+@[^\s@]+\.[^\s@]+$`).
 */
export const COURRIEL_PATTERN = anchored(`[^${BLANK}@]+@[^${BLANK}@][^${BLANK}@.]*\\.[^${BLANK}@]+`);
/** Pattern of a phone number: digits, optional leading `+`, spaces, dots or dashes. */
export const TELEPHONE_PATTERN = anchored('\\+?[0-9][0-9 .-]{5,19}');
/** Pattern of a web address starting with `http://` or `https://`, without blanks. */
export const URL_PATTERN = anchored(`https?://[^${BLANK}]+`);

/** FINESS number. */
export const Finess = z.string().regex(FINESS_PATTERN);

/** SIRET number. */
export const Siret = z.string().regex(SIRET_PATTERN);

/** Code of a French département that has an MDPH. */
export const CodeDepartement = z.string().regex(CODE_DEPARTEMENT_PATTERN);

/** E-mail address, at most `COURRIEL_MAX_LENGTH` characters. */
export const Courriel = z.string().max(COURRIEL_MAX_LENGTH).regex(COURRIEL_PATTERN);

/** Phone number. */
export const Telephone = z.string().regex(TELEPHONE_PATTERN);

/** Web address starting with `http://` or `https://`, at most `URL_MAX_LENGTH` characters. */
export const Url = z.string().max(URL_MAX_LENGTH).regex(URL_PATTERN);

/** Non-negative amount in euros. */
export const MontantEuros = z.number().min(0);

/** Strictly positive integer. */
export const EntierPositif = z.int().min(1);

/** Non-negative integer. */
export const EntierNaturel = z.int().min(0);
