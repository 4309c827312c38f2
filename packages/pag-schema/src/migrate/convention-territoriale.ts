/**
 * Migration of a territorial convention between schema 1.0.0 and 1.1.0.
 * 1.1.0 only adds optional fields and values (Comex deliberation,
 * credit-delegation convention reference, GOS levels and kinds of
 * participants, accelerated procedures, `rectorat` / `dsden` and other
 * signatories, `scolarisation`), and makes `distincteConventionDelegationCredits`
 * optional and deprecated: going up rewrites the version fields of the
 * convention and of an embedded table, and keeps everything else, the
 * deprecated boolean included (it cannot be turned into a reference without
 * inventing one). Going down is possible when nothing 1.1.0 added is used.
 */
import { migrateTableauDerogations, tableauDerogations11Only } from './tableau-derogations.js';
import { type JsonObject, MIGRATION_SOURCE_VERSION, MIGRATION_TARGET_VERSION, withVersion } from './version-fields.js';

const ROLES_1_1 = ['rectorat', 'dsden', 'pjj', 'etablissement-sante'];

function embeddedTable(doc: JsonObject): JsonObject | undefined {
  const annexe = doc['annexeTableauDerogations'];
  if (annexe === null || typeof annexe !== 'object') return undefined;
  const a = annexe as JsonObject;
  return a['mode'] === 'integre' && a['tableau'] !== null && typeof a['tableau'] === 'object' ? (a['tableau'] as JsonObject) : undefined;
}

function withTable(doc: JsonObject, change: (t: JsonObject) => JsonObject): JsonObject {
  const table = embeddedTable(doc);
  if (table === undefined) return doc;
  return { ...doc, annexeTableauDerogations: { ...(doc['annexeTableauDerogations'] as JsonObject), tableau: change(table) } };
}

/**
 * Migrates a territorial convention from 1.0.0 to 1.1.0: a new object (the
 * input is not modified) declaring `versionSchema: "1.1.0"`, with an embedded
 * derogation table migrated too; every other value is kept. A document that
 * does not declare 1.0.0 is returned as a copy (its embedded table is still
 * migrated when it declares 1.0.0).
 *
 * @example
 * migrateConventionTerritoriale({ typeDocument: 'convention-territoriale', versionSchema: '1.0.0' }).versionSchema; // '1.1.0'
 */
export function migrateConventionTerritoriale(doc: JsonObject): JsonObject {
  return withTable(withVersion(doc, 'convention-territoriale', MIGRATION_SOURCE_VERSION, MIGRATION_TARGET_VERSION), migrateTableauDerogations);
}

function roles(list: unknown, path: string, out: string[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((x, i) => {
    if (x !== null && typeof x === 'object' && ROLES_1_1.includes((x as JsonObject)['role'] as string)) out.push(`${path}/${i}/role`);
  });
}

/** JSON Pointers of the parts of a 1.1.0 convention that 1.0.0 cannot hold (empty when it can go back unchanged). */
export function conventionTerritoriale11Only(doc: JsonObject): string[] {
  const out: string[] = [];
  for (const f of ['deliberationComex', 'conventionDelegationCredits']) if (doc[f] !== undefined) out.push(`/${f}`);
  if (doc['distincteConventionDelegationCredits'] === undefined) out.push('/distincteConventionDelegationCredits');
  roles(doc['signataires'], '/signataires', out);
  roles(doc['engagementsSignataires'], '/engagementsSignataires', out);
  const gos = (doc['gos'] ?? {}) as JsonObject;
  if (gos['niveaux'] !== undefined) out.push('/gos/niveaux');
  const participants = Array.isArray(gos['participants']) ? (gos['participants'] as JsonObject[]) : [];
  participants.forEach((p, i) => {
    for (const f of ['typeParticipant', 'niveaux']) if (p?.[f] !== undefined) out.push(`/gos/participants/${i}/${f}`);
  });
  roles(participants, '/gos/participants', out);
  const gouvernance = Array.isArray(doc['gouvernance']) ? (doc['gouvernance'] as JsonObject[]) : [];
  gouvernance.forEach((g, i) => {
    const frequence = g?.['frequence'];
    if (frequence !== null && typeof frequence === 'object' && (frequence as JsonObject)['periode'] === 'quinzaine') out.push(`/gouvernance/${i}/frequence/periode`);
  });
  const instruction = (doc['instructionDerogations'] ?? {}) as JsonObject;
  if (instruction['proceduresAccelerees'] !== undefined) out.push('/instructionDerogations/proceduresAccelerees');
  if (Array.isArray(instruction['typesDerogation']) && instruction['typesDerogation'].includes('scolarisation')) out.push('/instructionDerogations/typesDerogation');
  const table = embeddedTable(doc);
  if (table !== undefined) out.push(...tableauDerogations11Only(table, '/annexeTableauDerogations/tableau'));
  return out;
}

/**
 * Turns a 1.1.0 convention (and its embedded table) back into 1.0.0 when it
 * uses nothing 1.1.0 added (see {@link conventionTerritoriale11Only});
 * otherwise throws a `RangeError` naming the parts 1.0.0 cannot hold. The
 * inverse of {@link migrateConventionTerritoriale}.
 */
export function downgradeConventionTerritoriale(doc: JsonObject): JsonObject {
  const blocking = conventionTerritoriale11Only(doc);
  if (blocking.length > 0) throw new RangeError(`Cette convention utilise des champs de la version 1.1.0 que 1.0.0 ne connaît pas : ${blocking.join(', ')}`);
  const down = (t: JsonObject): JsonObject => withVersion(t, 'tableau-derogations', MIGRATION_TARGET_VERSION, MIGRATION_SOURCE_VERSION);
  return withTable(withVersion(doc, 'convention-territoriale', MIGRATION_TARGET_VERSION, MIGRATION_SOURCE_VERSION), down);
}
