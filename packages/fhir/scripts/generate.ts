/**
 * Regenerates the generated files of @serafin-ph/fhir: the rule catalogue
 * `docs/reference/regles-fhir.md`. Usage: `pnpm generate` (or `--check`).
 */
import { generateMain } from '../../../scripts/lib/generated-files.js';
import { generators, packageRoot } from './generators/index.js';

generateMain(packageRoot, generators, process.argv.slice(2));
