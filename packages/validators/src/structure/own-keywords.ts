/**
 * The keywords of a validation table node as the readers of the table use
 * them: copied into an object without a prototype, so that a keyword the node
 * does not have reads `undefined` (and `in` answers false) even when
 * `Object.prototype` carries a member of that name. Only the node's own
 * members are read: a copy made while `Object.prototype` is polluted is the
 * clean one, and may be kept.
 *
 * Les mots-clés propres d'un nœud de la table de validation, sans prototype.
 */
import type { CheckNode } from './check-schema.js';

/** The own keywords of `node`, in an object without a prototype. */
export function ownKeywords(node: CheckNode): CheckNode {
  return Object.assign(Object.create(null) as CheckNode, node);
}
