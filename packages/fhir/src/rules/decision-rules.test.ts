import { describe, expect, it } from 'vitest';
import { checkFhir } from '../index.js';

const R420 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation';
const R327 = 'https://mos.esante.gouv.fr/NOS/TRE_R327-TypeDecision/FHIR/TRE-R327-TypeDecision';
const R422 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r422-qualification-orientation';
const R240 = 'https://mos.esante.gouv.fr/NOS/TRE_R240-TemporaliteAccueil/FHIR/TRE-R240-TemporaliteAccueil';
const R426 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r426-orientation';
const DECISION = 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision';

const cc = (system: string, code: string) => ({ valueCodeableConcept: { coding: [{ system, code }] } });

interface Options {
  categorie: string;
  type: string;
  typeDecision?: string;
  detail?: Record<string, unknown>[];
  droit?: Record<string, unknown>[];
}

function decision(o: Options): Record<string, unknown> {
  return {
    resourceType: 'Basic',
    code: { text: 'décision' },
    extension: [
      {
        url: DECISION,
        extension: [
          { url: 'typeDecision', ...cc(R327, o.typeDecision ?? '1') },
          {
            url: 'droitPrestation',
            extension: [
              { url: 'categorieDroitPrestation', ...cc(R420, o.categorie) },
              { url: 'typeDroitPrestation', ...cc(R420, o.type) },
              { url: 'natureDroitPrestation', ...cc(R327, '1') },
              { url: 'dateOuverture', valueDate: '2026-01-01' },
              { url: 'dateEcheance', valueDate: '2027-01-01' },
              { url: 'existencePAG', valueBoolean: false },
              ...(o.droit ?? []),
              { url: 'detailPrestation', extension: [{ url: 'qualificationOrientation', ...cc(R422, '1') }, ...(o.detail ?? [])] },
            ],
          },
        ],
      },
    ],
  };
}

const ids = (d: Record<string, unknown>) => checkFhir(d).issues.map((i) => i.ruleId);

describe('tddui-decision', () => {
  it('a consistent decision has no issue', () => {
    expect(ids(decision({ categorie: '1', type: '1.1' }))).toEqual([]);
  });

  it('checks motivation against JDV_J399 (TRE_R419 as published: 215 and 9999 accepted, an unknown code refused)', () => {
    const R419 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r419-motivation';
    const withMotivation = (code: string) => {
      const d = decision({ categorie: '1', type: '1.1' }) as { extension: { extension: Record<string, unknown>[] }[] };
      d.extension[0]!.extension.splice(1, 0, { url: 'motivation', ...cc(R419, code) });
      // « Autre » asks for the free-text motivation (FHIR-DECISION-006).
      if (code === '9999') d.extension[0]!.extension.splice(2, 0, { url: 'motivationLocale', valueString: 'motif' });
      return d;
    };
    for (const code of ['215', '9999']) {
      const report = checkFhir(withMotivation(code));
      expect(
        report.issues.map((i) => i.ruleId),
        code,
      ).toEqual([]);
      expect(report.notChecked, code).toEqual([]);
    }
    const bad = checkFhir(withMotivation('1'));
    expect(bad.issues.map((i) => [i.ruleId, i.severity])).toEqual([['FHIR-BINDING-001', 'error']]);
    expect(bad.issues[0]!.expression).toBe('Basic.extension[0].extension[1].value.ofType(CodeableConcept)');
  });

  it('a type or a category TRE_R420 does not have is reported, never thrown (found on a mutated ANS example)', () => {
    // parent() of an unknown code threw ReferentielCodeError out of checkFhir(), which never throws
    for (const [categorie, type] of [
      ['8', '8.99'],
      ['8', ''],
      ['99', '8.1'],
      ['99', '99.1'],
    ] as const) {
      const report = checkFhir(decision({ categorie, type }));
      expect(
        report.issues.filter((i) => i.ruleId === 'FHIR-DECISION-001'),
        `${categorie} / ${type}`,
      ).toEqual([]);
      expect(report.issues.some((i) => i.ruleId === 'FHIR-CODE-001' || i.ruleId === 'FHIR-CODE-003')).toBe(true);
    }
  });

  it('a type of another category is caught (TRE_R420 hierarchy)', () => {
    const report = checkFhir(decision({ categorie: '1', type: '2.1' }));
    expect(report.issues.map((i) => i.ruleId)).toEqual(['FHIR-DECISION-001']);
    expect(report.issues[0]!.details).toMatchObject({ type: '2.1', expectedCategory: '2' });
    expect(report.issues[0]!.expression).toBe('Basic.extension[0].extension[1].extension[1].value.ofType(CodeableConcept)');
  });

  it('a category code as type breaks the J402 binding', () => {
    expect(ids(decision({ categorie: '1', type: '1' }))).toEqual(['FHIR-BINDING-001']);
  });

  it('a nature outside J400 and a type of decision outside J398', () => {
    expect(ids(decision({ categorie: '1', type: '1.1', typeDecision: '6' }))).toEqual(['FHIR-BINDING-001']);
  });

  it('closing decision without dateEffetCloture (DateEffetClotureCardinality)', () => {
    expect(ids(decision({ categorie: '1', type: '1.1', typeDecision: '5' }))).toEqual(['FHIR-DECISION-007']);
  });

  it('category 7 requires temporality and Creton', () => {
    const t = checkFhir(decision({ categorie: '7', type: '7.1' })).issues.map((i) => i.ruleId);
    expect(t).toEqual(['FHIR-DECISION-004', 'FHIR-DECISION-005']);
    expect(ids(decision({ categorie: '7', type: '7.1', detail: [{ url: 'temporaliteAccueil', ...cc(R240, '02') }], droit: [{ url: 'creton', valueBoolean: false }] }))).toEqual([]);
  });

  it('précision allowed per type (PrecisionOrientationValues7.8)', () => {
    const base = { categorie: '7', type: '7.8', droit: [{ url: 'creton', valueBoolean: false }] };
    const ok = decision({
      ...base,
      detail: [
        { url: 'temporaliteAccueil', ...cc(R240, '01') },
        { url: 'precisionOrientation', ...cc(R426, '1') },
      ],
    });
    expect(ids(ok)).toEqual([]);
    const bad = decision({
      ...base,
      detail: [
        { url: 'temporaliteAccueil', ...cc(R240, '01') },
        { url: 'precisionOrientation', ...cc('https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r408-type-enseignement-specialise', '9') },
      ],
    });
    expect(ids(bad)).toEqual(['FHIR-DECISION-002']);
  });

  it('temporality outside J30', () => {
    const d = decision({ categorie: '7', type: '7.1', detail: [{ url: 'temporaliteAccueil', ...cc(R240, '03') }], droit: [{ url: 'creton', valueBoolean: true }] });
    expect(ids(d)).toEqual(['FHIR-BINDING-001', 'FHIR-CODE-001']);
  });
});
