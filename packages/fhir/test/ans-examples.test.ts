/**
 * Every real ANS example vendored in `ans-examples/` (PROVENANCE.md) through
 * `checkFhir` and through @medplum/core's R4 validator: the exact issues
 * expected (none, or each justified), the SERAFIN-PH codes recognised, and
 * for each example the mistakes a real sender could make, each caught by its
 * rule at its location.
 *
 * Chaque exemple réel de l'ANS : aucune anomalie, ou chacune justifiée ; les
 * codes SERAFIN-PH reconnus ; et les erreurs qu'un émetteur pourrait faire,
 * chacune détectée au bon endroit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { lookup } from '@serafin-ph/nomenclature';
import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { checkFhir, toOperationOutcome, type FhirCheckReport } from '../src/index.js';
import { assertValidFhir } from './medplum.js';

const DIR = new URL('./ans-examples/', import.meta.url);
const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
const R213 = 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge';
const R420 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation';
const R66 = 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement';
/** A CNSA 2018 code that is not an ANS 2023 code: what a sender still on the old numbering writes. */
const OLD_NUMBERING = '1.1.1.3';

type Json = Record<string, any>;

const load = (file: string): Json => JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Json;

/** One issue as the tests compare it. */
interface Expected {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly expression: string;
  /** Why the issue is right (an expected finding on an official example must say why and where that is written). */
  readonly why?: string;
}

interface Mutation {
  /** The mistake, as a sender would make it. */
  readonly mistake: string;
  readonly apply: (resource: Json) => void;
  /** The issue that must be among the report's issues. */
  readonly caught: Omit<Expected, 'why'>;
}

interface Example {
  readonly file: string;
  readonly ig: 'TDDUI' | 'SDO' | 'ROR';
  /** Resources counted by checkFhir (the root, bundle entries, contained). */
  readonly resources: number;
  /** SERAFIN-PH codes of the example, in document order. */
  readonly serafin: readonly string[];
  /** Every issue checkFhir reports, exactly. */
  readonly issues: readonly Expected[];
  readonly mutations: readonly Mutation[];
}

const TRANSPORT = 'input[6].value.ofType(CodeableConcept)';

function transportMutations(prefix: string, at: (r: Json) => Json): Mutation[] {
  return [
    {
      mistake: 'an old-numbering (CNSA 2018) code under the ANS system',
      apply: (r) => (at(r)['input'][6].valueCodeableConcept.coding[0].code = OLD_NUMBERING),
      caught: { ruleId: 'FHIR-NUMBERING-001', severity: 'error', expression: `${prefix}${TRANSPORT}.coding[0].code` },
    },
    {
      mistake: 'a prestation (J284) where the profile binds the transports (J282)',
      apply: (r) => (at(r)['input'][6].valueCodeableConcept.coding[0] = { system: SERAFIN, code: '2.3.1.1' }),
      caught: { ruleId: 'FHIR-BINDING-001', severity: 'error', expression: `${prefix}${TRANSPORT}` },
    },
    {
      mistake: 'the SERAFIN-PH system written with http',
      apply: (r) => (at(r)['input'][6].valueCodeableConcept.coding[0].system = 'http://smt.esante.gouv.fr/terminologie-SERAFINPH'),
      caught: { ruleId: 'FHIR-SYSTEM-003', severity: 'error', expression: `${prefix}${TRANSPORT}.coding[0].system` },
    },
  ];
}

const DECISION = 'Basic.extension[0]';
const DROIT = `${DECISION}.extension[3]`;
const TYPE_NOT_IN_CATEGORY_8 =
  'TRE_R420 (tre-r420-droit-prestation, held by @serafin-ph/nomenclature) places this type under another category than 8 « Orientation scolaire »; the IG’s own invariant texts (TDDUIDecision.fsh: cretonCardinality, temporaliteAccueilCardinalityViaCategorieDroitPrestation) name 7 « ESMS enfants » and 13 « ESMS adultes » as the categories of the 7.x and 13.x orientations';

function decisionMutations(): Mutation[] {
  return [
    {
      mistake: 'a category code of TRE_R420 (J401) as the decision type (J398)',
      apply: (r) => (r['extension'][0].extension[0].valueCodeableConcept = { coding: [{ system: R420, code: '8' }] }),
      caught: { ruleId: 'FHIR-BINDING-001', severity: 'error', expression: `${DECISION}.extension[0].value.ofType(CodeableConcept)` },
    },
    {
      mistake: 'the value set URL (JDV_J401) written as the system of the category',
      apply: (r) =>
        (r['extension'][0].extension[3].extension[0].valueCodeableConcept.coding[0].system = 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j401-categorie-droit-prestation-ms'),
      caught: { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: `${DROIT}.extension[0].value.ofType(CodeableConcept).coding[0].system` },
    },
    {
      mistake: 'a type code that TRE_R420 does not have (8.99)',
      apply: (r) => (r['extension'][0].extension[3].extension[1].valueCodeableConcept.coding[0].code = '8.99'),
      caught: { ruleId: 'FHIR-CODE-001', severity: 'error', expression: `${DROIT}.extension[1].value.ofType(CodeableConcept).coding[0].code` },
    },
  ];
}

const ESMS_INPUT = (prefix: string, i: number) => `${prefix}input[${i}].value.ofType(CodeableConcept)`;

function esmsMutations(prefix: string, at: (r: Json) => Json): Mutation[] {
  return [
    {
      mistake: 'a care mode of the ROR (TRE_R213 28, hospitalisation complète) where the profile binds the MDPH modes (JDV_J264)',
      apply: (r) => (at(r)['input'][9].valueCodeableConcept.coding[0] = { system: R213, code: '28', display: 'Hospitalisation complète (HC)' }),
      caught: { ruleId: 'FHIR-BINDING-001', severity: 'error', expression: ESMS_INPUT(prefix, 9) },
    },
    {
      mistake: 'a temporality code TRE_R240 does not have',
      apply: (r) => (at(r)['input'][7].valueCodeableConcept.coding[0].code = '03'),
      caught: { ruleId: 'FHIR-CODE-001', severity: 'error', expression: `${ESMS_INPUT(prefix, 7)}.coding[0].code` },
    },
    {
      mistake: 'TRE_R240 written with http',
      apply: (r) => (at(r)['input'][7].valueCodeableConcept.coding[0].system = 'http://mos.esante.gouv.fr/NOS/TRE_R240-TemporaliteAccueil/FHIR/TRE-R240-TemporaliteAccueil'),
      caught: { ruleId: 'FHIR-SYSTEM-003', severity: 'error', expression: `${ESMS_INPUT(prefix, 7)}.coding[0].system` },
    },
  ];
}

/** Why the systems of the SDO draft JSON are wrong. */
const CUT =
  'a draft JSON of the SDO repository (input/FHIR, not an IG example): its URL stops after the NOS identifier, where the published URLs go on with /FHIR/ and the identifier (aliases.fsh of the same repository)';
const VALUE_SET = 'is a value set (JDV), not a code system: the FSH examples of the same IG write TRE_R357 / TRE_R358 there';

const QUESTIONNAIRE_2_2_0 = [
  '1',
  '1.1',
  '1.1.1',
  '1.1.2',
  '1.1.3',
  '1.1.4',
  '1.1.5',
  '1.1.6',
  '1.1.7',
  '1.1.8',
  '1.1.9',
  '1.1.10',
  '1.2',
  '1.2.1.1',
  '1.2.1.2',
  '1.2.1.3',
  '1.2.1.4',
  '1.3',
  '1.3.1',
  '1.3.2',
  '1.3.2.1',
  '1.3.2.2',
  '1.3.3',
  '1.3.3.1',
  '1.3.3.2',
  '1.3.3.3',
  '1.3.3.4',
  '1.3.3.5',
  '1.3.4',
  '1.3.4.1',
  '1.3.4.2',
  '1.3.5',
];

const DEPRECATED_DUPLICATE = (code: string, by: string) =>
  `${code} is a deprecated duplicate of ${by} in SERAFIN-PH (ANS 2023, replacedBy ${by}); the ANS dropped it from this questionnaire in the TDDUI 2.2.0 release (Questionnaire-tddui-questionnaire-serafin.json, 32 codes, no ${code})`;

const EXAMPLES: readonly Example[] = [
  {
    file: 'Bundle-tddui-bundle-example.json',
    ig: 'TDDUI',
    resources: 9,
    serafin: ['3.2.4'],
    issues: [],
    mutations: transportMutations('Bundle.entry[7].resource.', (r) => r['entry'][7].resource),
  },
  {
    file: 'Task-tddui-task-transport-usager-example.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: ['3.2.4'],
    issues: [],
    mutations: transportMutations('Task.', (r) => r),
  },
  {
    file: 'Questionnaire-tddui-questionnaire-serafin.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: QUESTIONNAIRE_2_2_0,
    issues: [],
    mutations: [
      {
        mistake: 'an item coded in the CNSA 2018 numbering',
        apply: (r) => (r['item'][2].code[0].code = OLD_NUMBERING),
        caught: { ruleId: 'FHIR-NUMBERING-001', severity: 'error', expression: 'Questionnaire.item[2].code[0].code' },
      },
      {
        mistake: 'the value set of the besoins (JDV_J285) written as the system',
        apply: (r) => (r['item'][0].code[0].system = 'https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN'),
        caught: { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: 'Questionnaire.item[0].code[0].system' },
      },
      {
        mistake: 'a display typed by hand for 1.1.1',
        apply: (r) => (r['item'][2].code[0].display = 'Besoins en matière de fonctions mentales'),
        caught: { ruleId: 'FHIR-DISPLAY-001', severity: 'warning', expression: 'Questionnaire.item[2].code[0].display' },
      },
    ],
  },
  {
    file: 'Questionnaire-tddui-questionnaire-aggir-serafin.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: [
      '1',
      '1.1',
      '1.1.1',
      '1.1.2',
      '1.1.3',
      '1.1.4',
      '1.1.5',
      '1.1.6',
      '1.1.7',
      '1.1.8',
      '1.1.9',
      '1.1.10',
      '1.2',
      '1.2.1',
      '1.2.1.1',
      '1.2.1.2',
      '1.2.1.3',
      '1.2.1.4',
      '1.3',
      '1.3.1',
      '1.3.1.1',
      '1.3.2',
      '1.3.2.1',
      '1.3.2.2',
      '1.3.3',
      '1.3.3.1',
      '1.3.3.2',
      '1.3.3.3',
      '1.3.3.4',
      '1.3.3.5',
      '1.3.4',
      '1.3.4.1',
      '1.3.4.2',
      '1.3.5',
      '1.3.5.1',
    ],
    issues: [
      { ruleId: 'FHIR-CODE-002', severity: 'warning', expression: 'Questionnaire.item[1].item[1].item[0].code[0].code', why: DEPRECATED_DUPLICATE('1.2.1', '1.2') },
      { ruleId: 'FHIR-CODE-002', severity: 'warning', expression: 'Questionnaire.item[1].item[2].item[0].item[0].code[0].code', why: DEPRECATED_DUPLICATE('1.3.1.1', '1.3.1') },
      { ruleId: 'FHIR-CODE-002', severity: 'warning', expression: 'Questionnaire.item[1].item[2].item[4].item[0].code[0].code', why: DEPRECATED_DUPLICATE('1.3.5.1', '1.3.5') },
    ],
    mutations: [
      {
        mistake: 'a nested item coded in the CNSA 2018 numbering',
        apply: (r) => (r['item'][1].item[0].item[0].code[0].code = OLD_NUMBERING),
        caught: { ruleId: 'FHIR-NUMBERING-001', severity: 'error', expression: 'Questionnaire.item[1].item[0].item[0].code[0].code' },
      },
      {
        mistake: 'the SERAFIN-PH system written with http',
        apply: (r) => (r['item'][1].item[2].item[2].item[1].code[0].system = 'http://smt.esante.gouv.fr/terminologie-SERAFINPH'),
        caught: { ruleId: 'FHIR-SYSTEM-003', severity: 'error', expression: 'Questionnaire.item[1].item[2].item[2].item[1].code[0].system' },
      },
    ],
  },
  {
    file: 'QuestionnaireResponse-tddui-questionnaire-response-serafin-precision-example.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: [],
    issues: [],
    mutations: [
      {
        mistake: 'an answer coded in the CNSA 2018 numbering',
        apply: (r) => (r['item'][0].answer[0] = { valueCoding: { system: SERAFIN, code: OLD_NUMBERING } }),
        caught: { ruleId: 'FHIR-NUMBERING-001', severity: 'error', expression: 'QuestionnaireResponse.item[0].answer[0].value.ofType(Coding).code' },
      },
      {
        mistake: 'an answer coded with a ROR TRE_R265 id under the SERAFIN-PH system',
        apply: (r) => (r['item'][1].answer[0] = { valueCoding: { system: SERAFIN, code: '011' } }),
        caught: { ruleId: 'FHIR-NUMBERING-002', severity: 'error', expression: 'QuestionnaireResponse.item[1].answer[0].value.ofType(Coding).code' },
      },
    ],
  },
  {
    file: 'Basic-tddui-basic-decision-example-431323a.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: [],
    issues: [{ ruleId: 'FHIR-DECISION-001', severity: 'error', expression: `${DROIT}.extension[1].value.ofType(CodeableConcept)`, why: `13.1 ∈ 13: ${TYPE_NOT_IN_CATEGORY_8}` }],
    mutations: decisionMutations(),
  },
  {
    file: 'Basic-tddui-basic-decision-example-4a2c1a1.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: [],
    issues: [{ ruleId: 'FHIR-DECISION-001', severity: 'error', expression: `${DROIT}.extension[1].value.ofType(CodeableConcept)`, why: `7.8 ∈ 7: ${TYPE_NOT_IN_CATEGORY_8}` }],
    mutations: decisionMutations(),
  },
  {
    file: 'Basic-tddui-basic-decision-example-invalid-code-test.json',
    ig: 'TDDUI',
    resources: 1,
    serafin: [],
    issues: [
      {
        ruleId: 'FHIR-BINDING-001',
        severity: 'error',
        expression: `${DROIT}.extension[2].value.ofType(CodeableConcept)`,
        why: 'natureDroitPrestation 99: « Code 99 volontairement inexistant dans TRE-R327-TypeDecision, pour tester le contrôle du binding required » (the example’s own comment), so not in JDV_J400',
      },
      { ruleId: 'FHIR-DECISION-001', severity: 'error', expression: `${DROIT}.extension[1].value.ofType(CodeableConcept)`, why: `7.8 ∈ 7: ${TYPE_NOT_IN_CATEGORY_8}` },
      {
        ruleId: 'FHIR-CODE-001',
        severity: 'error',
        expression: `${DROIT}.extension[2].value.ofType(CodeableConcept).coding[0].code`,
        why: 'the same code 99, unknown in TRE_R327',
      },
    ],
    mutations: decisionMutations(),
  },
  {
    file: 'Task-exemple-esms-task.json',
    ig: 'SDO',
    resources: 1,
    serafin: [],
    issues: [],
    mutations: esmsMutations('Task.', (r) => r),
  },
  {
    // the same inputs under the older sdo-task profile, whose bindings are read from its FSH source (SDOTask.fsh)
    file: 'Task-exemple-sdo-task.json',
    ig: 'SDO',
    resources: 1,
    serafin: [],
    issues: [],
    mutations: esmsMutations('Task.', (r) => r),
  },
  {
    file: 'Bundle-exemple-esms-bundle-resultat-recherche-notifications-esms.json',
    ig: 'SDO',
    resources: 3,
    serafin: [],
    issues: [],
    mutations: esmsMutations('Bundle.entry[0].resource.', (r) => r['entry'][0].resource),
  },
  {
    file: 'Task-id-exemple-sdo-task-draft.json',
    ig: 'SDO',
    resources: 1,
    serafin: [],
    issues: [
      { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: 'Task.input[2].value.ofType(CodeableConcept).coding[0].system', why: `JDV_J252 ${VALUE_SET}; ${CUT}` },
      {
        ruleId: 'FHIR-SYSTEM-001',
        severity: 'error',
        expression: 'Task.input[5].value.ofType(CodeableConcept).coding[0].system',
        why: `TRE_R244, a list the SDK does not carry; ${CUT}`,
      },
      {
        ruleId: 'FHIR-SYSTEM-003',
        severity: 'error',
        expression: 'Task.input[8].value.ofType(CodeableConcept).coding[0].system',
        why: `TRE_R213, whose canonical URL the SDK gives; ${CUT}`,
      },
      {
        ruleId: 'FHIR-DISPLAY-001',
        severity: 'warning',
        expression: 'Task.input[8].value.ofType(CodeableConcept).coding[0].display',
        why: 'TRE_R213 47 is « Accueil de jour » (the FSH version of the same example, exemple-ESMS-task.fsh, writes that display); the draft writes the element’s name « Mode de prise en charge »',
      },
      { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: 'Task.input[9].value.ofType(CodeableConcept).coding[0].system', why: `JDV_J253 ${VALUE_SET}` },
      { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: 'Task.input[11].value.ofType(CodeableConcept).coding[0].system', why: `JDV_J250 ${VALUE_SET}; ${CUT}` },
    ],
    mutations: [
      {
        mistake: 'the temporality of the draft given a code TRE_R240 does not have, under its cut URL',
        apply: (r) => (r['input'][6].valueCodeableConcept.coding[0].code = '03'),
        caught: { ruleId: 'FHIR-CODE-001', severity: 'error', expression: 'Task.input[6].value.ofType(CodeableConcept).coding[0].code' },
      },
    ],
  },
  {
    file: 'Organization-ror-organisation-exemple-eg.json',
    ig: 'ROR',
    resources: 1,
    serafin: [],
    issues: [],
    mutations: [
      {
        mistake: 'the display of another category under 460',
        apply: (r) => (r['type'][0].coding[0].display = 'Service d’aide et d’accompagnement à domicile'),
        caught: { ruleId: 'FHIR-DISPLAY-001', severity: 'warning', expression: 'Organization.type[0].coding[0].display' },
      },
      {
        mistake: 'TRE_R66 written with http',
        apply: (r) => (r['type'][0].coding[0].system = 'http://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement'),
        caught: { ruleId: 'FHIR-SYSTEM-003', severity: 'error', expression: 'Organization.type[0].coding[0].system' },
      },
    ],
  },
  {
    file: 'HealthcareService-ror-healthcareservice-exemple-ville.json',
    ig: 'ROR',
    resources: 1,
    serafin: [],
    issues: [
      {
        ruleId: 'FHIR-DISPLAY-001',
        severity: 'warning',
        expression: 'HealthcareService.characteristic[0].coding[0].display',
        why: 'the ANS relabelled TRE_R213 32 « Consultation (CS) ou Séance » (dateMaj 2025-08-28; version 20260629120000 held by @serafin-ph/nomenclature); the example (lastUpdated 2023-12-20) carries the former label « Consultation (CS) »: a warning, the code is right',
      },
    ],
    mutations: [
      {
        mistake: 'a care mode code TRE_R213 does not have',
        apply: (r) => (r['characteristic'][0].coding[0].code = '99'),
        caught: { ruleId: 'FHIR-CODE-001', severity: 'error', expression: 'HealthcareService.characteristic[0].coding[0].code' },
      },
      {
        mistake: 'the ROR value set of care modes (JDV_J19) written as the system',
        apply: (r) => (r['characteristic'][0].coding[0].system = 'https://mos.esante.gouv.fr/NOS/JDV_J19-ModePriseEnCharge-ROR/FHIR/JDV-J19-ModePriseEnCharge-ROR'),
        caught: { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: 'HealthcareService.characteristic[0].coding[0].system' },
      },
    ],
  },
  {
    file: 'HealthcareService-ror-healthcareservice-exemple.json',
    ig: 'ROR',
    resources: 1,
    serafin: [],
    issues: [],
    mutations: [
      {
        mistake: 'a care mode code TRE_R213 does not have',
        apply: (r) => (r['characteristic'][0].extension[0].valueCodeableConcept.coding[0].code = '999'),
        caught: { ruleId: 'FHIR-CODE-001', severity: 'error', expression: 'HealthcareService.characteristic[0].extension[0].value.ofType(CodeableConcept).coding[0].code' },
      },
      {
        mistake: 'the MDPH value set (JDV_J264) written as the system of the care mode',
        apply: (r) =>
          (r['characteristic'][0].extension[0].valueCodeableConcept.coding[0].system =
            'https://mos.esante.gouv.fr/NOS/JDV_J264-ModeEtCentreDePriseEnCharge-MDPH/FHIR/JDV-J264-ModeEtCentreDePriseEnCharge-MDPH'),
        caught: { ruleId: 'FHIR-SYSTEM-002', severity: 'error', expression: 'HealthcareService.characteristic[0].extension[0].value.ofType(CodeableConcept).coding[0].system' },
      },
      {
        mistake: 'the display of another care mode under code 28',
        apply: (r) => (r['characteristic'][0].extension[0].valueCodeableConcept.coding[0].display = 'Accueil de jour'),
        caught: { ruleId: 'FHIR-DISPLAY-001', severity: 'warning', expression: 'HealthcareService.characteristic[0].extension[0].value.ofType(CodeableConcept).coding[0].display' },
      },
    ],
  },
];

const shape = (report: FhirCheckReport) => report.issues.map((i) => ({ ruleId: i.ruleId, severity: i.severity, expression: i.expression }));

/** Every Coding of the SERAFIN-PH system, with its JSON Pointer, in document order. */
function serafinCodings(value: unknown, pointer = ''): { pointer: string; code: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => serafinCodings(v, `${pointer}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Json;
  const here = node['system'] === SERAFIN ? [{ pointer, code: node['code'] }] : [];
  return [...here, ...Object.keys(node).flatMap((k) => serafinCodings(node[k], `${pointer}/${k}`))];
}

function setAt(root: Json, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let node: any = root;
  for (const k of keys.slice(0, -1)) node = node[k];
  node[keys[keys.length - 1]!] = value;
}

describe('the vendored real ANS examples', () => {
  it('are all listed here, and every one listed is vendored', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(EXAMPLES.map((e) => e.file).sort()).toEqual(files);
    expect(files).toHaveLength(15);
  });

  it('are named in PROVENANCE.md with the IG they come from', () => {
    const provenance = readFileSync(new URL('PROVENANCE.md', DIR), 'utf8');
    for (const e of EXAMPLES) expect(provenance).toContain(`\`${e.file}\``);
    for (const ig of ['TDDUI', 'SDO', 'ROR']) expect(EXAMPLES.some((e) => e.ig === ig)).toBe(true);
  });
});

describe.each(EXAMPLES.map((e) => [e.file, e] as const))('%s', (_, e) => {
  it('checkFhir reports exactly the expected issues, each justified', () => {
    const report = checkFhir(load(e.file));
    expect(shape(report)).toEqual(e.issues.map(({ ruleId, severity, expression }) => ({ ruleId, severity, expression })));
    expect(report.valid).toBe(!e.issues.some((i) => i.severity === 'error'));
    expect(report.resources).toBe(e.resources);
    expect(report.notChecked).toEqual([]);
    for (const i of e.issues) expect(i.why ?? '').not.toBe('');
    // English messages too, and a valid OperationOutcome either way
    expect(shape(checkFhir(load(e.file), { lang: 'en' }))).toEqual(shape(report));
    if (report.issues.length > 0) assertValidFhir(toOperationOutcome(report));
  });

  it('is valid FHIR R4 for @medplum/core', () => {
    expect(() => assertValidFhir(load(e.file) as Resource)).not.toThrow();
  });

  it('its SERAFIN-PH codes are the expected ones, each recognised where it sits', () => {
    const resource = load(e.file);
    const codings = serafinCodings(resource);
    expect(codings.map((c) => c.code)).toEqual(e.serafin);
    for (const { pointer, code } of codings) {
      expect(lookup(code as string), `${String(code)} in SERAFIN-PH`).toBeDefined();
      // the same coding rewritten in the old numbering is reported there: checkFhir reads it
      const mutated = load(e.file);
      setAt(mutated, `${pointer}/code`, OLD_NUMBERING);
      setAt(mutated, `${pointer}/display`, undefined);
      const issues = checkFhir(mutated).issues.filter((i) => i.ruleId === 'FHIR-NUMBERING-001');
      expect(issues.map((i) => i.path)).toEqual([`${pointer}/code`]);
    }
  });

  it.each(e.mutations.map((m) => [m.mistake, m] as const))('a sender’s mistake is caught: %s', (_m, m) => {
    const resource = load(e.file);
    m.apply(resource);
    const report = checkFhir(resource);
    expect(shape(report)).toContainEqual(m.caught);
    // the example's own findings stay; the mistake adds issues only at the element it changed
    const before = new Set(e.issues.map((i) => `${i.ruleId} ${i.expression}`));
    const added = report.issues.filter((i) => !before.has(`${i.ruleId} ${i.expression}`));
    const element = m.caught.expression.replace(/\.coding\[0\]\.(code|system|display)$/, '');
    for (const i of added) expect(i.expression, i.ruleId).toMatch(new RegExp(`^${element.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('a list the SDK holds only in part (TRE_R66)', () => {
  it('the ROR organization example with a real category outside the extract (101, CHR): an information, not an error', () => {
    const resource = load('Organization-ror-organisation-exemple-eg.json');
    resource['type'][0].coding[0] = { system: R66, code: '101', display: 'Centre hospitalier régional (CHR)' };
    const report = checkFhir(resource);
    expect(shape(report)).toEqual([{ ruleId: 'FHIR-CODE-004', severity: 'info', expression: 'Organization.type[0].coding[0].code' }]);
    expect(report.valid).toBe(true);
  });
});

describe('the findings on the decision examples', () => {
  it.each([
    ['Basic-tddui-basic-decision-example-431323a.json', '13.1', '13'],
    ['Basic-tddui-basic-decision-example-4a2c1a1.json', '7.8', '7'],
  ])('%s: the type %s under its TRE_R420 category %s leaves no issue', (file, type, category) => {
    const resource = load(file);
    const droit = resource['extension'][0].extension[3];
    expect(droit.extension[1].valueCodeableConcept.coding[0].code).toBe(type);
    droit.extension[0].valueCodeableConcept.coding[0].code = category;
    expect(checkFhir(resource).issues).toEqual([]);
  });

  it('names the category TRE_R420 gives, in both languages', () => {
    const [fr] = checkFhir(load('Basic-tddui-basic-decision-example-431323a.json')).issues;
    expect(fr!.details).toMatchObject({ type: '13.1', expectedCategory: '13', category: ['8'] });
    expect(fr!.message).toContain('catégorie 13');
    const [en] = checkFhir(load('Basic-tddui-basic-decision-example-431323a.json'), { lang: 'en' }).issues;
    expect(en!.message).toContain('category 13');
  });
});
