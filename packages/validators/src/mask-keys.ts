/**
 * Keys typed by a person are not quoted: inside a personal-data area, a key
 * that the schema does not define (a name typed as a key, say) is replaced in
 * every path of the report by `[clé masquée]` (the same token in both
 * languages: paths are machine data), and dropped from the details. The rest of the path stays, so the place is
 * still found; the issue's details say which key of its object it is
 * (`cleMasquee.position`, 1-based, in the document's order).
 *
 * Exceptions, which name no one: array indexes, the property names of the
 * schema, vendor namespaces under `extensions` (`fr.mon-editeur`), and a near
 * miss of a schema name (at most two edits from one, six characters or more:
 * `dateNaissnce`), which is a misspelling, not a name.
 *
 * Masquage des clés inconnues dans les zones de données personnelles.
 */
import { escapeToken, tokens } from './json/pointer.js';
import type { JsonValue } from './json/read-document.js';
import { isInPersonalDataAreaIn, schemaPropertyNamesIn } from './personal-data-in.js';
import type { SchemaInfo } from './structure/schema-info.js';
import { editDistance } from './suggest.js';
import type { ValidationIssue } from './types.js';

/** What replaces a hidden key in a path (in every language: a path is machine data). */
export const MASKED_KEY = '[clé masquée]';

const INDEX = /^(?:0|[1-9][0-9]*)$/;
const NAMESPACE = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/;

/** True when a key of the schema is at most two edits from `key` (a misspelling of a schema name). */
export function isNearSchemaName(info: SchemaInfo, key: string): boolean {
  if (key.length < 6 || key.length > 64) return false;
  // Two edits change the length by two at most: only the names of those lengths are compared.
  const byLength = namesByLengthIn(info);
  for (let n = key.length - 2; n <= key.length + 2; n++) for (const name of byLength.get(n) ?? []) if (editDistance(key, name, 2) <= 2) return true;
  return false;
}

const namesByLength = new WeakMap<SchemaInfo, ReadonlyMap<number, readonly string[]>>();

/** The property names of the schema described by `info`, by length. */
function namesByLengthIn(info: SchemaInfo): ReadonlyMap<number, readonly string[]> {
  let byLength = namesByLength.get(info);
  if (byLength === undefined) {
    const out = new Map<number, string[]>();
    for (const name of schemaPropertyNamesIn(info)) {
      const list = out.get(name.length);
      if (list === undefined) out.set(name.length, [name]);
      else list.push(name);
    }
    byLength = out;
    namesByLength.set(info, byLength);
  }
  return byLength;
}

/** True when the key `key`, at `path` (the key's own path), may be shown in a report without `includePersonalData`. */
export function isShowableKey(info: SchemaInfo, path: string, key: string, parentPath: string): boolean {
  return !isInPersonalDataAreaIn(info, path) || isShowableInArea(info, key, parentPath);
}

/** True when the key `key`, under `parentPath`, may be shown although it is inside a personal-data area. */
function isShowableInArea(info: SchemaInfo, key: string, parentPath: string): boolean {
  if (schemaPropertyNamesIn(info).has(key)) return true;
  if (parentPath === '/extensions' && NAMESPACE.test(key)) return true;
  return isNearSchemaName(info, key);
}

/** A path with its hidden keys replaced, and the 1-based position of the first hidden key in its object. */
export interface MaskedPath {
  readonly path: string;
  readonly masked: boolean;
  readonly position?: number;
}

/** Replaces, in `path`, the keys that may not be shown (see the module comment). */
export function maskPath(info: SchemaInfo, root: JsonValue, path: string): MaskedPath {
  // An area covers everything below it: a pointer outside every area has no key inside one (most issues), nothing to hide.
  if (path === '' || !isInPersonalDataAreaIn(info, path)) return { path, masked: false };
  const t = tokens(path);
  let out = '';
  let here = '';
  let value: JsonValue | undefined = root;
  let masked = false;
  let position: number | undefined;
  // Once a prefix is inside an area, every longer one is: the area is not looked up again.
  let inArea = false;
  for (const token of t) {
    const parentPath = here;
    const parent: JsonValue | undefined = value;
    here = `${here}/${escapeToken(token)}`;
    const isIndex = Array.isArray(parent) && INDEX.test(token);
    if (!isIndex && !inArea) inArea = isInPersonalDataAreaIn(info, here);
    if (!isIndex && inArea && !isShowableInArea(info, token, parentPath)) {
      if (!masked && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
        const k = Object.keys(parent).indexOf(token);
        if (k >= 0) position = k + 1;
      }
      masked = true;
      out += `/${MASKED_KEY}`;
    } else {
      out += `/${escapeToken(token)}`;
    }
    value = parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, token) ? (parent as Record<string, JsonValue>)[token] : undefined;
  }
  return masked ? { path: out, masked, ...(position === undefined ? {} : { position }) } : { path, masked };
}

/** Details that name a key or a path, masked like the issue's path. */
const KEY_DETAILS = ['property', 'suggestionFor'] as const;
const PATH_DETAILS = ['foundAt'] as const;

/** The issue with its path (and the keys and paths of its details) masked. Unchanged when nothing is hidden. */
export function maskIssue(info: SchemaInfo, root: JsonValue, issue: ValidationIssue): ValidationIssue {
  const m = maskPath(info, root, issue.path);
  // Own member only: an issue without details inherits none from a polluted `Object.prototype`.
  let details = Object.hasOwn(issue, 'details') ? issue.details : undefined;
  if (details !== undefined) {
    for (const k of PATH_DETAILS) {
      const v = details[k];
      if (typeof v === 'string') {
        const dm = maskPath(info, root, v);
        if (dm.masked) details = { ...details, [k]: dm.path };
      }
    }
    if (m.masked) {
      const last = tokens(issue.path).at(-1);
      for (const k of KEY_DETAILS) if (details[k] !== undefined && details[k] === last) details = withoutKey(details, k);
    }
  }
  if (!m.masked && (details === undefined || details === issue.details)) return issue;
  const out: ValidationIssue = { ...issue, path: m.path };
  if (m.masked) out.details = { ...details, cleMasquee: m.position === undefined ? {} : { position: m.position } };
  else if (details !== undefined) out.details = details;
  return out;
}

function withoutKey(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}
