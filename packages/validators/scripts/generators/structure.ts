/**
 * Reads the published JSON Schemas of @serafin-ph/pag-schema into two modules
 * per document type: the validation table that the structure walker follows
 * to report every error (`structure-checks.ts`; data, so that nothing is
 * compiled at run time), and what the error messages need (field titles,
 * annotations, unions) with the JSON Pointer patterns of personal data
 * (`structure-schema-walk.ts`). `structure-ajv.ts` compiles the same schemas
 * with Ajv for the tests, which prove the walker reports exactly what Ajv
 * reports.
 *
 * Tables de validation et informations extraites des schémas JSON publiés.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_TYPES, PERSONAL_DATA_POINTERS } from '@serafin-ph/pag-schema';
import { tsBanner, tsLiteral, type GeneratedFile, type Generator } from '../../../../scripts/lib/generated-files.js';
import type { CheckNode } from '../../src/structure/check-schema.js';
import { encodeSchemaInfo } from '../../src/structure/schema-info-codec.js';
import { checkTable, emitCheckTable, emitLists, sharedLists } from './structure-checks.js';
import {
  collectArrayItemTitles,
  collectCodePositions,
  collectDatePositions,
  collectPublicCodePositions,
  collectNodeInfo,
  collectUnions,
  coveringPersonalDataPointers,
  type JsonSchema,
} from './structure-schema-walk.js';

// The two halves, for the tests and the other generators.
export * from './structure-ajv.js';
export * from './structure-schema-walk.js';

/** The document types, in a stable order (the list of `@serafin-ph/pag-schema`, re-exported for the other generators). */
export { DOCUMENT_TYPES };

/** Folder of the published schemas, relative to this package. */
export const SCHEMAS_DIR = '../pag-schema/schemas';

/** Loads the published schemas. */
export function loadSchemas(packageRoot: string): Record<(typeof DOCUMENT_TYPES)[number], JsonSchema> {
  const read = (t: string) => JSON.parse(readFileSync(join(packageRoot, SCHEMAS_DIR, `${t}.schema.json`), 'utf8')) as JsonSchema;
  return Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, read(t)])) as Record<(typeof DOCUMENT_TYPES)[number], JsonSchema>;
}

/**
 * The structure generator: one validation table and one information module per
 * document type.
 */
export function structureGenerator(packageRoot: string): Generator {
  return {
    name: 'structure',
    run: () => {
      const schemas = loadSchemas(packageRoot);
      const files: GeneratedFile[] = [];
      for (const type of DOCUMENT_TYPES) {
        const schema = schemas[type];
        const id = schema['$id'];
        if (typeof id !== 'string') throw new Error(`${type}: schema without $id`);
        const unions = collectUnions(schema);
        const source = `${SCHEMAS_DIR}/${type}.schema.json`;
        const banner = tsBanner('scripts/generators/structure.ts', [source]);
        const checks = checkTable(schema);
        const lists = sharedLists(checks);
        const table = emitCheckTable(checks, lists);
        const types = ['CheckNode', ...(table.includes('CheckPrimitive') ? ['CheckPrimitive'] : [])];
        const used = [...lists.values()].filter((n) => new RegExp(`\\b${n}\\b`).test(table));
        files.push({
          path: `src/generated/structure/${type}-checks.ts`,
          content: `${banner}import type { ${types.join(', ')} } from '../../structure/check-schema.js';\n${used.length > 0 ? `import { ${used.join(', ')} } from './${type}-lists.js';\n` : ''}\n/* Validation keywords of ${id}, read by src/structure/walk-errors.ts. */\n${table}`,
        });
        const listsBody = emitLists(lists);
        files.push({
          path: `src/generated/structure/${type}-lists.ts`,
          content: `${banner}${listsBody.includes('CheckPrimitive') ? "import type { CheckPrimitive } from '../../structure/check-schema.js';\n\n" : ''}/* The enumerations of ${id} that the validation table and the fast check share. */\n${listsBody}`,
        });
        const info = {
          schemaId: id,
          nodes: collectNodeInfo(schema),
          personalData: coveringPersonalDataPointers(PERSONAL_DATA_POINTERS[type]),
          unions,
          codes: collectCodePositions(schema),
          dates: collectDatePositions(schema),
          publicCodes: collectPublicCodePositions(schema),
          arrayItems: collectArrayItemTitles(schema),
        };
        files.push({
          path: `src/generated/structure/${type}-info.ts`,
          // The node lines name their nodes by rank in the validation table, which every bundle of this type ships anyway.
          content: `${banner}import type { SchemaInfo } from '../../structure/schema-info.js';\nimport { decodeSchemaInfo } from '../../structure/schema-info-codec.js';\nimport { checks } from './${type}-checks.js';\n\n/** Titles, annotations and personal-data pointers of ${source} (compact form, nodes along the validation table: see src/structure/schema-info-codec.ts). */\nexport const info: SchemaInfo = /* @__PURE__ */ decodeSchemaInfo(${tsLiteral(encodeSchemaInfo(info, checks as CheckNode))}, checks);\n`,
        });
      }
      return files;
    },
  };
}
