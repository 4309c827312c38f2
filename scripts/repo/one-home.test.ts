/**
 * One home per concept: the lists the whole SDK shares are written once and
 * imported everywhere else. This test reads every TypeScript file of the
 * libraries, their generators and the repository scripts (not the tests,
 * which spell values out on purpose) and fails when one of them writes a
 * shared list, or escapes a JSON Pointer token, by hand.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The tracked and untracked (not ignored) TypeScript sources, tests and generated files left out. */
function sources(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.mts'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').filter((f) => f !== '' && !/\.test(-d)?\.ts$/.test(f) && !f.includes('/generated/') && !f.includes('/test/') && !f.includes('node_modules/'));
}

interface Concept {
  /** What the list is. */
  readonly name: string;
  /** Its one definition (path from the repository root). */
  readonly home: string;
  /** What writing it again by hand looks like. */
  readonly pattern: RegExp;
  /** How to use the single definition instead. */
  readonly use: string;
  /** Files that write the same values for another purpose, and why. */
  readonly elsewhere?: Readonly<Record<string, string>>;
}

const CONCEPTS: readonly Concept[] = [
  {
    name: 'the list of document types',
    home: 'packages/pag-schema/src/version.ts',
    pattern: /['"]pag['"]\s*[,|]\s*['"]convention-territoriale['"]\s*[,|]\s*['"]tableau-derogations['"]/,
    use: 'import { DOCUMENT_TYPES, type DocumentType } from `@serafin-ph/pag-schema/types` (zod-free) or `@serafin-ph/validators`',
  },
  {
    name: 'the list of SERAFIN-PH numberings',
    home: 'packages/nomenclature/src/numbering/numbering.ts',
    pattern: /['"]ans-2023['"]\s*[,|]\s*['"]cnsa-2018['"]\s*[,|]\s*['"]ror-r265['"]/,
    use: 'import { NUMBERINGS, type Numbering } from `@serafin-ph/nomenclature`',
    elsewhere: { 'packages/fixtures/src/arbitraries/mutations.ts': 'TRICKY_VALUES: values put in wrong places, one per line, not the list' },
  },
  {
    name: 'the escaping of a JSON Pointer token',
    home: 'packages/pag-schema/src/json-schema/pointer.ts',
    pattern: /replace\(\/~\/g, ['"]~0['"]\)|replace\(\/~1\/g, ['"]\/['"]\)/,
    use: 'import { escapeToken, unescapeToken } from `@serafin-ph/pag-schema/types` (the zod-free entry; the validators re-export them with their pointer helpers)',
    elsewhere: {
      'packages/render/src/layout/pointer.ts': 'render depends on the nomenclature only: its one escaping',
    },
  },
];

describe('one home per concept', () => {
  const files = sources().map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

  it('reads the sources of every package', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'packages/pag-schema/src/version.ts')).toBe(true);
  });

  it.each(CONCEPTS.map((c) => [c.name, c] as const))('%s is defined once', (_name, concept) => {
    const places = files.filter((f) => concept.pattern.test(f.text) && concept.elsewhere?.[f.path] === undefined).map((f) => f.path);
    expect(places, `${concept.name} is written again outside ${concept.home}: ${concept.use}`).toEqual([concept.home]);
  });
});
