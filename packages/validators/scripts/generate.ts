/**
 * Regenerates the generated files of @serafin-ph/validators: the precompiled
 * structural validators (from the published JSON Schemas of
 * @serafin-ph/pag-schema) and the rule catalogue `docs/reference/regles.md`.
 * Usage: `pnpm generate` (or `--check`).
 */
import { generateMain } from '../../../scripts/lib/generated-files.js';
import { generators, packageRoot } from './generators/index.js';

generateMain(packageRoot, generators, process.argv.slice(2));
