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

describe('options that are never silently ignored (vendor review of issue 19)', () => {
  const OPTIONS = ['lang', 'typeDocument', 'numbering', 'referenceDate', 'skipRules', 'deprecatedCodes', 'includePersonalData', 'messages', 'catalogues', 'optionNames'];
  const reported = (r: ValidationReport, option: string) => (r.optionIssues ?? []).filter((i) => i.details?.['option'] === option);
  /** Verdict and issues as without the option problem (`options` is given as it is: a getter is not read here). */
  const sameAsBaseline = (options: object, baselineOptions: Record<string, unknown> = {}): ValidationReport[] =>
    [valid, invalid].flatMap((doc) =>
      [validate, pagEntry.validatePag].map((entry) => {
        const baseline = entry(structuredClone(doc), { referenceDate: DATE, ...baselineOptions } as ValidateOptions);
        const report = entry(structuredClone(doc), options as ValidateOptions);
        expect(report.valid).toBe(baseline.valid);
        expect(ids(report)).toEqual(ids(baseline));
        for (const issue of report.optionIssues ?? []) expect(issue.ruleId).toBe('OPTIONS-INVALIDES');
        return report;
      }),
    );

  for (const option of OPTIONS.filter((o) => o !== 'referenceDate')) {
    it(`an options object whose ${option} getter throws: said once, in French, the verdict kept`, () => {
      const options = Object.defineProperty({ referenceDate: DATE }, option, {
        enumerable: true,
        get() {
          throw new Error('secret Jeanne Dupont');
        },
      });
      for (const report of sameAsBaseline(options)) {
        const said = reported(report, option);
        expect(said.map((i) => i.message)).toEqual([`Option « ${option} » illisible ; ignorée.`]);
        expect(JSON.stringify(report.optionIssues)).not.toContain('Jeanne');
      }
    });
  }

  it('an unreadable option is said in the requested language, and with messages: both in both', () => {
    const options = Object.defineProperty({ referenceDate: DATE, lang: 'en', messages: 'both' }, 'numbering', {
      enumerable: true,
      get() {
        throw new Error('unreadable');
      },
    });
    const report = validate(structuredClone(invalid), options as ValidateOptions);
    const [issue] = reported(report, 'numbering');
    expect(issue?.message).toBe('Unreadable "numbering" option; ignored.');
    expect(issue?.messages?.fr).toBe('Option « numbering » illisible ; ignorée.');
  });

  it("includePersonalData: 'yes' is no boolean: said, personal data stays masked", () => {
    // A value of the person's outside its list: quoted only with includePersonalData: true.
    const masked = mutate(cleanPag(), (d) => {
      (d.situation.personne as unknown as Record<string, unknown>)['sexe'] = 'X';
    });
    expect(JSON.stringify(validate(structuredClone(masked), { referenceDate: DATE, includePersonalData: true }).issues)).toContain('« X »');
    for (const entry of [validate, pagEntry.validatePag]) {
      const baseline = entry(structuredClone(masked), { referenceDate: DATE });
      const report = entry(structuredClone(masked), { referenceDate: DATE, includePersonalData: 'yes' as never });
      expect(report.issues).toEqual(baseline.issues);
      expect(JSON.stringify(report.issues)).not.toContain('« X »');
      expect(reported(report, 'includePersonalData').map((i) => i.message)).toEqual(['Option « includePersonalData » invalide, ignorée ; valeurs possibles : true, false.']);
    }
    for (const report of sameAsBaseline({ referenceDate: DATE, includePersonalData: 1 })) expect(reported(report, 'includePersonalData')).toHaveLength(1);
    for (const report of sameAsBaseline({ referenceDate: DATE, includePersonalData: false })) expect(report.optionIssues).toEqual([]);
  });

  it('optionNames other than api or cli is said (api is used)', () => {
    for (const report of sameAsBaseline({ referenceDate: DATE, optionNames: 'CLI' })) {
      expect(reported(report, 'optionNames').map((i) => i.message)).toEqual(['Option « optionNames » invalide, ignorée ; valeurs possibles : api, cli.']);
    }
  });

  it('unknown option names are said (the closest option suggested), the known options still honoured', () => {
    for (const report of sameAsBaseline({ referenceDate: DATE, lang: 'en', zz: 1, catalogues: [pagEntry.PAG_EN] }, { lang: 'en', catalogues: [pagEntry.PAG_EN] })) {
      expect(report.optionIssues).toEqual([
        {
          ruleId: 'OPTIONS-INVALIDES',
          severity: 'error',
          path: '',
          message: 'Unknown option, ignored: "zz".',
          details: { option: 'zz', unknown: ['zz'] },
        },
      ]);
    }
    const [typo] = validate(structuredClone(valid), { referenceDate: DATE, skiprules: ['PAG-CYCLE-001'] } as ValidateOptions).optionIssues;
    expect(typo?.message).toMatch(/^Option inconnue, ignorée : « skiprules » \(vouliez-vous dire skipRules \?\)\.$/);
    // An own member named __proto__ (JSON.parse of a configuration file) is an unknown name too, and pollutes nothing.
    const parsed = JSON.parse('{"__proto__": {"includePersonalData": true}, "lang": "fr"}') as ValidateOptions;
    const report = validate(structuredClone(valid), { ...parsed, referenceDate: DATE });
    expect(report.optionIssues?.map((i) => i.details)).toEqual([{ option: '__proto__', unknown: ['__proto__'] }]);
    expect(({} as Record<string, unknown>)['includePersonalData']).toBeUndefined();
  });

  it('structural and option rule ids in skipRules are said: they cannot be skipped, and still run', () => {
    const broken = mutate(cleanPag(), (d) => {
      (d as { statut: unknown }).statut = 'fini';
    });
    const baseline = validate(structuredClone(broken), { referenceDate: DATE });
    expect(ids(baseline).some((id) => id.startsWith('STRUCTURE-VALEUR'))).toBe(true);
    for (const entry of [validate, pagEntry.validatePag]) {
      const report = entry(structuredClone(broken), { referenceDate: DATE, skipRules: ['STRUCTURE-VALEUR', 'OPTIONS-INVALIDES', 'PAG-CYCLE-001'] });
      expect(report.issues.filter((i) => i.ruleId.startsWith('STRUCTURE-'))).toEqual(baseline.issues.filter((i) => i.ruleId.startsWith('STRUCTURE-')));
      expect(report.optionIssues).toEqual([
        expect.objectContaining({
          message: 'Option « skipRules » : « STRUCTURE-VALEUR », « OPTIONS-INVALIDES », contrôle de structure, ne s’ignore pas.',
          details: { option: 'skipRules', structural: ['STRUCTURE-VALEUR', 'OPTIONS-INVALIDES'] },
        }),
      ]);
    }
    for (const report of sameAsBaseline({ referenceDate: DATE, skipRules: ['STRUCTURE-TYPE'] })) expect(reported(report, 'skipRules')).toHaveLength(1);
  });

  it('an unknown-skipRules message quotes a bounded list: the first three ids, cut, then how many more', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `REGLE-${String(i).padStart(4, '0')}-${'x'.repeat(100)}`);
    const report = validate(structuredClone(valid), { referenceDate: DATE, skipRules: many as never });
    const [fr] = report.optionIssues ?? [];
    const cut = (id: string): string => `« ${id.slice(0, 40)}… »`;
    expect(fr?.message).toBe(`Option « skipRules » : identifiant de règle inconnu ${many.slice(0, 3).map(cut).join(', ')} et 997 autres (voir RULE_IDS) ; il est ignoré.`);
    expect(fr?.details).toEqual({ option: 'skipRules', unknown: many });
    const en = validate(structuredClone(valid), { referenceDate: DATE, lang: 'en', skipRules: ['A', 'B', 'C', 'D'] as never }).optionIssues?.[0];
    expect(en?.message).toBe('"skipRules" option: unknown rule id "A", "B", "C" and 1 more (see RULE_IDS); it is ignored.');
    const names = Object.fromEntries(many.map((n) => [n, 1]));
    const unknownNames = validate(structuredClone(valid), { referenceDate: DATE, ...names } as ValidateOptions).optionIssues?.[0];
    expect(unknownNames?.message.length).toBeLessThan(400);
    expect(unknownNames?.message).toContain('et 997 autres');
  });

  it('messages: both gives each option problem its own two languages, several problems of one option included', () => {
    const report = validate(structuredClone(invalid), {
      referenceDate: DATE,
      messages: 'both',
      skipRules: ['NOPE', 'STRUCTURE-TYPE'] as never,
      zz: 1,
      optionNames: 'cli',
    } as ValidateOptions);
    expect(report.optionIssues?.map((i) => [i.details?.['option'], i.messages?.fr === i.message, i.messages?.en.slice(0, 24)])).toEqual([
      ['zz', true, 'Unknown option, ignored:'],
      ['skipRules', true, '"skipRules" option: unkn'],
      ['skipRules', true, '"skipRules" option: "STR'],
    ]);
  });

  it('messages: both keeps every other option (optionNames: cli was dropped there: « numbering » instead of « --numbering »)', () => {
    const options = { referenceDate: DATE, numbering: 'cnsa-2018', optionNames: 'cli' } as const;
    const one = validate(cleanPag(), options).issues.filter((i) => i.ruleId === 'PAG-CODES-003');
    const both = validate(cleanPag(), { ...options, messages: 'both' }).issues.filter((i) => i.ruleId === 'PAG-CODES-003');
    expect(one.length).toBeGreaterThan(0);
    expect(one[0]?.message).toContain('option « --numbering »');
    expect(both.map((i) => i.message)).toEqual(one.map((i) => i.message));
    expect(both[0]?.messages?.en).toContain('--numbering');
  });

  it('options that are no object are said, whatever the entry point, and the verdict kept (they were dropped without a word)', () => {
    const baseline = ids(validate(structuredClone(invalid)));
    const cases: [unknown, string][] = [
      ['2025-12-01', 'string'],
      [5, 'number'],
      [true, 'boolean'],
      [10n, 'bigint'],
      [Symbol('x'), 'symbol'],
      [['fr'], 'array'],
      [() => ({ lang: 'en' }), 'function'],
    ];
    for (const [options, kind] of cases)
      for (const check of [validate, pagEntry.validatePag] as ((d: unknown, o?: unknown) => ValidationReport)[]) {
        const report = check(structuredClone(invalid), options);
        expect(ids(report)).toEqual(baseline);
        expect(report.optionIssues).toEqual([
          {
            ruleId: 'OPTIONS-INVALIDES',
            severity: 'error',
            path: '',
            message: `Options invalides : un objet est attendu (reçu : ${kind}) ; elles sont ignorées.`,
            details: { option: '', received: kind },
          },
        ]);
      }
    // No options: undefined and null, as usual; an empty object.
    for (const options of [undefined, null, {}]) expect(validate(structuredClone(valid), options as ValidateOptions).optionIssues).toEqual([]);
  });
});
