/**
 * The reviewed correspondence table (data/numbering/) against the vendored
 * sources: evidence present and exact, coverage, labels never invented, and
 * the generated modules up to date.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staleGeneratedFiles } from '../../../../scripts/lib/generated-files.js';
import { checkNumberingData, loadNumberingData, numberingGenerator, rorCnsaNumber, stripRorNumber, type NumberingData } from '../../scripts/generators/numbering.js';
import { ROR_R265_ENTRIES } from '../generated/ror.js';
import { foldForSearch, normalizeDisplay } from '../text/normalize.js';
import { numberingConcept, numberingCodes, toAns2023 } from './index.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = loadNumberingData(packageRoot);
const evidence = new Map(data.evidence.evidence.map((e) => [e.id, e]));
const ans = JSON.parse(readFileSync(join(packageRoot, 'data/serafin/ans-2023.json'), 'utf8')) as {
  concepts: { code: string; display: string; [k: string]: unknown }[];
};
const ror = JSON.parse(readFileSync(join(packageRoot, 'data/serafin/ror-tre-r265.json'), 'utf8')) as {
  id: string;
  libelle_adapte: string;
  [k: string]: unknown;
}[];
const ansByCode = new Map(ans.concepts.map((c) => [c.code, c]));
const rorById = new Map(ror.map((r) => [r.id, r]));

describe('data/numbering: evidence', () => {
  it('the checker finds no problem', () => {
    expect(checkNumberingData(data)).toEqual([]);
  });
  it('every row, relation, reason and CNSA concept cites evidence that exists', () => {
    const cited = [
      ...data.mapping.rows.map((r) => [r.id, r.evidence] as const),
      ...data.mapping.related.map((r) => [r.id, r.evidence] as const),
      ...Object.entries(data.mapping.reasons).map(([k, r]) => [k, r.evidence] as const),
      ...data.cnsa.concepts.map((c) => [c.code, c.evidence] as const),
    ];
    expect(cited).toHaveLength(110 + 3 + 5 + 109);
    for (const [id, ids] of cited) {
      expect(ids.length, id).toBeGreaterThan(0);
      for (const e of ids) expect(evidence.has(e), `${id} cites ${e}`).toBe(true);
    }
  });
  it('every quote occurs byte for byte in the vendored field it cites (independent re-check)', () => {
    let checked = 0;
    for (const e of data.evidence.evidence) {
      if (e.kind !== 'quote') continue;
      if (e.file === 'data/serafin/REPORT.md') {
        expect(readFileSync(join(packageRoot, e.file), 'utf8').includes(e.quote ?? '\u0000'), e.id).toBe(true);
        continue;
      }
      const table: Map<string, Record<string, unknown>> | undefined =
        e.file === 'data/serafin/ans-2023.json' ? ansByCode : e.file === 'data/serafin/ror-tre-r265.json' ? rorById : undefined;
      expect(table, e.id).toBeDefined();
      for (const key of e.records ?? []) {
        const value = table?.get(key)?.[e.field ?? ''];
        expect(typeof value === 'string' && value.includes(e.quote ?? '\u0000'), `${e.id} in [${key}]`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(120);
  });
  it('every absence is real', () => {
    for (const e of data.evidence.evidence.filter((x) => x.kind === 'absence')) {
      const values = e.file === 'data/serafin/ans-2023.json' ? ans.concepts.map((c) => c[e.field ?? '']) : ror.map((r) => r[e.field ?? '']);
      expect(values.length).toBeGreaterThan(0);
      expect(
        values.filter((v) => typeof v === 'string' && new RegExp(e.pattern ?? '').test(v)),
        e.id,
      ).toEqual([]);
    }
  });
  it('external evidence names its source and quotes it', () => {
    for (const e of data.evidence.evidence.filter((x) => x.kind === 'external')) {
      expect(e.source.length, e.id).toBeGreaterThan(10);
      expect(e.quote?.length ?? 0, e.id).toBeGreaterThan(10);
    }
  });
  it('the checker does fail on a tampered quote, a missing code and an invented label', () => {
    const tampered = structuredClone(data) as NumberingData;
    const quote = tampered.evidence.evidence.find((e) => e.id === 'ror-011');
    if (quote) quote.quote = '2.2.1.1 Accompagnements pour la vie quotidienne';
    tampered.mapping.rows = tampered.mapping.rows.filter((r) => r.id !== 'ans:3.2.5');
    const unknownLabel = tampered.cnsa.concepts.find((c) => c.code === '2.2.1');
    if (unknownLabel) unknownLabel.label = 'Prestations en matière d’autonomie';
    const problems = checkNumberingData(tampered);
    expect(problems.some((p) => p.startsWith('evidence ror-011: quote not found'))).toBe(true);
    expect(problems).toContain('ans-2023 3.2.5: in no row');
    expect(problems).toContain('ror-r265 072: in no row');
    expect(problems.some((p) => p.startsWith('cnsa 2.2.1: '))).toBe(true);
  });
});

describe('data/numbering: coverage and rows', () => {
  it('covers every ANS code, every ROR id and every CNSA concept exactly once', () => {
    const col = (c: 'ans-2023' | 'cnsa-2018' | 'ror-r265'): string[] => data.mapping.rows.flatMap((r) => (r[c] === null ? [] : [r[c] as string]));
    expect(col('ans-2023').sort()).toEqual(ans.concepts.map((c) => c.code).sort());
    expect(col('ror-r265').sort()).toEqual(ror.map((r) => r.id).sort());
    expect(col('cnsa-2018').sort()).toEqual(data.cnsa.concepts.map((c) => c.code).sort());
  });
  it('a ROR id is aligned with the CNSA number of its published libellé court', () => {
    expect(['BLOC 2', '2,1', '(2.3.4.4)', '2.2.1.1'].map(rorCnsaNumber)).toEqual(['2', '2.1', '2.3.4.4', '2.2.1.1']);
    for (const row of data.mapping.rows) {
      if (row['ror-r265'] === null) continue;
      expect(rorCnsaNumber(String(rorById.get(row['ror-r265'])?.['libelle_court'])), row.id).toBe(row['cnsa-2018']);
    }
  });
  it('ANS and CNSA codes differ only where ANS 2023 flattened the numbering', () => {
    const differing = data.mapping.rows.filter((r) => r['ans-2023'] !== null && r['cnsa-2018'] !== null && r['ans-2023'] !== r['cnsa-2018']);
    expect(differing.map((r) => `${r['cnsa-2018']}=${r['ans-2023']}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `1.1.1.${i + 1}=1.1.${i + 1}`),
      '2.2.1.1=2.2.1',
      '2.2.1.2=2.2.2',
      '2.2.1.3=2.2.3',
    ]);
  });
  it('ANS and ROR labels agree except on the documented label differences', () => {
    const normalized: string[] = [];
    const folded: string[] = [];
    for (const row of data.mapping.rows) {
      if (row['ans-2023'] === null || row['ror-r265'] === null) continue;
      const a = ansByCode.get(row['ans-2023'])?.display ?? '';
      const r = stripRorNumber(rorById.get(row['ror-r265'])?.libelle_adapte ?? '');
      // Apostrophes and œ aside, every difference is documented in the row note.
      if (normalizeDisplay(a) !== normalizeDisplay(r)) normalized.push(row['ans-2023']);
      if (foldForSearch(a) !== foldForSearch(r)) folded.push(row['ans-2023']);
      expect(normalizeDisplay(a) !== normalizeDisplay(r), row.id).toBe(/^Libellés différents/.test(row.note ?? ''));
    }
    expect(normalized).toEqual(['2', '2.3.5.2', '3', '3.1', '3.1.1.2', '3.1.4.2', '3.1.5.1', '3.1.5.2', '3.2.4.2', '3.2.4.3']);
    // Beyond case and accents, only these differ in wording.
    expect(folded).toEqual(['2', '2.3.5.2', '3', '3.1.4.2', '3.1.5.1', '3.1.5.2', '3.2.4.3']);
  });
  it('inferred rows say why in a note or through evidence, and the non-equivalent relations are all inferred "wider"', () => {
    const inferred = data.mapping.rows.filter((r) => r.review === 'inferred').map((r) => r.id);
    expect(inferred).toEqual([
      'ans:1',
      'ans:1.1',
      'cnsa:1.1.1',
      'ans:1.1.4',
      'ans:1.1.5',
      'ans:1.1.6',
      'ans:1.1.7',
      'ans:1.1.8',
      'ans:1.1.9',
      'ans:1.3.1.1',
      'ans:1.3.5.1',
      'cnsa:2.2.1',
    ]);
    expect(data.mapping.related.map((r) => [r.id, r.equivalence, r.review])).toEqual([
      ['cnsa:1.1.1>ans:1.1', 'wider', 'inferred'],
      ['cnsa:2.2.1>ans:2.2', 'wider', 'inferred'],
      ['cnsa:2.2.1>ror:010', 'wider', 'inferred'],
    ]);
  });
});

describe('data/numbering: CNSA labels are quoted or marked as not established', () => {
  it('labels that are not established', () => {
    const missing = data.cnsa.concepts.filter((c) => c.label === null);
    expect(missing.map((c) => c.code)).toEqual(['1', '1.1', '1.1.1', '1.1.1.4', '1.1.1.5', '1.1.1.6', '1.1.1.7', '1.1.1.8', '1.1.1.9', '1.3.1.1', '1.3.5.1', '2.2.1']);
    for (const c of missing) {
      expect(c.labelStatus).toBe('not-established');
      expect(c.note?.length ?? 0, c.code).toBeGreaterThan(20);
    }
  });
  it('CNSA concepts whose existence is only inferred', () => {
    expect(data.cnsa.concepts.filter((c) => c.existence === 'inferred').map((c) => c.code)).toEqual(['1.1', '1.1.1', '1.3.1.1', '1.3.5.1', '2.2.1']);
  });
  it('every quoted label occurs, next to its number, in its evidence', () => {
    for (const c of data.cnsa.concepts.filter((x) => x.label !== null)) {
      const quote = evidence.get(c.labelEvidence ?? '')?.quote ?? '';
      expect(quote, c.code).toContain(c.label);
      expect(quote.replace(/[()]/g, ''), c.code).toContain(c.code);
    }
  });
  it('the API returns exactly the data labels (no label invented, none lost)', () => {
    expect(numberingCodes('cnsa-2018')).toEqual(data.cnsa.concepts.map((c) => c.code));
    for (const c of data.cnsa.concepts) {
      const concept = numberingConcept(c.code, 'cnsa-2018');
      expect(concept?.display, c.code).toBe(c.label);
      expect(concept?.labelStatus).toBe(c.label === null ? 'not-established' : 'quoted');
      expect(concept?.existence).toBe(c.existence);
      expect(concept?.level).toBe(c.level);
    }
  });
  it('the ROR label stripper keeps the CNSA label only', () => {
    expect(stripRorNumber("(2.3.4.4 Accompagnements après la sortie de l'ESMS)")).toBe("Accompagnements après la sortie de l'ESMS");
    expect(stripRorNumber("BLOC 2 Prestations de soins et d'accompagnement")).toBe("Prestations de soins et d'accompagnement");
    expect(stripRorNumber('2.2.1.1 Accompagnements pour les actes de la vie quotidienne')).toBe('Accompagnements pour les actes de la vie quotidienne');
  });
});

describe('ROR labels of the numbering API (core entry) against the full ROR entries (./ror entry)', () => {
  it('every TRE_R265 entry gives the same display and status, and its libellé adapté the CNSA label', () => {
    expect(ROR_R265_ENTRIES).toHaveLength(72);
    for (const e of ROR_R265_ENTRIES) {
      const ror = numberingConcept(e.code, 'ror-r265');
      expect([ror?.display, ror?.status, ror?.labelStatus], e.code).toEqual([e.display, e.status, 'published']);
      const cnsa = data.mapping.rows.find((r) => r['ror-r265'] === e.code)?.['cnsa-2018'] ?? '';
      const concept = numberingConcept(cnsa, 'cnsa-2018');
      expect(concept?.display, e.code).toBe(stripRorNumber(e.libelleAdapte ?? ''));
      expect(concept?.conceptId).toBe(ror?.conceptId);
    }
  });
  it('labels are stored once: a CNSA label equal to the ANS display (or its normalised form) is read from it', () => {
    expect(numberingConcept('2.3.1.1', 'cnsa-2018')?.display).toBe("Accompagnements à l'expression du projet personnalisé");
    expect(numberingConcept('2.3.1.1')?.display).toBe('Accompagnements à l’expression du projet personnalisé');
    expect(numberingConcept('016', 'ror-r265')?.display).toBe("Accompagnements à l'expression du projet personnalisé");
    expect(numberingConcept('032', 'ror-r265')).toMatchObject({ display: "(Accompagnements après la sortie de l'ESMS)", status: 'retired' });
    expect(numberingConcept('2.3.4.4', 'cnsa-2018')?.display).toBe("Accompagnements après la sortie de l'ESMS");
    expect(toAns2023('032', 'ror-r265')).toBeUndefined();
  });
});

describe('generated numbering modules', () => {
  it('are up to date with data/numbering (run `pnpm generate` if this fails)', () => {
    const files = numberingGenerator.run();
    expect(files.map((f) => f.path)).toEqual(['src/generated/numbering-table.ts', 'src/generated/numbering-labels.ts', 'src/generated/numbering-evidence.ts']);
    expect(staleGeneratedFiles(packageRoot, files)).toEqual([]);
  });
  it('keep evidence texts out of the core table', () => {
    const table = readFileSync(join(packageRoot, 'src/generated/numbering-table.ts'), 'utf8');
    expect(table).not.toContain('fiche descriptive');
    expect(table).not.toContain('Accompagnements');
    expect(table.length).toBeLessThan(5000);
    const labels = readFileSync(join(packageRoot, 'src/generated/numbering-labels.ts'), 'utf8');
    expect(labels).not.toContain('fiche descriptive');
    expect(labels.length).toBeLessThan(4000);
  });
});
