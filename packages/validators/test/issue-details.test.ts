/**
 * The details of the structural and option issues have the shapes
 * `IssueDetailsByRule` declares (src/issue-details.ts): checked at run time on
 * mutated documents of the three types, with and without personal data shown,
 * so that the types narrowing on `ruleId` gives cannot drift from what the
 * validators build.
 */
import fc from 'fast-check';
import { conventionTerritorialeArbitrary, mutatedDocumentArbitrary, pagArbitrary, tableauDerogationsArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { validate, type RuleIdWithFixedDetails, type ValidationIssue } from '../src/index.js';
import { runs } from '../../../scripts/lib/property-runs.js';

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number';
const arr: Check = (v) => Array.isArray(v);
const any: Check = () => true;
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const masked: Check = (v) => v !== null && typeof v === 'object' && Object.keys(v).every((k) => k === 'position' && typeof (v as { position: unknown }).position === 'number');

/** Run-time mirror of IssueDetailsByRule: required keys, optional keys. */
const SHAPES: Readonly<Record<Exclude<RuleIdWithFixedDetails, 'OPTIONS-INVALIDES'>, { required: Record<string, Check>; optional: Record<string, Check> } | 'none'>> = {
  'STRUCTURE-JSON': { required: { kind: oneOf('non-json', 'cycle', 'unreadable', 'too-large'), found: str }, optional: {} },
  'STRUCTURE-TYPE-DOCUMENT': 'none',
  'STRUCTURE-OBLIGATOIRE': { required: { keyword: oneOf('required'), property: str }, optional: { title: str, foundAt: str, foundAs: str } },
  'STRUCTURE-INCONNU': { required: { keyword: oneOf('additionalProperties', 'propertyNames') }, optional: { property: str, suggestion: str } },
  'STRUCTURE-TYPE': { required: { keyword: oneOf('type'), expected: arr }, optional: {} },
  'STRUCTURE-VALEUR': { required: { keyword: oneOf('enum', 'const') }, optional: { allowedValues: arr, allowedCount: num, codeSystem: str, numbering: str, value: any } },
  'STRUCTURE-FORMAT': { required: { keyword: oneOf('format', 'pattern') }, optional: { format: str } },
  'STRUCTURE-CARDINALITE': { required: { keyword: oneOf('minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties') }, optional: { limit: num, i: num, j: num } },
  'STRUCTURE-BORNE': {
    required: { keyword: oneOf('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength'), limit: num },
    optional: {},
  },
  'STRUCTURE-VARIANTE': { required: { keyword: oneOf('anyOf', 'oneOf') }, optional: { discriminator: str, allowedValues: arr } },
  'STRUCTURE-AUTRE': { required: { keyword: str }, optional: {} },
  'STRUCTURE-TRONQUE': { required: { omitted: num }, optional: {} },
  'STRUCTURE-INTERNE': { required: { error: str }, optional: {} },
};

/** Problems of one issue's details against its declared shape. */
function problems(issue: ValidationIssue): string[] {
  if (issue.ruleId === 'OPTIONS-INVALIDES') return typeof issue.details?.option === 'string' ? [] : [`${issue.ruleId}: no option`];
  const shape = (SHAPES as Record<string, (typeof SHAPES)[keyof typeof SHAPES] | undefined>)[issue.ruleId];
  if (shape === undefined) return [];
  const details = issue.details as Record<string, unknown> | undefined;
  if (shape === 'none') return details === undefined ? [] : [`${issue.ruleId}: unexpected details`];
  if (details === undefined) return [`${issue.ruleId}: no details`];
  const out: string[] = [];
  for (const [k, check] of Object.entries(shape.required)) if (!check(details[k])) out.push(`${issue.ruleId}.${k} = ${JSON.stringify(details[k])}`);
  for (const [k, v] of Object.entries(details)) {
    if (k in shape.required) continue;
    const check = k === 'cleMasquee' ? masked : shape.optional[k];
    if (check === undefined) out.push(`${issue.ruleId}: undeclared detail ${k}`);
    else if (!check(v)) out.push(`${issue.ruleId}.${k} = ${JSON.stringify(v)}`);
  }
  return out;
}

describe('details of the structural and option issues follow IssueDetailsByRule', () => {
  const arbitraries = { pag: pagArbitrary(), convention: conventionTerritorialeArbitrary(), tableau: tableauDerogationsArbitrary() };
  for (const [name, valid] of Object.entries(arbitraries)) {
    it(`on ${runs(300)} mutated ${name} documents, personal data masked and shown`, () => {
      fc.assert(
        fc.property(mutatedDocumentArbitrary(valid as fc.Arbitrary<unknown>), fc.boolean(), (mutated, includePersonalData) => {
          const report = validate(mutated.document, { includePersonalData, referenceDate: '2025-12-01' });
          expect([...report.issues, ...report.optionIssues].flatMap(problems)).toEqual([]);
        }),
        { numRuns: runs(300), seed: 19 },
      );
    }, 120_000);
  }
  it('on inputs that are not JSON, not a known document, and on bad options', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const reports = [
      validate(cyclic),
      validate(undefined),
      validate({ typeDocument: 'autre' }),
      validate('texte'),
      validate({}, { referenceDate: '2025-13-45', skipRules: ['NOPE' as never] }),
    ];
    const issues = reports.flatMap((r) => [...r.issues, ...r.optionIssues]);
    expect(issues.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['STRUCTURE-JSON', 'STRUCTURE-TYPE-DOCUMENT', 'OPTIONS-INVALIDES']));
    expect(issues.flatMap(problems)).toEqual([]);
  });
});
