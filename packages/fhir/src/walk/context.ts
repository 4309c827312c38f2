/**
 * State of one run of the checker: options, issues found so far, and the
 * helper every rule reports through.
 */
import { fhirRule, type FhirRuleId } from '../rules/catalogue.js';
import type { FhirIssue, FhirLang, FhirNotChecked, FhirSeverity } from '../report/types.js';
import { expressionOf, pointerOf, type Location } from './location.js';
import type { VersionChoice } from '../bindings/value-sets.js';

/** A message in French and English. */
export interface Message {
  /** French text. */
  readonly fr: string;
  /** English text. */
  readonly en: string;
}

/** Shared state of one run. */
export class CheckContext {
  /** Language of the messages. */
  readonly lang: FhirLang;
  /** Whether the profile bindings are checked. */
  readonly bindings: boolean;
  /** `resourceType` of the root resource, the first step of every expression. */
  readonly rootType: string;
  /** Issues, in the order found. */
  readonly issues: FhirIssue[] = [];
  /** Bound elements not checked. */
  readonly notChecked: FhirNotChecked[] = [];
  /** How a value set held in several versions is checked (see `CheckFhirOptions`). */
  versionChoice: VersionChoice = {};
  /** Resources seen. */
  resources = 0;
  readonly #maxIssues: number;

  /**
   * @param rootType - `resourceType` of the root
   * @param lang - language of the messages
   * @param bindings - check profile bindings
   * @param maxIssues - stop collecting after this many issues
   */
  constructor(rootType: string, lang: FhirLang, bindings: boolean, maxIssues: number) {
    this.rootType = rootType;
    this.lang = lang;
    this.bindings = bindings;
    this.#maxIssues = maxIssues;
  }

  /** True once `maxIssues` issues were collected. */
  get full(): boolean {
    return this.issues.length >= this.#maxIssues;
  }

  /** FHIRPath expression of a location. */
  expression(location: Location): string {
    return expressionOf(location, this.rootType);
  }

  /** Records an issue of `ruleId` at `location` (severity: the rule's, unless given). */
  report(ruleId: FhirRuleId, location: Location, message: Message, details?: Record<string, unknown>, severity?: FhirSeverity): void {
    if (this.full) return;
    const rule = fhirRule(ruleId)!;
    this.issues.push({
      ruleId,
      severity: severity ?? rule.severity,
      code: rule.code,
      path: pointerOf(location),
      expression: this.expression(location),
      message: this.lang === 'en' ? message.en : message.fr,
      ...(details === undefined ? {} : { details }),
    });
  }
}

/** Quotes a public list code in a message (JSON string, cut at 40 characters). */
export function quoteCode(code: string): string {
  return JSON.stringify(code.length > 40 ? `${code.slice(0, 40)}…` : code);
}
