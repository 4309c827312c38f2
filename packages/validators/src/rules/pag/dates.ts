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
import type { Located } from '../../json/expand.js';
import { DATE_PAIRS } from './support/date-positions.js';
import type { JsonValue } from '../../json/read-document.js';
import { calendarDate } from '../../dates.js';
import { PAG_SOURCES, pagRule, text } from './support/pag-rule.js';

export { PAG_DATES } from './support/date-positions.js';


const naissanceAvantTout = pagRule({
  id: 'PAG-DATES-001',
  severity: 'error',
  family: 'dates',
  title: text('Naissance avant toute autre date', 'Birth before any other date'),
  description: text(
    'Toutes les dates du PAG qui concernent la personne (demande, concertations, accords, décisions, engagements, mesures…) sont postérieures ou égales à sa date de naissance ; seules les dates de textes de référence (lois, délibérations, annexes) en sont exclues.',
    'Every date of the PAG about the person (request, meetings, agreements, decisions, engagements, measures…) is on or after the date of birth; only the dates of reference texts (laws, deliberations, annexes) are excluded.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/situation/personne/dateNaissance'],
  check: ({ facts, emit, show }) => {
    const birth = facts.dateNaissance;
    if (birth === undefined) return;
    for (const d of facts.dates()) {
      // The birth date's pattern has no wildcard: it is its pointer.
      if (d.kind === 'texte' || d.pattern === '/situation/personne/dateNaissance') continue;
      if (d.date >= birth) continue;
      // The birth date is personal data: the message never quotes it (nor other personal dates, through show()).
      const shown = show(d.path, d.date);
      emit(d.path, text(`Date ${shown} antérieure à la naissance de la personne.`, `Date ${shown} is before the person’s birth.`));
    }
  },
});

const debutAvantFin = pagRule({
  id: 'PAG-DATES-002',
  severity: 'error',
  family: 'dates',
  title: text('Début avant fin', 'Start before end'),
  description: text(
    'Élaboration avant validation, validation avant fin du PAG ; pour chaque engagement, dérogation, droit et mesure de protection, la date de début (ou d’ouverture) précède ou égale la date de fin (ou d’échéance).',
    'Elaboration before validation, validation before the end of the PAG; for each engagement, derogation, right and protection measure, the start (or opening) date is on or before the end (or expiry) date.',
  ),
  source: PAG_SOURCES.projet,
  reads: [],
  check: ({ facts, emit, show }) => {
    const objects = facts.datePairObjects();
    for (const [i, pair] of DATE_PAIRS.entries()) {
      for (const { path, value } of objects[i] as Located[]) {
        const start = calendarDate(prop(value, pair.start));
        const end = calendarDate(prop(value, pair.end));
        if (start === undefined || end === undefined || start <= end) continue;
        const s = show(`${path}/${pair.start}`, start);
        const e = show(`${path}/${pair.end}`, end);
        emit(`${path}/${pair.end}`, text(`« ${pair.end} » (${e}) précède « ${pair.start} » (${s}).`, `'${pair.end}' (${e}) is before '${pair.start}' (${s}).`), { debut: pair.start, fin: pair.end });
      }
    }
  },
});

const demandeAvantValidation = pagRule({
  id: 'PAG-DATES-003',
  severity: 'error',
  family: 'dates',
  title: text('Demande avant élaboration et validation', 'Request before elaboration and validation'),
  description: text('La demande (`demande.dateDemande`) précède l’élaboration et la validation du PAG.', 'The request (`demande.dateDemande`) comes before the PAG is drawn up and validated.'),
  source: PAG_SOURCES.projet,
  reads: [],
  check: ({ document, emit }) => {
    const root = document as unknown as JsonValue;
    const demande = calendarDate(at(root, 'demande', 'dateDemande'));
    if (demande === undefined) return;
    for (const key of ['dateElaboration', 'dateValidation'] as const) {
      const d = calendarDate(prop(root, key));
      if (d !== undefined && demande > d) {
        emit('/demande/dateDemande', text(`La demande (${demande}) est postérieure à « ${key} » (${d}).`, `The request (${demande}) is after '${key}' (${d}).`), { dateDemande: demande, [key]: d });
      }
    }
  },
});

const gosAvantValidation = pagRule({
  id: 'PAG-DATES-004',
  severity: 'error',
  family: 'dates',
  title: text('GOS et concertations avant la validation', 'GOS and meetings before validation'),
  description: text(
    'Le groupe opérationnel de synthèse (GOS) et les concertations qui préparent le plan ont lieu avant sa validation.',
    'The operational synthesis group (GOS) and the meetings that prepare the plan take place before it is validated.',
  ),
  source: PAG_SOURCES.pagType,
  reads: [],
  check: ({ document, emit }) => {
    const root = document as unknown as JsonValue;
    const validation = calendarDate(prop(root, 'dateValidation'));
    if (validation === undefined) return;
    arrayOf(at(root, 'demande', 'concertations')).forEach((c, i) => {
      const d = calendarDate(prop(c, 'date'));
      if (d === undefined || d <= validation) return;
      emit(`/demande/concertations/${i}/date`, text(`Concertation (${stringOf(prop(c, 'type')) ?? '?'}) du ${d}, après la validation du ${validation}.`, `Meeting (${stringOf(prop(c, 'type')) ?? '?'}) on ${d}, after the validation on ${validation}.`), {
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
  title: text('Pas de date future, sauf les dates prévues', 'No future date except planned dates'),
  description: text(
    'Les dates de faits (naissance, demande, concertations, accords, élaboration, validation, décisions, signatures…) ne sont pas postérieures à la date de référence (option `referenceDate`, à défaut la date du jour). Seules les dates prévues peuvent l’être : début et fin des engagements et dérogations, échéances, ouverture et échéance des droits, fin de mesure, prochaine révision, et fin d’un PAG non terminé.',
    'Dates of facts (birth, request, meetings, agreements, elaboration, validation, decisions, signatures…) are not after the reference date (`referenceDate` option, today by default). Only planned dates may be: start and end of engagements and derogations, deadlines, opening and expiry of rights, end of a measure, next revision, and the end of a PAG that has not ended.',
  ),
  source: PAG_SOURCES.projet,
  reads: [],
  check: ({ document, facts, options, emit, show }) => {
    const root = document as unknown as JsonValue;
    const ended = prop(root, 'statut') === 'termine';
    for (const d of facts.dates()) {
      const kind = d.kind;
      if (kind === 'planned' || (kind === 'fin' && !ended)) continue;
      if (d.date <= options.referenceDate) continue;
      // Personal dates (birth, measures) are masked by show().
      const shown = show(d.path, d.date);
      emit(d.path, text(`Date ${shown} postérieure à la date de référence (${options.referenceDate}).`, `Date ${shown} is after the reference date (${options.referenceDate}).`), {
        referenceDate: options.referenceDate,
      });
    }
  },
});

/** The date rules. */
export const datesRules = [naissanceAvantTout, debutAvantFin, demandeAvantValidation, gosAvantValidation, rienDansLeFutur];
