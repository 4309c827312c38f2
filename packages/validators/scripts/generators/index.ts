/**
 * The generators of @serafin-ph/validators.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Generator } from '../../../../scripts/lib/generated-files.js';
// The rule catalogue reaches one generated module, the PAG fact walker (`src/generated/facts/`): it is
// committed, and generated from `src/rules/pag/support/fact-patterns.ts`, which reaches none.
import { RULES } from '../../src/rules-catalog.js';
import { PAG_FACT_PATTERNS } from '../../src/rules/pag/support/fact-patterns.js';
import { FORMAT_REGEXES, PATTERN_FUNCTIONS } from '../../src/structure/formats.js';
import { tsBanner } from '../../../../scripts/lib/generated-files.js';
import { factWalkerGenerator } from './fact-walker.js';
import { NAMED_PATTERNS } from '@serafin-ph/pag-schema';
import { fastStructureGenerator } from './fast-structure.js';
import { checkTable, sharedLists } from './structure-checks.js';
import { patternKindsGenerator } from './pattern-kinds.js';
import { ruleIdsGenerator } from './rule-ids.js';
import { rulesDocGenerator } from './rules-doc.js';
import { DOCUMENT_TYPES, loadSchemas, SCHEMAS_DIR, structureGenerator } from './structure.js';

/** Absolute path of the package root. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every generator of the package. */
export const generators: readonly Generator[] = [
  structureGenerator(packageRoot),
  fastStructureGenerator(
    () => loadSchemas(packageRoot),
    DOCUMENT_TYPES,
    FORMAT_REGEXES,
    PATTERN_FUNCTIONS,
    SCHEMAS_DIR,
    tsBanner,
    (schema) => sharedLists(checkTable(schema)),
  ),
  factWalkerGenerator(PAG_FACT_PATTERNS, tsBanner),
  rulesDocGenerator(RULES),
  ruleIdsGenerator(RULES, tsBanner),
  patternKindsGenerator(NAMED_PATTERNS, tsBanner),
];
