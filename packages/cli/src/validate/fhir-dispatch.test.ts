import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@serafin-ph/validators';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from './run-validate.js';
import { checkAsFhir, withFhir } from './fhir-dispatch.js';
import type { FileEntry } from './types.js';

const examples = new URL('../../../fhir/test/ans-examples/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'serafin-fhir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

copyFileSync(new URL('../../../fixtures/data/examples/pag.json', import.meta.url), join(dir, 'pag.json'));
copyFileSync(new URL('Bundle-tddui-bundle-example.json', examples), join(dir, 'bundle.json'));
const task = JSON.parse(readFileSync(new URL('Task-tddui-task-transport-usager-example.json', examples), 'utf8'));
const ror = structuredClone(task);
ror.input[6].valueCodeableConcept.coding[0].code = '011';
writeFileSync(join(dir, 'bulk.ndjson'), `${JSON.stringify(task)}\n${JSON.stringify(ror)}\n`);

async function run(inputs: string[], fn = withFhir(validate)): Promise<{ exitCode: number; entries: FileEntry[] }> {
  const entries: FileEntry[] = [];
  const result = await runValidate({ inputs, validate: fn, validateOptions: { referenceDate: '2025-12-01' }, onEntry: (e) => void entries.push(e) });
  return { exitCode: result.exitCode, entries };
}

describe('serafin validate on a mixed folder (PAG + FHIR JSON + FHIR NDJSON)', () => {
  it('checks each input with the right checker, in one run, exit code 1 for the ROR id', async () => {
    const { exitCode, entries } = await run([dir]);
    expect(entries.map((e) => [e.path.slice(dir.length + 1), e.line ?? null, e.typeDocument, e.valid])).toEqual([
      ['bulk.ndjson', 1, 'fhir', true],
      ['bulk.ndjson', 2, 'fhir', false],
      ['bundle.json', null, 'fhir', true],
      ['pag.json', null, 'pag', true],
    ]);
    expect(entries[1]!.issues.map((i) => i.ruleId)).toEqual(['FHIR-BINDING-001', 'FHIR-NUMBERING-002']);
    expect(entries[1]!.issues[1]!.details).toMatchObject({ expression: 'Task.input[6].value.ofType(CodeableConcept).coding[0].code' });
    expect(exitCode).toBe(1);
  });

  it('exit code 0 when everything is valid, 2 when an input is missing', async () => {
    expect((await run([join(dir, 'bundle.json'), join(dir, 'pag.json')])).exitCode).toBe(0);
    expect((await run([join(dir, 'bundle.json'), join(dir, 'missing.json')])).exitCode).toBe(2);
  });

  it('serafin fhir check reads every input as FHIR', async () => {
    const { entries } = await run([join(dir, 'pag.json')], checkAsFhir);
    expect(entries[0]!.issues.map((i) => i.ruleId)).toEqual(['FHIR-INPUT-001']);
  });

  it('--type forces the validators even on a resource', () => {
    expect(withFhir(validate)({ resourceType: 'Patient' }, { typeDocument: 'pag' }).typeDocument).toBe('pag');
  });
});

describe('checkAsFhir and the reference date', () => {
  // an SDO esms-task whose modePriseCharge is TRE_R213 49: in JDV_J264 20260601120000, dropped on 2026-07-30
  const esmsTask = {
    resourceType: 'Task',
    meta: { profile: ['https://interop.esante.gouv.fr/ig/fhir/sdo/StructureDefinition/esms-task'] },
    status: 'requested',
    intent: 'order',
    input: [
      {
        type: { coding: [{ code: 'modePriseCharge' }] },
        valueCodeableConcept: { coding: [{ system: 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge', code: '49' }] },
      },
    ],
  };
  it('checks a value set held in several versions in the version in force at --date', () => {
    expect(checkAsFhir(esmsTask, { referenceDate: '2026-07-01' }).issues.filter((i) => i.ruleId === 'FHIR-BINDING-001')).toEqual([]);
    expect(checkAsFhir(esmsTask, { referenceDate: '2026-08-01' }).issues.filter((i) => i.ruleId === 'FHIR-BINDING-001')).toHaveLength(1);
    expect(checkAsFhir(esmsTask).issues.filter((i) => i.ruleId === 'FHIR-BINDING-001')).toHaveLength(1);
  });
});
