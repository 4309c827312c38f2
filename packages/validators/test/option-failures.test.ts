/**
 * Options that fail when read never change the verdict. A `skipRules` or
 * `catalogues` list that throws when read (a proxy, a failing getter), and a
 * catalogue of the caller's whose messages throw, are not strings or are
 * missing, are reported in `optionIssues`; the document keeps the issues and
 * the verdict of a validation without them. Before: such a list made a valid
 * PAG invalid (`STRUCTURE-INTERNE`), and on `./pag` a throwing English
 * catalogue dropped every issue, so that an invalid PAG came back valid with
 * no issue at all.
 *
 * Une option qui échoue à la lecture ne change jamais le verdict.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import * as pagEntry from '../src/pag.js';
import type { ValidateOptions, ValidationReport } from '../src/index.js';
import { cleanPag, mutate } from './support/documents.js';

const DATE = '2025-12-01';
const valid = cleanPag();
const invalid = mutate(cleanPag(), (d) => {
  (d as { consentement: unknown }).consentement = {};
});

/** An array whose `trap` member throws when read. */
function throwingList(items: unknown[], trap: PropertyKey): unknown[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (key === trap) throw new Error('unreadable');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const everything = new Proxy(
  {},
  {
    get() {
      throw new Error('unreadable');
    },
  },
);

const ids = (r: ValidationReport): string[] => r.issues.map((i) => `${i.ruleId} ${i.severity} ${i.path}`);
const optionsReported = (r: ValidationReport): unknown[] => (r.optionIssues ?? []).map((i) => i.details?.['option']);

describe('options that fail when read', () => {
  const lists: [string, Partial<Record<'skipRules' | 'catalogues', unknown>>, string][] = [];
  for (const trap of ['length', '0', Symbol.iterator]) {
    lists.push([`skipRules whose ${String(trap)} throws`, { skipRules: throwingList(['PAG-CYCLE-001'], trap) }, 'skipRules']);
    lists.push([`catalogues whose ${String(trap)} throws`, { catalogues: throwingList([pagEntry.PAG_EN], trap) }, 'catalogues']);
  }
  lists.push(['a catalogue whose rules throw when read', { catalogues: [{ lang: 'en', rules: everything }] }, 'catalogues']);

  for (const [label, options, option] of lists) {
    it(`${label}: same verdict and issues, the option reported`, () => {
      for (const doc of [valid, invalid]) {
        for (const entry of [validate, pagEntry.validatePag]) {
          const baseline = entry(structuredClone(doc), { referenceDate: DATE });
          const report = entry(structuredClone(doc), { referenceDate: DATE, ...options } as ValidateOptions);
          expect(report.valid).toBe(baseline.valid);
          expect(ids(report)).toEqual(ids(baseline));
          expect(optionsReported(report)).toContain(option);
        }
      }
    });
  }
});

describe("a caller's catalogue whose messages fail", () => {
  const keys = Object.keys(pagEntry.PAG_EN.rules.pag ?? {});
  // The structural messages of PAG_EN kept: only the rule messages fail.
  const { structure } = pagEntry.PAG_EN as unknown as { structure: unknown };
  const catalogue = (pag: unknown): pagEntry.MessageCatalogue => ({ lang: 'en', rules: { pag: pag as never }, structure }) as pagEntry.MessageCatalogue;
  const withEntries = (entry: unknown): pagEntry.MessageCatalogue => catalogue(Object.fromEntries(keys.map((k) => [k, entry])));
  const catalogues: [string, pagEntry.MessageCatalogue][] = [
    [
      'messages that throw',
      withEntries(() => {
        throw new Error('template');
      }),
    ],
    ['messages that are not text', withEntries(42)],
    ['messages that return no text', withEntries(() => undefined)],
    ['no message at all', catalogue({})],
    ['a table of messages that throws when read', catalogue(everything)],
  ];
  for (const [label, catalogue] of catalogues) {
    it(`${label}: the verdict and issues of ./pag kept, every message a sentence, the catalogue reported`, () => {
      for (const doc of [valid, invalid]) {
        for (const messages of ['lang', 'both'] as const) {
          const baseline = pagEntry.validatePag(structuredClone(doc), { referenceDate: DATE });
          const report = pagEntry.validatePag(structuredClone(doc), { referenceDate: DATE, lang: 'en', messages, catalogues: [catalogue] });
          expect(report.valid).toBe(baseline.valid);
          expect(ids(report)).toEqual(ids(baseline));
          expect(baseline.issues.length).toBeGreaterThan(0);
          for (const issue of report.issues) {
            expect(typeof issue.message).toBe('string');
            // Never the catalogue key (« PAG-CODES-007#1 »): the entry point's own message instead.
            expect(issue.message).not.toMatch(/^[A-Z]+-[A-Z]+-\d{3}#\d+$/);
            expect(issue.message.length).toBeGreaterThan(20);
          }
          expect(optionsReported(report)).toContain('catalogues');
        }
      }
    });
  }

  it('a sound catalogue of the caller is used as given, and nothing is reported', () => {
    const own = withEntries('Custom message.');
    const report = pagEntry.validatePag(structuredClone(invalid), { referenceDate: DATE, lang: 'en', catalogues: [own] });
    expect(report.issues.filter((i) => i.ruleId.startsWith('PAG-')).every((i) => i.message === 'Custom message.')).toBe(true);
    expect(report.optionIssues).toEqual([]);
    const english = pagEntry.validatePag(structuredClone(invalid), { referenceDate: DATE, lang: 'en', catalogues: [pagEntry.PAG_EN] });
    expect(english.optionIssues).toEqual([]);
    expect(english.issues[0]?.message).toMatch(/^Prior agreement missing/);
  });
});
