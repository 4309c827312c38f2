/**
 * The report of {@link checkFhir}: the SDK's own shape (as in
 * `@serafin-ph/validators`), convertible to a FHIR `OperationOutcome`.
 */
import type { FhirRuleId } from '../rules/catalogue.js';

/** Severity of an issue, as in the validators: only `error` makes the input invalid. */
export type FhirSeverity = 'error' | 'warning' | 'info';

/** Language of the messages: French (default) or English. */
export type FhirLang = 'fr' | 'en';

/** FHIR `OperationOutcome.issue.code` values used by the checker. */
export type FhirIssueType = 'structure' | 'required' | 'code-invalid' | 'invalid' | 'invariant' | 'business-rule' | 'not-supported' | 'informational';

/** One finding. */
export interface FhirIssue {
  /** Stable rule identifier (see the catalogue `docs/reference/regles-fhir.md`). */
  readonly ruleId: FhirRuleId;
  /** Severity of this occurrence. */
  readonly severity: FhirSeverity;
  /** FHIR issue type written in the OperationOutcome. */
  readonly code: FhirIssueType;
  /** JSON Pointer (RFC 6901) of the element, from the root of the input. */
  readonly path: string;
  /** FHIRPath expression of the element, from the root resource (`Bundle.entry[2].resource.category[0].coding[0]`). */
  readonly expression: string;
  /** Message in the requested language. It quotes public list codes and official labels, never other values of the input. */
  readonly message: string;
  /** Structured data for programs (system, code, expected values, translation…). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A bound element whose value set the SDK does not carry: its membership was not checked. */
export interface FhirNotChecked {
  /** FHIRPath expression of the element. */
  readonly expression: string;
  /** Canonical URL of the value set. */
  readonly valueSet: string;
  /** Why it was not checked. */
  readonly reason: 'value-set-not-carried' | 'value-set-version-not-carried';
}

/** Result of {@link checkFhir}. */
export interface FhirCheckReport {
  /** True when no issue has the severity `error`. */
  readonly valid: boolean;
  /** Number of resources seen (the root, bundle entries, contained and nested resources). */
  readonly resources: number;
  /** Every issue, in document order. */
  readonly issues: FhirIssue[];
  /** Bound elements whose membership could not be checked (never silently skipped). */
  readonly notChecked: FhirNotChecked[];
}

/** Options of {@link checkFhir}. */
export interface CheckFhirOptions {
  /** Language of the messages (`fr` by default). */
  readonly lang?: FhirLang;
  /**
   * Check value-set membership of the elements bound by the TDDUI / SDO
   * profiles named in `meta.profile` (default `true`).
   */
  readonly bindings?: boolean;
  /**
   * Stop collecting after this many issues (default: no limit; a value below
   * 1 is ignored). The report says `valid: false` when an error was among the
   * issues collected: with a limit, an error after it is not seen.
   */
  readonly maxIssues?: number;
  /**
   * Version of a bound value set the SDK holds in several versions, by name
   * or canonical URL: `{ JDV_J264: '20260601120000' }`. A version the SDK does
   * not hold is never replaced by another: the element is reported in
   * `notChecked`. A binding canonical written `url|version` pins it too.
   */
  readonly valueSetVersions?: Readonly<Record<string, string>>;
  /**
   * Date (`YYYY-MM-DD`) of the exchange: without a pinned version, a value set
   * held in several versions is checked against the one in force that day
   * (the newest whose date is not after it; JDV_J264 20260601120000 before
   * 2026-07-30, 20260730120000 from then on). Without it, the newest version.
   */
  readonly referenceDate?: string;
}
