/**
 * The ported TDDUI invariants against HL7's FHIRPath engine (`fhirpath`, a dev
 * dependency, which runs without runtime code generation): every published
 * expression of the vendored tddui-decision StructureDefinition is evaluated
 * on generated decisions and must agree with the rule that ports it — except
 * the two invariants whose published path is one level too deep, where the
 * test shows the defect (the engine rejects decisions that satisfy the intent).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { checkFhir } from '../index.js';

interface Constraint {
  key: string;
  expression: string;
}
const sd = JSON.parse(readFileSync(new URL('../../test/ans-profiles/StructureDefinition-tddui-decision.json', import.meta.url), 'utf8')) as {
  differential: { element: { id: string; constraint?: Constraint[] }[] };
};
const invariants = new Map<string, { on: 'decision' | 'droit'; expression: string }>();
for (const e of sd.differential.element) {
  for (const c of e.constraint ?? []) invariants.set(c.key, { on: e.id === 'Extension' ? 'decision' : 'droit', expression: c.expression });
}

const RULE_OF: Record<string, string> = {
  motivationLocaleRequired: 'FHIR-DECISION-006',
  DateEffetClotureCardinality: 'FHIR-DECISION-007',
  'PrecisionOrientationValues7.8': 'FHIR-DECISION-002',
  'PrecisionOrientationValues7.9': 'FHIR-DECISION-002',
  'PrecisionOrientationValues8.3': 'FHIR-DECISION-002',
  'PrecisionOrientationValues8.6': 'FHIR-DECISION-002',
  'PrecisionOrientationValues13.1-13.2': 'FHIR-DECISION-003',
  temporaliteAccueilCardinalityViaCategorieDroitPrestation: 'FHIR-DECISION-004',
  cretonCardinality: 'FHIR-DECISION-005',
};
const DEFECTIVE = ['FormationCardinality', 'temporaliteAccueilCardinalityViaTypeDroitPrestation'];

const cc = (code: string) => ({ valueCodeableConcept: { coding: [{ system: 'urn:x', code }] } });
const DECISION = 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision';

const arbitrary = fc.record({
  typeDecision: fc.constantFrom('1', '5'),
  motivation: fc.option(fc.constantFrom('1', '9999'), { nil: undefined }),
  motivationLocale: fc.boolean(),
  dateEffetCloture: fc.boolean(),
  categorie: fc.constantFrom('7', '8', '11', '13', '1'),
  type: fc.constantFrom('7.1', '7.8', '7.9', '8.3', '8.6', '8.7', '8.10', '11.1', '13.1', '13.2', '1.1'),
  precision: fc.option(fc.constantFrom('1', '6', '7', '8', '9', '10', 'UEA', 'UEM'), { nil: undefined }),
  temporalite: fc.boolean(),
  creton: fc.boolean(),
  formation: fc.boolean(),
});
type Shape = typeof arbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(s: Shape) {
  const detail = [
    ...(s.temporalite ? [{ url: 'temporaliteAccueil', ...cc('01') }] : []),
    ...(s.precision === undefined ? [] : [{ url: 'precisionOrientation', ...cc(s.precision) }]),
    ...(s.formation ? [{ url: 'formation', valueBoolean: true }] : []),
  ];
  const droit = {
    url: 'droitPrestation',
    extension: [
      { url: 'categorieDroitPrestation', ...cc(s.categorie) },
      { url: 'typeDroitPrestation', ...cc(s.type) },
      ...(s.creton ? [{ url: 'creton', valueBoolean: true }] : []),
      { url: 'detailPrestation', extension: detail },
    ],
  };
  const decision = {
    url: DECISION,
    extension: [
      { url: 'typeDecision', ...cc(s.typeDecision) },
      ...(s.dateEffetCloture ? [{ url: 'dateEffetCloture', valueDate: '2026-01-01' }] : []),
      ...(s.motivation === undefined ? [] : [{ url: 'motivation', ...cc(s.motivation) }]),
      ...(s.motivationLocale ? [{ url: 'motivationLocale', valueString: 'motif' }] : []),
      droit,
    ],
  };
  return { decision, droit };
}

function holds(invariant: { on: 'decision' | 'droit'; expression: string }, target: { decision: unknown; droit: unknown }): boolean {
  const result = fhirpath.evaluate(
    invariant.on === 'decision' ? target.decision : target.droit,
    { base: 'Extension', expression: invariant.expression },
    undefined,
    r4 as unknown as Parameters<typeof fhirpath.evaluate>[3],
  ) as unknown[];
  return result.length === 0 || result[0] === true;
}

describe('TDDUI decision invariants: ported rules agree with the FHIRPath engine', () => {
  it('reads every invariant of the published StructureDefinition', () => {
    expect([...invariants.keys()].sort()).toEqual([...Object.keys(RULE_OF), ...DEFECTIVE].sort());
  });

  it('agrees on every invariant that the engine evaluates as published', () => {
    fc.assert(
      fc.property(arbitrary, (shape) => {
        const target = build(shape);
        const issues = checkFhir({ resourceType: 'Basic', code: { text: 'd' }, extension: [target.decision] }).issues;
        for (const [key, rule] of Object.entries(RULE_OF)) {
          const failing = !holds(invariants.get(key)!, target);
          const reported = issues.some((i) => i.ruleId === rule && i.details?.['invariant'] === key);
          expect(reported, key).toBe(failing);
        }
      }),
      // 300 shapes in the thorough mode, 100 every day (each evaluates every invariant with the FHIRPath engine).
      { numRuns: runs(300, 100) },
    );
  });

  it('shows the defect of the two invariants declared one level too deep', () => {
    const shape: Shape = {
      typeDecision: '1',
      motivation: undefined,
      motivationLocale: false,
      dateEffetCloture: false,
      categorie: '11',
      type: '11.1',
      precision: undefined,
      temporalite: true,
      creton: false,
      formation: true,
    };
    const target = build(shape);
    expect(holds(invariants.get('FormationCardinality')!, target)).toBe(false); // as published: fails although formation is there
    expect(checkFhir({ resourceType: 'Basic', code: { text: 'd' }, extension: [target.decision] }).issues.map((i) => i.ruleId)).not.toContain('FHIR-DECISION-008');
    const t = build({ ...shape, categorie: '8', type: '8.7' });
    expect(holds(invariants.get('temporaliteAccueilCardinalityViaTypeDroitPrestation')!, t)).toBe(false);
    expect(checkFhir({ resourceType: 'Basic', code: { text: 'd' }, extension: [t.decision] }).issues.map((i) => i.ruleId)).not.toContain('FHIR-DECISION-004');
  });
});
