/**
 * The report of {@link fromFhirBundle}: every part of the bundle that could
 * not be carried into the PAG document, so that nothing is lost silently.
 */

/** Why an element of the bundle was not carried into the PAG. */
export type NotMappedReason =
  /** A resource the mapping does not read (another type, or not linked to the plan). */
  | 'resource-not-read'
  /** An extension the mapping does not know. */
  | 'unknown-extension'
  /** An element whose value has the wrong FHIR type or an unknown code. */
  | 'invalid-value'
  /** An element the PAG requires and the bundle does not hold. */
  | 'missing-element'
  /** A reference that leads to no entry of the bundle. */
  | 'unresolved-reference'
  /** A value with no PAG equivalent (for example a CarePlan status outside the PAG lifecycle). */
  | 'no-pag-equivalent';

/** One element of the bundle left out of the PAG document. */
export interface NotMappedItem {
  /** FHIRPath-like location in the bundle (`Bundle.entry[3].resource.extension[0]`). */
  readonly expression: string;
  /** The reason, stable for programs. */
  readonly reason: NotMappedReason;
  /** French message; it names elements and public codes, never personal values. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** Result of {@link fromFhirBundle}. */
export interface FromFhirBundleResult {
  /** The PAG document read from the bundle; `undefined` when the bundle holds no PAG plan. */
  readonly document: Record<string, unknown> | undefined;
  /** Everything that could not be carried into the document (empty for a bundle written by {@link toFhirBundle}). */
  readonly notMapped: NotMappedItem[];
}

/** Collects the items of the report while reading a bundle. */
export class NotMappedCollector {
  readonly items: NotMappedItem[] = [];

  /** Adds one item. */
  add(expression: string, reason: NotMappedReason, message: string, messageEn: string): void {
    this.items.push({ expression, reason, message, messageEn });
  }
}
