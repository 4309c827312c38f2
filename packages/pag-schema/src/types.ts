/**
 * @packageDocumentation
 * `@serafin-ph/pag-schema/types` : les interfaces TypeScript des trois
 * documents, générées à partir des schémas JSON publiés — sans zod, pour les
 * déclarations qui ne doivent pas dépendre d'une dépendance pair absente.
 *
 * The TypeScript interfaces of the three documents, generated from the
 * published JSON Schemas (json-schema-to-typescript): they import nothing, so
 * they stay exact when zod is not installed (`@serafin-ph/validators` types
 * its results with them). Also the list of document types,
 * {@link DOCUMENT_TYPES} (its one definition, in `version.ts`, imports nothing
 * either), and the escaping of JSON Pointer reference tokens
 * ({@link escapeToken}, {@link unescapeToken}), shared by the packages above
 * this one. They are the very types the main entry exports; type tests prove
 * them mutually assignable with the `z.infer` types of the zod schemas.
 *
 * @module \@serafin-ph/pag-schema/types
 */
export { DOCUMENT_TYPES, type DocumentType } from './version.js';
export { escapeToken, unescapeToken } from './json-schema/pointer.js';
/** Every interface of the PAG (its parts: `PagTypes.Mdph`, `PagTypes.Situation`…), as generated from its JSON Schema. */
export type * as PagTypes from './generated/json-schema-types/pag.js';
/** Every interface of the territorial convention, as generated from its JSON Schema. */
export type * as ConventionTerritorialeTypes from './generated/json-schema-types/convention-territoriale.js';
/** Every interface of the table of delegated derogations, as generated from its JSON Schema. */
export type * as TableauDerogationsTypes from './generated/json-schema-types/tableau-derogations.js';
export type { Pag } from './generated/json-schema-types/pag.js';
export type { ConventionTerritoriale } from './generated/json-schema-types/convention-territoriale.js';
export type { TableauDerogations } from './generated/json-schema-types/tableau-derogations.js';
