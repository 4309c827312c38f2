/**
 * The generators of @serafin-ph/fhir.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Generator } from '../../../../scripts/lib/generated-files.js';
import { PROFILE_BINDINGS } from '../../src/bindings/profile-bindings.js';
import { BOUND_VALUE_SETS } from '../../src/bindings/value-sets.js';
import { FHIR_RULES } from '../../src/rules/catalogue.js';
import { pagExtensionsGenerator } from './pag-extensions.js';
import { rulesDocGenerator } from './rules-doc.js';

/** Absolute path of the package root. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every generator of the package. */
export const generators: readonly Generator[] = [rulesDocGenerator(FHIR_RULES, BOUND_VALUE_SETS, PROFILE_BINDINGS), pagExtensionsGenerator(packageRoot)];
