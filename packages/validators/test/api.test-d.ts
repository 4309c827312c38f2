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
  type ValidationResult,
  type RuleId,
  type Pag,
  type ConventionTerritoriale,
  type TableauDerogations,
  isRuleId,
  RULE_IDS,
} from '../src/index.js';
import * as pagEntry from '../src/pag.js';
import * as conventionEntry from '../src/convention.js';
import * as tableauEntry from '../src/tableau-derogations.js';

describe('the API contract the CLI relies on', () => {
  it('has the documented shapes', () => {
    expectTypeOf<TypeDocument>().toEqualTypeOf<'pag' | 'convention-territoriale' | 'tableau-derogations'>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<ValidationIssue>().toMatchTypeOf<{ ruleId: RuleId; severity: Severity; path: string; message: string; details?: Record<string, unknown> }>();
    expectTypeOf<ValidationReport>().toMatchTypeOf<{ valid: boolean; typeDocument: TypeDocument | null; issues: ValidationIssue[] }>();
    expectTypeOf<{ valid: boolean; typeDocument: TypeDocument | null; issues: ValidationIssue[] }>().toMatchTypeOf<ValidationReport>();
    expectTypeOf<ValidateOptions>().toMatchTypeOf<{
      lang?: 'fr' | 'en' | undefined;
      typeDocument?: TypeDocument | undefined;
      numbering?: 'ans-2023' | 'cnsa-2018' | 'ror-r265' | undefined;
      referenceDate?: string | undefined;
      skipRules?: readonly RuleId[] | undefined;
      deprecatedCodes?: 'error' | 'warning' | undefined;
      includePersonalData?: boolean | undefined;
    }>();
  });
  it('takes an option set to undefined as an option left out, under exactOptionalPropertyTypes (settings passed through)', () => {
    // A vendor forwards its own optional settings; validate() reads undefined as the default.
    const settings: { lang?: 'fr' | 'en'; referenceDate?: string; skipRules?: readonly RuleId[]; typeDocument?: TypeDocument } = {};
    const forwarded = { lang: settings.lang, referenceDate: settings.referenceDate, skipRules: settings.skipRules, messages: undefined, catalogues: undefined };
    expectTypeOf(validate(JSON.parse('{}'), { ...forwarded, typeDocument: settings.typeDocument })).toEqualTypeOf<ValidationResult>();
    expectTypeOf(validatePag(JSON.parse('{}'), forwarded)).toEqualTypeOf<ValidationResult<'pag'>>();
    expectTypeOf(pagEntry.validatePag(JSON.parse('{}'), forwarded)).toEqualTypeOf<ValidationResult<'pag'>>();
    expectTypeOf(validate(JSON.parse('{}'), { typeDocument: 'pag' as 'pag' | undefined })).toEqualTypeOf<ValidationResult<'pag'>>();
    const value: unknown = JSON.parse('{}');
    assertValid(value, { ...forwarded, typeDocument: 'pag' });
    expectTypeOf(value).toEqualTypeOf<Pag>();
  });
  it('has the documented functions', () => {
    expectTypeOf(validate).parameter(0).toBeUnknown();
    expectTypeOf(validate).returns.toEqualTypeOf<ValidationResult>();
    expectTypeOf(validate).returns.toMatchTypeOf<ValidationReport>();
    expectTypeOf(validatePag).parameter(0).toBeUnknown();
    expectTypeOf(validatePag).returns.toEqualTypeOf<ValidationResult<'pag'>>();
    expectTypeOf(validateConvention).returns.toEqualTypeOf<ValidationResult<'convention-territoriale'>>();
    expectTypeOf(validateTableauDerogations).returns.toEqualTypeOf<ValidationResult<'tableau-derogations'>>();
    expectTypeOf<ValidationError['issues']>().toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf<ValidationError>().toMatchTypeOf<Error>();
    expectTypeOf(RULES).toEqualTypeOf<readonly RuleDefinition[]>();
    expectTypeOf<RuleDefinition['source']['kind']>().toEqualTypeOf<'loi' | 'cnsa' | 'ans' | 'bonne-pratique'>();
    expectTypeOf<RuleDefinition['title']>().toMatchTypeOf<{ fr: string; en: string }>();
  });
});

describe('one call that validates and types', () => {
  it('narrows the result to a typed document', () => {
    const pag = validatePag(JSON.parse('{}'));
    if (pag.valid) expectTypeOf(pag.document).toEqualTypeOf<Pag>();
    else expectTypeOf(pag.document).toBeUndefined();
    const any = validate(JSON.parse('{}'));
    if (any.valid) {
      expectTypeOf(any.document).toEqualTypeOf<Pag | ConventionTerritoriale | TableauDerogations>();
      if (any.typeDocument === 'convention-territoriale') expectTypeOf(any.document).toEqualTypeOf<ConventionTerritoriale>();
    }
    const forced = validate(JSON.parse('{}'), { typeDocument: 'tableau-derogations' });
    if (forced.valid) expectTypeOf(forced.document).toEqualTypeOf<TableauDerogations>();
    // @ts-expect-error: no document before narrowing on `valid`
    pag.document.statut;
  });

  it('assertValid is an assertion function', () => {
    const value: unknown = JSON.parse('{}');
    assertValid(value, { typeDocument: 'pag' });
    expectTypeOf(value).toEqualTypeOf<Pag>();
    const other: unknown = JSON.parse('{}');
    assertValid(other);
    expectTypeOf(other).toEqualTypeOf<Pag | ConventionTerritoriale | TableauDerogations>();
  });

  it('types rule ids from the catalogue', () => {
    expectTypeOf<RuleId>().toEqualTypeOf<(typeof RULE_IDS)[number]>();
    expectTypeOf<'PAG-CONSENTEMENT-001'>().toExtend<RuleId>();
    expectTypeOf<'PAG-INCONNUE-999'>().not.toExtend<RuleId>();
    validate({}, { skipRules: ['PAG-CONSENTEMENT-001'] });
    // @ts-expect-error: an unknown rule id in skipRules does not compile
    validate({}, { skipRules: ['PAG-CONSENTEMENT-0001'] });
    const id: string = 'x';
    if (isRuleId(id)) expectTypeOf(id).toEqualTypeOf<RuleId>();
  });
});

describe('per-document entry points', () => {
  it('./pag, ./convention and ./tableau-derogations type their one document', () => {
    const r = pagEntry.validatePag(JSON.parse('{}'));
    if (r.valid) expectTypeOf(r.document).toEqualTypeOf<Pag>();
    expectTypeOf(conventionEntry.validateConvention).returns.toEqualTypeOf<ValidationResult<'convention-territoriale'>>();
    expectTypeOf(tableauEntry.validateTableauDerogations).returns.toEqualTypeOf<ValidationResult<'tableau-derogations'>>();
    const value: unknown = JSON.parse('{}');
    pagEntry.assertValidPag(value);
    expectTypeOf(value).toEqualTypeOf<Pag>();
    const c: unknown = JSON.parse('{}');
    conventionEntry.assertValidConvention(c);
    expectTypeOf(c).toEqualTypeOf<ConventionTerritoriale>();
    // @ts-expect-error: an unknown rule id in skipRules does not compile on the entries either
    pagEntry.validatePag({}, { skipRules: ['PAG-CONSENTEMENT-0001'] });
    // @ts-expect-error: the type is the entry's own
    pagEntry.validatePag({}, { typeDocument: 'pag' });
  });
});

describe('messages in both languages', () => {
  it('types the option and the helper', () => {
    const r = validatePag({}, { messages: 'both' });
    expectTypeOf(r.issues[0]!.messages).toEqualTypeOf<{ readonly fr: string; readonly en: string } | undefined>();
    expectTypeOf(pagEntry.message).parameters.toEqualTypeOf<[ValidationIssue, 'fr' | 'en']>();
    // @ts-expect-error: only 'lang' or 'both'
    validate({}, { messages: 'all' });
  });
});

describe('details typed per rule', () => {
  it('narrowing an issue on a structural or option rule id types its details', () => {
    const issue = validate({}).issues[0]!;
    if (issue.ruleId === 'STRUCTURE-OBLIGATOIRE') {
      expectTypeOf(issue.details!.keyword).toEqualTypeOf<'required'>();
      expectTypeOf(issue.details!.property).toEqualTypeOf<string>();
      expectTypeOf(issue.details!.foundAt).toEqualTypeOf<string | undefined>();
      expectTypeOf(issue.details!.cleMasquee).toEqualTypeOf<{ position?: number } | undefined>();
    }
    if (issue.ruleId === 'STRUCTURE-VALEUR') {
      expectTypeOf(issue.details!.keyword).toEqualTypeOf<'enum' | 'const'>();
      expectTypeOf(issue.details!.allowedValues).toEqualTypeOf<unknown[] | undefined>();
    }
    if (issue.ruleId === 'STRUCTURE-TYPE') expectTypeOf(issue.details!.expected).toEqualTypeOf<string[]>();
    if (issue.ruleId === 'STRUCTURE-BORNE') expectTypeOf(issue.details!.limit).toEqualTypeOf<number>();
    if (issue.ruleId === 'STRUCTURE-TRONQUE') expectTypeOf(issue.details!.omitted).toEqualTypeOf<number>();
    if (issue.ruleId === 'STRUCTURE-TYPE-DOCUMENT') expectTypeOf(issue.details).toEqualTypeOf<undefined>();
    const option = validate({}, { referenceDate: 'x' }).optionIssues[0]!;
    if (option.ruleId === 'OPTIONS-INVALIDES') expectTypeOf(option.details!.option).toEqualTypeOf<string>();
    // Business rules give details of their own: a record.
    if (issue.ruleId === 'PAG-CONSENTEMENT-001') expectTypeOf(issue.details).toEqualTypeOf<Record<string, unknown> | undefined>();
    if (issue.ruleId === 'STRUCTURE-OBLIGATOIRE') {
      // @ts-expect-error: a structural issue's details have no `code`
      void issue.details!.code.length;
    }
  });
  it('code reading any issue generically keeps working', () => {
    const issue = validate({}).issues[0]!;
    expectTypeOf(issue.details?.['option']).toEqualTypeOf<unknown>();
    expectTypeOf(issue.details).toMatchTypeOf<Readonly<Record<string, unknown>> | undefined>();
  });
});
