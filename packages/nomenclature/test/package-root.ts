import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the package root, for tests that read vendored data. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
