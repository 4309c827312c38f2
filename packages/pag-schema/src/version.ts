/**
 * Version of the document schemas and the addresses where they are published.
 */

/** Version of the schemas defined by this package (semver; the `$id` of each published file contains it). */
export const SCHEMA_VERSION = '1.1.0';

/**
 * Earlier versions whose JSON Schemas stay published, unchanged, at their own
 * `$id` (files `schemas/<version>/<type>.schema.json` of this package).
 */
export const PREVIOUS_SCHEMA_VERSIONS = ['1.0.0'] as const;

/**
 * Values of `versionSchema` that the schemas of this package accept: 1.1.0 is
 * a backward-compatible superset of 1.0.0, so a 1.0.0 document stays valid
 * (forms that 1.1.0 replaces are accepted and marked deprecated; `migrate()`
 * rewrites them).
 */
export const ACCEPTED_SCHEMA_VERSIONS = [...PREVIOUS_SCHEMA_VERSIONS, SCHEMA_VERSION] as const;

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

/** True when `value` is one of {@link ACCEPTED_SCHEMA_VERSIONS}. */
export function isSchemaVersion(value: unknown): value is SchemaVersion {
  return (ACCEPTED_SCHEMA_VERSIONS as readonly unknown[]).includes(value);
}

/**
 * Path, inside the package, of the JSON Schema of a document type for one
 * version: `schemas/pag.schema.json` for the current version,
 * `schemas/1.0.0/pag.schema.json` for an earlier one.
 */
export function schemaPathInPackage(type: DocumentType, version: SchemaVersion = SCHEMA_VERSION): string {
  return version === SCHEMA_VERSION ? `schemas/${schemaFileName(type)}` : `schemas/${version}/${schemaFileName(type)}`;
}

/** File name of the published JSON Schema of a document type in the package's `schemas/` folder. */
export function schemaFileName(type: DocumentType): `${DocumentType}.schema.json` {
  return `${type}.schema.json`;
}
