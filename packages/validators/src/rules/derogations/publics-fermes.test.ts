import { readFileSync } from 'node:fs';
import { JDV_J328_CODES, JDV_J328_DEPRECATION_DATES } from '@serafin-ph/nomenclature/referentiels';
import { describe, expect, it } from 'vitest';
import { validate } from '../../index.js';
import type { ValidateOptions, ValidationIssue } from '../../index.js';
import { cleanConvention, cleanTableau, mutate } from '../../../test/support/documents.js';
import { describeRule, REFERENCE_DATE } from '../../../test/support/rule-test.js';

type Tableau = ReturnType<typeof cleanTableau>;
type Publics = NonNullable<NonNullable<Tableau['lignes'][number]['parametres']>['publics']>;
type Code = Publics['autorises'][number];

/** The vendored TRE_R403 list, read as data (not through the generated module the rule uses). */
interface R403Concept {
  readonly code: string;
  readonly level: number;
  readonly status: 'active' | 'deprecated';
  readonly dateFin?: string;
  readonly deprecationDate?: string;
  readonly [property: string]: unknown;
}
const R403 = JSON.parse(readFileSync(new URL('../../../../nomenclature/data/referentiels/tre-r403-public-activite-smsse-regulee.json', import.meta.url), 'utf8')) as {
  concepts: R403Concept[];
};
const LEVEL3 = R403.concepts.filter((c) => c.level === 3);
const DEPRECATED = LEVEL3.filter((c) => c.status === 'deprecated');
const ACTIVE = LEVEL3.filter((c) => c.status === 'active');

/** The example table whose row AGR-02 (index 1) authorises `autorises` and derogates to `deroges`. */
function tableWith(autorises: readonly string[], deroges: readonly string[]): Tableau {
  return mutate(cleanTableau(), (d) => {
    const p = d.lignes[1]?.parametres?.publics;
    if (p === undefined) throw new Error('row AGR-02 of the example table has publics');
    p.autorises = [...autorises] as Code[];
    p.deroges = [...deroges] as Code[];
  });
}

function issuesOf(document: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  return validate(document, { referenceDate: REFERENCE_DATE, ...options }).issues.filter((i) => i.ruleId === 'TAB-PARAMETRES-006');
}

describeRule('TAB-PARAMETRES-006', (t) => {
  t.passes(cleanTableau());
  t.fails(
    tableWith(['205'], ['437']),
    {
      path: '/lignes/1/parametres/publics/autorises/0',
      severity: 'warning',
      check: (issues) => {
        expect(issues).toHaveLength(1);
        expect(issues[0]?.message).toBe(
          'Ligne « AGR-02 » (2e) : le code de public 205 de « publics.autorises » a été fermé par l’ANS le 2021-11-26 (TRE_R403) : remplacez-le par un code actif de JDV_J328 qui décrit ce public.',
        );
        expect(issues[0]?.details).toEqual({ code: '205', dateFermeture: '2021-11-26' });
      },
    },
    undefined,
    'a closed code among the authorised publics (warning by default)',
  );
  t.fails(
    tableWith(['117'], ['437', '310']),
    { path: '/lignes/1/parametres/publics/deroges/1', severity: 'error' },
    { deprecatedCodes: 'error' },
    'among the derogated publics, error with deprecatedCodes: error',
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.annexeTableauDerogations = { mode: 'integre', tableau: tableWith(['110'], ['437']) };
    }),
    { path: '/annexeTableauDerogations/tableau/lignes/1/parametres/publics/autorises/0', severity: 'warning' },
    undefined,
    'in a table embedded in a convention',
  );
  t.passes(
    mutate(cleanConvention(), (d) => {
      d.annexeTableauDerogations = { mode: 'integre', tableau: tableWith(['117'], ['437']) };
    }),
    undefined,
    'a convention embedding a table of active codes',
  );
});

describe('TAB-PARAMETRES-006 against the vendored TRE_R403 list', () => {
  it('the list has 47 deprecated and 85 active level-3 codes, all deprecated on 2021-11-26', () => {
    expect(DEPRECATED).toHaveLength(47);
    expect(ACTIVE).toHaveLength(85);
    expect(LEVEL3.map((c) => c.code)).toEqual([...JDV_J328_CODES]);
    for (const c of DEPRECATED) {
      expect(c.deprecationDate?.slice(0, 10)).toBe('2021-11-26');
      expect(c.dateFin?.slice(0, 10)).toBe('2021-11-26');
    }
  });

  it('the generated list the rule reads is exactly the deprecated level-3 codes of the JSON, with their deprecation day', () => {
    expect(JDV_J328_DEPRECATION_DATES).toEqual(Object.fromEntries(DEPRECATED.map((c) => [c.code, c.deprecationDate?.slice(0, 10)])));
  });

  it('no deprecated concept names a replacement: the message always says to choose an active JDV_J328 code', () => {
    // If the ANS ever gives one (replacedBy, a "remplacé par" property), the rule must say what to write instead.
    for (const c of DEPRECATED) expect(Object.keys(c).filter((k) => /replac|rempla|successor/i.test(k))).toEqual([]);
  });

  it('fires on each deprecated code, by value, in both lists, at its pointer', () => {
    for (const c of DEPRECATED) {
      const issues = issuesOf(tableWith(['117', c.code], [c.code === '437' ? '438' : '437', c.code]));
      expect(issues.map((i) => [i.path, i.severity, i.details?.['code']])).toEqual([
        ['/lignes/1/parametres/publics/autorises/1', 'warning', c.code],
        ['/lignes/1/parametres/publics/deroges/1', 'warning', c.code],
      ]);
      expect(issues[0]?.message).toContain(`le code de public ${c.code} de « publics.autorises » a été fermé par l’ANS le 2021-11-26`);
      expect(issues[1]?.message).toContain('« publics.deroges »');
    }
  });

  it('fires on none of the active codes', () => {
    const codes = ACTIVE.map((c) => c.code);
    // Every active code in both lists of one row (the derogated list keeps one value outside the authorised one).
    expect(issuesOf(tableWith(codes.slice(1), codes))).toEqual([]);
    for (const code of codes) expect(issuesOf(tableWith([code], [code === '437' ? '438' : '437'])), code).toEqual([]);
  });

  it('follows the deprecatedCodes option, and says the same in English', () => {
    const doc = tableWith(['030'], ['437']);
    expect(issuesOf(doc).map((i) => i.severity)).toEqual(['warning']);
    expect(issuesOf(doc, { deprecatedCodes: 'warning' }).map((i) => i.severity)).toEqual(['warning']);
    expect(issuesOf(doc, { deprecatedCodes: 'error' }).map((i) => i.severity)).toEqual(['error']);
    expect(validate(doc, { referenceDate: REFERENCE_DATE }).valid).toBe(true);
    expect(validate(doc, { referenceDate: REFERENCE_DATE, deprecatedCodes: 'error' }).valid).toBe(false);
    expect(issuesOf(doc, { lang: 'en' })[0]?.message).toBe(
      "Row 'AGR-02' (2nd): public code 030 in `publics.autorises` was closed by the ANS on 2021-11-26 (TRE_R403): replace it with an active JDV_J328 code that describes this public.",
    );
  });
});
