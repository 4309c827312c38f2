/**
 * The subset of FHIR R4 resource shapes this package produces. Plain JSON:
 * serialise with `JSON.stringify` and post to any FHIR R4 server.
 */

/** FHIR R4 `Coding`. */
export interface FhirCoding {
  /** Canonical URL of the code system. */
  readonly system: string;
  /** Version of the code system the code comes from. */
  readonly version?: string;
  /** The code, byte-exact as published. */
  readonly code: string;
  /** Official label of the code in that version. */
  readonly display?: string;
}

/** FHIR R4 `CodeSystem.concept.property`. */
export interface FhirConceptProperty {
  /** Property code, declared in `CodeSystem.property`. */
  readonly code: string;
  /** Value when the property has type `code`. */
  readonly valueCode?: string;
  /** Value when the property has type `string`. */
  readonly valueString?: string;
  /** Value when the property has type `boolean`. */
  readonly valueBoolean?: boolean;
  /** Value when the property has type `dateTime`. */
  readonly valueDateTime?: string;
}

/** FHIR R4 `CodeSystem.concept`. */
export interface FhirCodeSystemConcept {
  /** The concept code. */
  readonly code: string;
  /** Official label of the concept. */
  readonly display: string;
  /** Published definition of the concept, when there is one. */
  readonly definition?: string;
  /** Property values of the concept (parent, status…). */
  readonly property?: readonly FhirConceptProperty[];
}

/** FHIR R4 `CodeSystem`. */
export interface FhirCodeSystem {
  /** Always `CodeSystem`. */
  readonly resourceType: 'CodeSystem';
  /** Logical id of the resource. */
  readonly id: string;
  /** Canonical URL of the code system. */
  readonly url: string;
  /** Other identifiers, e.g. the OID as `urn:ietf:rfc:3986`. */
  readonly identifier?: readonly { readonly system: string; readonly value: string }[];
  /** Business version of the code system. */
  readonly version: string;
  /** Computer-friendly name. */
  readonly name: string;
  /** Human-friendly title. */
  readonly title: string;
  /** Publication status. */
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  /** `true` for a resource published for testing, not for real use. */
  readonly experimental?: boolean;
  /** Date of the published version. */
  readonly date: string;
  /** Publisher (e.g. ANS). */
  readonly publisher?: string;
  /** Natural-language description. */
  readonly description?: string;
  /** Jurisdiction (France). */
  readonly jurisdiction?: readonly { readonly coding: readonly FhirCoding[] }[];
  /** Licence and copyright statement. */
  readonly copyright?: string;
  /** Whether codes are case-sensitive. */
  readonly caseSensitive?: boolean;
  /** How much of the code system the resource holds. */
  readonly content: 'not-present' | 'example' | 'fragment' | 'complete' | 'supplement';
  /** Number of concepts in the code system. */
  readonly count: number;
  /** Properties that concepts may carry (code, URI, description, type). */
  readonly property: readonly { readonly code: string; readonly uri?: string; readonly description?: string; readonly type: string }[];
  /** The concepts, in published order. */
  readonly concept: readonly FhirCodeSystemConcept[];
}

/** FHIR R4 `ValueSet.compose.include`. */
export interface FhirValueSetInclude {
  /** Code system the included codes come from. */
  readonly system?: string;
  /** Canonical URLs of value sets; several inside one include mean their intersection. */
  readonly valueSet?: readonly string[];
  /** Version of that code system. */
  readonly version?: string;
  /** Codes enumerated explicitly (with their label). */
  readonly concept?: readonly { readonly code: string; readonly display?: string }[];
}

/** FHIR R4 `ValueSet` (compose only). */
export interface FhirValueSet {
  /** Always `ValueSet`. */
  readonly resourceType: 'ValueSet';
  /** Logical id of the resource. */
  readonly id: string;
  /** Canonical URL of the value set. */
  readonly url: string;
  /** Other identifiers, e.g. the OID as `urn:ietf:rfc:3986`. */
  readonly identifier?: readonly { readonly system: string; readonly value: string }[];
  /** Business version of the value set. */
  readonly version: string;
  /** Computer-friendly name. */
  readonly name: string;
  /** Human-friendly title. */
  readonly title?: string;
  /** Publication status. */
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  /** Date of the published version. */
  readonly date?: string;
  /** Publisher (e.g. ANS). */
  readonly publisher?: string;
  /** Natural-language description. */
  readonly description?: string;
  /** Content definition: the codes the value set includes. */
  readonly compose: { readonly include: readonly FhirValueSetInclude[] };
}
