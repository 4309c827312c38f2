/**
 * The report of {@link checkFhir} as a FHIR R4 `OperationOutcome`.
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { FhirCheckReport, FhirLang, FhirSeverity } from './types.js';

/** Code system of the checker's rule identifiers, written in `issue.details.coding`. */
export const FHIR_RULES_SYSTEM = 'https://serafin-ph.github.io/serafin-ph/fhir/CodeSystem/regles-fhir';

/** FHIR `OperationOutcome.issue.severity` of an SDK severity. */
export function outcomeSeverity(severity: FhirSeverity): OperationOutcomeIssue['severity'] {
  return severity === 'info' ? 'information' : severity;
}

/** Options of {@link toOperationOutcome}. */
export interface OperationOutcomeOptions {
  /** Language of the texts the conversion adds (the issues keep the language of the report). Default `fr`. */
  readonly lang?: FhirLang;
}

/**
 * Converts a report into an `OperationOutcome`: one issue per finding
 * (`severity`, `code`, `details.coding` = rule id, `details.text` = message,
 * `expression` = FHIRPath), one `information` issue per bound element whose
 * value set is not carried, and a single `information` issue when there is
 * nothing to say (FHIR requires at least one).
 */
export function toOperationOutcome(report: FhirCheckReport, options: OperationOutcomeOptions = {}): OperationOutcome {
  const en = options.lang === 'en';
  const issue: OperationOutcomeIssue[] = report.issues.map((i) => ({
    severity: outcomeSeverity(i.severity),
    code: i.code,
    details: { coding: [{ system: FHIR_RULES_SYSTEM, code: i.ruleId }], text: i.message },
    expression: [i.expression],
  }));
  for (const n of report.notChecked) {
    issue.push({
      severity: 'information',
      code: 'not-supported',
      details: {
        text: en
          ? `Membership of ${n.valueSet} not checked: the SDK does not carry this value set.`
          : `Appartenance à ${n.valueSet} non vérifiée : le SDK ne porte pas ce jeu de valeurs.`,
      },
      expression: [n.expression],
    });
  }
  if (issue.length === 0) issue.push({ severity: 'information', code: 'informational', details: { text: en ? 'No issue found.' : 'Aucune anomalie.' } });
  return { resourceType: 'OperationOutcome', issue };
}
