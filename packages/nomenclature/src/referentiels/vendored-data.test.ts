/**
 * The generated modules against the vendored JSON: every concept byte for
 * byte, counts, hierarchy invariants, cross-checks between lists, freshness of
 * the generated files, and (when available) the vendored files against the
 * shared reference snapshot they were copied from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staleGeneratedFiles } from '../../../../scripts/lib/generated-files.js';
import { LIST_SPECS, referentielsGenerator, withSupplement } from '../../scripts/generators/referentiels.js';
import { normalizeDisplay } from '../text/normalize.js';
import * as api from '../referentiels.js';
import { CodeList } from './code-list.js';
import { HierarchicalCodeList } from './hierarchical-code-list.js';
import { MultiSystemValueSet } from './multi-system-value-set.js';
import type { ReferentielConcept } from './types.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(packageRoot, 'data', 'referentiels');
const sharedDir = process.env['SERAFIN_SHARED_REFERENTIELS'] ?? join(packageRoot, '..', '..', '..', 'shared', 'reference', 'referentiels');

type Json = Record<string, unknown>;
const dataFileOf = (spec: (typeof LIST_SPECS)[number]): string => `${spec.dir ?? 'data/referentiels'}/${spec.file}`;
const readRaw = (file: string): Json => JSON.parse(readFileSync(join(packageRoot, file), 'utf8')) as Json;
/** The vendored file, with the concepts of its supplement (data/referentiels-supplements/) when it has one. */
const readJson = (spec: (typeof LIST_SPECS)[number]): Json =>
  spec.supplement === undefined ? readRaw(dataFileOf(spec)) : withSupplement(readRaw(dataFileOf(spec)), readRaw(spec.supplement), spec.supplement);
const prefixOf = (spec: (typeof LIST_SPECS)[number]): string => spec.prefix ?? spec.id;
const exported = api as unknown as Record<string, unknown>;

/** Source key → key in the generated concept (same name unless listed). */
const RENAMED: Record<string, string> = {
  inJDV_J254_ESSMS_PH: 'inJdvJ254EssmsPh',
  displayInJDV_J254: 'displayInJdvJ254',
  parentInTRE_R397: 'parentInTreR397',
};

describe('every list of LIST_SPECS is exported with its tuple, guard and object', () => {
  it.each(LIST_SPECS.map((s) => [prefixOf(s), s] as const))('%s', (_id, spec) => {
    const list = exported[spec.object];
    const json = readJson(spec);
    const sourceConcepts = json['concepts'] as Json[];
    if (spec.kind === 'multi-system') {
      expect(list).toBeInstanceOf(MultiSystemValueSet);
      const vs = list as MultiSystemValueSet;
      expect(exported[`${prefixOf(spec)}_CODINGS`]).toEqual(sourceConcepts.map((c) => ({ system: c['system'], code: c['code'] })));
      expect(exported[`${prefixOf(spec)}_TOKENS`]).toEqual(sourceConcepts.map((c) => `${String(c['system'])}|${String(c['code'])}`));
      expect(typeof exported[`is${spec.stem}Coding`]).toBe('function');
      expect(typeof exported[`is${spec.stem}Token`]).toBe('function');
      expect(vs.members).toHaveLength(sourceConcepts.length);
    } else {
      expect(list).toBeInstanceOf(spec.kind === 'hierarchical' ? HierarchicalCodeList : CodeList);
      expect(exported[`${prefixOf(spec)}_CODES`]).toEqual(sourceConcepts.map((c) => c['code']));
      expect(typeof exported[`is${spec.stem}Code`]).toBe('function');
      expect((list as CodeList).codes).toEqual(sourceConcepts.map((c) => c['code']));
    }
  });
});

describe('concepts equal the vendored JSON byte for byte', () => {
  for (const spec of LIST_SPECS) {
    it(`${prefixOf(spec)} (${spec.file})`, () => {
      const json = readJson(spec);
      const source = json['concepts'] as Json[];
      if (spec.kind === 'multi-system') {
        const members = (exported[spec.object] as MultiSystemValueSet).members;
        source.forEach((c, i) => {
          const m = members[i]!;
          expect({ system: m.system, code: m.code, display: m.display }).toEqual({ system: c['system'], code: c['code'], display: c['display'] });
          expect(m.systemVersion).toBe(c['systemVersion']);
          expect(m.displaySource).toBe(c['displaySource']);
          expect(m.displayNormalized).toBe(normalizeDisplay(m.display));
        });
        return;
      }
      const concepts = (exported[spec.object] as CodeList).concepts as readonly (ReferentielConcept & Json)[];
      expect(concepts).toHaveLength(source.length);
      source.forEach((c, i) => {
        const g = concepts[i]!;
        for (const [key, value] of Object.entries(c)) {
          if (key === 'system') {
            expect(value).toBe((exported[spec.object] as CodeList).system);
          } else if (key === 'designations') {
            const expected = (value as Json[]).map((d) => ({ language: d['language'], use: d['use'], value: d['value'] }));
            expect(g.designations?.map((d) => ({ language: d.language, use: `${d.use.system}|${d.use.code} (${d.use.display})`, value: d.value }))).toEqual(expected);
          } else {
            expect(g[RENAMED[key] ?? key], `${spec.id} ${String(c['code'])} ${key}`).toStrictEqual(value);
          }
        }
        // nothing invented: every generated key comes from the source (plus displayNormalized)
        const allowed = new Set([
          'displayNormalized',
          ...Object.keys(c)
            .filter((k) => k !== 'system')
            .map((k) => RENAMED[k] ?? k),
        ]);
        expect(Object.keys(g).filter((k) => !allowed.has(k))).toEqual([]);
        expect(g.displayNormalized).toBe(normalizeDisplay(g.display));
      });
    });
  }
});

describe('metadata', () => {
  it.each(LIST_SPECS.map((s) => [prefixOf(s), s] as const))('%s: metadata equals the vendored file', (_id, spec) => {
    const json = readJson(spec);
    const { metadata } = exported[spec.object] as CodeList | MultiSystemValueSet;
    expect(metadata.id).toBe(spec.id);
    for (const key of ['name', 'title', 'url', 'oid', 'version', 'date', 'status', 'source'] as const) {
      expect(metadata[key], key).toBe(json[key]);
    }
    expect(metadata.description).toBe(json['description']);
    expect(metadata.dataFile).toBe(dataFileOf(spec));
    expect(metadata.origin).toBe(spec.id === 'MESURE_PROTECTION_JURIDIQUE' ? 'serafin-ph' : 'ans');
    expect(metadata.partial).toBe(spec.id === 'TRE_R66');
    expect(metadata.hierarchical).toBe(spec.kind === 'hierarchical');
  });

  it('counts equal declaredCount (or the expansion total) wherever one is declared', () => {
    let checked = 0;
    for (const spec of LIST_SPECS) {
      const json = readJson(spec);
      const list = exported[spec.object] as CodeList | MultiSystemValueSet;
      const declared = (json['declaredCount'] ?? json['expansionTotal'] ?? null) as number | null;
      expect(list.metadata.declaredCount).toBe(declared);
      if (declared === null || list.metadata.partial) continue;
      expect(list.size, spec.id).toBe(declared);
      checked++;
    }
    expect(checked).toBe(20); // TRE_R240, TRE_R217, JDV_J264 (transcribed), JDV_J11 declare none; TRE_R66 is partial; every imported value set stores its expansion total
  });

  it('figures per list', () => {
    const sizes = Object.fromEntries(LIST_SPECS.map((s) => [prefixOf(s), (exported[s.object] as CodeList | MultiSystemValueSet).size]));
    expect(sizes).toEqual({
      TRE_R420: 76,
      JDV_J401: 14,
      JDV_J402: 62,
      TRE_R421: 9,
      TRE_R422: 2,
      TRE_R327: 7,
      TRE_R417: 19,
      TRE_R426: 8,
      JDV_J408: 12,
      TRE_R403: 161,
      TRE_R213: 60,
      TRE_R240: 2,
      JDV_J264: 4,
      TRE_R66: 81,
      TRE_R217: 3,
      JDV_J11: 37,
      JDV_J398: 2,
      JDV_J400: 3,
      JDV_J403: 9,
      JDV_J404: 2,
      JDV_J394: 19,
      JDV_J399: 352,
      JDV_J30: 2,
      JDV_J264_V20260601120000: 4,
      MESURE_PROTECTION_JURIDIQUE: 10,
    });
  });

  it('draft lists are flagged draft', () => {
    const drafts = LIST_SPECS.filter((s) => (exported[s.object] as CodeList).metadata.status === 'draft').map((s) => s.id);
    expect(drafts).toEqual([
      'TRE_R420',
      'JDV_J401',
      'JDV_J402',
      'TRE_R421',
      'TRE_R422',
      'TRE_R417',
      'TRE_R426',
      'JDV_J408',
      'JDV_J398',
      'JDV_J400',
      'JDV_J403',
      'JDV_J404',
      'JDV_J394',
      'JDV_J399',
      'MESURE_PROTECTION_JURIDIQUE',
    ]);
  });

  it('TRE_R66 is a partial extract: 80 of 322 codes, plus 500 (EHPAD) from its supplement', () => {
    const { treR66CategorieEtablissement: r66, TRE_R66_SOURCE_DETAILS } = api;
    expect(r66.metadata.partial).toBe(true);
    expect(r66.metadata.declaredCount).toBe(322);
    expect(r66.size).toBe(81);
    expect(TRE_R66_SOURCE_DETAILS.extract.complete).toBe(false);
    expect(TRE_R66_SOURCE_DETAILS.extract.extractedCount).toBe(80);
    expect(TRE_R66_SOURCE_DETAILS.supplement.codes).toEqual(['500']);
    expect(r66.lookup('500')?.display).toBe("Etablissement d'hébergement pour personnes âgées dépendantes");
    expect(r66.codes.indexOf('500')).toBe(r66.codes.indexOf('464') + 1);
    expect(r66.concepts.filter((c) => c.inJdvJ254EssmsPh)).toHaveLength(24);
  });

  it('status counts of TRE_R403 and TRE_R213 match the counts recorded by the extractor', () => {
    const count = (list: CodeList, status: string): number => list.concepts.filter((c) => c.status === status).length;
    expect([count(api.treR403PublicActivite, 'active'), count(api.treR403PublicActivite, 'deprecated')]).toEqual([113, 48]);
    expect([1, 2, 3].map((l) => api.treR403PublicActivite.concepts.filter((c) => c.level === l).length)).toEqual([8, 21, 132]);
    expect([count(api.treR213ModePriseEnCharge, 'active'), count(api.treR213ModePriseEnCharge, 'deprecated')]).toEqual([37, 23]);
    expect(api.JDV_J328_CODES).toHaveLength(132);
  });
});

describe('hierarchy invariants', () => {
  const hierarchical = [api.treR420DroitPrestation, api.treR403PublicActivite] as const;
  it.each(hierarchical.map((l) => [l.id, l] as const))('%s: parents exist, levels follow parents, no cycle', (_id, list) => {
    for (const c of list.concepts) {
      expect(c.level, c.code).toBeTypeOf('number');
      if (c.parent === undefined) {
        expect(c.level, c.code).toBe(1);
        continue;
      }
      const parent = list.lookup(c.parent);
      expect(parent, `parent of ${c.code}`).toBeDefined();
      expect(c.level).toBe(parent!.level! + 1);
      const seen = new Set<string>([c.code]);
      for (let p: string | undefined = c.parent; p !== undefined; p = list.lookup(p)?.parent) {
        expect(seen.has(p), `cycle at ${c.code}`).toBe(false);
        seen.add(p);
      }
    }
  });

  it('TRE_R420: 14 roots, 62 level-2 codes each under a root', () => {
    const r420 = api.treR420DroitPrestation;
    expect(r420.roots()).toHaveLength(14);
    expect(r420.concepts.filter((c) => c.level === 2)).toHaveLength(62);
  });
});

describe('cross-checks between lists', () => {
  it('JDV_J401 = level-1 concepts of TRE_R420 (code, display, definition)', () => {
    const level1 = api.treR420DroitPrestation.concepts.filter((c) => c.level === 1);
    expect(api.jdvJ401CategorieDroitPrestationMs.concepts.map((c) => [c.code, c.display, c.definition])).toEqual(level1.map((c) => [c.code, c.display, c.definition]));
    expect(api.jdvJ401CategorieDroitPrestationMs.system).toBe(api.TRE_R420_SYSTEM);
  });

  it('JDV_J402 = level-2 concepts of TRE_R420 (code, display, parent), as a set', () => {
    const level2 = api.treR420DroitPrestation.concepts.filter((c) => c.level === 2);
    const key = (c: ReferentielConcept): string => `${c.code}\u0000${c.display}\u0000${c.parent ?? ''}`;
    expect(api.jdvJ402TypeDroitPrestationMs.concepts.map(key).sort()).toEqual(level2.map(key).sort());
  });

  it('the TRE_R426 part of JDV_J408 is TRE_R426', () => {
    const part = api.jdvJ408OrientationMs.expand({ system: api.TRE_R426_SYSTEM });
    expect(part.map((m) => [m.code, m.display]).sort()).toEqual(api.treR426Orientation.concepts.map((c) => [c.code, c.display]).sort());
  });

  it('the TRE_R213 members of JDV_J264 carry the TRE_R213 displays', () => {
    for (const m of api.jdvJ264ModePriseEnChargeMdph.expand({ system: api.TRE_R213_SYSTEM })) {
      expect(api.treR213ModePriseEnCharge.lookup(m.code)?.display).toBe(m.display);
    }
  });

  it('the TRE_R217 members of JDV_J11 are TRE_R217', () => {
    const part = api.jdvJ11RelationPatientCisis.expand({ system: api.TRE_R217_SYSTEM });
    expect(part.map((m) => [m.code, m.display])).toEqual(api.treR217ProtectionJuridique.concepts.map((c) => [c.code, c.display]));
  });

  it('TRE_R66 codes flagged in JDV_J254 with another display are exactly 242', () => {
    expect(api.treR66CategorieEtablissement.concepts.filter((c) => c.displayInJdvJ254 !== undefined).map((c) => [c.code, c.display, c.displayInJdvJ254])).toEqual([
      ['242', 'Service d’Activité de Jour', "Service d'Activité de Jour"],
    ]);
  });
});

describe('generated files', () => {
  it('are up to date (run `pnpm --filter @serafin-ph/nomenclature run generate`)', () => {
    expect(staleGeneratedFiles(packageRoot, referentielsGenerator.run())).toEqual([]);
  });

  it('every generated module starts with the banner', () => {
    for (const f of referentielsGenerator.run()) expect(f.content.startsWith('/*\n * GENERATED FILE, DO NOT EDIT.')).toBe(true);
  });
});

describe.skipIf(!existsSync(sharedDir))('vendored files equal the shared reference snapshot', () => {
  it('every file of the snapshot is vendored byte for byte', () => {
    const files = readdirSync(sharedDir).filter((f) => f.endsWith('.json') || f === 'REPORT.md');
    expect(files.length).toBeGreaterThanOrEqual(17);
    for (const f of files) {
      expect(readFileSync(join(dataDir, f)).equals(readFileSync(join(sharedDir, f))), f).toBe(true);
    }
  });

  it('every vendored ANS file comes from the snapshot', () => {
    const vendored = readdirSync(dataDir).filter((f) => f.endsWith('.json') && !f.startsWith('serafin-ph-'));
    for (const f of vendored) expect(existsSync(join(sharedDir, f)), f).toBe(true);
  });
});
