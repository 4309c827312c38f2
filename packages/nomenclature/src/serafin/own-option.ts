/**
 * How `lookup`, `validateCode`, `search` and `translate` read their options:
 * an option is an own member of the options object. A member inherited from
 * a polluted `Object.prototype` (`Object.prototype.numbering = …`) is not an
 * option the caller gave, and options that are not an object (`null`, a
 * string… passed from JavaScript) are no options at all: the defaults apply,
 * nothing throws (not even a getter or a proxy that throws when read).
 *
 * Lecture des options : seuls les membres propres comptent ; des options qui
 * ne sont pas un objet (`null`…) valent « aucune option ».
 */

/** The own members of `options`, copied into an object without a prototype (none when `options` is not an object or cannot be read). */
export function ownOptions<T extends object>(options: T | null | undefined): Partial<T> {
  try {
    // Only an object's own enumerable members are copied (`null` gives none).
    if (typeof options === 'object') return Object.assign(Object.create(null) as Partial<T>, options);
  } catch {
    // A getter or a proxy that throws: no options.
  }
  return Object.create(null) as Partial<T>;
}
