/**
 * Generates `src/generated/personal-data.ts`: the JSON Pointer patterns of the
 * fields marked `x-donnees-personnelles` in each published JSON Schema.
 */
import { type Generator, tsBanner, tsLiteral } from '../../../../scripts/lib/generated-files.js';
import { buildJsonSchema, DOCUMENT_TYPES, personalDataPointers, schemaFileName } from '../../src/index.js';

export const personalDataGenerator: Generator = {
  name: 'personal-data',
  run: () => {
    const pointers = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, personalDataPointers(buildJsonSchema(t))]));
    const content = [
      tsBanner(
        'scripts/generators/personal-data.ts',
        DOCUMENT_TYPES.map((t) => `schemas/${schemaFileName(t)}`),
      ),
      "import type { DocumentType } from '../version.js';",
      '',
      '/**',
      ' * JSON Pointer patterns of the personal-data fields of each document type',
      ' * (`x-donnees-personnelles: true`); `*` stands for any array index or key.',
      ' * A pattern covers the value at that place and everything below it.',
      ' */',
      `export const PERSONAL_DATA_POINTERS: Readonly<Record<DocumentType, readonly string[]>> = ${tsLiteral(pointers)};`,
      '',
    ].join('\n');
    return [{ path: 'src/generated/personal-data.ts', content }];
  },
};
