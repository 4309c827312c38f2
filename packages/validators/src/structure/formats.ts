/**
 * The string formats the precompiled structural validators call (`date`,
 * `date-time`, `time`), as plain functions: the generated code references them
 * instead of `ajv-formats`, so it needs neither `require` nor code generation.
 *
 * Each format accepts exactly what the zod check that emits it accepts (zod
 * 4.6 `z.iso.date()`, `z.iso.datetime({ offset: true })`, `z.iso.time()`), so
 * that the zod schema and the published JSON Schema give the same verdict;
 * zod also emits the same regular expression as a `pattern` beside `format`.
 */

// The same sources as the patterns of @serafin-ph/pag-schema's primitives
// (portable: `[0-9]`, strict end `(?![\s\S])`); the tests compare them.
const END = '(?![\\s\\S])';
const DATE =
  '(?:(?:[0-9]{2}[2468][048]|[0-9]{2}[13579][26]|[0-9]{2}0[48]|[02468][048]00|[13579][26]00)-02-29|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))';
const HHMM = '(?:[01][0-9]|2[0-3]):[0-5][0-9]';

/** `YYYY-MM-DD`, real calendar days only (leap years included). */
export const DATE_REGEX = new RegExp(`^${DATE}${END}`);
/** Date, `T`, time with seconds and optional fraction, then `Z` or a `±HH:MM` offset. */
export const DATE_TIME_REGEX = new RegExp(`^${DATE}T${HHMM}:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-]${HHMM})${END}`);
/** `HH:MM` with optional seconds and fraction, no offset (zod's `z.iso.time()`). */
export const TIME_REGEX = new RegExp(`^${HHMM}(?::[0-5][0-9](?:\\.[0-9]+)?)?${END}`);

/** Days in each month (February: 29, checked against the year). */
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number `yyyymmdd` (chronological order) of the first ten
 * characters of `s` when they are a `YYYY-MM-DD` date in ASCII digits, a real
 * day of the proleptic Gregorian calendar (years 0000 to 9999), or -1. The
 * caller checks the length (`s` has at least ten characters): a date alone
 * ({@link isCalendarDate}) or the date part of a date-time (the date rules).
 */
export function dayNumber(s: string): number {
  if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return -1;
  const y1 = s.charCodeAt(0) - 48;
  const y2 = s.charCodeAt(1) - 48;
  const y3 = s.charCodeAt(2) - 48;
  const y4 = s.charCodeAt(3) - 48;
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  // One unsigned comparison per digit: a character below '0' wraps above 9.
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9 || m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month] as number)) return -1;
  if (month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return -1;
  return year * 10_000 + month * 100 + day;
}

/**
 * `DATE_REGEX.test(s)` without the regular expression (several times faster;
 * dates are the commonest pattern of the documents): `YYYY-MM-DD` in ASCII
 * digits, a real day of the proleptic Gregorian calendar, years 0000 to 9999.
 * The tests compare both on every date of years 0000 to 9999 and on near
 * misses.
 */
export function isCalendarDate(s: string): boolean {
  return s.length === 10 && dayNumber(s) >= 0;
}

/**
 * Functions that test exactly what a `pattern` of the published schemas
 * tests, by pattern source: the fast structural check calls them instead of
 * the regular expression.
 */
export const PATTERN_FUNCTIONS: Readonly<Record<string, 'isCalendarDate'>> = {
  [DATE_REGEX.source]: 'isCalendarDate',
};

/** A format as the generated code calls it: `formats[name].validate(value)`. */
export interface StringFormat {
  readonly type: 'string';
  readonly validate: (value: string) => boolean;
}

/**
 * The regular expression each format is: `formats[name].validate(s)` is
 * exactly `FORMAT_REGEXES[name].test(s)`. The fast structural check relies on
 * it to test a `pattern` that is textually the same expression only once.
 */
export const FORMAT_REGEXES: Readonly<Record<'date' | 'date-time' | 'time', RegExp>> = {
  date: DATE_REGEX,
  'date-time': DATE_TIME_REGEX,
  time: TIME_REGEX,
};

/** The formats, by JSON Schema name. */
export const formats: Readonly<Record<'date' | 'date-time' | 'time', StringFormat>> = {
  date: { type: 'string', validate: isCalendarDate },
  'date-time': { type: 'string', validate: (s) => DATE_TIME_REGEX.test(s) },
  time: { type: 'string', validate: (s) => TIME_REGEX.test(s) },
};
