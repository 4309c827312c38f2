import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { CHARACTERS_PER_VALUE, countValuesInText, MIN_VALUE_BUDGET, overValueBudget, valueBudget } from './json-values.js';

/** Values of a parsed JSON value, the container included. */
function valuesOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + valuesOf(v), 0);
  if (value !== null && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + valuesOf(v), 0);
  return 1;
}

describe('countValuesInText', () => {
  it('counts every value of valid JSON, strings with commas, brackets and escaped quotes skipped', () => {
    const count = (text: string): number => countValuesInText(text, Infinity);
    expect(count('0')).toBe(1);
    expect(count('[]')).toBe(1);
    expect(count('[ \n ]')).toBe(1);
    expect(count('{}')).toBe(1);
    expect(count('[{},[],{ }]')).toBe(4);
    expect(count('{"a,[{":"b\\",{[","c":[1,2,{"d":null}]}')).toBe(7);
  });

  it('equals the number of values of the parsed text, for any JSON value written compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(countValuesInText(text, Infinity)).toBe(valuesOf(JSON.parse(text)));
      }),
      { numRuns: runs(300) },
    );
  });

  it('stops once past the bound', () => {
    const text = `[${'0,'.repeat(1000)}0]`;
    expect(countValuesInText(text, 10)).toBe(11);
    expect(countValuesInText(text, 5000)).toBe(1002);
  });
});

describe('overValueBudget', () => {
  it('refuses a text of more values than one per 16 characters once past the minimum, and nothing below', () => {
    const n = MIN_VALUE_BUDGET * 2;
    expect(overValueBudget(`[${'0,'.repeat(MIN_VALUE_BUDGET - 2)}0]`)).toBeUndefined();
    expect(overValueBudget(`[${'0,'.repeat(MIN_VALUE_BUDGET)}0]`)).toBe(MIN_VALUE_BUDGET);
    const empties = `[${'{},'.repeat(n * 4)}{}]`;
    expect(overValueBudget(empties)).toBe(Math.floor(empties.length / CHARACTERS_PER_VALUE));
    expect(overValueBudget(empties)).toBe(valueBudget(empties.length));
    expect(overValueBudget(`[${'{}              ,'.repeat(n)}{}]`)).toBeUndefined();
    expect(overValueBudget(`{"texte":"${'x,'.repeat(n)}"}`)).toBeUndefined();
  });
});

describe('valueBudget', () => {
  it('allows one value per 16 characters, and never fewer than the minimum', () => {
    expect(CHARACTERS_PER_VALUE).toBe(16);
    expect(valueBudget(1000)).toBe(MIN_VALUE_BUDGET);
    expect(valueBudget(16 * 1024 * 1024)).toBe(1024 * 1024);
  });
});
