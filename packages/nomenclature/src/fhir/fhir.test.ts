import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../test/package-root.js';
import { coding } from './coding.js';
import { toFhirCodeSystem } from './code-system.js';
import { toFhirValueSet } from './value-set.js';

const ans = JSON.parse(readFileSync(join(packageRoot, 'data/serafin/ans-2023.json'), 'utf8')) as {
  concepts: { code: string; display: string; parent: string | null; deprecated: boolean; definition?: string; children: string[]; source_order: number }[];
};

describe('toFhirCodeSystem', () => {
  const cs = toFhirCodeSystem();
  it('carries the ANS url and version and the 107 concepts in published order', () => {
    expect([cs.resourceType, cs.url, cs.version, cs.count, cs.content]).toEqual(['CodeSystem', 'https://smt.esante.gouv.fr/terminologie-SERAFINPH', '2023.1.0', 107, 'complete']);
    expect(cs.concept.map((c) => c.code)).toEqual([...ans.concepts].sort((a, b) => a.source_order - b.source_order).map((c) => c.code));
  });
  it('reproduces every display, parent, status and definition', () => {
    for (const source of ans.concepts) {
      const c = cs.concept.find((x) => x.code === source.code);
      const prop = (code: string) => c?.property?.filter((p) => p.code === code) ?? [];
      expect(c?.display).toBe(source.display);
      expect(c?.definition).toBe(source.definition);
      expect(prop('note')[0]?.valueString).toBe(source.definition);
      expect(prop('parent').map((p) => p.valueCode)).toEqual(source.parent === null ? [] : [source.parent]);
      expect(prop('deprecated')[0]?.valueBoolean ?? false).toBe(source.deprecated);
      expect(prop('inactive')).toEqual([]);
    }
  });
  it('lists child values in the published order, not sorted by code', () => {
    const children = (code: string) =>
      cs.concept
        .find((c) => c.code === code)
        ?.property?.filter((p) => p.code === 'child')
        .map((p) => p.valueCode);
    expect(children('1')).toEqual(['1.3', '1.2', '1.1']);
    // Read in the published resource (ansforge/IG-terminologie-de-sante, ig/main/CodeSystem-terminologie-SERAFINPH.md, meta.versionId 1.1746434824553).
    expect(children('1.1')).toEqual(['1.1.8', '1.1.2', '1.1.7', '1.1.1', '1.1.6', '1.1.5', '1.1.10', '1.1.4', '1.1.9', '1.1.3']);
    expect(children('2.3.2')).toEqual(['2.3.2.2', '2.3.2.1']);
    expect(children('3.1.1')).toEqual(['3.1.1.1', '3.1.1.2']);
    expect(children('2.3.1')).toEqual(['2.3.1.2', '2.3.1.1']);
    for (const source of ans.concepts) expect(children(source.code), source.code).toEqual(source.children);
  });
  it("keeps each concept's property order as published, with no property the ANS does not publish", () => {
    const order = (code: string) => cs.concept.find((c) => c.code === code)?.property?.map((p) => p.code);
    // Sequences read in the published resource (same page as above).
    expect(order('2.3.2')).toEqual(['parent', 'created', 'type', 'note', 'child', 'child']);
    expect(order('3.1.3.2')).toEqual(['parent', 'created', 'type', 'note']);
    expect(order('1.3.1.1')).toEqual(['created', 'versionInfo', 'modified', 'note', 'deprecated']);
    for (const source of ans.concepts) {
      const expected = source.deprecated
        ? ['created', 'versionInfo', 'modified', ...(source.definition !== undefined ? ['note'] : []), 'deprecated']
        : [...(source.parent !== null ? ['parent'] : []), 'created', 'type', ...(source.definition !== undefined ? ['note'] : []), ...source.children.map(() => 'child')];
      expect(order(source.code), source.code).toEqual(expected);
    }
  });
  it('declares every property it uses', () => {
    // the ANS resource's declarations, in its order: nothing added
    expect(cs.property.map((p) => p.code)).toEqual(['created', 'type', 'note', 'versionInfo', 'modified', 'deprecated', 'parent', 'child']);
    const declared = new Set(cs.property.map((p) => p.code));
    for (const c of cs.concept) for (const p of c.property ?? []) expect(declared.has(p.code)).toBe(true);
  });
});

describe('toFhirValueSet', () => {
  it('reproduces J285 with its OID and JDV displays', () => {
    const vs = toFhirValueSet('J285');
    expect(vs.url).toBe('https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN');
    expect(vs.identifier).toEqual([{ system: 'urn:ietf:rfc:3986', value: 'urn:oid:1.2.250.1.213.3.3.254' }]);
    expect(vs.compose.include[0]?.concept).toHaveLength(35);
    expect(vs.compose.include[0]?.concept?.find((c) => c.code === '1.2')?.display).toBe("Besoins en matière d'autonomie");
  });
  it('builds the union of prestations with two include entries (not one, which would intersect)', () => {
    const vs = toFhirValueSet('prestations');
    expect(vs.compose.include).toHaveLength(2);
    expect(vs.compose.include.map((i) => i.valueSet)).toEqual([
      ['https://mos.esante.gouv.fr/NOS/JDV_J284-PrestationsDirects_SERAFIN/FHIR/JDV-J284-PrestationsDirects-SERAFIN'],
      ['https://mos.esante.gouv.fr/NOS/JDV_J283-PrestationsIndirects_SERAFIN/FHIR/JDV-J283-PrestationsIndirects-SERAFIN'],
    ]);
  });
});

describe('coding', () => {
  it('returns system, code and display', () => {
    expect(coding('2.4')).toEqual({
      system: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH',
      code: '2.4',
      display: 'Prestation de coordination renforcée pour la cohérence du parcours',
    });
    expect(coding('2.4', { version: true }).version).toBe('2023.1.0');
    expect(() => coding('2.2.1.1')).toThrow(/Unknown code/);
  });
});
