import { describe, expect, it } from 'vitest';
import { numberingCodes, numberingConcept } from '../numbering/index.js';
import { toFhirCnsa2018CodeSystem } from './cnsa-code-system.js';
import { NUMBERING_SYSTEMS, toFhirConceptMap } from './concept-map.js';

describe('toFhirCnsa2018CodeSystem', () => {
  const cs = toFhirCnsa2018CodeSystem();
  it('is the system the ConceptMaps name, as a fragment', () => {
    expect(cs.url).toBe(NUMBERING_SYSTEMS['cnsa-2018'].url);
    expect(toFhirConceptMap('cnsa-2018', 'ans-2023').group[0]?.source).toBe(cs.url);
    expect([cs.resourceType, cs.content, cs.count]).toEqual(['CodeSystem', 'fragment', numberingCodes('cnsa-2018').length]);
  });
  it('lists every CNSA code with its quoted label, or none when it is not established', () => {
    expect(cs.concept.map((c) => c.code)).toEqual(numberingCodes('cnsa-2018'));
    for (const c of cs.concept) {
      const n = numberingConcept(c.code, 'cnsa-2018');
      expect(c.display ?? null, c.code).toBe(n?.display ?? null);
      expect(c.property?.map((p) => [p.code, p.valueCode])).toEqual([
        ['labelStatus', n?.labelStatus],
        ['existence', n?.existence],
      ]);
    }
    expect(cs.concept.find((c) => c.code === '1')).not.toHaveProperty('display');
  });
  it('declares every property it uses', () => {
    const declared = new Set(cs.property.map((p) => p.code));
    for (const c of cs.concept) for (const p of c.property ?? []) expect(declared.has(p.code)).toBe(true);
  });
});
