/**
 * Error thrown by the hierarchy functions when given a code that the
 * SERAFIN-PH CodeSystem does not contain: they refuse to answer about a code
 * they do not know rather than return a misleading empty answer.
 */
export class UnknownCodeError extends RangeError {
  /** The code that was not found. */
  readonly code: unknown;

  constructor(code: unknown, what = 'SERAFIN-PH (ans-2023)') {
    const shown = typeof code === 'string' ? JSON.stringify(code) : typeof code;
    super(`Code inconnu dans ${what} : ${shown} / Unknown code in ${what}: ${shown}`);
    this.name = 'UnknownCodeError';
    this.code = code;
  }
}
