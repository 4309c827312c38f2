/**
 * Primitive value types shared by the three documents: dates, times, texts,
 * identifiers, contact details.
 *
 * Types de valeurs communs : dates, heures, textes, identifiants, coordonnées.
 *
 * Every string format is a regular expression that zod and the JSON Schema
 * apply identically (zod emits it as `pattern`). No `.max()` on texts: zod
 * counts UTF-16 code units and JSON Schema counts code points, so a length
 * limit would make the two verdicts differ on emoji; length limits are
 * business rules of the validators.
 */
import * as z from 'zod';

/**
 * Calendar date `YYYY-MM-DD` (ISO 8601 / RFC 3339 `full-date`), checked for
 * real days (leap years included). JSON Schema: `format: "date"` plus the same
 * `pattern` zod applies, so that validators that treat `format` as a mere
 * annotation (the 2020-12 default) still check it.
 */
export const DateIso = z.iso.date();

/**
 * Date and time with a mandatory offset, seconds required, optional fraction:
 * `2025-03-14T09:30:00+01:00` or `2025-03-14T08:30:00Z` (RFC 3339 `date-time`).
 */
export const DateHeureIso = z.iso.datetime({ offset: true });

/** Time of day `HH:MM` (00:00 to 23:59), without seconds or offset, for the weekly timetable. */
export const HeureMinute = z.iso.time({ precision: -1 });


/** Non-empty free text. */
export const Texte = z.string().min(1);

/** Non-empty identifier (opaque string, never a number). */
export const Identifiant = z.string().min(1);

/** Pattern of a FINESS number: 9 characters, the first two being the département (`2A`/`2B` for Corsica). */
export const FINESS_PATTERN = /^(?:\d{2}|2[AB])\d{7}$/;
/** Pattern of a SIRET number: 14 digits. */
export const SIRET_PATTERN = /^\d{14}$/;
/**
 * Pattern of the code of a French département that has an MDPH (official
 * geographic code: `01`–`95` without `20`, `2A`, `2B`, `971`–`974`, `976`).
 */
export const CODE_DEPARTEMENT_PATTERN = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/;
/** Pattern of an e-mail address (simple form check: `local@domaine.tld`). */
export const COURRIEL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Pattern of a phone number: digits, optional leading `+`, spaces, dots or dashes. */
export const TELEPHONE_PATTERN = /^\+?\d[\d .-]{5,19}$/;
/** Pattern of a web address starting with `http://` or `https://`. */
export const URL_PATTERN = /^https?:\/\/\S+$/;

/** FINESS number. */
export const Finess = z.string().regex(FINESS_PATTERN);

/** SIRET number. */
export const Siret = z.string().regex(SIRET_PATTERN);

/** Code of a French département that has an MDPH. */
export const CodeDepartement = z.string().regex(CODE_DEPARTEMENT_PATTERN);

/** E-mail address. */
export const Courriel = z.string().regex(COURRIEL_PATTERN);

/** Phone number. */
export const Telephone = z.string().regex(TELEPHONE_PATTERN);

/** Web address starting with `http://` or `https://`. */
export const Url = z.string().regex(URL_PATTERN);

/** Non-negative amount in euros. */
export const MontantEuros = z.number().min(0);

/** Strictly positive integer. */
export const EntierPositif = z.int().min(1);

/** Non-negative integer. */
export const EntierNaturel = z.int().min(0);
