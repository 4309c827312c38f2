import { describe, expectTypeOf, it } from 'vitest';
import {
  assertValid,
  RULES,
  validate,
  validateConvention,
  validatePag,
  validateTableauDerogations,
  ValidationError,
  type RuleDefinition,
  type Severity,
  type TypeDocument,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationReport,
} from '../src/index.js';

describe('the API contract the CLI relies on', () => {
  it('has the documented shapes', () => {
    expectTypeOf<TypeDocument>().toEqualTypeOf<'pag' | 'convention-territoriale' | 'tableau-derogations'>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<ValidationIssue>().toMatchTypeOf<{ ruleId: string; severity: Severity; path: string; message: string; details?: Record<string, unknown> }>();
    expectTypeOf<ValidationReport>().toMatchTypeOf<{ valid: boolean; typeDocument: TypeDocument | null; issues: ValidationIssue[] }>();
    expectTypeOf<{ valid: boolean; typeDocument: TypeDocument | null; issues: ValidationIssue[] }>().toMatchTypeOf<ValidationReport>();
    expectTypeOf<ValidateOptions>().toMatchTypeOf<{
      lang?: 'fr' | 'en';
      typeDocument?: TypeDocument;
      numbering?: 'ans-2023' | 'cnsa-2018' | 'ror-r265';
      referenceDate?: string;
      skipRules?: readonly string[];
      deprecatedCodes?: 'error' | 'warning';
      includePersonalData?: boolean;
    }>();
  });
  it('has the documented functions', () => {
    expectTypeOf(validate).toEqualTypeOf<(document: unknown, options?: ValidateOptions) => ValidationReport>();
    expectTypeOf(validatePag).parameter(0).toBeUnknown();
    expectTypeOf(validatePag).returns.toEqualTypeOf<ValidationReport>();
    expectTypeOf(validateConvention).returns.toEqualTypeOf<ValidationReport>();
    expectTypeOf(validateTableauDerogations).returns.toEqualTypeOf<ValidationReport>();
    expectTypeOf(assertValid).returns.toBeVoid();
    expectTypeOf<ValidationError['issues']>().toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf<ValidationError>().toMatchTypeOf<Error>();
    expectTypeOf(RULES).toEqualTypeOf<readonly RuleDefinition[]>();
    expectTypeOf<RuleDefinition['source']['kind']>().toEqualTypeOf<'loi' | 'cnsa' | 'ans' | 'bonne-pratique'>();
    expectTypeOf<RuleDefinition['title']>().toMatchTypeOf<{ fr: string; en: string }>();
  });
});
