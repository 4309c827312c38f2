/**
 * The definition a `$ref` of a validation table names (`#/$defs/<name>`,
 * the name escaped as a JSON Pointer token), read the same way by the
 * detailed walker and by the browser builds' table verdict.
 */
import { unescapeToken } from '../json/pointer.js';
import type { CheckNode, CheckSchema } from './check-schema.js';

/**
 * The definition of `root` that `ref` names. Throws an `Error` whose message
 * starts with `reader` when `ref` is not of the form `#/$defs/<name>` or
 * names no definition (a generated table always resolves).
 */
export function tableDefinition(root: CheckNode, ref: string, reader: string): CheckSchema {
  const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = m === null ? undefined : root.$defs?.[unescapeToken(m[1] as string)];
  if (target === undefined) throw new Error(`${reader}: unresolved $ref ${ref}`);
  return target;
}
