import { describe, expect, it } from 'vitest';
import type { FileEntry, ValidateSummary } from '../validate/types.js';
import { htmlReporter } from './html-reporter.js';

async function report(entries: FileEntry[], summary: ValidateSummary, lang: 'fr' | 'en' = 'fr'): Promise<string> {
  let out = '';
  const r = htmlReporter((s) => void (out += s), { lang, version: '9.9.9', now: new Date('2026-01-02T03:04:05Z') });
  for (const e of entries) await r.entry(e);
  await r.end(summary);
  return out;
}

const summary = (over: Partial<ValidateSummary> = {}): ValidateSummary => ({
  files: 1,
  documents: 1,
  valid: 0,
  invalid: 1,
  errors: 0,
  issues: { error: 1, warning: 0, info: 0 },
  ...over,
});

describe('htmlReporter', () => {
  it('escapes file names and messages, and turns control characters into U+FFFD', async () => {
    const html = await report(
      [
        {
          path: '<script>alert(1)</script>\u001b[2J.json',
          typeDocument: 'pag',
          valid: false,
          issues: [{ ruleId: 'STRUCTURE-TYPE', severity: 'error', path: '/a"b', message: 'valeur <b>x</b> & "y"' }],
        },
      ],
      summary(),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\uFFFD[2J.json');
    expect(html).toContain('valeur &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(html).toContain('<code>/a&quot;b</code>');
    expect(html).toContain('Produit par serafin 9.9.9 (serafin validate) le 2026-01-02 03:04 UTC.');
  });
  it('reports an unreadable input and a valid document, and has no display settings without issues', async () => {
    const html = await report(
      [
        { path: 'a.json', typeDocument: null, valid: false, issues: [], error: { code: 'JSON_SYNTAX', message: 'JSON mal formé', line: 1, column: 2 } },
        { path: 'b.json', typeDocument: 'pag', valid: true, issues: [] },
      ],
      summary({ files: 2, documents: 1, valid: 1, invalid: 0, errors: 1, issues: { error: 0, warning: 0, info: 0 } }),
    );
    expect(html).toContain('<span class="gravite">Lecture impossible</span>JSON mal formé <code>[JSON_SYNTAX]</code>');
    expect(html).toContain('<p>Aucun constat.</p>');
    expect(html).not.toContain('id="affichage"');
  });
  it('names the rule of another catalogue (FHIR) and an unknown rule by its id', async () => {
    const html = await report(
      [
        {
          path: 'f.json',
          typeDocument: 'fhir',
          valid: false,
          issues: [
            { ruleId: 'FHIR-CODE-001', severity: 'error', path: 'Bundle.entry[0]', message: 'inconnu' },
            { ruleId: 'X-1', severity: 'info', path: '', message: 'note' },
          ],
        },
      ],
      summary({ issues: { error: 1, warning: 0, info: 1 } }),
      'en',
    );
    expect(html).toContain('<code>FHIR-CODE-001</code> — Unknown code in the code system.');
    expect(html).toContain('<dt>Rule</dt><dd><code>X-1</code></dd>');
    expect(html).toContain('<dt>Field</dt><dd>the document</dd>');
  });
});
