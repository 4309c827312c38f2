/** Generator for the numbering modules (work in progress). */
import type { Generator } from '../../../../scripts/lib/generated-files.js';

export const numberingGenerator: Generator = { name: 'numbering', run: () => [] };
