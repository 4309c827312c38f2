/**
 * The part of `@serafin-ph/validators` the CLI relies on. The core of the CLI
 * receives `validate` as a parameter ({@link ValidateFunction}), so it can be
 * tested with any function of this shape; the `serafin` binary and its
 * workers pass the real one, with FHIR resources dispatched to
 * `@serafin-ph/fhir` (see `fhir-dispatch.ts`).
 */
import type * as Validators from '@serafin-ph/validators';

export type { Severity, ValidateOptions } from '@serafin-ph/validators';

/** What a checked input was read as: one of the three document types, or `fhir` for a FHIR R4 resource. */
export type TypeDocument = Validators.DocumentType | 'fhir';

/**
 * An issue as the CLI reports it: the validators' issue, with any rule id
 * (the real `validate()` gives ids of its catalogue, `RuleId`; FHIR checks
 * and stand-ins may use others).
 */
export interface ValidationIssue extends Validators.IssueBase {
  /** Rule id (an id of the validators' catalogue with the real `validate()`). */
  ruleId: string;
  /** Structured data for programs (typed per rule by the validators, see their `IssueDetailsByRule`). */
  details?: Record<string, unknown>;
}

/** A report as the CLI reads it (the real `validate()` returns a richer, typed result). */
export interface ValidationReport extends Omit<Validators.ValidationReport, 'issues' | 'rulesNotRun' | 'optionIssues' | 'typeDocument'> {
  /** What the input was checked as, or `null`. */
  typeDocument: TypeDocument | null;
  /** Every issue of the document. */
  issues: ValidationIssue[];
  /** Business rules not run (see the validators' report). */
  rulesNotRun?: { ruleId: string; blockedBy: string }[];
  /** Problems with the options (see the validators' report). */
  optionIssues?: ValidationIssue[];
}

/** The signature of `validate()` from `@serafin-ph/validators` (which never throws), FHIR resources included. */
export type ValidateFunction = (document: unknown, options?: Validators.ValidateOptions) => ValidationReport;
