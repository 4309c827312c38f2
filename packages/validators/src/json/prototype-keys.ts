/**
 * Whether `Object.prototype` carries an enumerable property: the mark of a
 * polluted prototype (`Object.prototype.x = …`, or a merge that wrote through
 * `__proto__`). Every object then seems to have that member: `for…in` lists
 * it, and reading it where the document has none gives the inherited value.
 * `validate()` asks once per call (a `for…in` over an empty enumeration costs
 * a few nanoseconds) and, when it is so, reads the document into objects
 * without a prototype, so that only the document's own members are seen.
 *
 * Un `Object.prototype` pollué (propriété énumérable) ne doit pas changer le
 * verdict : le document est alors copié dans des objets sans prototype.
 */

/** True when `Object.prototype` has at least one enumerable property (own or inherited: it has no prototype). */
export function objectPrototypeIsPolluted(): boolean {
  for (const key in Object.prototype) {
    void key;
    return true;
  }
  return false;
}
