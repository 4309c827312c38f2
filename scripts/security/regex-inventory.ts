/**
 * Every regular expression the project runs on data: the `pattern`s of the
 * published JSON Schemas, and the regular expressions written in the sources
 * of the libraries and the CLI (literals, `new RegExp("…")` with a literal
 * source, and the exported `RegExp` values of the modules that build theirs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatJsonPointer } from '@serafin-ph/validators';
import ts from 'typescript';

/** One regular expression and where it was found. */
export interface RegexEntry {
  /** `file:line` or `schema-file#/json/pointer`. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** A `new RegExp(…)` whose source is not a literal: where it is, to be covered otherwise. */
export interface DynamicRegex {
  readonly where: string;
  readonly code: string;
}

const SOURCE_PACKAGES = ['cli', 'validators', 'pag-schema', 'nomenclature', 'fixtures', 'render', 'fhir', 'validator-page'] as const;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** The non-test TypeScript sources of the packages that run on data. */
export function sourceFiles(root: string): string[] {
  return SOURCE_PACKAGES.flatMap((pkg) => filesUnder(join(root, 'packages', pkg, 'src'), (p) => p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.test-d.ts')));
}

/** Regular expressions written in one TypeScript source. */
export function regexesInSource(path: string, root: string): { regexes: RegexEntry[]; dynamic: DynamicRegex[] } {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const regexes: RegexEntry[] = [];
  const dynamic: DynamicRegex[] = [];
  const at = (node: ts.Node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const literalText = (node: ts.Node | undefined): string | undefined =>
    node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(file);
      const end = raw.lastIndexOf('/');
      regexes.push({ where: at(node), source: raw.slice(1, end), flags: raw.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [first, second] = node.arguments ?? [];
      const source = literalText(first);
      const flags = second === undefined ? '' : literalText(second);
      if (source !== undefined && flags !== undefined) regexes.push({ where: at(node), source, flags });
      else dynamic.push({ where: at(node), code: node.getText(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { regexes, dynamic };
}

/** Every `pattern` of a JSON Schema document, with its JSON Pointer. */
export function schemaPatterns(schema: unknown, where: string): RegexEntry[] {
  const out: RegexEntry[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const child = pointer + formatJsonPointer([key]);
      // Ajv compiles patterns with the `u` flag (its default), the precompiled validators without.
      if (key === 'pattern' && typeof value === 'string') out.push({ where: `${where}#${child}`, source: value, flags: 'u' });
      else if (key !== 'enum' && key !== 'const' && key !== 'examples') walk(value, child);
    }
  };
  walk(schema, '');
  return out;
}

/** The published JSON Schema files (every version kept under `schemas/`). */
export function schemaFiles(root: string): string[] {
  return filesUnder(join(root, 'packages', 'pag-schema', 'schemas'), (p) => p.endsWith('.schema.json'));
}

/** Every pattern of every published schema file. */
export function publishedSchemaPatterns(root: string): RegexEntry[] {
  return schemaFiles(root).flatMap((file) => schemaPatterns(JSON.parse(readFileSync(file, 'utf8')), relative(root, file)));
}
