/// <reference lib="dom" />
/**
 * End-to-end: `serafin validate --format html -o rapport.html` with the real
 * binary, then the report opened in a real Chromium with its own CSP in force:
 * no request, no script, no CSP violation, axe-core (WCAG 2.1 AA) clean, the
 * issues sortable and filterable by severity with CSS alone, and the same
 * masking of personal data as the text output.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSource, findChromium, launchChromium, openObservedPage, runAxe, servePages, type PageServer, type Served } from '../../../scripts/lib/browser-harness.js';
import { buildCli } from './built-cli.js';
import { tempTree } from './helpers.js';

const built = await buildCli();
const scenario = JSON.parse(readFileSync(new URL('../../fixtures/data/scenarios/brouillon-surdicecite/document.json', import.meta.url), 'utf8')) as Record<string, any>;
// errors (a wrong value in a personal field, an unknown property) and three warnings (PAG-BESOINS-001: the draft
// now has an engagement, a home help whose uncoded intervention answers none of the identified needs)
const bad = structuredClone(scenario);
bad['engagements'] = [
  {
    identifiant: 'ENG-AIDE',
    operateur: { type: 'droit-commun', nom: 'Service municipal de portage de repas' },
    prestations: [{ nature: 'Portage de repas', frequence: { nombre: 5, periode: 'semaine' } }],
    dateDebut: '2025-11-03',
    prerequis: [],
    derogations: [],
    financementsComplementaires: [],
  },
];
bad['dateNaissnce'] = '2001-01-01';
bad['situation']['personne']['sexe'] = 'Zoé';
// a warning (deprecated code, PAG-CODES-001) before an error (PAG-ENGAGEMENTS-003) in the validators' order
const sessad = JSON.parse(readFileSync(new URL('../../fixtures/data/scenarios/ase-itep-sessad/document.json', import.meta.url), 'utf8')) as Record<string, any>;
sessad['engagements'][5]['prestations'][0]['prestation']['code'] = '2.4.1';
sessad['engagements'][1]['identifiant'] = sessad['engagements'][0]['identifiant'];
const tree = tempTree({
  'entrant/a-trier.json': JSON.stringify(sessad),
  'entrant/pag-mixte.json': JSON.stringify(bad),
  'entrant/valide.json': JSON.stringify(scenario),
  'entrant/lot.ndjson': '{"typeDocument":"pag"}\n{pas du json\n',
});
afterAll(() => {
  built.dispose();
  tree.cleanup();
});

function serafin(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['SERAFIN_LANG'];
  const r = spawnSync(process.execPath, [built.cli, ...args], { env, encoding: 'utf8', cwd: tree.dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const run = serafin('validate', '--date', '2025-12-01', '--format', 'html', '-o', 'rapport.html', 'entrant');
const html = readFileSync(join(tree.dir, 'rapport.html'), 'utf8');
serafin('validate', '--date', '2025-12-01', '--format', 'html', '-o', 'report.html', '--lang', 'en', 'entrant');
const english = readFileSync(join(tree.dir, 'report.html'), 'utf8');
serafin('validate', '--date', '2025-12-01', '--format', 'html', '-o', 'complet.html', '--include-personal-data', 'entrant');
const unmasked = readFileSync(join(tree.dir, 'complet.html'), 'utf8');
const text = serafin('validate', '--date', '2025-12-01', 'entrant').stdout;

describe('serafin validate --format html', () => {
  it('writes a self-contained page: no script, no external resource, a strict CSP', () => {
    expect(run.code).toBe(2); // an unreadable NDJSON line wins over the invalid document
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|style="/i);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/,
    );
    expect(english.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  });

  it('gives the summary, then one section per document with its issues: message, field, rule and source', () => {
    expect(html).toContain('<p>4 fichiers, 4 documents : 1 valide, 3 non valides ; 1 erreur de lecture.');
    const sections = html.match(/<section id="d\d+"/g) ?? [];
    expect(sections).toHaveLength(5);
    expect(html).toContain('Propriété inconnue « dateNaissnce »');
    expect(html).toContain('<dt>Champ</dt><dd>2. Description de la situation › Personne concernée › Sexe <code>/situation/personne/sexe</code></dd>');
    expect(html).toContain('<code>PAG-BESOINS-001</code> — ');
    expect(html).toMatch(/<dt>Source<\/dt><dd>bonne pratique du projet/);
    expect(html).toContain('JSON mal formé, ligne 2');
    expect(english).toContain('<dt>Field</dt><dd><span lang="fr">2. Description de la situation › Personne concernée › Sexe</span>');
    expect(english).toContain('Unknown property');
  });

  it('masks personal data as the text output does', () => {
    expect(text).not.toContain('Zoé');
    expect(html).not.toContain('Zoé');
    expect(html).toContain('--include-personal-data');
    expect(unmasked).toContain('Valeur « Zoé » non admise');
  });
});

const chromium = findChromium();

describe.skipIf(chromium === undefined)('the HTML report in Chromium', () => {
  let server: PageServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await servePages(
      new Map<string, Served>([
        ['/rapport.html', { body: html, type: 'text/html; charset=utf-8' }],
        ['/report.html', { body: english, type: 'text/html; charset=utf-8' }],
      ]),
    );
    browser = await launchChromium(chromium!);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of ['rapport.html', 'report.html']) {
    it(`${name}: no console error, no CSP violation, no request but the page, axe clean`, async () => {
      const { page, seen, violations } = await openObservedPage(browser, server.origin);
      const before = server.requested.length;
      await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
      expect(seen.consoleErrors).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
      expect(server.requested.slice(before)).toEqual([`/${name}`]);
      expect(await runAxe(page, axeSource())).toEqual([]);
      await page.context().close();
    });
  }

  it('orders the issues by severity or in document order, and filters them, without script', async () => {
    const { page } = await openObservedPage(browser, server.origin);
    await page.goto(`${server.origin}/rapport.html`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    // the visual order of the first document's issues (by their position on screen)
    const order = (): Promise<string[]> =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('#d1 ol.constats > li'))
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
          .map((li) => li.className),
      );
    // (the information note PAG-CODES-007 comes last by severity; the order checks below leave it aside)
    expect(await order()).toEqual(['c-error', 'c-warning', 'c-info']);
    const noInfo = async (): Promise<string[]> => (await order()).filter((c) => c !== 'c-info');
    await page.check('#ordre-document');
    expect(await noInfo()).toEqual(['c-warning', 'c-error']);
    await page.uncheck('#voir-warning');
    expect(await noInfo()).toEqual(['c-error']);
    await page.context().close();
  });
});
