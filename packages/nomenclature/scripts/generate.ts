/**
 * Regenerates the TypeScript modules of @serafin-ph/nomenclature from the
 * vendored data in `data/`. Usage: `pnpm generate` (or `--check`).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateMain } from '../../../scripts/lib/generated-files.js';
import { generators } from './generators/index.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
generateMain(packageRoot, generators, process.argv.slice(2));
