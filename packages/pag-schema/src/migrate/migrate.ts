/**
 * `migrate(document)`: turns a document of an earlier schema version into the
 * current one ({@link SCHEMA_VERSION}), losslessly. A pure function: the
 * input is never modified, and it never throws.
 */
import { ACCEPTED_SCHEMA_VERSIONS, DOCUMENT_TYPES, type DocumentType, SCHEMA_VERSION, type SchemaVersion, schemaId } from '../version.js';
import { migrateConventionTerritoriale } from './convention-territoriale.js';
import { cloneJson, isJsonObject, type MigrationChange, type MigrationStep } from './migration.js';
import { migratePag } from './pag.js';
import { migrateTableauDerogations } from './tableau-derogations.js';

export type { MigrationChange } from './migration.js';

/** Adapts a step that returns a new document (convention, table: written by their owner) to the in-place form. */
function returning(step: (doc: Record<string, unknown>) => Record<string, unknown>): MigrationStep {
  return (doc) => {
    const out = step(doc);
    for (const key of Object.keys(doc)) delete doc[key];
    for (const key of Object.keys(out)) Object.defineProperty(doc, key, { value: out[key], enumerable: true, writable: true, configurable: true });
  };
}

/** The step from 1.0.0 to 1.1.0 of each document type. */
const STEPS: Readonly<Record<DocumentType, MigrationStep>> = {
  pag: migratePag,
  'convention-territoriale': returning(migrateConventionTerritoriale),
  'tableau-derogations': returning(migrateTableauDerogations),
};

/** Why a value could not be migrated. */
export type MigrationErrorCode = 'not-an-object' | 'unknown-type' | 'unknown-version';

/** A successful migration. */
export interface MigrationSuccess {
  /** `true`: the document was migrated (or already current). */
  readonly ok: true;
  /** The document in the current schema version (a new object; the input is untouched). */
  readonly document: Record<string, unknown>;
  /** Its document type. */
  readonly type: DocumentType;
  /** The version the input declared. */
  readonly from: SchemaVersion;
  /** The version of the result, {@link SCHEMA_VERSION}. */
  readonly to: SchemaVersion;
  /** The changes made, in order; empty when the input was already current. */
  readonly changes: readonly MigrationChange[];
}

/** A value that is not a document of a known type and version. */
export interface MigrationFailure {
  /** `false`: nothing was migrated. */
  readonly ok: false;
  /** Why: not an object, unknown document type, or unknown schema version. */
  readonly code: MigrationErrorCode;
  /** French message saying how to fix the input. */
  readonly fr: string;
  /** English message. */
  readonly en: string;
}

/** Result of {@link migrate}. */
export type MigrationResult = MigrationSuccess | MigrationFailure;

/**
 * Migrates a document (`typeDocument`, `versionSchema` of
 * {@link ACCEPTED_SCHEMA_VERSIONS}) to {@link SCHEMA_VERSION}: the 1.0.0 forms
 * that 1.1.0 deprecates are rewritten, `versionSchema` and a 1.0.0 `$schema`
 * address are updated, every other member is kept as is (member order
 * included). The result is not validated: run `validate()` on it.
 *
 * @example
 * ```ts
 * const result = migrate(JSON.parse(text));
 * if (result.ok) console.log(result.changes.map((c) => c.fr));
 * ```
 */
export function migrate(document: unknown): MigrationResult {
  if (!isJsonObject(document)) {
    return failure(
      'not-an-object',
      'Le document n’est pas un objet JSON : un PAG, une convention ou un tableau des dérogations commence par « { ».',
      'The document is not a JSON object: a PAG, a convention or a derogation table starts with `{`.',
    );
  }
  const type = document['typeDocument'];
  if (!(DOCUMENT_TYPES as readonly unknown[]).includes(type)) {
    return failure('unknown-type', `« typeDocument » doit valoir ${DOCUMENT_TYPES.join(', ')}.`, `\`typeDocument\` must be one of ${DOCUMENT_TYPES.join(', ')}.`);
  }
  const version = document['versionSchema'];
  if (!(ACCEPTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    return failure(
      'unknown-version',
      `« versionSchema » doit valoir ${ACCEPTED_SCHEMA_VERSIONS.join(' ou ')} : la migration ne devine pas une version inconnue.`,
      `\`versionSchema\` must be ${ACCEPTED_SCHEMA_VERSIONS.join(' or ')}: migration does not guess an unknown version.`,
    );
  }
  const from = version as SchemaVersion;
  const docType = type as DocumentType;
  const copy = cloneJson(document);
  const changes: MigrationChange[] = [];
  if (from !== SCHEMA_VERSION) {
    const schemaBefore = copy['$schema'];
    STEPS[docType](copy, changes);
    if (copy['$schema'] !== schemaBefore) copy['$schema'] = schemaBefore;
    copy['versionSchema'] = SCHEMA_VERSION;
    changes.unshift({ path: '/versionSchema', fr: `« versionSchema » : ${from} devient ${SCHEMA_VERSION}.`, en: `\`versionSchema\`: ${from} becomes ${SCHEMA_VERSION}.` });
    if (copy['$schema'] === schemaId(docType, from)) {
      copy['$schema'] = schemaId(docType);
      changes.splice(1, 0, { path: '/$schema', fr: `« $schema » : adresse du schéma ${SCHEMA_VERSION}.`, en: `\`$schema\`: address of the ${SCHEMA_VERSION} schema.` });
    }
  }
  return { ok: true, document: copy, type: docType, from, to: SCHEMA_VERSION, changes };
}

function failure(code: MigrationErrorCode, fr: string, en: string): MigrationFailure {
  return { ok: false, code, fr, en };
}
