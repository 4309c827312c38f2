/**
 * @packageDocumentation
 * `@serafin-ph/validators` : validation du plan d'accompagnement global (PAG),
 * de la convention territoriale et du tableau des délégations de dérogations —
 * structure (schémas JSON publiés, précompilés) puis règles métier à
 * identifiants stables, messages en français ou en anglais.
 *
 * Validation of the PAG, the territorial convention and the table of delegated
 * derogations: structure (the published JSON Schemas, precompiled, no code
 * generation at run time) then business rules with stable ids, French or
 * English messages. `validate()` never throws.
 *
 * @mergeModuleWith <project>
 */
export { validate, assertValid } from './validate.js';
export { validatePag, assertValidPag, validateConvention, assertValidConvention, validateTableauDerogations, assertValidTableauDerogations } from './validate-typed.js';
export { ValidationError } from './validation-error.js';
export { message } from './issue-message.js';
export type { Message, MessageCatalogue, MessageTemplate, NestedText, RuleMessages } from './messages.js';
export { RULES, ruleById } from './rules-catalog.js';
export { personalDataPointers, isPersonalData, isPublicCode } from './personal-data.js';
export { DOCUMENT_TYPES, TYPES_DOCUMENT } from './types.js';
export { RULE_IDS, isRuleId } from './rule-ids.js';
export { parseJsonPointer, formatJsonPointer, valueAtJsonPointer } from './json/json-pointer.js';
export { editDistance, closestName } from './suggest.js';
export { issuesToOperationOutcome, RULE_CATALOGUE_SYSTEM, type OperationOutcome, type OperationOutcomeIssue } from './operation-outcome.js';
export type {
  RuleId,
  DocumentTypes,
  DocumentOf,
  Pag,
  ConventionTerritoriale,
  TableauDerogations,
  ValidationResult,
  ValidResult,
  InvalidResult,
  DocumentType,
  TypeDocument,
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
  RuleDefinition,
  RuleSource,
  RuleSourceKind,
  RuleStage,
} from './types.js';
