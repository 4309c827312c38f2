/**
 * The options object of a call, read once: every option of
 * {@link ValidateOptions} that the caller set, each read in its own guard,
 * and the names the caller gave that are no option. What fails here is
 * reported by the engine as an option issue (`OPTIONS-INVALIDES`), never as a
 * problem of the document.
 *
 * Lecture unique de l'objet d'options : une option illisible ou inconnue est
 * signalée à part, sans changer le verdict.
 */
import type { ValidateOptions } from './types.js';

/** The names of the options of `validate()` and the typed entry points. */
export const OPTION_NAMES: readonly (keyof ValidateOptions)[] = [
  'lang',
  'typeDocument',
  'numbering',
  'referenceDate',
  'skipRules',
  'deprecatedCodes',
  'includePersonalData',
  'messages',
  'catalogues',
  'optionNames',
];

/**
 * What the options of a call are: `none` (`undefined` or `null`: no options), `object`, or else their JavaScript type
 * (`array` for an array), which is no options object.
 */
export function optionsKind(raw: unknown): string {
  if (raw === undefined || raw === null) return 'none';
  try {
    if (Array.isArray(raw)) return 'array';
  } catch {
    // A revoked proxy: an object, whose options cannot be read.
  }
  return typeof raw;
}

/** The value of an option whose reading threw (a getter, a proxy). */
export const UNREADABLE: unique symbol = Symbol();

/**
 * A copy of `raw` (an object without prototype): each option it has as an
 * own property, read once, or {@link UNREADABLE} when reading it threw; each
 * other own enumerable name, with the value `undefined` (never read), so that
 * it can be reported. A copy read again gives the same copy.
 */
export function copyOptions(given: unknown): Record<string, unknown> {
  const copy = Object.create(null) as Record<string, unknown>;
  if (optionsKind(given) !== 'object') return copy;
  const raw = given as Record<string, unknown>;
  try {
    for (const name of Object.keys(raw)) copy[name] = undefined;
  } catch {
    // A proxy whose keys cannot be listed: its options are still read one by one.
  }
  for (const name of OPTION_NAMES)
    try {
      if (Object.hasOwn(raw, name)) copy[name] = raw[name];
    } catch {
      copy[name] = UNREADABLE;
    }
  return copy;
}

/**
 * `ids` quoted for a message, at most the first three, each cut to
 * 40 characters, then how many more (« et 5 autres » / "and 5 more"): a list
 * that came from outside never makes a message of unbounded length.
 */
export function quoteFew(ids: readonly string[], en: boolean): string {
  const more = ids.length - 3;
  const shown = ids
    .slice(0, 3)
    .map((id) => {
      const cut = id.length > 40 ? `${id.slice(0, 40)}…` : id;
      return en ? `"${cut}"` : `« ${cut} »`;
    })
    .join(', ');
  return more > 0 ? `${shown} ${en ? `and ${more} more` : `et ${more} autre${more > 1 ? 's' : ''}`}` : shown;
}
