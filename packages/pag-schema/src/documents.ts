/**
 * The three document schemas together: discriminated union on `typeDocument`
 * and lookup by type.
 */
import * as z from 'zod';
import { ConventionTerritorialeSchema } from './convention/convention-territoriale.js';
import { TableauDerogationsSchema } from './derogations/tableau-derogations.js';
import type { ConventionTerritoriale, Pag, TableauDerogations } from './generated/json-schema-types/index.js';
import { PagSchema } from './pag/pag.js';
import type { DocumentType } from './version.js';

/** Any of the three documents, discriminated by `typeDocument`. */
export const DocumentSchema = z.discriminatedUnion('typeDocument', [PagSchema, ConventionTerritorialeSchema, TableauDerogationsSchema]);

/** Any of the three documents (what {@link DocumentSchema} accepts). */
export type Document = Pag | ConventionTerritoriale | TableauDerogations;

/** The zod schema of each document type. */
export const DOCUMENT_SCHEMAS = {
  pag: PagSchema,
  'convention-territoriale': ConventionTerritorialeSchema,
  'tableau-derogations': TableauDerogationsSchema,
} as const satisfies Record<DocumentType, z.ZodType>;

/** The document type whose `typeDocument` is `T`. */
export type DocumentOfType<T extends DocumentType> = Extract<Document, Record<'typeDocument', T>>;
