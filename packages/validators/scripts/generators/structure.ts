/**
 * Precompiles the published JSON Schemas of @serafin-ph/pag-schema into
 * standalone Ajv validators (draft 2020-12), so that nothing is compiled at run
 * time: the generated modules contain plain functions, no `new Function`, no
 * `require`. Also extracts from each schema what the error messages need
 * (field titles, annotations) and the JSON Pointer patterns of personal data.
 * This file assembles the two halves: `structure-ajv.ts` (compilation and
 * post-processing of Ajv's output) and `structure-schema-walk.ts` (what is read
 * from the schemas).
 *
 * Précompile les schémas JSON publiés en validateurs Ajv autonomes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_TYPES, PERSONAL_DATA_POINTERS } from '@serafin-ph/pag-schema';
import { tsBanner, tsLiteral, type GeneratedFile, type Generator } from '../../../../scripts/lib/generated-files.js';
import { absolutizeSchemaPaths, compiledRoot, createAjv, functionPointers, postProcess, standaloneCode } from './structure-ajv.js';
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
 * The structure generator: one validator module and one information module per
 * document type.
 */
export function structureGenerator(packageRoot: string, formatFunctions: Record<string, { type: 'string'; validate: (s: string) => boolean }>): Generator {
  return {
    name: 'structure',
    run: () => {
      const schemas = loadSchemas(packageRoot);
      const ajv = createAjv(Object.values(schemas), formatFunctions);
      const files: GeneratedFile[] = [];
      for (const type of DOCUMENT_TYPES) {
        const schema = schemas[type];
        const id = schema['$id'];
        if (typeof id !== 'string') throw new Error(`${type}: schema without $id`);
        const unions = collectUnions(schema);
        // One exported validator for the document and one per union branch, so that the
        // error mapper can re-check a value against the branch it was meant for.
        const refs: Record<string, string> = { validate: id };
        const branchNames: [string, string][] = [];
        for (const [ptr, u] of Object.entries(unions)) {
          for (let i = 0; i < u.branchCount; i++) {
            const name = `branch${branchNames.length}`;
            refs[name] = `${id}#${ptr}/${i}`;
            branchNames.push([`${ptr}/${i}`, name]);
          }
        }
        const branchTable = `\n/** Validators of the union branches, by JSON Pointer inside the schema. */\nexport const branches: Readonly<Record<string, StructureValidator>> = {\n${branchNames.map(([p, n]) => `  ${JSON.stringify(p)}: ${n},`).join('\n')}\n};\n`;
        const source = `${SCHEMAS_DIR}/${type}.schema.json`;
        const banner = tsBanner('scripts/generators/structure.ts', [source]);
        files.push({
          path: `src/generated/structure/${type}.ts`,
          content: `${banner}// @ts-nocheck\n/* Ajv ${'8'} standalone validator of ${id}; options: allErrors, strict, unicodeRegExp false, messages false. */\n${postProcess(absolutizeSchemaPaths(standaloneCode(ajv, refs), functionPointers(ajv, compiledRoot(ajv, id))))}${branchTable}`,
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
          content: `${banner}import type { SchemaInfo } from '../../structure/schema-info.js';\n\n/** Titles, annotations and personal-data pointers of ${source}. */\nexport const info: SchemaInfo = ${tsLiteral(info)};\n`,
        });
      }
      return files;
    },
  };
}
