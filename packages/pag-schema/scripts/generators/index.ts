/** Every generator of @serafin-ph/pag-schema, in a stable order. */
import type { Generator } from '../../../../scripts/lib/generated-files.js';
import { cnsaCodesGenerator } from './cnsa-codes.js';
import { codeListsDocsGenerator } from './code-lists-docs.js';
import { declarationsGenerator } from './declarations.js';
import { jsonSchemasGenerator } from './json-schemas.js';
import { personalDataGenerator } from './personal-data.js';
import { referenceDocsGenerator } from './reference-docs.js';

/**
 * Returns the generators. Async because json-schema-to-typescript is: its
 * output is computed first and then served by a synchronous generator.
 */
export async function pagSchemaGenerators(): Promise<readonly Generator[]> {
  return [cnsaCodesGenerator, jsonSchemasGenerator, personalDataGenerator, await declarationsGenerator(), referenceDocsGenerator, codeListsDocsGenerator];
}
