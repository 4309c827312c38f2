/**
 * Error thrown by the hierarchy methods of a companion list when given a code
 * the list does not contain: they refuse to answer about an unknown code rather
 * than return a misleading empty answer. Message: French, then English.
 */
export class ReferentielCodeError extends RangeError {
  /** The code that was not found. */
  readonly code: unknown;
  /** Identifier of the list (`TRE_R420`…). */
  readonly list: string;

  constructor(code: unknown, list: string) {
    const shown = typeof code === 'string' ? JSON.stringify(code) : typeof code;
    super(`Code inconnu dans ${list} : ${shown} / Unknown code in ${list}: ${shown}`);
    this.name = 'ReferentielCodeError';
    this.code = code;
    this.list = list;
  }
}
