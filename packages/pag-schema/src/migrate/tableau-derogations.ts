/**
 * Migration of a table of delegated derogations between schema 1.0.0 and
 * 1.1.0. 1.1.0 only adds optional fields (delegations; version, validity,
 * competent authorities, funders, legal basis and delegation of each row;
 * the `code-education` family), so going up only rewrites the version fields:
 * nothing is lost, nothing is invented (no row gets a `version` it did not
 * have). Going down is possible when the document uses nothing 1.1.0 added.
 */
import { type JsonObject, MIGRATION_SOURCE_VERSION, MIGRATION_TARGET_VERSION, withVersion } from './version-fields.js';

/** Fields of a row that 1.1.0 added. */
export const TABLEAU_ROW_FIELDS_1_1 = ['version', 'dateVersion', 'validite', 'autoritesCompetentes', 'financeurs', 'baseLegale', 'identifiantDelegation'] as const;

/** Values of enumerations that 1.1.0 added to a row, by field. */
const ROW_VALUES_1_1: Readonly<Record<string, readonly string[]>> = {
  famille: ['code-education'],
  typeObjet: ['scolarisation'],
  modaliteAutorisation: ['accord-prealable-education-nationale'],
};

/** FINESS categories (TRE_R66) that 1.1.0 added to the extract: 500 EHPAD. */
const CATEGORIES_1_1: readonly unknown[] = ['500'];

/**
 * Migrates a table of delegated derogations from 1.0.0 to 1.1.0: a new object
 * (the input is not modified) declaring `versionSchema: "1.1.0"`, every other
 * value kept. A document that does not declare 1.0.0 is returned as a copy,
 * unchanged.
 *
 * @example
 * migrateTableauDerogations({ typeDocument: 'tableau-derogations', versionSchema: '1.0.0', lignes: [] }).versionSchema; // '1.1.0'
 */
export function migrateTableauDerogations(doc: JsonObject): JsonObject {
  return withVersion(doc, 'tableau-derogations', MIGRATION_SOURCE_VERSION, MIGRATION_TARGET_VERSION);
}

/**
 * JSON Pointers of the parts of a 1.1.0 table that 1.0.0 cannot hold (empty
 * when the table can go back to 1.0.0 unchanged). `prefix` is prepended to
 * every pointer (for a table embedded in a convention).
 */
export function tableauDerogations11Only(doc: JsonObject, prefix = ''): string[] {
  const out: string[] = [];
  if (doc['delegations'] !== undefined) out.push(`${prefix}/delegations`);
  const lignes = Array.isArray(doc['lignes']) ? (doc['lignes'] as unknown[]) : [];
  lignes.forEach((l, i) => {
    if (l === null || typeof l !== 'object') return;
    const row = l as JsonObject;
    for (const f of TABLEAU_ROW_FIELDS_1_1) if (row[f] !== undefined) out.push(`${prefix}/lignes/${i}/${f}`);
    for (const [f, values] of Object.entries(ROW_VALUES_1_1)) if (values.includes(row[f] as string)) out.push(`${prefix}/lignes/${i}/${f}`);
    const categories = row['categoriesEtablissement'];
    if (Array.isArray(categories) && categories.some((c) => CATEGORIES_1_1.includes(c))) out.push(`${prefix}/lignes/${i}/categoriesEtablissement`);
  });
  return out;
}

/**
 * Turns a 1.1.0 table back into 1.0.0 when it uses nothing 1.1.0 added
 * (see {@link tableauDerogations11Only}); otherwise throws a `RangeError`
 * naming the parts 1.0.0 cannot hold. The inverse of
 * {@link migrateTableauDerogations}.
 */
export function downgradeTableauDerogations(doc: JsonObject): JsonObject {
  const blocking = tableauDerogations11Only(doc);
  if (blocking.length > 0) throw new RangeError(`Ce tableau utilise des champs de la version 1.1.0 que 1.0.0 ne connaît pas : ${blocking.join(', ')}`);
  return withVersion(doc, 'tableau-derogations', MIGRATION_TARGET_VERSION, MIGRATION_SOURCE_VERSION);
}
