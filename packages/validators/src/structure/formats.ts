/**
 * The string formats the precompiled structural validators call (`date`,
 * `date-time`, `time`), as plain functions: the generated code references them
 * instead of `ajv-formats`, so it needs neither `require` nor code generation.
 *
 * Each format accepts exactly what the zod check that emits it accepts (zod
 * 4.6 `z.iso.date()`, `z.iso.datetime({ offset: true })`, `z.iso.time()`), so
 * that the zod schema and the published JSON Schema give the same verdict;
 * zod also emits the same regular expression as a `pattern` beside `format`.
 *
 * Formats de chaînes appelés par les validateurs structurels précompilés.
 */

const DATE = '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const HHMM = '(?:[01]\\d|2[0-3]):[0-5]\\d';

/** `YYYY-MM-DD`, real calendar days only (leap years included). */
export const DATE_REGEX = new RegExp(`^${DATE}$`);
/** Date, `T`, time with seconds and optional fraction, then `Z` or a `±HH:MM` offset. */
export const DATE_TIME_REGEX = new RegExp(`^${DATE}T(?:${HHMM}:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);
/** `HH:MM` with optional seconds and fraction, no offset. */
export const TIME_REGEX = new RegExp(`^${HHMM}(?::[0-5]\\d(?:\\.\\d+)?)?$`);

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
  date: { type: 'string', validate: (s) => DATE_REGEX.test(s) },
  'date-time': { type: 'string', validate: (s) => DATE_TIME_REGEX.test(s) },
  time: { type: 'string', validate: (s) => TIME_REGEX.test(s) },
};
