/**
 * A report as a FHIR R4 `OperationOutcome`, the shape FHIR users know.
 *
 * Rapport de validation en `OperationOutcome` FHIR R4.
 */
import { parseJsonPointer } from './json/json-pointer.js';
import { STRUCTURE } from './structure/structure-ids.js';
import type { RuleId } from './generated/rule-ids.js';
import type { Severity, ValidationReport } from './types.js';

/** Code system of the rule ids in `OperationOutcome.issue.details.coding`: the rule catalogue of the documentation site. */
export const RULE_CATALOGUE_SYSTEM = 'https://serafin-ph.github.io/serafin-ph/regles';

/** One `OperationOutcome.issue` (FHIR R4), as {@link issuesToOperationOutcome} writes it. */
export interface OperationOutcomeIssue {
  /** `fatal` | `error` | `warning` | `information` (IssueSeverity). */
  severity: 'fatal' | 'error' | 'warning' | 'information';
  /** IssueType: `required`, `structure`, `value`, `business-rule`, `invalid`, `exception` or `informational`. */
  code: 'required' | 'structure' | 'value' | 'business-rule' | 'invalid' | 'exception' | 'informational';
  /** The rule id as a coding of {@link RULE_CATALOGUE_SYSTEM}, and the message as text. */
  details: { coding: { system: string; code: string }[]; text: string };
  /** The message (same as `details.text`). */
  diagnostics: string;
  /** The path as a FHIRPath-style expression (`engagements[2].signature`); absent for the document root. */
  expression?: string[];
}

/** A FHIR R4 `OperationOutcome` resource. */
export interface OperationOutcome {
  /** Always `OperationOutcome`. */
  resourceType: 'OperationOutcome';
  /** At least one issue (FHIR requires one): an `informational` one when the report has none. */
  issue: OperationOutcomeIssue[];
}

const SEVERITY: Readonly<Record<Severity, OperationOutcomeIssue['severity']>> = { error: 'error', warning: 'warning', info: 'information' };

function issueType(ruleId: RuleId): OperationOutcomeIssue['code'] {
  switch (ruleId) {
    case STRUCTURE.obligatoire:
      return 'required';
    case STRUCTURE.json:
    case STRUCTURE.typeDocument:
    case STRUCTURE.inconnu:
    case STRUCTURE.variante:
    case STRUCTURE.autre:
    case STRUCTURE.tronque:
      return 'structure';
    case STRUCTURE.type:
    case STRUCTURE.valeur:
    case STRUCTURE.format:
    case STRUCTURE.cardinalite:
    case STRUCTURE.borne:
      return 'value';
    case STRUCTURE.interne:
      return 'exception';
    case 'OPTIONS-INVALIDES':
      return 'invalid';
    default:
      return 'business-rule';
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A JSON Pointer as a FHIRPath-style expression: `/engagements/2/signature` → `engagements[2].signature`; odd names in backticks. */
function expressionOf(path: string): string | undefined {
  let tokens: string[];
  try {
    tokens = parseJsonPointer(path);
  } catch {
    return undefined;
  }
  let out = '';
  for (const t of tokens) {
    if (/^(?:0|[1-9]\d*)$/.test(t) && out !== '') out += `[${t}]`;
    else {
      const name = IDENTIFIER.test(t) ? t : `\`${t.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
      out += out === '' ? name : `.${name}`;
    }
  }
  return out === '' ? undefined : out;
}

/**
 * The issues of a report (and its option problems, as `warning` issues of
 * type `invalid`: they never make the document invalid, and an
 * OperationOutcome with an `error` reads as a failure) as a
 * FHIR R4 `OperationOutcome`: severity, an IssueType code, the rule id as a
 * coding of {@link RULE_CATALOGUE_SYSTEM}, the message, and the path as an
 * expression. A report without issue gives one `informational` issue, since
 * FHIR requires at least one. Never throws on a report made by `validate()`.
 *
 * @example
 * const outcome = issuesToOperationOutcome(validate(document, { lang: 'en' }));
 * outcome.issue[0]?.details.coding[0]?.code; // e.g. 'PAG-CONSENTEMENT-001'
 */
export function issuesToOperationOutcome(report: Pick<ValidationReport, 'issues' | 'optionIssues' | 'valid'>): OperationOutcome {
  const options = report.optionIssues ?? [];
  const issue: OperationOutcomeIssue[] = [...options, ...report.issues].map((i, k) => {
    const expression = expressionOf(i.path);
    return {
      // An option problem never makes the document invalid: a warning, so that FHIR users do not read a failure.
      severity: k < options.length ? 'warning' : SEVERITY[i.severity],
      code: issueType(i.ruleId),
      details: { coding: [{ system: RULE_CATALOGUE_SYSTEM, code: i.ruleId }], text: i.message },
      diagnostics: i.message,
      ...(expression === undefined ? {} : { expression: [expression] }),
    };
  });
  if (issue.length === 0) {
    issue.push({ severity: 'information', code: 'informational', details: { coding: [], text: 'OK' }, diagnostics: report.valid ? 'Document valide / valid document' : 'OK' });
  }
  return { resourceType: 'OperationOutcome', issue };
}
