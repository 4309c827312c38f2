/** Generator for the referentiels modules (work in progress). */
import type { Generator } from '../../../../scripts/lib/generated-files.js';

export const referentielsGenerator: Generator = { name: 'referentiels', run: () => [] };
