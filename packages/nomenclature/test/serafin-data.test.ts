/**
 * The generated modules reproduce the vendored ANS/ROR snapshot byte for byte,
 * and the published hierarchy holds its invariants.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BESOIN_CODES, PRESTATION_DIRECTE_CODES, PRESTATION_INDIRECTE_CODES, SERAFIN_CODES, SERAFIN_VALUE_SETS, lookup, valueSet } from '../src/index.js';
import { SERAFIN_DEFINITIONS } from '../src/definitions.js';
import { ROR_R265_ENTRIES, ROR_R266_ENTRIES } from '../src/ror.js';
import { SERAFIN_CONCEPTS } from '../src/generated/serafin-concepts.js';
import { packageRoot } from './package-root.js';

const read = (p: string): unknown => JSON.parse(readFileSync(join(packageRoot, p), 'utf8'));
const ans = read('data/serafin/ans-2023.json') as {
  codesystem_url: string;
  codesystem_version: string;
  concepts: {
    code: string;
    display: string;
    parent: string | null;
    smt_type: string | null;
    deprecated: boolean;
    deprecation_reason?: string;
    definition?: string;
    created: string;
    modified?: string;
    branch: string;
    jdv_display: string;
    children: string[];
  }[];
};
const valueSets = read('data/serafin/valuesets.json') as { name: string; oid: string; url: string; version: string; concepts: { code: string; display: string }[] }[];
const r265 = read('data/serafin/ror-tre-r265.json') as { id: string; display: string; libelle_court: string; libelle_adapte: string; status: string; dateFin?: string }[];
const r266 = read('data/serafin/ror-tre-r266.json') as { id: string; label: string; designation_short?: string }[];

describe('ANS CodeSystem terminologie-SERAFINPH 2023.1.0', () => {
  it('has 107 concepts: 101 active, 6 deprecated, 100 definitions', () => {
    expect(SERAFIN_CODES).toHaveLength(107);
    expect(SERAFIN_CONCEPTS.filter((c) => c.status === 'active')).toHaveLength(101);
    expect(SERAFIN_CONCEPTS.filter((c) => c.status === 'deprecated').map((c) => c.code)).toEqual(['1.2.1', '1.3.1.1', '1.3.5.1', '2.4.1', '3.2.2.1', '3.2.3.1']);
    expect(Object.keys(SERAFIN_DEFINITIONS)).toHaveLength(100);
    expect([BESOIN_CODES.length, PRESTATION_DIRECTE_CODES.length, PRESTATION_INDIRECTE_CODES.length]).toEqual([35, 37, 35]);
  });

  it.each(ans.concepts.map((c) => [c.code, c] as const))('concept %s matches the vendored data byte for byte', (code, source) => {
    const concept = lookup(code, { definitions: SERAFIN_DEFINITIONS });
    expect(concept).toBeDefined();
    expect(concept?.display).toBe(source.display);
    expect(concept?.parent).toBe(source.parent);
    expect(concept?.status).toBe(source.deprecated ? 'deprecated' : 'active');
    expect(concept?.deprecationReason).toBe(source.deprecation_reason);
    expect(concept?.definition).toBe(source.definition);
    expect(concept?.level).toBe(source.smt_type === null ? null : source.smt_type === 'BLOC' ? 1 : Number(source.smt_type.slice(-1)));
    expect(concept?.branch).toBe(source.branch.replace('_', '-'));
    // The normalised display is the display of the JDV files.
    expect(concept?.displayNormalized).toBe(source.jdv_display);
  });

  it('writes every concept row with the published values, keys in the same order (the rows are generated as positional calls)', () => {
    const expected = ans.concepts.map((c) => ({
      code: c.code,
      display: c.display,
      parent: c.parent,
      level: c.smt_type === null ? null : c.smt_type === 'BLOC' ? 1 : Number(c.smt_type.slice(-1)),
      type: c.smt_type,
      branch: c.branch.replace('_', '-'),
      status: c.deprecated ? 'deprecated' : 'active',
      ...(c.deprecation_reason === undefined ? {} : { deprecationReason: c.deprecation_reason }),
      created: c.created,
      ...(c.modified === undefined ? {} : { modified: c.modified }),
    }));
    // JSON text compares values, keys and their order at once; no row has a key set to undefined.
    expect(JSON.stringify(SERAFIN_CONCEPTS)).toBe(JSON.stringify(expected));
    for (const row of SERAFIN_CONCEPTS) expect(Object.values(row)).not.toContain(undefined);
  });

  it("lists each value set's members in published order, whether written out or shared with a branch list", () => {
    const published = new Map(valueSets.map((vs) => [/^JDV_(J28[2-5])_/.exec(vs.name)?.[1], vs]));
    for (const key of ['J282', 'J283', 'J284', 'J285'] as const) {
      expect(SERAFIN_VALUE_SETS[key].codes).toEqual(published.get(key)?.concepts.map((c) => c.code));
    }
  });

  it('keeps the published oddities verbatim', () => {
    expect(lookup('3.1.1.2')?.display).toBe('Gestion des ressources humaines, de la Gestion previsionnelle des emplois et des competences et du dialogue socIal');
    expect(lookup('3.2.4.3')?.display).toBe('Transports liés à l’autonomie et la participation sociale');
    expect(lookup('1.3.3')?.display).toContain("l'insertion");
    expect(lookup('1.2')?.display).toBe('Besoins en matière d’autonomie');
    for (const c of ['1.2.1.1', '1.2.1.2', '1.2.1.3', '1.2.1.4']) expect(lookup(c)?.parent).toBe('1.2');
    expect(lookup('1.1.10')?.level).toBe(4);
    expect(lookup('1.2.1.1')?.level).toBe(3);
  });
});

describe('hierarchy invariants', () => {
  const byCode = new Map<string, (typeof SERAFIN_CONCEPTS)[number]>(SERAFIN_CONCEPTS.map((c) => [c.code, c]));
  it('every parent exists, in the same block, and no cycle', () => {
    for (const c of SERAFIN_CONCEPTS) {
      const seen = new Set<string>([c.code]);
      let p = c.parent;
      while (p !== null) {
        const parent = byCode.get(p);
        expect(parent, `${c.code} → ${p}`).toBeDefined();
        expect(parent?.branch).toBe(c.branch);
        expect(seen.has(p)).toBe(false);
        seen.add(p);
        p = parent?.parent ?? null;
      }
    }
  });
  it('branches 1/2/3 are closed: every active concept reaches its block, and codes start with the block digit', () => {
    const roots = { besoins: '1', 'prestations-directes': '2', 'prestations-indirectes': '3' } as const;
    for (const c of SERAFIN_CONCEPTS) {
      expect(c.code.split('.')[0]).toBe(roots[c.branch]);
      if (c.status === 'deprecated' || c.parent === null) continue;
      let top: string = c.code;
      while (byCode.get(top)?.parent) top = byCode.get(top)?.parent ?? top;
      expect(top).toBe(roots[c.branch]);
    }
  });
  it('children as published match the generated children index', () => {
    for (const c of ans.concepts) {
      const fromParents = SERAFIN_CONCEPTS.filter((x) => x.parent === c.code)
        .map((x) => x.code)
        .sort();
      expect(fromParents).toEqual([...c.children].sort());
    }
  });
});

describe('value sets JDV_J282–J285', () => {
  it.each(['J282', 'J283', 'J284', 'J285'] as const)('%s matches the vendored value set exactly', (id) => {
    const row = SERAFIN_VALUE_SETS[id];
    const source = valueSets.find((v) => v.name === row.name);
    expect(source).toBeDefined();
    expect([row.url, row.oid, row.version]).toEqual([source?.url, source?.oid, source?.version]);
    expect(
      valueSet(id)
        .expand()
        .map((e) => ({ code: e.code, display: e.display })),
    ).toEqual(source?.concepts);
  });
  it('J283 ∪ J284 ∪ J285 cover exactly the 107 concepts', () => {
    const union = new Set([...valueSet('J283').codes, ...valueSet('J284').codes, ...valueSet('J285').codes]);
    expect([...union].sort()).toEqual([...SERAFIN_CODES].sort());
  });
});

describe('ROR TRE_R265 and TRE_R266', () => {
  it('has 72 + 4 entries matching the vendored data byte for byte', () => {
    expect(ROR_R265_ENTRIES).toHaveLength(72);
    expect(ROR_R266_ENTRIES).toHaveLength(4);
    for (const [i, e] of ROR_R265_ENTRIES.entries()) {
      const s = r265[i];
      expect([e.code, e.display, e.libelleCourt, e.libelleAdapte, e.dateFin]).toEqual([s?.id, s?.display, s?.libelle_court, s?.libelle_adapte, s?.dateFin]);
    }
    for (const [i, e] of ROR_R266_ENTRIES.entries()) {
      expect([e.code, e.display, e.libelleCourt]).toEqual([r266[i]?.id, r266[i]?.label, r266[i]?.designation_short]);
    }
  });
  it('032 is retired since 2023-03-31 and the others are active', () => {
    expect(ROR_R265_ENTRIES.filter((e) => e.status !== 'active').map((e) => [e.code, e.dateFin])).toEqual([['032', '2023-03-31T12:00:00+01:00']]);
  });
});

const shared = join(packageRoot, '../../../shared/reference/serafin');
describe.skipIf(!existsSync(shared))('vendored files equal ../shared/reference/serafin', () => {
  it.each(['ans-2023.json', 'valuesets.json', 'ror-tre-r265.json', 'ror-tre-r266.json'])('%s', (f) => {
    expect(readFileSync(join(packageRoot, 'data/serafin', f))).toEqual(readFileSync(join(shared, f)));
  });
});
