/**
 * @packageDocumentation
 * `@serafin-ph/fhir` — vérification hors ligne des codes SERAFIN-PH et des
 * listes MDPH / ANS dans les ressources FHIR R4 (ressources, bundles, NDJSON
 * bulk, profils TDDUI et SDO), et opérations de terminologie FHIR sans serveur.
 *
 * Offline checks of SERAFIN-PH codes and MDPH / ANS lists in FHIR R4
 * resources ({@link checkFhir}, {@link toOperationOutcome}), and the FHIR
 * terminology operations as pure functions over `Parameters`.
 */
export { checkFhir } from './check-fhir.js';
export { toOperationOutcome, outcomeSeverity, FHIR_RULES_SYSTEM, type OperationOutcomeOptions } from './report/operation-outcome.js';
export type { CheckFhirOptions, FhirCheckReport, FhirIssue, FhirIssueType, FhirLang, FhirNotChecked, FhirSeverity } from './report/types.js';
export { FHIR_RULES, fhirRule, type FhirRuleDefinition, type FhirRuleId } from './rules/catalogue.js';
export { parseAnsUrl, type AnsUrl, type AnsResourceKind } from './systems/ans-url.js';
export { BOUND_VALUE_SETS, TDDUI_SERAFIN_URL, type BoundValueSet, type ValueSetMember } from './bindings/value-sets.js';
export { PROFILE_BINDINGS, type ProfileBinding } from './bindings/profile-bindings.js';
export type { BindingStrength } from './bindings/check-binding.js';
export { TDDUI_DECISION_URL } from './rules/decision-rules.js';
export { lookupOperation } from './operations/lookup.js';
export { validateCodeOperation, validateCodeInValueSetOperation } from './operations/validate-code.js';
export { subsumesOperation } from './operations/subsumes.js';
export { expandOperation, type ExpandOptions } from './operations/expand.js';
export { translateOperation } from './operations/translate.js';
export { operationStatus, type OperationOptions, type OperationMessage } from './operations/parameters.js';
export { terminologyCodeSystem, terminologyCodeSystems, type TerminologyCodeSystem, type TerminologyConcept } from './terminology/code-systems.js';
export { terminologyValueSet, terminologyValueSetUrls } from './terminology/value-sets.js';
export {
  toFhirBundle,
  fromFhirBundle,
  PAG_EXTENSIONS,
  PAG_EXTENSION_LIST,
  PAG_FHIR_BASE,
  PAG_CODE_SYSTEMS,
  PAG_IDENTIFIER_SYSTEMS,
  extensionUrl,
  deterministicFullUrls,
  pagExtensionStructureDefinition,
  pagExtensionStructureDefinitions,
  pagCodeSystems,
  PAG_FHIR_MAPPING,
  PAG_FHIR_NORMALISATIONS,
  type MappingRow,
  type MappingSource,
  type ToFhirBundleOptions,
  type FromFhirBundleResult,
  type NotMappedItem,
  type NotMappedReason,
  type PagExtensionDefinition,
  type FieldSpec,
  type ObjectSpec,
  type PrimitiveFieldType,
  type FullUrlGenerator,
} from './pag/index.js';
