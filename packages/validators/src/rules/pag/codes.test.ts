import { describe, expect, it } from 'vitest';
import { validate } from '../../index.js';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule, REFERENCE_DATE } from '../../../test/support/rule-test.js';

type Pag = ReturnType<typeof cleanPag>;
const besoin = (d: Pag, i: number) => d.contexte.besoins[i] as Pag['contexte']['besoins'][number];
const prestation = (d: Pag, e: number, p: number) => d.engagements[e]?.prestations[p] as Pag['engagements'][number]['prestations'][number];

describeRule('PAG-CODES-001', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 1).prestation = { code: '2.4.1' };
    }),
    {
      path: '/engagements/0/prestations/1/prestation/code',
      severity: 'warning',
      check: (issues) => expect(issues[0]?.details).toMatchObject({ code: '2.4.1', replacedBy: '2.4' }),
    },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 1).prestation = { code: '2.4.1' };
    }),
    { severity: 'error' },
    { deprecatedCodes: 'error' },
    'error with deprecatedCodes: error',
  );
  // A deprecated need: the code of a public nomenclature is shown even inside `contexte` (a personal-data area).
  t.fails(
    mutate(cleanPag(), (d) => {
      besoin(d, 3).besoin = { code: '1.3.1.1' };
    }),
    {
      path: '/contexte/besoins/3/besoin/code',
      check: (issues) => {
        expect(issues[0]?.message).toBe('Le code 1.3.1.1 est désactivé (concept dupliqué) : utiliser 1.3.1.');
        expect(issues[0]?.details).toMatchObject({ code: '1.3.1.1', replacedBy: '1.3.1' });
      },
    },
    undefined,
    'need code in contexte shown',
  );
});

describeRule('PAG-CODES-002', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 1).prestation = { code: '3.1.1' } as never;
    }),
    {
      path: '/engagements/0/prestations/1/prestation/code',
      check: (issues) => {
        expect(issues[0]?.message).toMatch(/prestation indirecte/);
        expect(issues[0]?.details).toMatchObject({ code: '3.1.1', branche: 'prestation-indirecte', structure: 'STRUCTURE-VALEUR' });
      },
    },
    undefined,
    'indirect prestation in an engagement',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      besoin(d, 0).besoin = { code: '2.1.1' } as never;
    }),
    { path: '/contexte/besoins/0/besoin/code' },
    undefined,
    'prestation coded as a need',
  );
});

describeRule('PAG-CODES-003', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation = { code: '2.2.1.2' } as never;
    }),
    {
      path: '/engagements/0/prestations/0/prestation/code',
      check: (issues) => {
        expect(issues[0]?.message).toMatch(/CNSA 2018.*2\.2\.2/);
        expect(issues[0]?.details).toMatchObject({ remplacement: '2.2.2' });
      },
    },
    undefined,
    'CNSA code without numerotation',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation = { code: '9.9' } as never;
    }),
    { path: '/engagements/0/prestations/0/prestation/code' },
    undefined,
    'unknown everywhere',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation = { code: '2.2.1.2.9', numerotation: 'cnsa-2018' } as never;
    }),
    { path: '/engagements/0/prestations/0/prestation/code' },
    undefined,
    'unknown in CNSA',
  );
});

describeRule('PAG-CODES-004', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation = { code: '2.2.1.2', numerotation: 'cnsa-2018' };
    }),
    undefined,
    'CNSA code with an exact equivalent',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 1, 1).prestation = { code: '2.2.1', numerotation: 'cnsa-2018' };
    }),
    {
      path: '/engagements/1/prestations/1/prestation/code',
      severity: 'warning',
    },
  );
});

describeRule('PAG-CODES-005', (t) => {
  t.passes(cleanPag(), undefined, 'no numbering option');
  t.passes(
    mutate(cleanPag(), (d) => {
      for (const b of d.contexte.besoins) b.besoin = { ...b.besoin, numerotation: 'ans-2023' } as never;
      for (const e of d.engagements) for (const p of e.prestations) p.prestation = { ...p.prestation, numerotation: 'ans-2023' } as never;
      for (const s of d.annexes?.emploiDuTemps ?? []) s.prestation = { ...s.prestation, numerotation: 'ans-2023' } as never;
    }),
    { numbering: 'cnsa-2018' },
    'every code states its own numbering',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      for (const e of d.engagements) for (const p of e.prestations) if (p.prestation?.code === '2.2.2') p.prestation = { code: '2.2.1.2' } as never;
      for (const s of d.annexes?.emploiDuTemps ?? []) if (s.prestation?.code === '2.2.2') s.prestation = { code: '2.2.1.2' } as never;
    }),
    {
      severity: 'info',
      check: (issues) => expect(issues.some((i) => i.details?.['to'] === '2.2.2')).toBe(true),
    },
    { numbering: 'cnsa-2018' },
  );
});

describeRule('PAG-CODES-006', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation!.libelle = 'Accompagnements pour les actes de la vie quotidienne';
    }),
    { path: '/engagements/0/prestations/0/prestation/libelle', severity: 'warning' },
  );
});

describe('the numbering option', () => {
  it('translates bare CNSA 2018 codes to ANS 2023 before the structural check', () => {
    // 2.2.1.2 (CNSA) = 2.2.2 (ANS): invalid as ANS, valid once translated. Every other code states ans-2023.
    const doc = mutate(cleanPag(), (d) => {
      for (const b of d.contexte.besoins) b.besoin = { ...b.besoin, numerotation: 'ans-2023' } as never;
      for (const e of d.engagements) for (const p of e.prestations) p.prestation = { ...p.prestation, numerotation: 'ans-2023' } as never;
      for (const s of d.annexes?.emploiDuTemps ?? []) s.prestation = { ...s.prestation, numerotation: 'ans-2023' } as never;
      prestation(d, 0, 0).prestation = { code: '2.2.1.2' } as never;
    });
    expect(validate(doc, { referenceDate: REFERENCE_DATE }).valid).toBe(false);
    const report = validate(doc, { referenceDate: REFERENCE_DATE, numbering: 'cnsa-2018' });
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  it('reports a bare code without an exact ANS equivalent instead of reading it as ANS', () => {
    const doc = mutate(cleanPag(), (d) => {
      prestation(d, 1, 1).prestation = { code: '2.2.1' };
    });
    const report = validate(doc, { referenceDate: REFERENCE_DATE, numbering: 'cnsa-2018' });
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.ruleId)).toContain('PAG-CODES-003');
  });
  it('never changes the caller’s document', () => {
    const doc = mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation = { code: '2.2.1.2' } as never;
    });
    validate(doc, { numbering: 'cnsa-2018' });
    expect(prestation(doc, 0, 0).prestation?.code).toBe('2.2.1.2');
  });
});

describeRule('PAG-CODES-007', (t) => {
  const declared = (d: Pag): void => {
    for (const b of d.contexte.besoins) (b.besoin as { numerotation?: string }).numerotation = 'ans-2023';
    for (const e of d.engagements) for (const p of e.prestations) (p.prestation as { numerotation?: string }).numerotation = 'ans-2023';
  };
  t.passes(mutate(cleanPag(), declared), undefined, 'every code declares its numbering');
  t.passes(
    mutate(cleanPag(), (d) => {
      declared(d);
      besoin(d, 0).besoin = { code: '1.2.1.2' };
    }),
    undefined,
    'a bare code that means the same in CNSA 2018',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      declared(d);
      prestation(d, 0, 0).prestation = { code: '2.2.1' };
      besoin(d, 1).besoin = { code: '1.1.1' };
      prestation(d, 1, 0).prestation = { code: '2.2.1' };
    }),
    {
      path: '/contexte/besoins/1/besoin/code',
      severity: 'info',
      check: (issues) => {
        // once per document, every such code listed once
        expect(issues).toHaveLength(1);
        expect(issues[0]?.details).toMatchObject({ codes: ['1.1.1', '2.2.1'] });
        expect(issues[0]?.message).toContain('Les codes 1.1.1, 2.2.1, sans « numerotation », sont lus en ANS 2023');
        expect(issues[0]?.message).toContain('numbering cnsa-2018');
      },
    },
    undefined,
    'CNSA 2018 homonyms',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      declared(d);
      prestation(d, 0, 0).prestation = { code: '2.2.1' };
    }),
    {
      check: (issues) => expect(issues[0]?.message).toContain('validez avec --numbering cnsa-2018'),
    },
    { optionNames: 'cli' },
    'the CLI flag named with optionNames: cli',
  );
});

describe('PAG-CODES-007 is silent when the numbering option reads bare codes in another numbering', () => {
  it('numbering: cnsa-2018', () => {
    const doc = mutate(cleanPag(), (d) => {
      prestation(d, 0, 0).prestation = { code: '2.2.1' };
    });
    expect(validate(doc, { referenceDate: REFERENCE_DATE, numbering: 'cnsa-2018' }).issues.filter((i) => i.ruleId === 'PAG-CODES-007')).toEqual([]);
  });
});
