/**
 * No regular expression of the project can take super-linear time: `recheck`
 * (a ReDoS checker that analyses the expression's automaton, and fuzzes it
 * where the automaton cannot be built) runs over every pattern of the
 * published JSON Schemas and every regular expression of the libraries' and
 * the CLI's sources. A new quadratic or exponential expression fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { type RegexEntry, publishedSchemaPatterns, regexesInSource, sourceFiles } from './regex-inventory.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/**
 * Modules whose regular expressions are built from strings at load time: their
 * exported `RegExp` values are checked instead of the source text.
 */
const BUILT_AT_LOAD: Readonly<Record<string, () => Promise<Record<string, unknown>>>> = {
  'packages/validators/src/structure/formats.ts': () => import('../../packages/validators/src/structure/formats.js'),
  'packages/pag-schema/src/common/primitives.ts': () => import('../../packages/pag-schema/src/common/primitives.js'),
};

/**
 * Modules that build regular expressions from the `pattern` keywords of the
 * published JSON Schemas, read from the generated validation tables (the
 * structure walker, and the table verdict of the browser builds): those patterns
 * are checked above, and a test below proves
 * the tables hold no other.
 */
const FROM_SCHEMA_PATTERNS: ReadonlySet<string> = new Set(['packages/validators/src/structure/walk-errors.ts', 'packages/validators/src/structure/table-verdict.ts']);

/** The `pattern` values of the generated validation tables (`pattern:"…"` in `src/generated/structure/*-checks.ts`). */
function tablePatterns(): string[] {
  const dir = join(root, 'packages/validators/src/generated/structure');
  return readdirSync(dir)
    .filter((f) => f.endsWith('-checks.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bpattern:("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1] as string) as string));
}

/**
 * The strict end `(?![\s\S])` of the schemas' patterns is a fixed-width
 * lookahead at the very end: it cannot change the time an expression takes,
 * and recheck's automaton checker does not read lookaheads (it would fall back
 * to fuzzing). It is checked as `$`, its JavaScript equivalent.
 */
const forChecker = (source: string): string => source.replace(/\(\?!\[\\s\\S\]\)$/, '$');

function verdict(entry: RegexEntry): string {
  const result = checkSync(forChecker(entry.source), entry.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
  if (result.status === 'safe') return 'safe';
  const attack = result.status === 'vulnerable' ? ` (${result.complexity.type}, attack ${result.attack.pattern.slice(0, 80)})` : '';
  return `${result.status}${attack}: ${entry.where} /${entry.source}/${entry.flags}`;
}

const sources = sourceFiles(root).map((file) => ({ file, ...regexesInSource(file, root) }));

describe('ReDoS: every regular expression runs in linear time', () => {
  it('the inventory finds the expressions it must (schemas, generated validators, sources)', () => {
    const schemaPatterns = publishedSchemaPatterns(root);
    expect(schemaPatterns.length).toBeGreaterThan(20);
    expect(schemaPatterns.some((p) => p.source.includes('@'))).toBe(true);
    const generated = sources.filter((s) => s.file.includes('/generated/structure/')).flatMap((s) => s.regexes);
    expect(generated.some((p) => p.source.includes('@'))).toBe(true);
    expect(sources.flatMap((s) => s.regexes).length).toBeGreaterThan(30);
  });

  it('the checker does see a quadratic expression (the former e-mail pattern)', () => {
    expect(verdict({ where: 'former courriel', source: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', flags: 'u' })).toMatch(/^vulnerable \(polynomial/);
  });

  it('every pattern of the published JSON Schemas', () => {
    const unique = new Map(publishedSchemaPatterns(root).map((p) => [p.source, p]));
    expect([...unique.values()].map(verdict).filter((v) => v !== 'safe')).toEqual([]);
  });

  it('every regular expression written in the sources of the libraries and the CLI', () => {
    const unique = new Map(sources.flatMap((s) => s.regexes).map((r) => [`/${r.source}/${r.flags}`, r]));
    expect([...unique.values()].map(verdict).filter((v) => v !== 'safe')).toEqual([]);
  });

  it('the validation tables the structure walker builds its expressions from hold only patterns of the published schemas', () => {
    const published = new Set(publishedSchemaPatterns(root).map((p) => p.source));
    const patterns = tablePatterns();
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns.filter((p) => !published.has(p))).toEqual([]);
  });

  it('every expression built at load time (exported RegExp values of the modules that build them)', async () => {
    const uncovered = sources
      .filter((s) => s.dynamic.length > 0 && BUILT_AT_LOAD[s.file.slice(root.length + 1)] === undefined && !FROM_SCHEMA_PATTERNS.has(s.file.slice(root.length + 1)))
      .flatMap((s) => s.dynamic.map((d) => `${d.where}: ${d.code}`));
    expect(uncovered, 'a RegExp built from a non-literal string: add its module to BUILT_AT_LOAD or use a literal').toEqual([]);
    const built: RegexEntry[] = [];
    for (const [file, load] of Object.entries(BUILT_AT_LOAD)) {
      for (const [name, value] of Object.entries(await load())) {
        if (value instanceof RegExp) built.push({ where: `${file} ${name}`, source: value.source, flags: value.flags });
      }
    }
    expect(built.length).toBeGreaterThan(5);
    expect(built.map(verdict).filter((v) => v !== 'safe')).toEqual([]);
  });
});
