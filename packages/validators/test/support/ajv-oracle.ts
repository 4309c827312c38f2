/**
 * The test oracle of the structure walker: the published schemas compiled by
 * Ajv into standalone validators exactly as the package shipped them until
 * 0.x (`scripts/generators/structure-ajv.ts`: schema constants pruned,
 * absolute schema paths, errors appended in place), one validator for the
 * document and one per union branch, loaded in memory. Tests only: loading
 * compiled code is what the library itself never does.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import {
  absolutizeSchemaPaths,
  collectUnions,
  compiledRoot,
  createAjv,
  functionPointers,
  postProcess,
  standaloneCode,
  type JsonSchema,
} from '../../scripts/generators/structure.js';
import type { StructureValidator } from '../../src/structure/ajv-error.js';
import { formats } from '../../src/structure/formats.js';
import { appendErrors, equal, hasPlainPrototype, plainSize, ucs2length } from '../../src/structure/runtime.js';

/** Ajv's validators of one schema: the whole document and each union branch (by `<union pointer>/<index>`). */
export interface AjvOracle {
  readonly validate: StructureValidator;
  readonly branch: (pointer: string) => StructureValidator;
}

/** Standalone Ajv code, post-processed as the generator did, turned into a function body that returns its exports. */
function load(ajv: Ajv2020, id: string, refs: Record<string, string>): Record<string, StructureValidator> {
  const code = postProcess(absolutizeSchemaPaths(standaloneCode(ajv, refs), functionPointers(ajv, compiledRoot(ajv, id))));
  const body = code
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n')
    .replace(/export const (\w+): StructureValidator = (validate\d+);/g, 'exports.$1 = $2;');
  const exports: Record<string, StructureValidator> = {};
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the oracle runs Ajv's compiled code, in the tests only
  new Function('formats', 'ucs2length', 'equal', 'appendErrors', 'hasPlainPrototype', 'plainSize', 'exports', body)(
    formats,
    ucs2length,
    equal,
    appendErrors,
    hasPlainPrototype,
    plainSize,
    exports,
  );
  return exports;
}

/**
 * Ajv's validators of the schema `id` among `schemas` (each schema compiled
 * without annotations, as the generator did). `unions` are the union
 * pointers whose branches get a validator each (default: those the schema
 * information lists).
 */
export function ajvOracle(schemas: readonly JsonSchema[], id: string, unions?: Readonly<Record<string, { branchCount: number }>>): AjvOracle {
  const ajv = createAjv(schemas, formats);
  const schema = schemas.find((s) => s['$id'] === id);
  if (schema === undefined) throw new Error(`oracle: no schema ${id}`);
  const refs: Record<string, string> = { validate: id };
  const names = new Map<string, string>();
  for (const [ptr, u] of Object.entries(unions ?? collectUnions(schema))) {
    for (let i = 0; i < u.branchCount; i++) {
      const name = `branch${names.size}`;
      refs[name] = `${id}#${ptr}/${i}`;
      names.set(`${ptr}/${i}`, name);
    }
  }
  const exports = load(ajv, id, refs);
  const validate = exports['validate'];
  if (validate === undefined) throw new Error('oracle: no validate export');
  return {
    validate,
    branch: (pointer) => {
      const v = exports[names.get(pointer) ?? ''];
      if (v === undefined) throw new Error(`oracle: no branch validator at ${pointer}`);
      return v;
    },
  };
}
