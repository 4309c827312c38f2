/**
 * Reading a caller's options without letting odd ones escape: shared by
 * `checkFhir()` and the terminology operations.
 */

/** An option's value, or `undefined` when the options are not an object (arrays included) or reading it throws. */
export function optionValue(options: unknown, name: string): unknown {
  try {
    return typeof options === 'object' && options !== null && !Array.isArray(options) ? (options as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined;
  }
}
