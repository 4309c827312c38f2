import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutSlots } from './slot-layout.js';

describe('layoutSlots', () => {
  it('draws a night slot to midnight and continues it the next morning (Sunday → Monday)', () => {
    const { segments } = layoutSlots([
      { index: 0, day: 'vendredi', start: '21:00', end: '07:30' },
      { index: 1, day: 'dimanche', start: '22:00', end: '06:00' },
    ]);
    expect(segments.map((s) => [s.slot, s.day, s.from, s.to, s.continuation])).toEqual([
      [0, 4, 1260, 1440, false],
      [0, 5, 0, 450, true],
      [1, 6, 1320, 1440, false],
      [1, 0, 0, 360, true],
    ]);
  });

  it('places overlapping slots side by side, and the others full width', () => {
    const { segments } = layoutSlots([
      { index: 0, day: 'lundi', start: '09:00', end: '12:00' },
      { index: 1, day: 'lundi', start: '10:00', end: '11:00' },
      { index: 2, day: 'lundi', start: '11:00', end: '12:30' },
      { index: 3, day: 'lundi', start: '14:00', end: '15:00' },
    ]);
    const bySlot = new Map(segments.map((s) => [s.slot, [s.column, s.columns]]));
    expect([...bySlot.entries()].sort()).toEqual([
      [0, [0, 2]],
      [1, [1, 2]],
      [2, [1, 2]],
      [3, [0, 1]],
    ]);
  });

  it('leaves out the slots it cannot read, and says which', () => {
    expect(
      layoutSlots([
        { index: 0, day: 'jour', start: '09:00', end: '10:00' },
        { index: 1, day: 'lundi', start: '9h', end: '10:00' },
      ]).unplaced,
    ).toEqual([0, 1]);
  });

  it('never puts two overlapping pieces of a day in the same column', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const slot = fc.record({ day: fc.constantFrom('lundi', 'mardi', 'dimanche'), start: time, end: time });
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 30 }), (slots) => {
        const { segments, unplaced } = layoutSlots(slots.map((s, index) => ({ index, ...s })));
        expect(unplaced).toEqual([]);
        for (const a of segments) {
          expect(a.column).toBeLessThan(a.columns);
          for (const b of segments) {
            if (a !== b && a.day === b.day && a.from < b.to && b.from < a.to) expect(a.column).not.toBe(b.column);
          }
        }
      }),
    );
  });
});
