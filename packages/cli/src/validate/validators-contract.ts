/**
 * The part of `@serafin-ph/validators` the CLI relies on. The core of the CLI
 * receives `validate` as a parameter ({@link ValidateFunction}), so it can be
 * tested with any function of this shape; the `serafin` binary and its
 * workers pass the real one, with FHIR resources dispatched to
 * `@serafin-ph/fhir` (see `fhir-dispatch.ts`).
 */
import type { TypeDocument as DocumentType, ValidateOptions, ValidationReport } from '@serafin-ph/validators';

export type { Severity, ValidateOptions, ValidationIssue, ValidationReport } from '@serafin-ph/validators';

/** What a checked input was read as: one of the three document types, or `fhir` for a FHIR R4 resource. */
export type TypeDocument = DocumentType | 'fhir';

/** The signature of `validate()` from `@serafin-ph/validators` (which never throws), FHIR resources included. */
export type ValidateFunction = (document: unknown, options?: ValidateOptions) => Omit<ValidationReport, 'typeDocument'> & { typeDocument: TypeDocument | null };
