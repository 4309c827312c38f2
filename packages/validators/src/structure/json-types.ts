/**
 * Ajv's type conditions (`strictNumbers`: a number is finite, an integer has
 * no fraction), one test per `type` of the validation table: read by the
 * detailed walker (`walk-errors.ts`) and by the table's fast verdict
 * (`table-verdict.ts`), which adds the plain-prototype condition of objects.
 *
 * Les conditions de type d'Ajv, une par valeur de `type`.
 */
import type { CheckNode } from './check-schema.js';

/** A `type` of the validation table. */
export type CheckType = NonNullable<CheckNode['type']>;

/** The test of each `type`, as Ajv 8 writes it (arrays are not objects, `null` is its own type). */
export const TYPE_TESTS: Readonly<Record<CheckType, (x: unknown) => boolean>> = {
  object: (x) => x !== null && typeof x === 'object' && !Array.isArray(x),
  array: Array.isArray,
  string: (x) => typeof x === 'string',
  number: (x) => typeof x === 'number' && isFinite(x),
  integer: (x) => typeof x === 'number' && !(x % 1) && !isNaN(x) && isFinite(x),
  boolean: (x) => typeof x === 'boolean',
  null: (x) => x === null,
};
