/**
 * The patterns of the published schemas, recognised by their source so that a
 * message says what is expected (« un numéro FINESS ») instead of quoting a
 * regular expression. The table is generated from `NAMED_PATTERNS` of
 * `@serafin-ph/pag-schema` (the one definition of each pattern); the words
 * are in the catalogues (`locales/`).
 */
export { EXTENSION_KEY_SOURCE, PATTERN_KINDS } from '../generated/pattern-kinds.js';
