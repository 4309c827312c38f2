import { describe, expect, it } from 'vitest';
import { checkFhir } from '../check-fhir.js';
import { BOUND_VALUE_SETS, boundValueSet, chooseVersion, contains } from './value-sets.js';

const J264 = 'https://mos.esante.gouv.fr/NOS/JDV_J264-ModeEtCentreDePriseEnCharge-MDPH/FHIR/JDV-J264-ModeEtCentreDePriseEnCharge-MDPH';
const R213 = 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge';

/** An SDO esms-task whose modePriseCharge input holds TRE_R213 `code`. */
const task = (code: string) => ({
  resourceType: 'Task',
  meta: { profile: ['https://interop.esante.gouv.fr/ig/fhir/sdo/StructureDefinition/esms-task'] },
  status: 'requested',
  intent: 'order',
  input: [
    {
      type: { coding: [{ system: 'https://interop.esante.gouv.fr/ig/fhir/sdo/CodeSystem/input-task-sdo-codesystem', code: 'modePriseCharge' }] },
      valueCodeableConcept: { coding: [{ system: R213, code }] },
    },
  ],
});

const bindingIssues = (code: string, options: Parameters<typeof checkFhir>[1] = {}) => checkFhir(task(code), options).issues.filter((i) => i.ruleId === 'FHIR-BINDING-001');

describe('value sets held in several versions (JDV_J264)', () => {
  it('holds both 2026 versions of JDV_J264: 49 only in the first, 238 only in the second', () => {
    const vs = boundValueSet(J264)!;
    expect(vs.versions?.map((v) => v.version)).toEqual(['20260601120000', '20260730120000']);
    const [june, july] = vs.versions!;
    expect(contains(june!, R213, '49')).toBe(true);
    expect(contains(july!, R213, '49')).toBe(false);
  });

  it('checks the newest version by default, and says which version holds the code', () => {
    const issues = bindingIssues('49');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('JDV_J264 20260730120000');
    expect(issues[0]!.message).toContain('Il figure dans la version 20260601120000');
    expect(issues[0]!.details).toMatchObject({ valueSet: `${J264}|20260730120000` });
    expect(bindingIssues('46')).toEqual([]);
  });

  it('uses the version in force at referenceDate', () => {
    expect(bindingIssues('49', { referenceDate: '2026-07-01' })).toEqual([]);
    expect(bindingIssues('49', { referenceDate: '2026-07-30' })).toHaveLength(1);
    // before every version held: the oldest
    expect(bindingIssues('49', { referenceDate: '2025-01-01' })).toEqual([]);
  });

  it('uses a pinned version, and never another in place of one it does not hold', () => {
    expect(bindingIssues('49', { valueSetVersions: { JDV_J264: '20260601120000' } })).toEqual([]);
    expect(bindingIssues('49', { valueSetVersions: { [J264]: '20260601120000' } })).toEqual([]);
    const report = checkFhir(task('49'), { valueSetVersions: { JDV_J264: '20250101000000' } });
    expect(report.issues.filter((i) => i.ruleId === 'FHIR-BINDING-001')).toEqual([]);
    expect(report.notChecked).toEqual([expect.objectContaining({ valueSet: J264, reason: 'value-set-version-not-carried' })]);
  });

  it('takes every bound value set but tddui-serafin from the nomenclature, J399 included', () => {
    for (const vs of BOUND_VALUE_SETS) {
      expect(vs.members, vs.name).toBeDefined();
      expect(vs.note, vs.name).toMatch(/^@serafin-ph\/nomenclature|^Published/);
    }
    const j399 = boundValueSet('https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j399-motivation-ms')!;
    const members = j399.members!();
    expect(members).toHaveLength(352);
    expect(new Set(members.map((m) => m.system))).toEqual(new Set(['https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r419-motivation']));
    expect(members.find((m) => m.code === '215')?.display).toBe('Attrib AAH L821-1');
    expect(members.find((m) => m.code === '9999')?.display).toBe('Autre');
    expect(members.find((m) => m.code === '9998')?.display).toBe('Rejet dossier irrecevable');
    expect(members.some((m) => m.code === '1')).toBe(false);
    expect(
      chooseVersion(boundValueSet('https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j398-type-decision-ms')!, { referenceDate: '2020-01-01' })
        ?.members?.()
        .map((m) => m.code),
    ).toEqual(['1', '5']);
  });
});
