/**
 * The PAG bundles against the profiles they follow: the project's generated
 * StructureDefinitions (every extension instance fits its definition), the
 * TDDUI decision extension (sub-extension cardinalities and value types of
 * the published differential), and the TDDUI besoin / prestation profiles
 * (their required bindings, checked by `checkFhir` once the profiles are named
 * in `meta.profile`, and the cardinalities of the elements used).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bundle, ElementDefinition, Resource, StructureDefinition } from '@medplum/fhirtypes';
import { examplePag, scenarios } from '@serafin-ph/fixtures';
import type { Pag } from '@serafin-ph/pag-schema/types';
import { describe, expect, it } from 'vitest';
import { checkFhir, pagCodeSystems, pagExtensionStructureDefinitions, TDDUI_DECISION_URL, toFhirBundle } from '../src/index.js';
import { TDDUI_PROFILES } from '../src/pag/urls.js';
import { assertValidFhir } from './medplum.js';

const here = dirname(fileURLToPath(import.meta.url));
const tdduiDecision = JSON.parse(readFileSync(join(here, 'ans-profiles/StructureDefinition-tddui-decision.json'), 'utf8')) as StructureDefinition;

type Ext = { url: string; extension?: Ext[] } & Record<string, unknown>;

/** Problems of an extension instance against the differential of a complex extension (slices by url, cardinalities, value types). */
function conformance(sd: StructureDefinition, instance: Ext): string[] {
  const elements = sd.differential?.element ?? [];
  const byId = new Map<string, ElementDefinition>(elements.map((e) => [e.id!, e]));
  const problems: string[] = [];
  const visit = (ext: Ext, id: string, where: string): void => {
    const slices = elements.filter((e) => e.sliceName !== undefined && e.id === `${id}.extension:${e.sliceName}`);
    const subs = ext.extension ?? [];
    for (const s of subs) if (!slices.some((e) => e.sliceName === s.url)) problems.push(`${where}: unknown sub-extension ${s.url}`);
    for (const slice of slices) {
      const found = subs.filter((s) => s.url === slice.sliceName);
      const at = `${where}.${slice.sliceName!}`;
      if (found.length < (slice.min ?? 0)) problems.push(`${at}: ${found.length} < min ${slice.min}`);
      if (slice.max !== '*' && found.length > Number(slice.max ?? '1')) problems.push(`${at}: ${found.length} > max ${slice.max}`);
      const value = byId.get(`${slice.id!}.value[x]`);
      for (const f of found) {
        const keys = Object.keys(f).filter((k) => /^_?value[A-Z]/.test(k));
        if (value?.max === '0' || (value === undefined && f.extension !== undefined)) {
          if (keys.length > 0) problems.push(`${at}: value not allowed`);
          visit(f, slice.id!, at);
          continue;
        }
        const allowed = (value?.type ?? []).map((t) => `value${t.code[0]!.toUpperCase()}${t.code.slice(1)}`);
        if (keys.length !== 1) problems.push(`${at}: ${keys.length} values`);
        for (const k of keys) if (allowed.length > 0 && !allowed.includes(k.replace(/^_/, ''))) problems.push(`${at}: ${k} not in ${allowed.join(', ')}`);
        if (f.extension !== undefined) problems.push(`${at}: nested extension on a value slice`);
      }
    }
  };
  visit(instance, 'Extension', sd.id!);
  return problems;
}

const pags: [string, Pag][] = [
  ['example', examplePag() as unknown as Pag],
  ...scenarios.filter((s) => s.typeDocument === 'pag').map((s) => [s.id, s.document() as Pag] as [string, Pag]),
];
const bundles: [string, Bundle, Pag][] = pags.map(([id, pag]) => [id, toFhirBundle(pag), pag]);

function extensionsOf(resource: unknown): Ext[] {
  const out: Ext[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      const ext = (v as { extension?: unknown }).extension;
      if (Array.isArray(ext)) for (const e of ext) if (typeof (e as Ext).url === 'string' && (e as Ext).url.startsWith('http')) out.push(e as Ext);
      for (const [k, x] of Object.entries(v)) if (k !== 'extension') walk(x);
    }
  };
  walk(resource);
  return out;
}

describe('generated StructureDefinitions and CodeSystems', () => {
  it.each([...pagExtensionStructureDefinitions(), ...pagCodeSystems()].map((r) => [r.url!, r] as const))('%s is valid FHIR R4', (_, r) => {
    assertValidFhir(r as Resource);
  });
});

describe('the conformance check', () => {
  it('finds unknown sub-extensions, missing required ones, repeats and wrong value types', () => {
    const problems = conformance(tdduiDecision, {
      url: TDDUI_DECISION_URL,
      extension: [
        { url: 'bogus', valueString: 'x' },
        { url: 'dateDecision', valueString: '2025' },
        { url: 'commentaire', valueString: 'a' },
        { url: 'commentaire', valueString: 'b' },
      ],
    });
    expect(problems).toEqual([
      'tddui-decision: unknown sub-extension bogus',
      'tddui-decision.typeDecision: 0 < min 1',
      'tddui-decision.dateDecision: valueString not in valueDate',
      'tddui-decision.commentaire: 2 > max 1',
    ]);
  });
});

describe.each(bundles)('bundle of %s', (_, bundle, pag) => {
  const resources = (bundle.entry ?? []).map((e) => e.resource!);
  it('every project extension fits its StructureDefinition', () => {
    const sds = new Map(pagExtensionStructureDefinitions().map((sd) => [sd.url, sd]));
    const used = extensionsOf(resources).filter((e) => e.url.startsWith('https://serafin-ph.github.io/'));
    expect(used.length).toBeGreaterThan(0);
    for (const e of used) {
      expect(sds.has(e.url), e.url).toBe(true);
      expect(conformance(sds.get(e.url)!, e)).toEqual([]);
    }
  });

  it('every TDDUI decision fits the published tddui-decision differential (existencePAG as the PAG says, true when it does not)', () => {
    const decisions = extensionsOf(resources).filter((e) => e.url === TDDUI_DECISION_URL);
    const existence: unknown[] = [];
    for (const d of decisions) {
      expect(conformance(tdduiDecision, d)).toEqual([]);
      const droit = d.extension!.find((x) => x.url === 'droitPrestation')!;
      existence.push(droit.extension!.find((x) => x.url === 'existencePAG')?.['valueBoolean']);
    }
    expect(existence).toEqual(pag.situation.droitsPrestations.map((d) => d.existencePAG ?? true));
  });

  it('the besoin ServiceRequests and prestation Tasks meet the TDDUI required bindings and cardinalities', () => {
    const named: Bundle = JSON.parse(JSON.stringify(bundle)) as Bundle;
    let besoins = 0;
    let prestations = 0;
    for (const e of named.entry ?? []) {
      const r = e.resource!;
      if (r.resourceType === 'ServiceRequest') {
        besoins++;
        r.meta = { profile: [TDDUI_PROFILES.besoin] };
        expect(r.identifier?.length).toBe(1);
        expect(r.identifier?.[0]?.system && r.identifier[0].value).toBeTruthy();
        expect(r.basedOn?.length).toBe(1);
        expect(r.category?.length).toBe(1);
        expect(r.code?.text).toBeTruthy();
      }
      if (r.resourceType === 'Task' && r.partOf !== undefined) {
        prestations++;
        r.meta = { profile: [TDDUI_PROFILES.prestation] };
        expect(r.identifier?.length).toBe(1);
        expect(r.basedOn?.length).toBe(1);
        expect(r.partOf.length).toBe(1);
        expect(r.input?.filter((i) => i.type.coding?.[0]?.code === 'titre' && typeof i.valueString === 'string').length).toBe(1);
      }
    }
    const report = checkFhir(named);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.notChecked).toEqual([]);
    if (besoins + prestations > 0) expect(report.resources).toBeGreaterThan(besoins + prestations);
  });
});
