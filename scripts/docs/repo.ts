/** Paths shared by the documentation and release scripts. */
import { resolve } from 'node:path';

/** Root of the monorepo. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
