/**
 * What the precompiled Ajv validators report, and how they are called
 * (Ajv standalone calling convention).
 */

/** An error as Ajv reports it. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set by Ajv on the errors about a key checked by `propertyNames`. */
  propertyName?: string;
}

/** Options a precompiled validator accepts (Ajv standalone calling convention). */
export interface ValidatorCallOptions {
  instancePath?: string;
  parentData?: unknown;
  parentDataProperty?: string | number;
  rootData?: unknown;
}

/** A precompiled validator. */
export interface StructureValidator {
  (data: unknown, options?: ValidatorCallOptions): boolean;
  errors?: AjvError[] | null;
}
