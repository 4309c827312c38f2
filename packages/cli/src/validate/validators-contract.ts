/**
 * The part of `@serafin-ph/validators` the CLI relies on. The core of the CLI
 * receives `validate` as a parameter ({@link ValidateFunction}), so it can be
 * tested with any function of this shape; the `serafin` binary and its
 * workers pass the real one.
 */
import type { ValidateOptions, ValidationReport } from '@serafin-ph/validators';

export type { Severity, TypeDocument, ValidateOptions, ValidationIssue, ValidationReport } from '@serafin-ph/validators';

/** The signature of `validate()` from `@serafin-ph/validators` (which never throws). */
export type ValidateFunction = (document: unknown, options?: ValidateOptions) => ValidationReport;
