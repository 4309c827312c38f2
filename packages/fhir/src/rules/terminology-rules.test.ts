import { readdirSync, readFileSync } from 'node:fs';
import { toFhirCodeSystem, toFhirConceptMap, toFhirValueSet } from '@serafin-ph/nomenclature/fhir';
import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { checkFhir, toOperationOutcome } from '../index.js';
import { assertValidFhir } from '../../test/medplum.js';

const dir = new URL('../../test/ans-value-sets/', import.meta.url);
const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
const ROR = 'https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin';

describe('the ANS value sets bound by TDDUI and SDO', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files)('%s', (file) => {
    const report = checkFhir(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    const expected = file === 'ValueSet-tddui-serafin.json' ? ['FHIR-TERMINOLOGY-001'] : [];
    expect(report.issues.map((i) => i.ruleId)).toEqual(expected);
    assertValidFhir(toOperationOutcome(report));
  });
});

describe('ValueSet compose', () => {
  it('the union written as two includes is fine; unknown and CNSA codes are caught', () => {
    const vs = {
      resourceType: 'ValueSet',
      status: 'active',
      compose: {
        include: [
          { valueSet: ['https://mos.esante.gouv.fr/NOS/JDV_J283-PrestationsIndirects_SERAFIN/FHIR/JDV-J283-PrestationsIndirects-SERAFIN'] },
          { valueSet: ['https://mos.esante.gouv.fr/NOS/JDV_J284-PrestationsDirects_SERAFIN/FHIR/JDV-J284-PrestationsDirects-SERAFIN'] },
          { system: SERAFIN, concept: [{ code: '9.9' }, { code: '2.2.1.2' }, { code: '2.3.1.1' }] },
        ],
      },
    };
    const report = checkFhir(vs);
    expect(report.issues.map((i) => [i.ruleId, i.expression])).toEqual([
      ['FHIR-TERMINOLOGY-002', 'ValueSet.compose.include[2].concept[0].code'],
      ['FHIR-NUMBERING-001', 'ValueSet.compose.include[2].concept[1].code'],
    ]);
  });

  it('an include of a system and a value set that share nothing', () => {
    const vs = {
      resourceType: 'ValueSet',
      status: 'draft',
      compose: {
        include: [
          {
            system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation',
            valueSet: ['https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN'],
          },
        ],
      },
    };
    expect(checkFhir(vs).issues.map((i) => i.ruleId)).toEqual(['FHIR-TERMINOLOGY-001']);
  });

  it('expansion members are Codings and are checked', () => {
    const vs = {
      resourceType: 'ValueSet',
      status: 'active',
      expansion: {
        timestamp: '2026-01-01T00:00:00Z',
        contains: [
          { system: SERAFIN, code: '2.3.1.1' },
          { system: SERAFIN, code: '012' },
        ],
      },
    };
    expect(checkFhir(vs).issues.map((i) => [i.ruleId, i.expression])).toEqual([['FHIR-NUMBERING-002', 'ValueSet.expansion.contains[1].code']]);
  });
});

describe('ConceptMap groups', () => {
  it('a ROR id under the SERAFIN-PH system as source, an unknown target', () => {
    const map = {
      resourceType: 'ConceptMap',
      status: 'draft',
      group: [
        {
          source: SERAFIN,
          target: ROR,
          element: [
            { code: '011', target: [{ code: '011', equivalence: 'equivalent' }] },
            { code: '2.2.1', target: [{ code: '999', equivalence: 'equivalent' }] },
          ],
        },
      ],
    };
    expect(checkFhir(map).issues.map((i) => [i.ruleId, i.expression])).toEqual([
      ['FHIR-NUMBERING-002', 'ConceptMap.group[0].element[0].code'],
      ['FHIR-TERMINOLOGY-003', 'ConceptMap.group[0].element[1].target[0].code'],
    ]);
  });
});

describe('the SDK’s own FHIR exports', () => {
  const resources: [string, unknown][] = [
    ['CodeSystem', toFhirCodeSystem()],
    ...(['J282', 'J283', 'J284', 'J285', 'prestations'] as const).map((id): [string, unknown] => [`ValueSet ${id}`, toFhirValueSet(id)]),
    ['ConceptMap cnsa-2018 → ans-2023', toFhirConceptMap('cnsa-2018', 'ans-2023')],
    ['ConceptMap ror-r265 → ans-2023', toFhirConceptMap('ror-r265', 'ans-2023')],
    ['ConceptMap ans-2023 → ror-r265', toFhirConceptMap('ans-2023', 'ror-r265')],
  ];
  it.each(resources)('%s is valid FHIR R4 and passes the checker', (_name, resource) => {
    assertValidFhir(resource as Resource);
    expect(checkFhir(resource).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
