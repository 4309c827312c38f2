/**
 * The timetable of a PAG read once for its six rules (PAG-EDT-001…006): each
 * slot's fields in one object shape, its times in minutes, the engagement it
 * refers to and the ANS 2023 code of its prestation, and the slots of each
 * engagement identifier. Read defensively (any shape): a rule only reads the
 * fields its `reads` guarantee well-formed, the others may hold anything.
 *
 * L'emploi du temps lu une fois pour ses règles.
 */
import type { SerafinCode, SerafinConcept } from '@serafin-ph/nomenclature';
import { arrayOf, at, isObject } from '../../../json/access.js';
import type { JsonValue } from '../../../json/read-document.js';
import type { EngagementFact } from './facts.js';

/** Minutes in a day. */
export const DAY_MINUTES = 24 * 60;

/** `heureFin` of a slot that ends at midnight: written without `finLendemain`, it ends the next day at 00:00. */
export const MIDNIGHT = '00:00';

/** Minutes since midnight of `HH:MM` (NaN for a shorter string: the rules reading times run only when they are well-formed). */
function minutes(hhmm: string): number {
  return ((hhmm.charCodeAt(0) - 48) * 10 + hhmm.charCodeAt(1) - 48) * 60 + (hhmm.charCodeAt(3) - 48) * 10 + hhmm.charCodeAt(4) - 48;
}

/**
 * One slot of the timetable, as the rules read it. Every field is set by the
 * constructor, so that every slot has one object shape (the rules read them
 * in loops); a field the document does not give as the schema says is
 * `undefined` (NaN for the minutes).
 */
export class TimetableSlot {
  /** Normalised `precisionLieu` (trimmed, lower-cased), once PAG-EDT-004 has compared it. */
  normalisedPrecision: string | undefined = undefined;

  constructor(
    readonly jour: string | undefined,
    readonly heureDebut: string | undefined,
    readonly heureFin: string | undefined,
    /** Minutes since midnight of {@link heureDebut}. */
    readonly from: number,
    /** Minutes since midnight of {@link heureFin}. */
    readonly to: number,
    /** It ends the next day: `finLendemain` is `true`, or it ends at 00:00 (midnight) after starting later. */
    readonly overnight: boolean,
    /** Its times are in order (PAG-EDT-003): compared as strings, the order of well-formed `HH:MM`. */
    readonly wellFormed: boolean,
    /** Its length in minutes when {@link wellFormed}, else 0. */
    readonly length: number,
    readonly alternance: string | undefined,
    /** It has a `periode`. */
    readonly hasPeriode: boolean,
    readonly periodeType: string | undefined,
    readonly periodeDebut: string | undefined,
    readonly periodeFin: string | undefined,
    readonly lieu: string | undefined,
    readonly precisionLieu: string | undefined,
    readonly identifiantEngagement: string | undefined,
    /** It has a `prestation` or a `nature`. */
    readonly described: boolean,
    /** The engagement {@link identifiantEngagement} designates (the first of that identifier). */
    readonly engagement: EngagementFact | undefined,
    /** ANS 2023 code of its prestation. */
    readonly code: SerafinCode | undefined,
  ) {}
}

/** The timetable, read once. */
export interface Timetable {
  /** The slots, by index in `/annexes/emploiDuTemps`. */
  readonly slots: readonly TimetableSlot[];
  /** Some slot has an `alternance`. */
  readonly alternates: boolean;
  /** Indexes of the slots of each `identifiantEngagement`, in timetable order. */
  readonly byEngagement: ReadonlyMap<string, readonly number[]>;
}

/** The value when it is a string, else `undefined` (one function for every field: the reads below stay direct). */
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const NO_SLOT: Readonly<Record<string, unknown>> = {};

/**
 * Reads the timetable of `document`. The members are read as named
 * properties of each slot (a JSON object: data members only, none inherited
 * but those of `Object.prototype`, which no slot field is named after): a
 * generic keyed read with an own-property check per field costs several
 * times more on slots of many shapes.
 */
export function readTimetable(document: JsonValue, engagements: ReadonlyMap<string, EngagementFact>, slotConcepts: readonly (SerafinConcept | undefined)[]): Timetable {
  const raw = arrayOf(at(document, 'annexes', 'emploiDuTemps'));
  const slots: TimetableSlot[] = [];
  const byEngagement = new Map<string, number[]>();
  let alternates = false;
  for (let i = 0; i < raw.length; i++) {
    const value = raw[i];
    const s = (isObject(value) ? value : NO_SLOT) as { readonly [K in SlotField]?: unknown };
    const heureDebut = str(s.heureDebut);
    const heureFin = str(s.heureFin);
    const from = heureDebut === undefined ? NaN : minutes(heureDebut);
    const to = heureFin === undefined ? NaN : minutes(heureFin);
    // A slot that ends at midnight may be written `21:00`–`00:00` without `finLendemain` (« jusqu’à minuit ») : its end is
    // 00:00 the next day, the reading `finLendemain` gives. A slot that starts at 00:00 and ends at 00:00 stays ill-formed.
    const overnight = s.finLendemain === true || (heureFin === MIDNIGHT && heureDebut !== undefined && heureDebut !== MIDNIGHT);
    const wellFormed = heureDebut !== undefined && heureFin !== undefined && (overnight ? heureFin <= heureDebut : heureDebut < heureFin);
    const alternance = str(s.alternance);
    if (alternance !== undefined) alternates = true;
    const periode = s.periode;
    const p = (isObject(periode) ? periode : NO_SLOT) as { readonly type?: unknown; readonly dateDebut?: unknown; readonly dateFin?: unknown };
    const id = str(s.identifiantEngagement);
    if (id !== undefined) {
      const own = byEngagement.get(id);
      if (own === undefined) byEngagement.set(id, [i]);
      else own.push(i);
    }
    slots.push(
      new TimetableSlot(
        str(s.jour),
        heureDebut,
        heureFin,
        from,
        to,
        overnight,
        wellFormed,
        wellFormed ? to - from + (overnight ? DAY_MINUTES : 0) : 0,
        alternance,
        periode !== undefined,
        str(p.type),
        str(p.dateDebut),
        str(p.dateFin),
        str(s.lieu),
        str(s.precisionLieu),
        id,
        s.prestation !== undefined || s.nature !== undefined,
        id === undefined ? undefined : engagements.get(id),
        slotConcepts[i]?.code,
      ),
    );
  }
  return { slots, alternates, byEngagement };
}

type SlotField = 'jour' | 'heureDebut' | 'heureFin' | 'finLendemain' | 'alternance' | 'periode' | 'lieu' | 'precisionLieu' | 'identifiantEngagement' | 'prestation' | 'nature';
