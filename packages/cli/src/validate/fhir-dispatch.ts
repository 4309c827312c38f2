/**
 * FHIR next to PAG documents in `serafin validate`: a JSON document (or NDJSON
 * line) whose `resourceType` is a string is a FHIR R4 resource and is checked
 * by `@serafin-ph/fhir`; everything else goes to the validators. The FHIR
 * report is given in the validators' shape (rule id, severity, JSON Pointer,
 * message; the FHIRPath expression in `details.expression`), so formats, exit
 * codes and streaming are the same for both.
 */
import { checkFhir, type FhirCheckReport } from '@serafin-ph/fhir';
import type { ValidateFunction, ValidateOptions, ValidationIssue } from './validators-contract.js';

function isFhirResource(document: unknown): boolean {
  return typeof document === 'object' && document !== null && !Array.isArray(document) && typeof (document as { resourceType?: unknown }).resourceType === 'string';
}

function toIssues(report: FhirCheckReport): ValidationIssue[] {
  return report.issues.map((i) => ({
    ruleId: i.ruleId,
    severity: i.severity,
    path: i.path,
    message: i.message,
    details: { ...i.details, expression: i.expression, code: i.code },
  }));
}

/** Checks one document as FHIR, whatever it holds (`serafin fhir check`). */
export function checkAsFhir(document: unknown, options: ValidateOptions = {}): ReturnType<ValidateFunction> {
  // --date is the exchange's date: a value set held in several versions (JDV_J264) is checked in the version in force that day
  const report = checkFhir(document, { lang: options.lang === 'en' ? 'en' : 'fr', ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}) });
  return { valid: report.valid, typeDocument: 'fhir', issues: toIssues(report) };
}

/**
 * `validate` extended to FHIR resources: a document with a string
 * `resourceType` is checked by {@link checkAsFhir} unless `--type` forces a
 * document type.
 */
export function withFhir(validate: ValidateFunction): ValidateFunction {
  return (document, options) => (options?.typeDocument === undefined && isFhirResource(document) ? checkAsFhir(document, options) : validate(document, options));
}
