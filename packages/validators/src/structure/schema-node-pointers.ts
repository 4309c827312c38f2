/**
 * The JSON Pointers of the schema nodes of a validation table, in the order in
 * which the generator's schema walk visits them (`forEachSubschema` in
 * `scripts/generators/structure-schema-walk.ts`: `properties`, `$defs`, then
 * `anyOf`, `oneOf`, `allOf`, then `items`, `additionalProperties`,
 * `propertyNames`; boolean schemas are not nodes). The compact schema
 * information names its nodes by their rank in this list instead of writing
 * their pointers (`schema-info-codec.ts`).
 *
 * Les pointeurs des nœuds d'une table de validation, dans l'ordre du parcours du générateur.
 */
import { escapeToken } from '../json/pointer.js';
import type { CheckNode, CheckSchema } from './check-schema.js';

const MAPS = ['properties', '$defs'] as const;
const LISTS = ['anyOf', 'oneOf', 'allOf'] as const;
const SINGLES = ['items', 'additionalProperties', 'propertyNames'] as const;

/** Every node pointer of `table` (the root is `''`), in the schema walk's order. */
export function schemaNodePointers(table: CheckNode): string[] {
  const out: string[] = [];
  const visit = (node: CheckSchema | undefined, pointer: string): void => {
    if (node === undefined || typeof node === 'boolean') return;
    out.push(pointer);
    for (const k of MAPS) {
      const map = node[k];
      if (map !== undefined) for (const name of Object.keys(map)) visit(map[name], `${pointer}/${k}/${escapeToken(name)}`);
    }
    for (const k of LISTS) node[k]?.forEach((sub, i) => visit(sub, `${pointer}/${k}/${i}`));
    for (const k of SINGLES) visit(node[k], `${pointer}/${k}`);
  };
  visit(table, '');
  return out;
}
