/**
 * Generates the published JSON Schemas `schemas/<type>.schema.json` from the
 * zod schemas (`buildJsonSchema`).
 */
import type { Generator } from '../../../../scripts/lib/generated-files.js';
import { buildJsonSchema, DOCUMENT_TYPES, schemaFileName, serializeJsonSchema } from '../../src/index.js';

export const jsonSchemasGenerator: Generator = {
  name: 'json-schemas',
  run: () =>
    DOCUMENT_TYPES.map((type) => ({
      path: `schemas/${schemaFileName(type)}`,
      content: serializeJsonSchema(buildJsonSchema(type)),
    })),
};
