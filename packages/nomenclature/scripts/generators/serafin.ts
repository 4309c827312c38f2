/** Generator for the SERAFIN-PH modules (work in progress). */
import type { Generator } from '../../../../scripts/lib/generated-files.js';

export const serafinGenerator: Generator = { name: 'serafin', run: () => [] };
