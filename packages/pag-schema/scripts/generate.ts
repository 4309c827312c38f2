/**
 * Regenerates the generated files of @serafin-ph/pag-schema: the published
 * JSON Schemas (`schemas/`), the declarations generated from them, the
 * personal-data pointers, the CNSA code tuples and the reference pages
 * (`docs/reference/schemas/`). Usage: `pnpm generate` (or `--check`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMain } from '../../../scripts/lib/generated-files.js';
import { pagSchemaGenerators } from './generators/index.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
generateMain(packageRoot, await pagSchemaGenerators(), process.argv.slice(2));
