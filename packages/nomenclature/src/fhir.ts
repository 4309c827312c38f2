/**
 * @packageDocumentation
 * `@serafin-ph/nomenclature/fhir` : les ressources FHIR R4 de SERAFIN-PH — le
 * CodeSystem (avec les définitions), les jeux de valeurs J282–J285, les
 * ConceptMaps entre numérotations, le CodeSystem `cnsa-2018` du projet, et
 * `coding()`.
 *
 * FHIR R4 JSON resources for SERAFIN-PH — the
 * CodeSystem (with definitions), the value sets J282–J285 and the union of all
 * prestations, the ConceptMaps between numberings, the project-defined
 * `cnsa-2018` CodeSystem, and `coding()`.
 *
 * @module \@serafin-ph/nomenclature/fhir
 */
export * from './fhir/types.js';
export { coding, tryCoding } from './fhir/coding.js';
export { toFhirCodeSystem } from './fhir/code-system.js';
export { toFhirCnsa2018CodeSystem, type FhirCnsaCodeSystem, type FhirCnsaConcept } from './fhir/cnsa-code-system.js';
export { toFhirValueSet } from './fhir/value-set.js';
export * from './fhir/concept-map.js';
