/**
 * Issue factories: every {@link ValidationIssue} of the validators is built
 * here, so that an issue always has the same shape (no `details` key when
 * there are none, the message in the requested language).
 */
import { pick } from './messages.js';
import { OPTIONS_RULE_ID } from './options-rules.js';
import { STRUCTURE } from './structure/structure-ids.js';
import type { Lang, LocalizedText, RuleId, Severity, ValidationIssue } from './types.js';

/** An issue of any rule. `details` is left out when `undefined`. */
export function makeIssue(ruleId: RuleId, severity: Severity, path: string, message: string, details?: Record<string, unknown>): ValidationIssue {
  // The caller gives the details of its rule (the shapes of IssueDetailsByRule are built in structure/map-one.ts, engine.ts and here).
  return (details === undefined ? { ruleId, severity, path, message } : { ruleId, severity, path, message, details }) as ValidationIssue;
}

/** A structural error (the document does not follow the published schema). */
export function structureIssue(ruleId: RuleId, path: string, message: string, details?: Record<string, unknown>): ValidationIssue {
  return makeIssue(ruleId, 'error', path, message, details);
}

/** The error reported when a stage fails unexpectedly: the name of the error only, never its message. */
export function internalIssue(lang: Lang, message: LocalizedText, error: unknown): ValidationIssue {
  return makeIssue(STRUCTURE.interne, 'error', '', pick(lang, message), { error: error instanceof Error ? error.name : 'unknown' });
}

/** A problem with an option of the call (reported apart from the document's issues). */
export function optionIssue(lang: Lang, option: string, message: LocalizedText, details: Record<string, unknown> = {}): ValidationIssue {
  return makeIssue(OPTIONS_RULE_ID as RuleId, 'error', '', pick(lang, message), { option, ...details });
}
