import type { SerafinCode } from '../generated/serafin-concepts.js';

/**
 * A table of definitions by code, such as `SERAFIN_DEFINITIONS` from the
 * `@serafin-ph/nomenclature/definitions` subpath. Definitions are large, so the
 * core never imports them: pass the table where you want them.
 */
export type DefinitionTable = Readonly<Partial<Record<SerafinCode, string>>>;
