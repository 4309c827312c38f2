/**
 * The PAG ⇄ FHIR R4 mapping of `@serafin-ph/fhir`.
 *
 * Correspondance PAG ⇄ FHIR R4.
 */
export { toFhirBundle, type ToFhirBundleOptions } from './to-fhir-bundle.js';
export { fromFhirBundle } from './from-fhir-bundle.js';
export type { FromFhirBundleResult, NotMappedItem, NotMappedReason } from './report.js';
export { PAG_EXTENSIONS, PAG_EXTENSION_LIST, type PagExtensionDefinition } from './extensions.js';
export type { FieldSpec, ObjectSpec, PrimitiveFieldType } from './object-extension.js';
export { PAG_FHIR_BASE, PAG_CODE_SYSTEMS, PAG_IDENTIFIER_SYSTEMS, extensionUrl } from './urls.js';
export { deterministicFullUrls, type FullUrlGenerator } from './ids.js';
export { pagExtensionStructureDefinition, pagExtensionStructureDefinitions } from './structure-definitions.js';
export { PAG_FHIR_MAPPING, PAG_FHIR_NORMALISATIONS, type MappingRow, type MappingSource } from './mapping-table.js';
export { pagCodeSystems } from './code-systems.js';
