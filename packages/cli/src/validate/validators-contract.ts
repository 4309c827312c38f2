/**
 * The part of `@serafin-ph/validators` the CLI relies on. The core of the CLI
 * receives `validate` as a parameter ({@link ValidateFunction}), so it can be
 * tested with any function of this shape; the `serafin` binary passes the real
 * one.
 */

/** Document types. */
export type TypeDocument = 'pag' | 'convention-territoriale' | 'tableau-derogations';

/** Severity of an issue. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding of the validators. */
export interface ValidationIssue {
  /** Stable rule id, e.g. `PAG-CONSENTEMENT-001`. */
  ruleId: string;
  severity: Severity;
  /** JSON Pointer into the document. */
  path: string;
  /** Message in the requested language. */
  message: string;
  details?: Record<string, unknown>;
}

/** What `validate()` returns. */
export interface ValidationReport {
  valid: boolean;
  typeDocument: TypeDocument | null;
  issues: ValidationIssue[];
}

/** Options of `validate()`. */
export interface ValidateOptions {
  lang?: 'fr' | 'en';
  typeDocument?: TypeDocument;
  numbering?: 'ans-2023' | 'cnsa-2018' | 'ror-r265';
  referenceDate?: string;
  skipRules?: readonly string[];
  deprecatedCodes?: 'error' | 'warning';
  includePersonalData?: boolean;
}

/** The signature of `validate()` from `@serafin-ph/validators`: never throws. */
export type ValidateFunction = (document: unknown, options?: ValidateOptions) => ValidationReport;
