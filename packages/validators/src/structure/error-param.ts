/**
 * A parameter of a structural error, as the mapping to issues reads it: an
 * own member of the error's `params` only, so that a parameter the keyword
 * does not give (`misspeltAs`, `passingSchemas`…) reads `undefined` whatever
 * `Object.prototype` holds.
 *
 * Un paramètre d'une erreur de structure : membre propre seulement.
 */
import type { AjvError } from './ajv-error.js';

/** The own parameter `name` of `e`, or `undefined`. */
export function param(e: AjvError, name: string): unknown {
  return Object.hasOwn(e.params, name) ? e.params[name] : undefined;
}
