import type { Parameters, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import {
  expandOperation,
  lookupOperation,
  operationStatus,
  subsumesOperation,
  translateOperation,
  validateCodeInValueSetOperation,
  validateCodeOperation,
  TDDUI_SERAFIN_URL,
} from '../index.js';
import { assertValidFhir } from '../../test/medplum.js';

const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
const ROR = 'https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin';
const CNSA = 'https://serafin-ph.github.io/serafin-ph/fhir/CodeSystem/cnsa-2018';
const R420_NOS = 'https://mos.esante.gouv.fr/NOS/TRE_R420-DroitPrestation/FHIR/TRE-R420-DroitPrestation';
const J285 = 'https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN';

type P = Record<string, string | number | boolean | Record<string, unknown>>;
function params(values: P): Parameters {
  return {
    resourceType: 'Parameters',
    parameter: Object.entries(values).map(([name, v]) => {
      if (typeof v === 'boolean') return { name, valueBoolean: v };
      if (typeof v === 'number') return { name, valueInteger: v };
      if (typeof v === 'object') return name.startsWith('coding') ? { name, valueCoding: v } : { name, valueCodeableConcept: v };
      return name === 'system' || name === 'url' || name === 'targetsystem'
        ? { name, valueUri: v }
        : name === 'filter' || name === 'display'
          ? { name, valueString: v }
          : { name, valueCode: v };
    }),
  };
}
function get(r: Resource, name: string): unknown {
  if (r.resourceType !== 'Parameters') throw new Error(JSON.stringify(r));
  const p = r.parameter?.find((x) => x.name === name);
  return p?.valueBoolean ?? p?.valueString ?? p?.valueCode ?? p?.valueUri ?? p;
}
function valid<T extends Resource>(r: T): T {
  assertValidFhir(r);
  return r;
}

describe('$lookup', () => {
  it('SERAFIN-PH, with parent, children and inactive', () => {
    const r = valid(lookupOperation(params({ system: SERAFIN, code: '2.3.1' })));
    expect(get(r, 'display')).toBe('Accompagnements pour exercer ses droits');
    expect(get(r, 'version')).toBe('2023.1.0');
    const props = (r as Parameters).parameter!.filter((p) => p.name === 'property').map((p) => [p.part![0]!.valueCode, p.part![1]!.valueCode ?? p.part![1]!.valueBoolean]);
    expect(props).toContainEqual(['parent', '2.3']);
    expect(props).toContainEqual(['child', '2.3.1.1']);
    expect(props).toContainEqual(['inactive', false]);
  });
  it('a list under its other URL style, a ROR id, a CNSA code', () => {
    expect(get(valid(lookupOperation(params({ system: R420_NOS, code: '1.1' }))), 'display')).toBe('AAH L.821-1');
    expect(get(valid(lookupOperation(params({ coding: { system: ROR, code: '011' } }))), 'display')).toBe('Accompagnements pour les actes de la vie quotidienne');
    expect(get(valid(lookupOperation(params({ system: CNSA, code: '1.1.1.3' }))), 'display')).toBe('Besoins en matière de douleur');
  });
  it.each([
    ['unknown code', params({ system: SERAFIN, code: '9.9' }), 404],
    ['unknown system', params({ system: 'http://x', code: '1' }), 404],
    ['no code', params({ system: SERAFIN }), 400],
    ['not Parameters', { resourceType: 'Patient' }, 400],
    ['not even an object', 'x', 400],
  ])('%s: a valid OperationOutcome', (_name, input, status) => {
    const r = valid(lookupOperation(input));
    expect(r.resourceType).toBe('OperationOutcome');
    expect(operationStatus(r)).toBe(status);
  });
});

describe('$validate-code', () => {
  it('CodeSystem: valid, wrong numbering with translation, deprecated', () => {
    expect(get(valid(validateCodeOperation(params({ url: SERAFIN, code: '2.3.1.1' }))), 'result')).toBe(true);
    const cnsa = valid(validateCodeOperation(params({ system: SERAFIN, code: '2.2.1.2' }), { lang: 'en' }));
    expect(get(cnsa, 'result')).toBe(false);
    expect(get(cnsa, 'message')).toContain('2.2.2');
    const ror = valid(validateCodeOperation(params({ coding: { system: SERAFIN, code: '011' } })));
    expect(get(ror, 'result')).toBe(false);
    expect(get(ror, 'message')).toContain('2.2.1');
    const old = valid(validateCodeOperation(params({ system: SERAFIN, code: '2.4.1' })));
    expect(get(old, 'result')).toBe(true);
    expect(get(old, 'message')).toContain('2.4');
  });
  it('CodeSystem: a code outside the TRE_R66 extract the SDK holds is not refused, and the message says it was not checked', () => {
    const R66 = 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement';
    const chr = valid(validateCodeOperation(params({ system: R66, code: '101' })));
    expect(get(chr, 'result')).toBe(true);
    expect(get(chr, 'message')).toContain('non vérifié');
    expect(get(valid(validateCodeOperation(params({ system: R66, code: '460' }))), 'result')).toBe(true);
  });
  it('ValueSet: J285, tddui-serafin read as J283 ∪ J284, a codeableConcept', () => {
    expect(get(valid(validateCodeInValueSetOperation(params({ url: J285, system: SERAFIN, code: '1.1' }))), 'result')).toBe(true);
    expect(get(valid(validateCodeInValueSetOperation(params({ url: J285, system: SERAFIN, code: '2.3.1.1' }))), 'result')).toBe(false);
    expect(get(valid(validateCodeInValueSetOperation(params({ url: TDDUI_SERAFIN_URL, system: SERAFIN, code: '2.3.1.1' }))), 'result')).toBe(true);
    const cc = {
      coding: [
        { system: 'http://other', code: 'x' },
        { system: SERAFIN, code: '3.2.4' },
      ],
    };
    expect(
      get(
        valid(
          validateCodeInValueSetOperation(
            params({
              url: 'https://mos.esante.gouv.fr/NOS/JDV_J282-TransportsLiesAuProjetIndividuel_SERAFIN/FHIR/JDV-J282-TransportsLiesAuProjetIndividuel-SERAFIN',
              codeableConcept: cc,
            }),
          ),
        ),
        'result',
      ),
    ).toBe(true);
  });
  it('ValueSet: JDV_J399 motivations (TRE_R419) are carried', () => {
    const J399 = 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j399-motivation-ms';
    const R419 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r419-motivation';
    expect(get(valid(validateCodeInValueSetOperation(params({ url: J399, system: R419, code: '215' }))), 'result')).toBe(true);
    expect(get(valid(validateCodeInValueSetOperation(params({ url: J399, system: R419, code: '9999' }))), 'result')).toBe(true);
    expect(get(valid(validateCodeInValueSetOperation(params({ url: J399, system: R419, code: '1' }))), 'result')).toBe(false);
    expect(get(valid(validateCodeInValueSetOperation(params({ url: J399, system: SERAFIN, code: '215' }))), 'result')).toBe(false);
  });
  it.each([
    ['unknown value set', params({ url: 'http://x/vs', system: SERAFIN, code: '1' }), 404],
    ['no url', params({ system: SERAFIN, code: '1' }), 400],
  ])('ValueSet error %s', (_n, input, status) => {
    const r = valid(validateCodeInValueSetOperation(input));
    expect(operationStatus(r)).toBe(status);
  });
  it('CodeSystem error: unknown system', () => {
    expect(operationStatus(valid(validateCodeOperation(params({ system: 'http://x', code: '1' }))))).toBe(404);
  });
});

describe('$subsumes', () => {
  it('SERAFIN-PH and TRE_R420 hierarchies', () => {
    expect(get(valid(subsumesOperation(params({ system: SERAFIN, codeA: '2.3', codeB: '2.3.1.1' }))), 'outcome')).toBe('subsumes');
    expect(get(valid(subsumesOperation(params({ system: SERAFIN, codeA: '2.3.1.1', codeB: '2.3' }))), 'outcome')).toBe('subsumed-by');
    expect(get(valid(subsumesOperation(params({ system: R420_NOS, codeA: '1', codeB: '2.1' }))), 'outcome')).toBe('not-subsumed');
  });
  it('errors', () => {
    expect(operationStatus(valid(subsumesOperation(params({ system: SERAFIN, codeA: '2.3', codeB: '9.9' }))))).toBe(404);
    expect(operationStatus(valid(subsumesOperation(params({ system: SERAFIN, codeA: '2.3' }))))).toBe(400);
  });
});

describe('$expand', () => {
  const t = { timestamp: '2026-12-01T00:00:00Z' };
  it('filter, count, offset', () => {
    const all = valid(expandOperation(params({ url: J285 }), t));
    expect(all.resourceType === 'ValueSet' && all.expansion!.total).toBe(35);
    const some = valid(expandOperation(params({ url: J285, filter: 'besoins transport', count: 5, offset: 0 }), t));
    expect(some.resourceType === 'ValueSet' && some.expansion!.contains!.map((c) => c.code)).toEqual(['1.3.4', '1.3.4.2']);
    const page = valid(expandOperation(params({ url: TDDUI_SERAFIN_URL, count: 2, offset: 70 }), t));
    expect(page.resourceType === 'ValueSet' && [page.expansion!.total, page.expansion!.contains?.length]).toEqual([72, 2]);
    const empty = valid(expandOperation(params({ url: J285, filter: 'zzzz' }), t));
    expect(empty.resourceType === 'ValueSet' && empty.expansion!.total).toBe(0);
  });
  it('every value set of the decision bindings that the SDK carries expands to a valid ValueSet', () => {
    for (const url of [
      'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j398-type-decision-ms',
      'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j408-orientation-ms',
      'https://mos.esante.gouv.fr/NOS/JDV_J264-ModeEtCentreDePriseEnCharge-MDPH/FHIR/JDV-J264-ModeEtCentreDePriseEnCharge-MDPH',
    ]) {
      expect(valid(expandOperation(params({ url }), t)).resourceType).toBe('ValueSet');
    }
  });
  it.each([
    ['negative count', params({ url: J285, count: -1 }), 400],
    ['count too large', params({ url: J285, count: 100000 }), 400],
    ['unknown', params({ url: 'http://x' }), 404],
    ['no url', params({}), 400],
  ])('%s', (_n, input, status) => {
    expect(operationStatus(valid(expandOperation(input, t)))).toBe(status);
  });
});

describe('$translate', () => {
  it('ror-r265 → ans-2023, cnsa-2018 → ans-2023 through the ConceptMap url, ans-2023 → ror-r265', () => {
    const r = valid(translateOperation(params({ system: ROR, code: '011', targetsystem: SERAFIN })));
    expect(get(r, 'result')).toBe(true);
    const match = (r as Parameters).parameter!.find((p) => p.name === 'match')!;
    expect(match.part!.find((p) => p.name === 'concept')!.valueCoding).toMatchObject({ system: SERAFIN, code: '2.2.1' });
    const c = valid(translateOperation(params({ url: 'https://serafin-ph.github.io/serafin-ph/fhir/ConceptMap/cnsa-2018-to-ans-2023', code: '1.1.1.3' })));
    expect(get(c, 'result')).toBe(true);
    expect(get(valid(translateOperation(params({ system: SERAFIN, code: '2.2.1', targetsystem: ROR }))), 'result')).toBe(true);
  });
  it('unknown code and errors', () => {
    expect(get(valid(translateOperation(params({ system: SERAFIN, code: '9.9', targetsystem: ROR }))), 'result')).toBe(false);
    expect(operationStatus(valid(translateOperation(params({ system: SERAFIN, code: '1.1' }))))).toBe(400);
    expect(operationStatus(valid(translateOperation(params({ system: 'http://x', code: '1', targetsystem: SERAFIN }))))).toBe(501);
    expect(operationStatus(valid(translateOperation(params({ url: 'http://x/cm', code: '1' }))))).toBe(404);
  });
});

describe('in-memory inputs and options that are not JSON: every operation answers, none throws', () => {
  const cyclic: Record<string, unknown> = { resourceType: 'Parameters', parameter: [{ name: 'code', valueCode: '1.1' }] };
  (cyclic['parameter'] as unknown[]).push(cyclic);
  const getter = {
    resourceType: 'Parameters',
    get parameter(): unknown {
      throw new Error('getter');
    },
  };
  const proxy = new Proxy(
    {},
    {
      get() {
        throw new Error('proxy');
      },
    },
  );
  const bigint = { resourceType: 'Parameters', parameter: [{ name: 'count', valueInteger: 1n }] };
  const operations = {
    lookupOperation,
    validateCodeOperation,
    validateCodeInValueSetOperation,
    subsumesOperation,
    expandOperation: (input: unknown, options?: never) => expandOperation(input, options ?? { timestamp: '2026-01-01T00:00:00Z' }),
    translateOperation,
  };

  it.each(Object.entries(operations))('%s: a cycle, a throwing getter or proxy, a BigInt give an OperationOutcome saying the input is not JSON', (_, operation) => {
    for (const input of [cyclic, getter, proxy, bigint]) {
      const out = operation(input) as Resource;
      assertValidFhir(out);
      expect(out).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'invalid', details: { text: expect.stringMatching(/^L’entrée n’est pas du JSON/) } }],
      });
      expect((operation(input, { lang: 'en' } as never) as { issue: { details: { text: string } }[] }).issue[0]!.details.text).toMatch(/^The input is not JSON/);
    }
  });

  it.each(Object.entries(operations))('%s: null, non-object or throwing options keep the defaults', (_, operation) => {
    const input = params({ system: SERAFIN, code: '1.1', url: J285, codeA: '1', codeB: '1.1', targetsystem: CNSA });
    // the expansion's timestamp is now unless asked for: left out of the comparison
    const stable = (out: unknown) => JSON.parse(JSON.stringify(out).replace(/"timestamp":"[^"]*"/, '"timestamp":""')) as unknown;
    const expected = stable(operation(input));
    for (const options of [null, 'en', 7, proxy]) expect(stable(operation(input, options as never))).toEqual(expected);
  });
});
