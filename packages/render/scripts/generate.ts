/**
 * Regenerates the generated files of @serafin-ph/render: the layout model of
 * each document type, extracted from the published JSON Schemas of
 * @serafin-ph/pag-schema. Usage: `pnpm generate` (or `--check`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMain, tsBanner, tsLiteral, type Generator } from '../../../scripts/lib/generated-files.js';
import { layoutFromSchema } from './layout-from-schema.js';
import { stylesHashGenerator } from './styles-hash.js';

/** Absolute path of the package root. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder of the published schemas, relative to this package. */
export const SCHEMAS_DIR = '../pag-schema/schemas';

/** Document types rendered, with the name of their generated constant. */
const TYPES = [
  ['pag', 'PAG_LAYOUT'],
  ['convention-territoriale', 'CONVENTION_LAYOUT'],
  ['tableau-derogations', 'DEROGATIONS_LAYOUT'],
] as const;

/** The layout generator: one module per document type. */
export const layoutGenerator: Generator = {
  name: 'layouts',
  run: () =>
    TYPES.map(([type, constant]) => {
      const source = `${SCHEMAS_DIR}/${type}.schema.json`;
      const schema = JSON.parse(readFileSync(join(packageRoot, source), 'utf8')) as Record<string, unknown>;
      const content = [
        tsBanner('scripts/generate.ts', [source]),
        "import type { DocumentLayout } from '../layout/layout-model.js';",
        '',
        `/** Layout model of ${String(schema['$id'])}. */`,
        `export const ${constant}: DocumentLayout = ${tsLiteral(layoutFromSchema(schema))};`,
        '',
      ].join('\n');
      return { path: `src/generated/${type}-layout.ts`, content };
    }),
};

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  generateMain(packageRoot, [layoutGenerator, stylesHashGenerator], process.argv.slice(2));
}
