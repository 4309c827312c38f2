/**
 * The published JSON Schemas read alike in a second, non-JavaScript
 * validator: Debian's python3-jsonschema (`re.search` for `pattern`,
 * `Draft202012Validator` with its format checker). Every pattern is tried
 * on valid values and on the edge cases where engines differ (a final line
 * break before `$`, non-ASCII digits for `\d`, the blanks `\s` disagrees on),
 * and whole documents (the fixtures and their edge-case variants) get the
 * same verdict as Ajv. `.ci/run` installs python3-jsonschema; without it the
 * suite says in one line that it is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStrictAjv } from '../../packages/pag-schema/test/support/ajv.js';
import { describe, expect, it } from 'vitest';
import { publishedSchemaPatterns, schemaFiles } from './regex-inventory.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const hasPython = spawnSync('python3', ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;
if (!hasPython) console.log('python3-jsonschema not found: cross-check with a Python validator skipped (apt-get install -y python3-jsonschema)');

/** Values each pattern is meant for, so that every pattern sees some it accepts. */
const VALID = [
  '2025-03-14',
  '2024-02-29',
  '0000-01-01',
  '2025-03-14T09:30:00+01:00',
  '2025-03-14T08:30:00.125Z',
  '09:30',
  '23:59',
  '750000001',
  '2A0000001',
  '12345678901234',
  '75',
  '2A',
  '971',
  'nom@domaine.fr',
  'a@b.c',
  '+33 1 23 45 67 89',
  '01.23.45.67.89',
  'https://exemple.fr/chemin?q=1',
  'http://x',
  'fr.mon-editeur',
  'mon-editeur.dossier-local',
  'BE',
];
/** The same values with what engines read differently. */
const variants = (v: string): string[] => [
  `${v}\n`,
  `${v}\r\n`,
  `${v}\r`,
  `${v}\u2028`,
  `${v}\u0085`,
  `\n${v}`,
  v.replace(/[0-9]/, '\u0663'),
  v.replace(/[0-9]/, '\uff13'),
  v.replace(/[0-9]/, '\u0967'),
  v.replace(/[a-z]/, 'é'),
  `${v} `,
  `${v}\u001c`,
  `${v}\u00a0`,
  `${v}\ufeff`,
  `${v}\u3000`,
  v.replace('@', '@\u0085'),
  v.replace('@', '\u001f@'),
  v.replace('.', '\u2028.'),
  v.replace('/', '/\u0085'),
];
const VALUES = [...VALID, ...VALID.flatMap(variants), '', '\n', 'a@b.c\n', '"', '\\'];

type SchemaObject = Record<string, unknown>;
const loadSchema = (file: string): SchemaObject => JSON.parse(readFileSync(file, 'utf8')) as SchemaObject;

/** Documents of a type: the fixture examples, and variants with edge-case values in string fields. */
function documentsFor(type: string): unknown[] {
  const example = JSON.parse(readFileSync(join(root, 'packages', 'fixtures', 'data', 'examples', `${type}.json`), 'utf8')) as SchemaObject;
  const out: unknown[] = [example];
  const strings: { holder: SchemaObject | unknown[]; key: string | number; value: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach((v, i) => (typeof v === 'string' ? strings.push({ holder: node, key: i, value: v }) : walk(v)));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) typeof v === 'string' ? strings.push({ holder: node as SchemaObject, key: k, value: v }) : walk(v);
    }
  };
  walk(example);
  for (const [i, s] of strings.entries()) {
    for (const edit of [(v: string) => `${v}\n`, (v: string) => v.replace(/[0-9]/, '\u0663'), (v: string) => `${v}\u0085`]) {
      const edited = edit(s.value);
      if (edited === s.value) continue;
      const copy = structuredClone(example);
      // Re-find the i-th string in the copy (same walk order).
      let n = 0;
      const put = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach((v, j) => (typeof v === 'string' ? n++ === i && (node[j] = edited) : put(v)));
        else if (node !== null && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) typeof v === 'string' ? n++ === i && ((node as SchemaObject)[k] = edited) : put(v);
        }
      };
      put(copy);
      out.push(copy);
    }
  }
  return out;
}

describe.skipIf(!hasPython)('published JSON Schemas in python3-jsonschema', () => {
  const schemas = schemaFiles(root);
  const currentSchemas = ['pag', 'convention-territoriale', 'tableau-derogations'].map((type) => ({
    type,
    schema: loadSchema(join(root, 'packages', 'pag-schema', 'schemas', `${type}.schema.json`)),
  }));
  const patterns = [...new Set(publishedSchemaPatterns(root).map((p) => p.source))];
  const documents = currentSchemas.map(({ type, schema }) => ({ schema, instances: documentsFor(type) }));
  const run = (): { patterns: Record<string, boolean[]>; documents: boolean[][] } =>
    JSON.parse(
      execFileSync('python3', [join(here, 'python-jsonschema-check.py')], { input: JSON.stringify({ patterns, values: VALUES, documents }), maxBuffer: 64 * 1024 * 1024 }).toString(
        'utf8',
      ),
    );
  const python = hasPython ? run() : { patterns: {}, documents: [] };

  it('finds the schemas and their patterns', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(3);
    expect(patterns.length).toBeGreaterThan(8);
  });

  it('every pattern accepts exactly the same values in Python as in JavaScript (u flag, as Ajv)', () => {
    const differences: string[] = [];
    for (const pattern of patterns) {
      const js = new RegExp(pattern, 'u');
      const jsPlain = new RegExp(pattern);
      VALUES.forEach((value, i) => {
        const py = python.patterns[pattern]?.[i];
        if (py !== js.test(value) || py !== jsPlain.test(value)) differences.push(`${JSON.stringify(value)} /${pattern.slice(0, 60)}…/ python ${py} js ${js.test(value)}`);
      });
      expect(
        VALUES.some((v) => js.test(v)),
        `no valid sample for ${pattern}`,
      ).toBe(true);
    }
    expect(differences).toEqual([]);
  });

  it('every document (fixtures and edge-case variants) gets the same verdict as Ajv', () => {
    const ajv = createStrictAjv();
    const differences: string[] = [];
    currentSchemas.forEach(({ type, schema }, s) => {
      const check = ajv.compile(schema);
      const instances = documents[s]!.instances;
      expect(instances.length).toBeGreaterThan(20);
      instances.forEach((instance, i) => {
        const py = python.documents[s]?.[i];
        if (py !== check(instance)) differences.push(`${type} #${i}: python ${py}, ajv ${!py}`);
      });
      expect(python.documents[s]?.[0], `${type} example valid in Python`).toBe(true);
      expect(python.documents[s]?.filter((v) => !v).length, `${type}: edge cases refused in Python`).toBeGreaterThan(0);
    });
    expect(differences).toEqual([]);
  });
});
