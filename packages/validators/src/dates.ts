/**
 * Calendar helpers on `YYYY-MM-DD` strings (no time zone: a date is what the
 * document says). Lexicographic order is chronological order for these strings.
 *
 * Dates calendaires `AAAA-MM-JJ`.
 */
import { isCalendarDate } from './structure/formats.js';

/** The `YYYY-MM-DD` date of a date or a date-time as written (`2025-03-10T16:45:00+01:00` → `2025-03-10`), or `undefined`. */
export function calendarDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length !== 10 && value[10] !== 'T') return undefined;
  const d = value.length === 10 ? value : value.slice(0, 10);
  return isCalendarDate(d) ? d : undefined;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** Year, month, day of a well-formed `YYYY-MM-DD` date (callers pass dates checked by {@link calendarDate} or the schema). */
function parts(date: string): [number, number, number] {
  return [digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10)];
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

/** `date` plus `months` calendar months, the day clamped to the end of the month (`2024-02-29` + 12 → `2025-02-28`). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** Age in whole years on `date` of a person born on `birth` (`undefined` when `date` precedes `birth`). */
export function ageOn(birth: string, date: string): number | undefined {
  if (date < birth) return undefined;
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(date);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

/** Age of majority in France (Code civil, art. 414). */
export const AGE_MAJORITE = 18;

/**
 * Age from which a minor may be emancipated by the guardianship judge: sixteen
 * (Code civil, art. 413-2, project reading, INFERRED: article not in the
 * project's legal sources).
 */
export const AGE_EMANCIPATION = 16;
