/**
 * The compact form in which a worker sends a document's outcome: a valid
 * document without any issue is just its type.
 */
import type { DocumentOutcome } from './check-text.js';
import type { TypeDocument } from './validators-contract.js';

/** One document's outcome as a worker sends it: a type alone means valid, without any issue. */
export type WireOutcome = TypeDocument | DocumentOutcome;

/** The compact form of an outcome (see {@link WireOutcome}). */
export function toWire(outcome: DocumentOutcome): WireOutcome {
  return outcome.kind === 'report' && outcome.valid && outcome.issues.length === 0 && outcome.typeDocument !== null ? outcome.typeDocument : outcome;
}

/** The outcome a {@link WireOutcome} stands for. */
export function fromWire(wire: WireOutcome): DocumentOutcome {
  return typeof wire === 'string' ? { kind: 'report', typeDocument: wire, valid: true, issues: [] } : wire;
}
