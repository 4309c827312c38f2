import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import ajvUcs2length from 'ajv/dist/runtime/ucs2length.js';
import ajvEqual from 'ajv/dist/runtime/equal.js';
import { DATE_HEURE_PATTERN, DATE_PATTERN } from '@serafin-ph/pag-schema';
import { DATE_REGEX, DATE_TIME_REGEX, formats, isCalendarDate } from './formats.js';
import { appendErrors, equal, ucs2length } from './runtime.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

// The CommonJS helpers of Ajv, whichever way the interop presents them.
const ajvUcs2 = ((ajvUcs2length as unknown as { default?: unknown }).default ?? ajvUcs2length) as (s: string) => number;
const ajvEq = ((ajvEqual as unknown as { default?: unknown }).default ?? ajvEqual) as (a: unknown, b: unknown) => boolean;

const zodDate = z.iso.date();
const zodDateTime = z.iso.datetime({ offset: true });
const zodTime = z.iso.time();

const dateLike = fc.oneof(
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ maxLength: 12 }),
);
const timeLike = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })))
    .map(([h, m, s]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s === null ? '' : `:${String(s).padStart(2, '0')}`}`),
  fc.string({ maxLength: 8 }),
);
const offset = fc.constantFrom('Z', '+01:00', '-05:30', '+24:00', 'z', '', '+0100');

describe('formats used by the precompiled validators', () => {
  it('are the portable patterns of @serafin-ph/pag-schema, textually (one test decides both format and pattern)', () => {
    expect(DATE_REGEX.source).toBe(DATE_PATTERN.source);
    expect(DATE_TIME_REGEX.source).toBe(DATE_HEURE_PATTERN.source);
    expect(DATE_REGEX.test('2025-01-01\n')).toBe(false);
  });
  it('date accepts exactly what z.iso.date() accepts', () => {
    fc.assert(
      fc.property(dateLike, (s) => {
        expect(formats.date.validate(s)).toBe(zodDate.safeParse(s).success);
      }),
      { numRuns: runs(3_000) },
    );
    expect(formats.date.validate('2024-02-29')).toBe(true);
    expect(formats.date.validate('2023-02-29')).toBe(false);
  });
  it('date-time accepts exactly what z.iso.datetime({ offset: true }) accepts', () => {
    fc.assert(
      fc.property(dateLike, timeLike, fc.option(fc.constantFrom('.5', '.123', '.')), offset, (d, t, frac, o) => {
        const s = `${d}T${t}${frac ?? ''}${o}`;
        expect(formats['date-time'].validate(s)).toBe(zodDateTime.safeParse(s).success);
      }),
      { numRuns: runs(3_000) },
    );
  });
  it('time accepts exactly what z.iso.time() accepts', () => {
    fc.assert(
      fc.property(timeLike, (s) => {
        expect(formats.time.validate(s)).toBe(zodTime.safeParse(s).success);
      }),
      { numRuns: runs(2_000) },
    );
  });
});

describe('runtime helpers replacing ajv/dist/runtime', () => {
  it('ucs2length counts code points like Ajv', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(ucs2length(s)).toBe(ajvUcs2(s));
      }),
      { numRuns: runs(2_000) },
    );
  });
  it('equal compares JSON values like Ajv (fast-deep-equal)', () => {
    // fast-deep-equal calls an own `valueOf`/`toString` key as a method; JSON data may hold such keys, equal() treats them as data.
    const hasMethodKey = (v: unknown): boolean => /"(?:valueOf|toString)":/.test(JSON.stringify(v));
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (!hasMethodKey(a) && !hasMethodKey(b)) expect(equal(a, b)).toBe(ajvEq(a, b));
        expect(equal(a, JSON.parse(JSON.stringify(a)) as unknown)).toBe(true);
      }),
      { numRuns: runs(2_000) },
    );
  });
  it('equal treats keys named like methods as data', () => {
    expect(equal({ valueOf: '' }, {})).toBe(false);
    expect(equal({ valueOf: 1, toString: [2] }, { toString: [2], valueOf: 1 })).toBe(true);
  });
  it('appendErrors appends in place', () => {
    const target = [1, 2];
    expect(appendErrors(target, [3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });
});

describe('isCalendarDate is DATE_REGEX.test without the regular expression', () => {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  it('on 29 February, 28 February and 30 February of every year 0000–9999', () => {
    let differences = 0;
    for (let y = 0; y <= 9999; y++) {
      for (const md of ['02-28', '02-29', '02-30']) {
        const s = `${pad(y, 4)}-${md}`;
        if (isCalendarDate(s) !== DATE_REGEX.test(s)) differences++;
      }
    }
    expect(differences).toBe(0);
  });

  it('on every month 00–13 and day 00–32 of 60 years (leap rules, centuries, bounds)', () => {
    const years = [
      0,
      1,
      4,
      100,
      200,
      400,
      1600,
      1700,
      1800,
      1900,
      1996,
      1999,
      2000,
      2023,
      2024,
      2025,
      2100,
      2400,
      9996,
      9999,
      ...Array.from({ length: 40 }, (_, i) => (i * 251) % 10000),
    ];
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect([s, isCalendarDate(s)]).toEqual([s, DATE_REGEX.test(s)]);
        }
      }
    }
  });

  it('on near misses and arbitrary strings', () => {
    for (const s of [
      '2024-02-29 ',
      ' 2024-02-29',
      '2024-2-29',
      '2024/02/29',
      '２０２４-02-29',
      '2024-02-2９',
      '2024-02-29\n',
      '+2024-02-29',
      '-024-02-29',
      '2024-00-10',
      '2024-13-01',
      '0000-00-00',
      '2024-02-',
      '',
      'x',
    ]) {
      expect([s, isCalendarDate(s)]).toEqual([s, DATE_REGEX.test(s)]);
    }
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '3', '/', ' '), minLength: 8, maxLength: 11 })), (s) => {
        expect(isCalendarDate(s)).toBe(DATE_REGEX.test(s));
      }),
      { numRuns: runs(20_000) },
    );
  });
});
