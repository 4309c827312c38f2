/**
 * The dates of a PAG read once for the date rules (PAG-DATES-001…005): each
 * well-formed date found at its pattern of `PAG_DATES` once, in one object
 * shape, with its pattern, kind, pointer and day number; the pairs of
 * `DATE_PAIRS` that are out of order; and the bounds the rules compare first
 * (the earliest date about the person, the latest past or legal text date,
 * the latest end of the PAG), so that a document with nothing to report costs each rule a
 * few comparisons instead of a walk of every date.
 *
 * Les dates du PAG lues une fois pour leurs règles.
 */
import { prop } from '../../../json/access.js';
import type { Located } from '../../../json/expand.js';
import { calendarDate } from '../../../dates.js';
import { DATE_TIME_REGEX, dayNumber } from '../../../structure/formats.js';
import { DATE_PAIRS, DATE_PATTERN_LIST, PAG_DATES, type DatedValue } from './date-positions.js';

/**
 * The day number `yyyymmdd` (chronological order) of the date
 * `calendarDate(value)` reads (a `YYYY-MM-DD` date, or the date part of a
 * string with a `T` after it), or -1 when it reads none: the check of
 * `isCalendarDate` and the number in one read of each character.
 */
export function calendarDay(value: unknown): number {
  if (typeof value !== 'string') return -1;
  const n = value.length;
  return n === 10 || (n > 10 && value.charCodeAt(10) === 0x54) ? dayNumber(value) : -1;
}

/** `PAG_DATES[DATE_PATTERN_LIST[i]]`, read once. */
const KINDS: readonly DatedValue['kind'][] = DATE_PATTERN_LIST.map((p) => PAG_DATES[p] as DatedValue['kind']);
const BIRTH = DATE_PATTERN_LIST.indexOf('/situation/personne/dateNaissance');

/**
 * A well-formed date of the document. Every field is set by the constructor
 * (one object shape: the rules read them in loops); the pointer is read from
 * the location when needed (only reported dates need one).
 */
export class DocumentDate implements DatedValue {
  constructor(
    private readonly at: Located,
    readonly pattern: string,
    readonly kind: DatedValue['kind'],
    /** {@link calendarDay} of {@link date}. */
    readonly day: number,
  ) {}

  get path(): string {
    return this.at.path;
  }

  /**
   * The day number of the instant in UTC, for a date-time (its time zone offset makes it an instant: written at 01:30
   * on 2 December at La Réunion, +04:00, it is still 1 December in UTC and in metropolitan France); a date's own
   * {@link day}. Read only for a date after the reference date (PAG-DATES-005). Only a well-formed date-time, which
   * carries its offset (`Z` or `±HH:MM`), is an instant: a value without one (already a STRUCTURE-FORMAT error) keeps
   * its calendar day, since `Date.parse` would read it in the machine's own time zone and the verdict would depend on it.
   */
  get utcDay(): number {
    const value = this.at.value as string;
    const t = value.length === 10 || !DATE_TIME_REGEX.test(value) ? NaN : Date.parse(value);
    if (Number.isNaN(t)) return this.day;
    const u = new Date(t);
    return u.getUTCFullYear() * 10000 + (u.getUTCMonth() + 1) * 100 + u.getUTCDate();
  }

  /** The date part of the value (only reported dates need it as a string). */
  get date(): string {
    const value = this.at.value as string;
    return value.length === 10 ? value : value.slice(0, 10);
  }
}

/** A pair of {@link DATE_PAIRS} whose start is after its end. */
export class PairOutOfOrder {
  constructor(
    /** Index in {@link DATE_PAIRS}. */
    readonly pair: number,
    /** The object holding the two dates. */
    readonly at: Located,
    readonly start: string,
    readonly end: string,
  ) {}
}

/** The dates of a document, read once. */
export interface DateReading {
  /** Every well-formed date, pattern by pattern (the order of `PAG_DATES`), each in document order. */
  readonly dates: readonly DocumentDate[];
  /** The earliest day among the dates that are neither `texte` nor the birth date (`Infinity` when none). */
  readonly earliest: number;
  /** The latest day among the `past` and `texte` dates (`-Infinity` when none). */
  readonly latestPast: number;
  /** The latest day among the `fin` dates (`-Infinity` when none). */
  readonly latestFin: number;
  /** The pairs out of order, pair by pair (the order of `DATE_PAIRS`), each in document order. */
  readonly pairsOutOfOrder: readonly PairOutOfOrder[];
}

/**
 * Reads the dates found at the date patterns (`dates[i]` for
 * `DATE_PATTERN_LIST[i]`) and the objects holding the pairs (`pairs[i]` for
 * `DATE_PAIRS[i]`), each date parsed once into its day number (a pair's
 * dates are compared as numbers, read as strings only when out of order).
 */
export function readDates(dates: readonly (readonly Located[])[], pairs: readonly (readonly Located[])[]): DateReading {
  const out: DocumentDate[] = [];
  let earliest = Infinity;
  let latestPast = -Infinity;
  let latestFin = -Infinity;
  for (let i = 0; i < dates.length; i++) {
    const values = dates[i] as readonly Located[];
    if (values.length === 0) continue;
    const pattern = DATE_PATTERN_LIST[i] as string;
    const kind = KINDS[i] as DatedValue['kind'];
    for (let k = 0; k < values.length; k++) {
      const at = values[k] as Located;
      const day = calendarDay(at.value);
      if (day < 0) continue;
      out.push(new DocumentDate(at, pattern, kind, day));
      if (kind !== 'texte' && i !== BIRTH && day < earliest) earliest = day;
      if (kind === 'past' || kind === 'texte') {
        if (day > latestPast) latestPast = day;
      } else if (kind === 'fin' && day > latestFin) latestFin = day;
    }
  }
  const pairsOutOfOrder: PairOutOfOrder[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const objects = pairs[i] as readonly Located[];
    if (objects.length === 0) continue;
    const pair = DATE_PAIRS[i] as (typeof DATE_PAIRS)[number];
    for (let k = 0; k < objects.length; k++) {
      const at = objects[k] as Located;
      const value = at.value;
      const start = calendarDay(prop(value, pair.start));
      if (start < 0) continue;
      const end = calendarDay(prop(value, pair.end));
      // The dates as strings only for a pair out of order.
      if (end >= 0 && start > end) pairsOutOfOrder.push(new PairOutOfOrder(i, at, calendarDate(prop(value, pair.start)) as string, calendarDate(prop(value, pair.end)) as string));
    }
  }
  return { dates: out, earliest, latestPast, latestFin, pairsOutOfOrder };
}
