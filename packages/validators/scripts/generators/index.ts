/**
 * The generators of @serafin-ph/validators.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Generator } from '../../../../scripts/lib/generated-files.js';
// Neither import reaches the generated modules, so generation works from an empty `src/generated/`.
import { RULES } from '../../src/rules-catalog.js';
import { formats } from '../../src/structure/formats.js';
import { rulesDocGenerator } from './rules-doc.js';
import { structureGenerator } from './structure.js';

/** Absolute path of the package root. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every generator of the package. */
export const generators: readonly Generator[] = [structureGenerator(packageRoot, formats), rulesDocGenerator(RULES)];
