/**
 * The two fields every migration of a document from 1.0.0 to 1.1.0 rewrites:
 * `versionSchema`, and `$schema` when it names the published 1.0.0 schema.
 */
import { type DocumentType, schemaId } from '../version.js';

/** Version a 1.0.0 document is migrated to. */
export const MIGRATION_TARGET_VERSION = '1.1.0';

/** Version the migrations start from. */
export const MIGRATION_SOURCE_VERSION = '1.0.0';

/** A JSON object (the migrations read and write plain JSON data). */
export type JsonObject = { [key: string]: unknown };

/**
 * Returns a deep copy of `doc` (a JSON value) declaring `to` instead of `from`: `versionSchema`
 * becomes `to`, and `$schema` is moved to the schema of `to` only when it named
 * the published schema of `from` (any other address is kept as written).
 *
 * @internal
 */
export function withVersion(doc: JsonObject, type: DocumentType, from: string, to: string): JsonObject {
  const copy = JSON.parse(JSON.stringify(doc)) as JsonObject;
  if (copy['versionSchema'] === from) copy['versionSchema'] = to;
  if (copy['$schema'] === schemaId(type, from)) copy['$schema'] = schemaId(type, to);
  return copy;
}
