/**
 * Shape of the validation tables generated from each published JSON Schema
 * (`src/generated/structure/<type>-checks.ts`, by
 * `scripts/generators/structure-checks.ts`): the schema reduced to the
 * keywords that decide validity, as plain data. The structure walker
 * (`walk-errors.ts`) reads them to report the errors of a document the fast
 * check rejected.
 *
 * Les mots-clés de validation des schémas publiés, sous forme de données.
 */

/** A JSON value a `const` or an `enum` may hold in the published schemas. */
export type CheckPrimitive = string | number | boolean | null;

/** One schema node: only the validation keywords the published schemas use. */
export interface CheckNode {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  readonly const?: CheckPrimitive;
  readonly enum?: readonly CheckPrimitive[];
  /** `#/$defs/<name>` of the same schema. */
  readonly $ref?: string;
  readonly anyOf?: readonly CheckSchema[];
  readonly oneOf?: readonly CheckSchema[];
  readonly allOf?: readonly CheckSchema[];
  readonly maximum?: number;
  readonly minimum?: number;
  readonly exclusiveMaximum?: number;
  readonly exclusiveMinimum?: number;
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly format?: 'date' | 'date-time' | 'time';
  readonly maxItems?: number;
  readonly minItems?: number;
  readonly items?: CheckSchema;
  readonly required?: readonly string[];
  readonly propertyNames?: CheckSchema;
  readonly additionalProperties?: CheckSchema;
  readonly properties?: Readonly<Record<string, CheckSchema>>;
  /** On the root node only: the definitions `$ref` points to. */
  readonly $defs?: Readonly<Record<string, CheckSchema>>;
}

/** A schema: a node, or `true` / `false`. */
export type CheckSchema = CheckNode | boolean;
