import { describe, expect, it } from 'vitest';
import { SERAFIN_CONCEPTS } from '../generated/serafin-concepts.js';
import { NUMBERINGS, numberingCodes, translate, type Numbering } from '../numbering/index.js';
import { lookup } from '../serafin/lookup.js';
import { CONCEPT_MAP_BASE_URL, explainMapping, NUMBERING_SYSTEMS, numberingEvidence, toFhirConceptMap, type FhirConceptMap } from './concept-map.js';

const pairs = NUMBERINGS.flatMap((from) => NUMBERINGS.filter((to) => to !== from).map((to) => [from, to] as const));

function element(map: FhirConceptMap, code: string) {
  return map.group[0]?.element.find((e) => e.code === code);
}

describe('toFhirConceptMap: FHIR R4 structure', () => {
  it.each(pairs)('%s → %s', (from, to) => {
    const map = toFhirConceptMap(from, to);
    expect(map.resourceType).toBe('ConceptMap');
    expect(map.id).toBe(`${from}-to-${to}`);
    expect(map.url).toBe(`https://serafin-ph.github.io/serafin-ph/fhir/ConceptMap/${from}-to-${to}`);
    expect(map.url.startsWith(CONCEPT_MAP_BASE_URL)).toBe(true);
    expect(map.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/); // R4 invariant cmd-0
    expect(map.version).toBe('2026.1.0');
    expect(map.group).toHaveLength(1);
    const group = map.group[0];
    expect(group?.source).toBe(NUMBERING_SYSTEMS[from].url);
    expect(group?.target).toBe(NUMBERING_SYSTEMS[to].url);
    // Every code of the source numbering, once, in order.
    expect(group?.element.map((e) => e.code)).toEqual(numberingCodes(from));
    for (const e of group?.element ?? []) {
      expect(e.target.length, e.code).toBeGreaterThan(0);
      for (const t of e.target) {
        if (t.equivalence === 'unmatched') {
          expect(t.code, e.code).toBeUndefined();
          expect(e.target).toHaveLength(1);
        } else {
          expect(typeof t.code).toBe('string');
        }
        // R4 invariant cmd-1 (narrower/inexact need a comment); this package comments every target.
        expect(t.comment?.length ?? 0, e.code).toBeGreaterThan(10);
      }
    }
    // Plain JSON: nothing undefined, survives serialisation.
    expect(JSON.parse(JSON.stringify(map))).toEqual(map);
  });
  it('systems: the ANS CodeSystem, the ROR TRE_R265 NOS URL, and a project-defined URI for CNSA', () => {
    expect(NUMBERING_SYSTEMS['ans-2023']).toMatchObject({ url: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH', version: '2023.1.0', projectDefined: false });
    expect(NUMBERING_SYSTEMS['ror-r265']).toMatchObject({
      url: 'https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin',
      version: '20230718120000',
      projectDefined: false,
    });
    expect(NUMBERING_SYSTEMS['cnsa-2018']).toMatchObject({ url: 'https://serafin-ph.github.io/serafin-ph/fhir/CodeSystem/cnsa-2018', projectDefined: true });
    expect(NUMBERING_SYSTEMS['cnsa-2018'].version).toBeUndefined();
    const map = toFhirConceptMap('cnsa-2018', 'ans-2023');
    expect(map.group[0]?.targetVersion).toBe('2023.1.0');
    expect(map.group[0] !== undefined && 'sourceVersion' in map.group[0]).toBe(false);
    expect(map.description).toContain('défini par le projet serafin-ph');
  });
  it('refuses an unknown numbering', () => {
    expect(() => toFhirConceptMap('cnsa' as Numbering, 'ans-2023')).toThrow(RangeError);
  });
});

describe('toFhirConceptMap: content', () => {
  it('acceptance cases', () => {
    const cnsaToAns = toFhirConceptMap('cnsa-2018', 'ans-2023');
    expect(element(cnsaToAns, '2.2.1.2')?.target).toMatchObject([{ code: '2.2.2', equivalence: 'equivalent' }]);
    expect(element(cnsaToAns, '1.1.1.10')?.target).toMatchObject([{ code: '1.1.10', equivalence: 'equivalent' }]);
    expect(toFhirConceptMap('ror-r265', 'ans-2023').group[0]?.element.find((e) => e.code === '011')?.target).toMatchObject([
      { code: '2.2.1', display: 'Accompagnements pour les actes de la vie quotidienne', equivalence: 'equivalent' },
    ]);
  });
  it('a CNSA grouping without established label has no display and a "wider" target', () => {
    const e = element(toFhirConceptMap('cnsa-2018', 'ans-2023'), '2.2.1');
    expect(e?.display).toBeUndefined();
    expect(e?.target).toHaveLength(1);
    expect(e?.target[0]).toMatchObject({ code: '2.2', equivalence: 'wider' });
    expect(e?.target[0]?.comment).toContain('[ror-011]');
    expect(e?.target[0]?.comment).toMatch(/^Correspondance déduite/);
  });
  it('unmatched elements: ROR 032 to ANS, ANS 2.4.1 to ROR, besoins to ROR', () => {
    const ror032 = element(toFhirConceptMap('ror-r265', 'ans-2023'), '032');
    expect(ror032?.target).toEqual([{ equivalence: 'unmatched', comment: expect.stringContaining('[ror-032-fin]') as unknown as string }]);
    const dup = element(toFhirConceptMap('ans-2023', 'ror-r265'), '2.4.1');
    expect(dup?.target[0]?.equivalence).toBe('unmatched');
    expect(dup?.target[0]?.comment).toContain('Utiliser 2.4');
    const besoin = element(toFhirConceptMap('ans-2023', 'ror-r265'), '1.1.1');
    expect(besoin?.target[0]).toMatchObject({ equivalence: 'unmatched' });
    expect(besoin?.target[0]?.comment).toContain('ne code que les prestations');
  });
  it('ANS displays are byte-exact', () => {
    const map = toFhirConceptMap('ans-2023', 'cnsa-2018');
    for (const c of SERAFIN_CONCEPTS) expect(element(map, c.code)?.display).toBe(c.display);
    expect(element(map, '3.1.1.2')?.display).toContain('previsionnelle');
  });
  it('comments carry the evidence quotes', () => {
    const comment = element(toFhirConceptMap('ans-2023', 'cnsa-2018'), '2.2.1')?.target[0]?.comment ?? '';
    expect(comment).toMatch(/^Correspondance citée par les sources\. Numérotation aplatie : CNSA 2\.2\.1\.1 \(ROR 011\) = ANS 2\.2\.1\./);
    expect(comment).toContain('« 2.2.1.1 Accompagnements pour les actes de la vie quotidienne »');
    expect(comment).toContain('« 2.2.1.1 - Accompagnements pour les actes de la vie quotidienne »');
  });
  it('counts of targets per equivalence', () => {
    const tally = (from: Numbering, to: Numbering): Record<string, number> => {
      const c: Record<string, number> = {};
      for (const e of toFhirConceptMap(from, to).group[0]?.element ?? []) for (const t of e.target) c[t.equivalence] = (c[t.equivalence] ?? 0) + 1;
      return c;
    };
    // 106 exact equivalences + the active replacements of the 5 deprecated ANS targets.
    expect(tally('cnsa-2018', 'ans-2023')).toEqual({ equivalent: 111, wider: 2, unmatched: 1 });
    expect(tally('ans-2023', 'ror-r265')).toEqual({ equivalent: 71, unmatched: 36 });
  });
});

describe('deprecated ANS targets', () => {
  const replacements = { '1.2.1': '1.2', '1.3.1.1': '1.3.1', '1.3.5.1': '1.3.5', '3.2.2.1': '3.2.2', '3.2.3.1': '3.2.3' } as const;
  it('keep their exact equivalence and gain the active replacement as a second target (cnsa → ans)', () => {
    const map = toFhirConceptMap('cnsa-2018', 'ans-2023');
    for (const [code, active] of Object.entries(replacements)) {
      const targets = map.group[0]?.element.find((e) => e.code === code)?.target ?? [];
      expect(
        targets.map((t) => [t.code, t.equivalence]),
        code,
      ).toEqual([
        [code, 'equivalent'],
        [active, 'equivalent'],
      ]);
      expect(targets[0]?.comment).toContain(`Code cible déprécié par l’ANS (${code}) : utiliser ${active}`);
      expect(targets[1]?.comment).toContain(`Remplaçant actif de ${code}`);
    }
    // No other target of the map is a deprecated code without its replacement after it.
    for (const e of map.group[0]?.element ?? []) {
      e.target.forEach((t, i) => {
        if (t.code !== undefined && lookup(t.code)?.status === 'deprecated') expect(e.target[i + 1]?.code, `${e.code} → ${t.code}`).toBe(lookup(t.code)?.replacedBy);
      });
    }
  });
  it('ror → ans: no target lands on a deprecated code without its replacement', () => {
    const map = toFhirConceptMap('ror-r265', 'ans-2023');
    for (const e of map.group[0]?.element ?? []) {
      e.target.forEach((t, i) => {
        if (t.code !== undefined && lookup(t.code)?.status === 'deprecated') expect(e.target[i + 1]?.code, `${e.code} → ${t.code}`).toBe(lookup(t.code)?.replacedBy);
      });
    }
  });
  it('translate() reports the inactive target and its replacement', () => {
    for (const [code, active] of Object.entries(replacements)) {
      const r = translate(code, { from: 'cnsa-2018', to: 'ans-2023' });
      expect(r.matches[0], code).toMatchObject({ code, equivalence: 'equivalent', inactive: true, replacedBy: active });
    }
    expect(translate('1.2', { from: 'cnsa-2018', to: 'ans-2023' }).matches[0]).not.toHaveProperty('inactive');
    expect(translate('2.4.1', { from: 'ans-2023', to: 'ans-2023' }).matches[0]).toMatchObject({ code: '2.4.1', inactive: true, replacedBy: '2.4' });
  });
});

describe('explainMapping and numberingEvidence', () => {
  it('give the justification of a translate match', () => {
    const e = explainMapping('ans:2.2.1');
    expect(e?.review).toBe('quoted');
    expect(e?.evidence.map((x) => x.id)).toEqual(['ror-011', 'ans-def-2.3.3.1#2.2.1.1', 'ans-def-3.2.2#2.2.1.1', 'ans-type-2.2.x', 'report-flattening']);
    expect(e?.evidence[0]).toMatchObject({
      kind: 'quote',
      quote: '2.2.1.1 Accompagnements pour les actes de la vie quotidienne',
      locator: 'data/serafin/ror-tre-r265.json [011].libelle_adapte',
    });
    expect(explainMapping('cnsa:1.1.1>ans:1.1')?.review).toBe('inferred');
    expect(explainMapping('nope')).toBeUndefined();
    expect(explainMapping('toString')).toBeUndefined();
  });
  it('external evidence keeps its URL', () => {
    expect(numberingEvidence('cnsa-2016-erratum')).toMatchObject({
      kind: 'external',
      url: 'https://vdocuments.net/nomenclatures-besoins-et-prestations-consistent-en-une-classification-de-termes.html',
    });
    expect(numberingEvidence('constructor')).toBeUndefined();
  });
});
