/** Every generator of the package, in a stable order. */
import type { Generator } from '../../../../scripts/lib/generated-files.js';
import { serafinGenerator } from './serafin.js';
import { numberingGenerator } from './numbering.js';
import { referentielsGenerator } from './referentiels.js';

export const generators: readonly Generator[] = [serafinGenerator, numberingGenerator, referentielsGenerator];
