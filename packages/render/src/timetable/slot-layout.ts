/**
 * Placing the slots of a weekly timetable: each slot becomes one or two
 * segments (a night slot, whose end is not after its start, runs to midnight
 * and continues the next day — Sunday night continues on Monday), and
 * segments that overlap on a day are placed side by side in columns.
 */

/** Days of the week, in timetable order (the schema's values). */
export const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** A slot as the timetable needs it. */
export interface SlotInput {
  /** Index of the slot in the document's timetable. */
  readonly index: number;
  /** Day, one of {@link DAYS}. */
  readonly day: string;
  /** Start, `HH:MM`. */
  readonly start: string;
  /** End, `HH:MM`; not after `start` for a night slot. */
  readonly end: string;
}

/** One drawn piece of a slot on one day. */
export interface Segment {
  /** Index of the slot. */
  readonly slot: number;
  /** Index of the day in {@link DAYS}. */
  readonly day: number;
  /** Start in minutes from midnight. */
  readonly from: number;
  /** End in minutes from midnight (1440 for midnight). */
  readonly to: number;
  /** The piece continues a night slot begun the day before. */
  readonly continuation: boolean;
  /** Column of the piece among the overlapping ones, from 0. */
  column: number;
  /** Number of columns of its group of overlapping pieces. */
  columns: number;
}

/** Minutes from midnight of `HH:MM`, or `undefined`. */
export function minutesOf(time: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}

/** The segments of the slots, with their columns. Slots whose day or hours cannot be read are left out (and returned apart). */
export function layoutSlots(slots: readonly SlotInput[]): { segments: Segment[]; unplaced: number[] } {
  const segments: Segment[] = [];
  const unplaced: number[] = [];
  for (const s of slots) {
    const day = (DAYS as readonly string[]).indexOf(s.day);
    const from = minutesOf(s.start);
    const to = minutesOf(s.end);
    if (day < 0 || from === undefined || to === undefined) {
      unplaced.push(s.index);
      continue;
    }
    if (to > from) {
      segments.push({ slot: s.index, day, from, to, continuation: false, column: 0, columns: 1 });
    } else {
      segments.push({ slot: s.index, day, from, to: 1440, continuation: false, column: 0, columns: 1 });
      if (to > 0) segments.push({ slot: s.index, day: (day + 1) % 7, from: 0, to, continuation: true, column: 0, columns: 1 });
    }
  }
  for (let day = 0; day < 7; day++) assignColumns(segments.filter((g) => g.day === day));
  return { segments, unplaced };
}

/** Interval partitioning: groups of overlapping segments, each segment in the first free column. */
function assignColumns(daySegments: Segment[]): void {
  daySegments.sort((a, b) => a.from - b.from || b.to - a.to || a.slot - b.slot);
  let group: Segment[] = [];
  let groupEnd = -1;
  let columnEnds: number[] = [];
  const close = () => {
    for (const g of group) g.columns = columnEnds.length;
  };
  for (const seg of daySegments) {
    if (seg.from >= groupEnd) {
      close();
      group = [];
      columnEnds = [];
    }
    let column = columnEnds.findIndex((end) => end <= seg.from);
    if (column < 0) {
      column = columnEnds.length;
      columnEnds.push(seg.to);
    } else {
      columnEnds[column] = seg.to;
    }
    seg.column = column;
    group.push(seg);
    groupEnd = Math.max(groupEnd, seg.to);
  }
  close();
}
