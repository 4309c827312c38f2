/**
 * The error thrown by {@link assertValid}.
 */
import type { DocumentType, ValidationIssue } from './types.js';

/** Thrown by `assertValid` when a document has at least one error-level issue; carries every issue. */
export class ValidationError extends Error {
  /** Every issue of the report (warnings and notes included). */
  readonly issues: ValidationIssue[];
  /** Document type the document was checked as, or `null`. */
  readonly typeDocument: DocumentType | null;

  constructor(message: string, issues: ValidationIssue[], typeDocument: DocumentType | null = null) {
    super(message);
    this.name = 'ValidationError';
    this.issues = issues;
    this.typeDocument = typeDocument;
  }
}
