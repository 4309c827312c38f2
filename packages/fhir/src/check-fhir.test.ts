import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFhir, toOperationOutcome, type FhirCheckReport } from './index.js';
import { assertValidFhir } from '../test/medplum.js';

const example = (name: string): Record<string, any> => JSON.parse(readFileSync(new URL(`../test/ans-examples/${name}`, import.meta.url), 'utf8'));
const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
const ids = (r: FhirCheckReport) => r.issues.map((i) => i.ruleId);

function taskWith(coding: Record<string, unknown>, profile = 'tddui-task-transport-usager', inputCode = 'natureTransport'): Record<string, any> {
  const task = example('Task-tddui-task-transport-usager-example.json');
  task.meta.profile = [`https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/${profile}`];
  const input = task.input.find((i: any) => i.type.coding[0].code === 'natureTransport');
  input.type.coding[0].code = inputCode;
  input.valueCodeableConcept = { coding: [coding] };
  return task;
}

describe('checkFhir on the real ANS examples', () => {
  it.each([
    'Bundle-tddui-bundle-example.json',
    'Questionnaire-tddui-questionnaire-serafin.json',
    'QuestionnaireResponse-tddui-questionnaire-response-serafin-precision-example.json',
    'Task-tddui-task-transport-usager-example.json',
  ])('%s: no issue', (name) => {
    const report = checkFhir(example(name));
    expect(report.issues).toEqual([]);
    expect(report.valid).toBe(true);
    assertValidFhir(toOperationOutcome(report));
  });

  it('counts every resource of the bundle', () => {
    expect(checkFhir(example('Bundle-tddui-bundle-example.json')).resources).toBe(9);
  });
});

describe('numberings under the SERAFIN-PH system', () => {
  it('a CNSA 2018 code, with its ANS 2023 translation', () => {
    const report = checkFhir(taskWith({ system: SERAFIN, code: '1.1.1.3' }));
    const issue = report.issues.find((i) => i.ruleId === 'FHIR-NUMBERING-001')!;
    expect(issue.severity).toBe('error');
    expect(issue.expression).toBe('Task.input[6].value.ofType(CodeableConcept).coding[0].code');
    expect(issue.path).toBe('/input/6/valueCodeableConcept/coding/0/code');
    expect(issue.details).toMatchObject({ translation: [{ code: '1.1.3', equivalence: 'equivalent' }] });
    expect(issue.message).toContain('1.1.3');
  });

  it('a ROR TRE_R265 id, with its ANS 2023 translation', () => {
    const report = checkFhir(taskWith({ system: SERAFIN, code: '011' }, 'tddui-task-prestation', 'typePrestation'));
    const issue = report.issues.find((i) => i.ruleId === 'FHIR-NUMBERING-002')!;
    expect(issue.details).toMatchObject({ translation: [{ code: '2.2.1' }] });
    expect(issue.message).toContain('2.2.1');
  });

  it('an ANS code carrying the CNSA label of the same number', () => {
    const report = checkFhir(taskWith({ system: SERAFIN, code: '2.2.1', display: 'Accompagnements pour la communication et les relations avec autrui' }));
    // "2.2.1.2" in CNSA is that label; "2.2.1" in CNSA is another concept whose label is not established, so this is a plain display mismatch
    expect(ids(report)).toContain('FHIR-DISPLAY-001');
  });

  it('a deprecated code with its replacement', () => {
    const report = checkFhir(taskWith({ system: SERAFIN, code: '2.4.1' }, 'tddui-task-prestation', 'typePrestation'));
    const issue = report.issues.find((i) => i.ruleId === 'FHIR-CODE-002')!;
    expect(issue.details).toMatchObject({ replacedBy: '2.4' });
    expect(report.valid).toBe(true);
  });
});

describe('profile bindings', () => {
  it('accepts a prestation in tddui-task-prestation although the published tddui-serafin is empty', () => {
    const report = checkFhir(
      taskWith({ system: SERAFIN, code: '2.3.1.1', display: 'Accompagnements à l’expression du projet personnalisé' }, 'tddui-task-prestation', 'typePrestation'),
    );
    expect(report.issues).toEqual([]);
  });

  it('rejects a besoin in tddui-task-prestation (J283 ∪ J284)', () => {
    const report = checkFhir(taskWith({ system: SERAFIN, code: '1.1' }, 'tddui-task-prestation', 'typePrestation'));
    expect(ids(report)).toEqual(['FHIR-BINDING-001']);
    expect(report.issues[0]!.expression).toBe('Task.input[6].value.ofType(CodeableConcept)');
  });

  it('rejects a prestation in natureTransport (J282)', () => {
    expect(ids(checkFhir(taskWith({ system: SERAFIN, code: '2.3.1.1' })))).toEqual(['FHIR-BINDING-001']);
  });

  it('binds ServiceRequest.category to J285 (besoins) only with the profile', () => {
    const sr = {
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/1' },
      category: [{ coding: [{ system: SERAFIN, code: '2.3.1.1' }] }],
    };
    expect(ids(checkFhir(sr))).toEqual([]);
    const profiled = { ...sr, meta: { profile: ['https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-service-request-besoin|2.2.0'] } };
    expect(ids(checkFhir(profiled))).toEqual(['FHIR-BINDING-001']);
    expect(checkFhir(profiled, { bindings: false }).issues).toEqual([]);
  });
});

describe('systems', () => {
  it('a placeholder ANS system is an error; other systems are left alone', () => {
    const report = checkFhir(taskWith({ system: 'https://mos.esante.gouv.fr/NOS/TRE_XXX-Placeholder/FHIR/TRE-XXX-Placeholder', code: '1' }));
    expect(ids(report)).toContain('FHIR-SYSTEM-001');
    expect(report.issues.find((i) => i.ruleId === 'FHIR-SYSTEM-001')!.expression).toBe('Task.input[6].value.ofType(CodeableConcept).coding[0].system');
    expect(checkFhir(taskWith({ system: 'http://example.org/x', code: 'zz' }, 'none')).issues).toEqual([]);
  });

  it('recognises both ANS URL styles and the OID of a list', () => {
    const codes = (system: string) => checkFhir({ resourceType: 'Basic', code: { coding: [{ system, code: '999' }] } });
    for (const system of [
      'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation',
      'https://mos.esante.gouv.fr/NOS/TRE_R420-DroitPrestation/FHIR/TRE-R420-DroitPrestation',
      'urn:oid:1.2.250.1.213.3.3.271',
    ]) {
      expect(ids(codes(system))).toEqual(['FHIR-CODE-001']);
    }
  });

  it('a NOS URL cut after its identifier (a draft of the SDO guide): the canonical of a carried list, a value set, else truncated', () => {
    const one = (system: string, code = '47', display?: string) =>
      checkFhir({ resourceType: 'Basic', code: { coding: [{ system, code, ...(display === undefined ? {} : { display }) }] } }).issues.map((i) => [
        i.ruleId,
        i.details?.['reason'] ?? i.details?.['canonical'] ?? i.details?.['valueSet'],
      ]);
    const r213 = 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge';
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/')).toEqual([['FHIR-SYSTEM-003', r213]]);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge')).toEqual([['FHIR-SYSTEM-003', r213]]);
    // the code is then read under the list: a wrong display is seen
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/', '47', 'Mode de prise en charge').map(([id]) => id)).toEqual(['FHIR-SYSTEM-003', 'FHIR-DISPLAY-001']);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/', '9999').map(([id]) => id)).toEqual(['FHIR-SYSTEM-003', 'FHIR-CODE-001']);
    expect(one('https://mos.esante.gouv.fr/NOS/JDV_J252-StatutPersonnePriseChargeESMS/')).toEqual([['FHIR-SYSTEM-002', 'JDV_J252']]);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R244-CategorieOrganisation/')).toEqual([['FHIR-SYSTEM-001', 'truncated']]);
    // another list's name after a carried identifier is not that list
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R213-CategorieOrganisation/')).toEqual([['FHIR-SYSTEM-001', 'truncated']]);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_XXX-typeDroitPrestation/')).toEqual([['FHIR-SYSTEM-001', 'placeholder']]);
  });

  it('TRE_R66, of which the SDK holds only an extract: a real code outside it is an information, not an unknown code', () => {
    const R66 = 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement';
    const org = (code: string, display?: string) =>
      checkFhir({ resourceType: 'Organization', type: [{ coding: [{ system: R66, code, ...(display === undefined ? {} : { display }) }] }] });
    // 101 « Centre hospitalier régional (CHR) », as in the fr-core and SAS organization examples: was FHIR-CODE-001, an error
    const chr = org('101', 'Centre hospitalier régional (CHR)');
    expect(chr.issues.map((i) => [i.ruleId, i.severity, i.expression])).toEqual([['FHIR-CODE-004', 'info', 'Organization.type[0].coding[0].code']]);
    expect(chr.valid).toBe(true);
    expect(chr.issues[0]!.message).toContain('TRE_R66');
    expect(chr.issues[0]!.details).toMatchObject({ code: '101', list: 'TRE_R66', held: 81, declared: 322 });
    // a code of the extract is checked as before (460, in the ROR organization example)
    expect(org('460', 'Service autonomie aide (SAA)').issues).toEqual([]);
    expect(org('460', 'Autre libellé').issues.map((i) => i.ruleId)).toEqual(['FHIR-DISPLAY-001']);
    // lists held whole still report an unknown code as an error
    expect(
      checkFhir({ resourceType: 'Basic', code: { coding: [{ system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation', code: '99' }] } }).issues.map(
        (i) => i.ruleId,
      ),
    ).toEqual(['FHIR-CODE-001']);
  });

  it('an SMT URL written with the NOS identifier (…/fhir/CodeSystem/TRE-R213-ModePriseEnCharge): the canonical of the list, and its code checked', () => {
    const one = (system: string, code: string) =>
      checkFhir({ resourceType: 'Basic', code: { coding: [{ system, code }] } }).issues.map((i) => [i.ruleId, i.details?.['canonical'] ?? i.details?.['reason']]);
    const r213 = 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge';
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/TRE-R213-ModePriseEnCharge', '47')).toEqual([['FHIR-SYSTEM-003', r213]]);
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/TRE-R213-ModePriseEnCharge', '9999')).toEqual([
      ['FHIR-SYSTEM-003', r213],
      ['FHIR-CODE-001', undefined],
    ]);
    // a list the SDK does not carry, or another list's name, stays inconsistent
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/TRE-R999-Inconnue', '1')).toEqual([['FHIR-SYSTEM-001', 'inconsistent']]);
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/TRE-R213-CategorieOrganisation', '47')).toEqual([['FHIR-SYSTEM-001', 'inconsistent']]);
  });

  it('real SMT resources the SDK does not carry are left alone; a value set stays a value set, a placeholder a placeholder', () => {
    const one = (system: string) =>
      checkFhir({ resourceType: 'Basic', code: { coding: [{ system, code: 'x' }] } }).issues.map((i) => [i.ruleId, i.details?.['reason'] ?? i.details?.['valueSet']]);
    // code system supplements of the ANS terminology server: not TRE-shaped, real (were FHIR-SYSTEM-001 unknown-shape)
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/actMood-supplement-fr')).toEqual([]);
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/timingEvent-supplement-fr')).toEqual([]);
    // a TDDUI value set without a number (aliases.fsh: $JDV-TypeEvenement-SSIAD-CISIS), written as a system: a value set, not a placeholder
    expect(one('https://smt.esante.gouv.fr/fhir/ValueSet/jdv-type-evenement-ssiad-cisis')).toEqual([['FHIR-SYSTEM-002', 'jdv-type-evenement-ssiad-cisis']]);
    expect(one('https://smt.esante.gouv.fr/fhir/ValueSet/some-value-set')).toEqual([['FHIR-SYSTEM-002', 'some-value-set']]);
    // placeholders are still placeholders
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/tre-rxxx-type-droit-prestation')).toEqual([['FHIR-SYSTEM-001', 'placeholder']]);
    expect(one('https://smt.esante.gouv.fr/fhir/CodeSystem/tre-xxx-type-droit-prestation')).toEqual([['FHIR-SYSTEM-001', 'placeholder']]);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_XXX-Placeholder/FHIR/TRE-XXX-Placeholder')).toEqual([['FHIR-SYSTEM-001', 'placeholder']]);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_RXXX-typeDroitPrestation/FHIR/TRE-RXXX-typeDroitPrestation')).toEqual([['FHIR-SYSTEM-001', 'placeholder']]);
  });

  it('a value set URL as a system, a non-canonical SERAFIN-PH URL', () => {
    const one = (system: string) => ids(checkFhir({ resourceType: 'Basic', code: { coding: [{ system, code: '1' }] } }));
    expect(one('https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j401-categorie-droit-prestation-ms')).toEqual(['FHIR-SYSTEM-002']);
    expect(one('http://smt.esante.gouv.fr/terminologie-SERAFINPH')).toEqual(['FHIR-SYSTEM-003']);
    expect(one('https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM')).toEqual([]);
  });
});

describe('never throws', () => {
  it.each([null, 1, 'x', [], {}, { resourceType: 3 }])('%j is reported as not a resource', (value) => {
    const report = checkFhir(value);
    expect(ids(report)).toEqual(['FHIR-INPUT-001']);
    assertValidFhir(toOperationOutcome(report));
  });

  it('walks any depth', () => {
    let deep: Record<string, unknown> = { system: SERAFIN, code: 'nope' };
    for (let i = 0; i < 20000; i++) deep = { extension: [deep] };
    const report = checkFhir({ resourceType: 'Basic', ...deep });
    expect(ids(report)).toEqual(['FHIR-CODE-001']);
  });
});

describe('in-memory values that are not JSON', () => {
  it('a cycle is reported where it closes and not walked again; the rest is checked', () => {
    const task = taskWith({ system: SERAFIN, code: '1.1.1' });
    task['extension'] = [{ url: 'https://example.org/x', valueReference: { self: task } }];
    const report = checkFhir(task);
    expect(report.issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['FHIR-BINDING-001', expect.stringMatching(/^\/input\/\d+\/valueCodeableConcept$/)],
      ['FHIR-INPUT-002', '/extension/0/valueReference/self'],
    ]);
    expect(report.valid).toBe(false);
    assertValidFhir(toOperationOutcome(report));
  });

  it('a Bundle entry holding the Bundle itself', () => {
    const bundle: Record<string, any> = { resourceType: 'Bundle', type: 'collection', entry: [] };
    bundle['entry'].push({ resource: bundle });
    expect(checkFhir(bundle).issues.map((i) => [i.ruleId, i.path])).toEqual([['FHIR-INPUT-002', '/entry/0/resource']]);
  });

  it('an object shared by two places (no cycle) is checked at each place', () => {
    const coding = { system: SERAFIN, code: 'nope' };
    const report = checkFhir({ resourceType: 'Basic', code: { coding: [coding, coding] }, extension: [{ url: 'https://example.org/x', valueCoding: coding }] });
    expect(report.issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['FHIR-CODE-001', '/code/coding/0/code'],
      ['FHIR-CODE-001', '/code/coding/1/code'],
      ['FHIR-CODE-001', '/extension/0/valueCoding/code'],
    ]);
  });

  it('a getter or a proxy that throws: FHIR-INPUT-002 where it throws, the rest checked, no exception', () => {
    const throwing = {
      resourceType: 'Basic',
      code: { coding: [{ system: SERAFIN, code: 'nope' }] },
      get extension(): unknown {
        throw new Error('getter');
      },
    };
    const report = checkFhir(throwing);
    expect(report.issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['FHIR-INPUT-002', '/extension'],
      ['FHIR-CODE-001', '/code/coding/0/code'],
    ]);
    expect(report.valid).toBe(false);
    assertValidFhir(toOperationOutcome(report));
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy');
        },
        ownKeys() {
          throw new Error('proxy');
        },
      },
    );
    expect(ids(checkFhir(proxy))).toEqual(['FHIR-INPUT-002']);
    expect(checkFhir({ resourceType: 'Bundle', entry: [{ resource: proxy }] }).issues.map((i) => [i.ruleId, i.path])).toEqual([['FHIR-INPUT-002', '/entry/0/resource']]);
  });

  it('options that are null, not an object, of the wrong types or that throw keep their defaults and never change the report', () => {
    const task = taskWith({ system: SERAFIN, code: '1.1.1' });
    const expected = checkFhir(task);
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('options');
        },
      },
    );
    const throwingVersions = {
      valueSetVersions: new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('versions');
          },
        },
      ),
    };
    for (const options of [null, 'en', 42, throwing, throwingVersions, { lang: 'de', bindings: 'no', maxIssues: '1', referenceDate: 20260101 }]) {
      expect(checkFhir(task, options as never)).toEqual(expected);
    }
    expect(checkFhir(task, { lang: 'en' }).issues[0]!.message).toMatch(/^[A-Z]/);
    // a limit below 1 would collect nothing and call an invalid input valid
    for (const maxIssues of [0, -1, Number.NaN]) expect(checkFhir(task, { maxIssues })).toEqual(expected);
    expect(checkFhir({}, { maxIssues: 0 }).valid).toBe(false);
  });
});
