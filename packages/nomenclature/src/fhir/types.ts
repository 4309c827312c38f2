/**
 * The subset of FHIR R4 resource shapes this package produces. Plain JSON:
 * serialise with `JSON.stringify` and post to any FHIR R4 server.
 */

/** FHIR R4 `Coding`. */
export interface FhirCoding {
  readonly system: string;
  readonly version?: string;
  readonly code: string;
  readonly display?: string;
}

/** FHIR R4 `CodeSystem.concept.property`. */
export interface FhirConceptProperty {
  readonly code: string;
  readonly valueCode?: string;
  readonly valueString?: string;
  readonly valueBoolean?: boolean;
  readonly valueDateTime?: string;
}

/** FHIR R4 `CodeSystem.concept`. */
export interface FhirCodeSystemConcept {
  readonly code: string;
  readonly display: string;
  readonly definition?: string;
  readonly property?: readonly FhirConceptProperty[];
}

/** FHIR R4 `CodeSystem`. */
export interface FhirCodeSystem {
  readonly resourceType: 'CodeSystem';
  readonly id: string;
  readonly url: string;
  readonly identifier?: readonly { readonly system: string; readonly value: string }[];
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly experimental?: boolean;
  readonly date: string;
  readonly publisher?: string;
  readonly description?: string;
  readonly jurisdiction?: readonly { readonly coding: readonly FhirCoding[] }[];
  readonly copyright?: string;
  readonly caseSensitive?: boolean;
  readonly content: 'not-present' | 'example' | 'fragment' | 'complete' | 'supplement';
  readonly count: number;
  readonly property: readonly { readonly code: string; readonly uri?: string; readonly description?: string; readonly type: string }[];
  readonly concept: readonly FhirCodeSystemConcept[];
}

/** FHIR R4 `ValueSet.compose.include`. */
export interface FhirValueSetInclude {
  readonly system?: string;
  /** Canonical URLs of value sets; several inside one include mean their intersection. */
  readonly valueSet?: readonly string[];
  readonly version?: string;
  readonly concept?: readonly { readonly code: string; readonly display?: string }[];
}

/** FHIR R4 `ValueSet` (compose only). */
export interface FhirValueSet {
  readonly resourceType: 'ValueSet';
  readonly id: string;
  readonly url: string;
  readonly identifier?: readonly { readonly system: string; readonly value: string }[];
  readonly version: string;
  readonly name: string;
  readonly title?: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly date?: string;
  readonly publisher?: string;
  readonly description?: string;
  readonly compose: { readonly include: readonly FhirValueSetInclude[] };
}
