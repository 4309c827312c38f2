/**
 * Date coherence rules of the PAG: birth before everything, starts before
 * ends, the request and the GOS before the validation, nothing in the future
 * of the reference date except planned dates.
 *
 * Each date is read defensively (a malformed date has its own structural
 * issue and is skipped here), so one broken date does not silence the checks
 * of the others.
 *
 * Cohérence des dates du PAG.
 */
import { at, arrayOf, prop, stringOf } from '../../json/access.js';
import { DATE_PAIRS } from './support/date-positions.js';
import { calendarDay, type DocumentDate, type PairOutOfOrder } from './support/date-reading.js';
import type { JsonValue } from '../../json/read-document.js';
import { calendarDate } from '../../dates.js';
import { pagRule, msg } from './support/pag-rule.js';

export { PAG_DATES } from './support/date-positions.js';

const naissanceAvantTout = pagRule({
  id: 'PAG-DATES-001',
  severity: 'error',
  family: 'dates',
  reads: ['/situation/personne/dateNaissance'],
  check: ({ facts, emit, show }) => {
    const birth = facts.dateNaissance;
    if (birth === undefined) return;
    const reading = facts.dateReading();
    const born = calendarDay(birth);
    // Nothing before the birth: no date to walk.
    if (reading.earliest >= born) return;
    const dates = reading.dates;
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i] as DocumentDate;
      // The birth date's pattern has no wildcard: it is its pointer.
      if (d.kind === 'texte' || d.pattern === '/situation/personne/dateNaissance') continue;
      if (d.day >= born) continue;
      // The birth date is personal data: the message never quotes it (nor other personal dates, through show()).
      const shown = show(d.path, d.date, d.pattern);
      emit(d.path, msg('PAG-DATES-001#1', { shown }));
    }
  },
});

/** The patterns of the start and end dates of each pair (`DATE_PAIRS`), for `show`. */
const PAIR_PATTERNS: readonly (readonly [string, string])[] = DATE_PAIRS.map((p) => [`${p.object}/${p.start}`, `${p.object}/${p.end}`]);

const debutAvantFin = pagRule({
  id: 'PAG-DATES-002',
  severity: 'error',
  family: 'dates',
  reads: [],
  check: ({ facts, emit, show }) => {
    const pairs = facts.dateReading().pairsOutOfOrder;
    for (let i = 0; i < pairs.length; i++) {
      const { pair: p, at, start, end } = pairs[i] as PairOutOfOrder;
      const pair = DATE_PAIRS[p] as (typeof DATE_PAIRS)[number];
      // The pointer is built only for a pair out of order.
      const path = at.path;
      const patterns = PAIR_PATTERNS[p] as readonly [string, string];
      const s = show(`${path}/${pair.start}`, start, patterns[0]);
      const e = show(`${path}/${pair.end}`, end, patterns[1]);
      emit(`${path}/${pair.end}`, msg('PAG-DATES-002#1', { end: pair.end, e, start: pair.start, s }), { debut: pair.start, fin: pair.end });
    }
  },
});

const demandeAvantValidation = pagRule({
  id: 'PAG-DATES-003',
  severity: 'error',
  family: 'dates',
  reads: [],
  check: ({ document, facts, emit }) => {
    const demande = calendarDate(at(document as unknown as JsonValue, 'demande', 'dateDemande'));
    if (demande === undefined) return;
    for (const key of ['dateElaboration', 'dateValidation'] as const) {
      const d = facts[key];
      if (d !== undefined && demande > d) {
        emit('/demande/dateDemande', msg('PAG-DATES-003#1', { demande, key, d }), { dateDemande: demande, [key]: d });
      }
    }
  },
});

// A GOS or meeting after the validation is a review of the plan (TRE_R421: « si le coordonnateur de parcours l’estime
// nécessaire, un bilan est élaboré »), recorded in the plan it reviews: information, never an error (probe 3, PAG 16).
const gosAvantValidation = pagRule({
  id: 'PAG-DATES-004',
  severity: 'info',
  family: 'dates',
  reads: [],
  check: ({ document, facts, emit }) => {
    const validation = facts.dateValidation;
    if (validation === undefined) return;
    arrayOf(at(document as unknown as JsonValue, 'demande', 'concertations')).forEach((c, i) => {
      const d = calendarDate(prop(c, 'date'));
      if (d === undefined || d <= validation) return;
      emit(`/demande/concertations/${i}/date`, msg('PAG-DATES-004#1', { value: stringOf(prop(c, 'type')) ?? '?', d, validation }), {
        date: d,
        dateValidation: validation,
      });
    });
  },
});

const rienDansLeFutur = pagRule({
  id: 'PAG-DATES-005',
  severity: 'error',
  family: 'dates',
  reads: [],
  check: ({ facts, options, emit, show }) => {
    const ended = facts.statut === 'termine';
    const reading = facts.dateReading();
    const reference = calendarDay(options.referenceDate);
    // No past date, text date (nor end of an ended PAG) after the reference date: no date to walk.
    if (reading.latestPast <= reference && (!ended || reading.latestFin <= reference)) return;
    const dates = reading.dates;
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i] as DocumentDate;
      const kind = d.kind;
      if (kind === 'planned' || (kind === 'fin' && !ended)) continue;
      // A date-time is after the reference date when it is both as written and in UTC (probe 5, PAG 19: updated after
      // midnight at Mayotte, +03:00, while it was still the reference day in metropolitan France).
      if (d.day <= reference || d.utcDay <= reference) continue;
      // Personal dates (birth, measures) are masked by show().
      const shown = show(d.path, d.date, d.pattern);
      emit(d.path, msg('PAG-DATES-005#1', { shown, referenceDate: options.referenceDate }), {
        referenceDate: options.referenceDate,
      });
    }
  },
});

/** The date rules. */
export const datesRules = [naissanceAvantTout, debutAvantFin, demandeAvantValidation, gosAvantValidation, rienDansLeFutur];
