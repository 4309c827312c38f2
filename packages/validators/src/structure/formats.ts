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

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `DATE_REGEX.test(s)` without the regular expression (several times faster;
 * dates are the commonest pattern of the documents): `YYYY-MM-DD` in ASCII
 * digits, a real day of the proleptic Gregorian calendar, years 0000 to 9999.
 * The tests compare both on every date of years 0000 to 9999 and on near
 * misses.
 */
export function isCalendarDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return false;
    year = year * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 0x30;
  const m2 = s.charCodeAt(6) - 0x30;
  const d1 = s.charCodeAt(8) - 0x30;
  const d2 = s.charCodeAt(9) - 0x30;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (DAYS_IN_MONTH[month] as number);
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
