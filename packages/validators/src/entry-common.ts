/**
 * What every entry point exports besides its validation functions: the error
 * class, the rule ids, the JSON Pointer helpers, the FHIR mapping and the
 * public types. Small: no schema, no rule, no catalogue text.
 */
export { ValidationError } from './validation-error.js';
export { message } from './issue-message.js';
export type { Message, MessageCatalogue, MessageTemplate, NestedText, RuleMessages } from './messages.js';
export { RULE_IDS, isRuleId } from './rule-ids.js';
export { parseJsonPointer, formatJsonPointer, valueAtJsonPointer } from './json/json-pointer.js';
export { issuesToOperationOutcome, RULE_CATALOGUE_SYSTEM, type OperationOutcome, type OperationOutcomeIssue } from './operation-outcome.js';
export type {
  RuleId,
  DocumentTypes,
  DocumentOf,
  ValidationResult,
  ValidResult,
  InvalidResult,
  DocumentType,
  Severity,
  Lang,
  Numbering,
  LocalizedText,
  ValidationIssue,
  IssueBase,
  IssueOf,
  IssueDetails,
  IssueDetailsByRule,
  MaskedKeyDetails,
  RuleIdWithFixedDetails,
  ReadProblemKind,
  ValidationReport,
  ValidateOptions,
} from './types.js';
