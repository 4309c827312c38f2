/**
 * Version of the document schemas and the addresses where they are published.
 *
 * Version des schémas de documents et adresses de publication.
 */

/** Version of the schemas defined by this package (semver; the `$id` of each published file contains it). */
export const SCHEMA_VERSION = '1.0.0';

/**
 * Values of `versionSchema` that the schemas of this package accept.
 * A later minor version will list every earlier 1.x version it still accepts.
 */
export const ACCEPTED_SCHEMA_VERSIONS = [SCHEMA_VERSION] as const;

/** A value accepted in the `versionSchema` field. */
export type SchemaVersion = (typeof ACCEPTED_SCHEMA_VERSIONS)[number];

/** Base URL under which every version of the JSON Schemas is published. */
export const SCHEMAS_BASE_URL = 'https://serafin-ph.github.io/serafin-ph/schemas';

/** The three document types, values of the `typeDocument` discriminator. */
export const DOCUMENT_TYPES = ['pag', 'convention-territoriale', 'tableau-derogations'] as const;

/** A document type: `pag`, `convention-territoriale` or `tableau-derogations`. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Stable, versioned `$id` of the published JSON Schema of a document type, e.g.
 * `https://serafin-ph.github.io/serafin-ph/schemas/1.0.0/pag.schema.json`.
 * Put it in the `$schema` field of a JSON document to get completion and
 * validation in editors.
 */
export function schemaId(type: DocumentType, version: string = SCHEMA_VERSION): string {
  return `${SCHEMAS_BASE_URL}/${version}/${type}.schema.json`;
}

/** File name of the published JSON Schema of a document type in the package's `schemas/` folder. */
export function schemaFileName(type: DocumentType): `${DocumentType}.schema.json` {
  return `${type}.schema.json`;
}
