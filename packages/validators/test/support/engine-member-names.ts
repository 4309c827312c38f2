/**
 * The names under which the engine reads members of its own objects, derived
 * (never typed by hand) from what the engine is made of: the keywords,
 * property names and values of the generated validation tables (a value of a
 * document, such as `typeObjet: "autre"`, may be the key of a lookup), the
 * fields of the generated schema information, and every identifier the
 * sources of the validators and of the nomenclature use as a member name
 * (`.name`, `name:`, `'name' in`, `['name']`). A member of `Object.prototype`
 * under any of these names must change no report.
 *
 * Les noms des membres que le moteur lit dans ses propres objets : tables de
 * validation, informations de schéma, noms de membres de ses sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks as conventionChecks } from '../../src/generated/structure/convention-territoriale-checks.js';
import { info as conventionInfo } from '../../src/generated/structure/convention-territoriale-info.js';
import { checks as pagChecks } from '../../src/generated/structure/pag-checks.js';
import { info as pagInfo } from '../../src/generated/structure/pag-info.js';
import { checks as tableChecks } from '../../src/generated/structure/tableau-derogations-checks.js';
import { info as tableInfo } from '../../src/generated/structure/tableau-derogations-info.js';

const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url));

/** The source folders whose member names are read (tests excluded). */
export const SOURCE_FOLDERS: readonly string[] = ['validators/src', 'nomenclature/src'].map((f) => join(PACKAGES, f));

/**
 * Names left out, and why: `return`, on `Object.prototype`, makes every early
 * exit of a `for…of` in JavaScript itself call it (the iterators of arrays,
 * maps and sets have no `return` of their own), which no library can guard.
 * Names made of digits only (`1`, `182`) are left out too (see
 * {@link engineMemberNames}): an array index on `Object.prototype` is what every
 * read past the end of an array sees.
 */
export const LEFT_OUT: ReadonlySet<string> = new Set(['return']);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Every key of the objects of `value` and every string it holds (keywords, property names, `const` and `enum` values, patterns). */
function keysAndStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) keysAndStrings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysAndStrings(v, out);
    }
  }
}

/** The names of the generated tables: validation keywords, schema property and definition names, strings of `const`, `enum` and the schema information's fields. */
export function tableNames(): Set<string> {
  const out = new Set<string>();
  for (const table of [pagChecks, conventionChecks, tableChecks]) keysAndStrings(table, out);
  for (const info of [pagInfo, conventionInfo, tableInfo]) {
    for (const node of Object.values(info.nodes)) for (const k of Object.keys(node)) out.add(k);
    keysAndStrings(info.unions, out);
    for (const k of Object.keys(info)) out.add(k);
  }
  return out;
}

/** The keywords of the validation tables (the members of their schema nodes) and the fields of the schema information's nodes: what the structure walk and the messages read most. */
export function tableKeywords(): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [k, v] of Object.entries(node)) {
      out.add(k);
      if (k === 'properties' || k === '$defs') Object.values(v as object).forEach(visit);
      else visit(v);
    }
  };
  for (const table of [pagChecks, conventionChecks, tableChecks]) visit(table);
  for (const info of [pagInfo, conventionInfo, tableInfo]) for (const node of Object.values(info.nodes)) for (const k of Object.keys(node)) out.add(k);
  return out;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.includes('.test.') && !e.name.includes('.test-d.') ? [path] : [];
  });
}

/** Every identifier the sources use as a member name: `.name`, `name:`, `'name' in`, `['name']`. */
export function sourceNames(folders: readonly string[] = SOURCE_FOLDERS): Set<string> {
  const out = new Set<string>();
  for (const file of folders.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) out.add(m[1] as string);
    for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\??\s*:/g)) out.add(m[1] as string);
    for (const m of text.matchAll(/['"]([A-Za-z_$][\w$-]*)['"]\s*(?:in\b|\]|:)/g)) out.add(m[1] as string);
  }
  return out;
}

/**
 * The engine's member names, sorted: those of the tables (keywords, property
 * names and values of at most 40 characters without spaces or slashes —
 * `cnsa-2018`, `autre`, codes such as `1.1.1` that key lookup tables; not
 * digits only, see {@link LEFT_OUT}) and of the sources, without the members
 * `Object.prototype` already has and {@link LEFT_OUT}.
 */
export function engineMemberNames(): string[] {
  const tables = [...tableNames()].filter((n) => n.length <= 40 && !/[\s/]/.test(n) && !/^\d+$/.test(n));
  const fromTables = new Set(tables);
  const names = new Set([...tables, ...sourceNames()].filter((n) => IDENTIFIER.test(n) || fromTables.has(n)));
  return [...names].filter((n) => !(n in Object.prototype) && !LEFT_OUT.has(n)).sort();
}
