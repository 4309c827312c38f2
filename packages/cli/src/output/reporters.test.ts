import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { emptySummary, addToSummary } from '../validate/run-validate.js';
import type { FileEntry, ValidateJsonOutput } from '../validate/types.js';
import { palette, shouldColor } from './color.js';
import { jsonReporter } from './json-reporter.js';
import { junitReporter } from './junit-reporter.js';
import type { Reporter } from './reporter.js';
import { summaryText, textReporter } from './text-reporter.js';
import { xmlAttribute, xmlText } from './xml.js';

const ENTRIES: FileEntry[] = [
  { path: 'in/ok.json', typeDocument: 'pag', valid: true, issues: [] },
  {
    path: 'in/bad <&> "q".json',
    typeDocument: 'pag',
    valid: false,
    issues: [
      { ruleId: 'PAG-CONSENTEMENT-001', severity: 'error', path: '/consentement', message: 'Accord préalable absent <b>&</b> "x"' },
      { ruleId: 'PAG-REVISION-002', severity: 'warning', path: '', message: 'Révision tardive\u0001' },
    ],
  },
  { path: 'in/batch.ndjson', typeDocument: 'convention-territoriale', valid: true, issues: [{ ruleId: 'CONV-001', severity: 'info', path: '/x', message: 'note' }], line: 7 },
  {
    path: 'in/broken.json',
    typeDocument: null,
    valid: false,
    issues: [],
    error: { code: 'JSON_SYNTAX', message: 'JSON mal formé, ligne 3, colonne 14 : caractère inattendu « , » (U+002C)', line: 3, column: 14 },
  },
];

async function render(reporter: Reporter, chunks: string[], entries = ENTRIES): Promise<string> {
  const summary = emptySummary();
  summary.files = 3;
  for (const e of entries) {
    addToSummary(summary, e);
    await reporter.entry(e);
  }
  await reporter.end(summary);
  return chunks.join('');
}

describe('json reporter', () => {
  it('streams exactly JSON.stringify(output, null, 2)', async () => {
    const chunks: string[] = [];
    const text = await render(
      jsonReporter((c) => void chunks.push(c)),
      chunks,
    );
    const expected: ValidateJsonOutput = {
      files: ENTRIES,
      summary: { files: 3, documents: 3, valid: 2, invalid: 1, errors: 1, issues: { error: 1, warning: 1, info: 1 } },
    };
    expect(text).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('writes an empty list when there is nothing', async () => {
    const chunks: string[] = [];
    const text = await render(
      jsonReporter((c) => void chunks.push(c)),
      chunks,
      [],
    );
    expect(JSON.parse(text)).toEqual({ files: [], summary: { ...emptySummary(), files: 3 } });
  });
});

describe('junit reporter', () => {
  it('writes well-formed JUnit XML, one testcase per document', async () => {
    const chunks: string[] = [];
    const xml = await render(
      junitReporter((c) => void chunks.push(c), { lang: 'fr' }),
      chunks,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = parsed.testsuites.testsuite;
    expect(parsed.testsuites).toMatchObject({ tests: '4', failures: '1', errors: '1' });
    expect(suite.testcase.map((t: { name: string }) => t.name)).toEqual(['in/ok.json', 'in/bad <&> "q".json', 'in/batch.ndjson:7', 'in/broken.json']);
    expect(suite.testcase[1].failure.message).toBe('1 erreur');
    expect(suite.testcase[1].failure['#text']).toContain('erreur /consentement [PAG-CONSENTEMENT-001] Accord préalable absent <b>&</b> "x"');
    expect(suite.testcase[1].failure['#text']).toContain('Révision tardive\uFFFD');
    expect(suite.testcase[3].error.type).toBe('JSON_SYNTAX');
    expect(suite.testcase[3].error['#text']).toContain('in/broken.json:3:14');
  });

  it('spools to a temporary file past its memory limit and gives the same bytes', async () => {
    const many: FileEntry[] = Array.from({ length: 300 }, (_, i) => ({
      path: `f${i}.json`,
      typeDocument: 'pag',
      valid: i % 3 !== 0,
      issues: i % 3 === 0 ? [{ ruleId: 'R', severity: 'error', path: '/a', message: 'é'.repeat(50) }] : [],
    }));
    const a: string[] = [];
    const b: string[] = [];
    const small = await render(
      junitReporter((c) => void a.push(c), { lang: 'en', spoolLimit: 1000 }),
      a,
      many,
    );
    const big = await render(
      junitReporter((c) => void b.push(c), { lang: 'en' }),
      b,
      many,
    );
    expect(small).toBe(big);
    expect(XMLValidator.validate(small)).toBe(true);
  });

  it('escapes text and attributes', () => {
    expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(xmlAttribute('"x"\n\'y\'\t')).toBe('&quot;x&quot;&#10;&apos;y&apos;&#9;');
    expect(xmlText('\u0000\uD800\uFFFE ok 😀')).toBe('\uFFFD\uFFFD\uFFFD ok 😀');
  });
});

describe('text reporter', () => {
  it('prints one line per document, issues below, and a summary', async () => {
    const chunks: string[] = [];
    const text = await render(
      textReporter((c) => void chunks.push(c), { lang: 'fr', palette: palette(false) }),
      chunks,
    );
    expect(text).toBe(
      [
        '✓ in/ok.json · pag · valide',
        '✗ in/bad <&> "q".json · pag · non valide (1 erreur, 1 avertissement)',
        '    erreur         /consentement  Accord préalable absent <b>&</b> "x" [PAG-CONSENTEMENT-001]',
        '    avertissement  /  Révision tardive\uFFFD [PAG-REVISION-002]',
        '✓ in/batch.ndjson:7 · convention-territoriale · valide (1 information)',
        '    info           /x  note [CONV-001]',
        '✗ in/broken.json:3:14 · JSON mal formé, ligne 3, colonne 14 : caractère inattendu « , » (U+002C) [JSON_SYNTAX]',
        '',
        '3 fichiers, 3 documents : 2 valides, 1 non valide ; 1 erreur de lecture. Constats : 1 erreur, 1 avertissement, 1 information.',
        '',
      ].join('\n'),
    );
  });

  it('in quiet mode prints only problems, errors only, and no summary', async () => {
    const chunks: string[] = [];
    const text = await render(
      textReporter((c) => void chunks.push(c), { lang: 'en', palette: palette(false), quiet: true }),
      chunks,
    );
    expect(text).toBe(
      [
        '✗ in/bad <&> "q".json · pag · invalid (1 error)',
        '    error    /consentement  Accord préalable absent <b>&</b> "x" [PAG-CONSENTEMENT-001]',
        '✗ in/broken.json:3:14 · JSON mal formé, ligne 3, colonne 14 : caractère inattendu « , » (U+002C) [JSON_SYNTAX]',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', async () => {
    const chunks: string[] = [];
    const text = await render(
      textReporter((c) => void chunks.push(c), { lang: 'en', palette: palette(true) }),
      chunks,
    );
    expect(text).toContain('\u001b[32m✓\u001b[39m');
    expect(text).toContain('\u001b[31m');
  });

  it('writes English summaries with thousands separators', () => {
    const s = { files: 12_345, documents: 1_000_000, valid: 999_999, invalid: 1, errors: 2, issues: { error: 3, warning: 0, info: 1 } };
    expect(summaryText('en', s)).toBe('12,345 files, 1,000,000 documents: 999,999 valid, 1 invalid; 2 input errors. Issues: 3 errors, 0 warnings, 1 info.');
    expect(summaryText('fr', s)).toBe(
      '12\u202f345 fichiers, 1\u202f000\u202f000 documents : 999\u202f999 valides, 1 non valide ; 2 erreurs de lecture. Constats : 3 erreurs, 0 avertissement, 1 information.',
    );
  });
});

describe('shouldColor', () => {
  it('follows TTY, NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});
