/**
 * The validator page as people use it, in a real headless Chromium: loaded
 * under its strict CSP, files chosen and dropped, verdicts, filters, the
 * rendering of a PAG, the English switch, the keyboard, and opened from disk.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { examplePag } from '@serafin-ph/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeSource,
  clearObservations,
  CSP_PROBE_SCRIPT,
  findChromium,
  launchChromium,
  openObservedPage,
  runAxe,
  servePages,
  type PageServer,
  type Served,
} from '../../../scripts/lib/browser-harness.js';
import { buildValidatorPage } from '../scripts/build.js';
import { pageCsp } from '../src/page-html.js';

const chromium = findChromium();
// Without Chromium these tests are skipped; the global setup says so in one line.

const valid = examplePag();
const invalid = { ...examplePag(), consentement: {} };
const slots = valid.annexes!.emploiDuTemps.length;

describe.skipIf(chromium === undefined)('validator page in Chromium', () => {
  let server: PageServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  // One observed page for the CSP probe and the checks served over HTTP that leave the viewport and the media alone, each
  // on a new document (the page loaded again, the observations cleared): a goto each instead of a browser context and its
  // renderer process each. The layout and print check and the page opened from disk keep a page of their own.
  let observed: Awaited<ReturnType<typeof openObservedPage>>;
  /** The shared observed page, its observations cleared. */
  const reused = (): Awaited<ReturnType<typeof openObservedPage>> => {
    clearObservations(observed.seen);
    return observed;
  };
  const siteDir = mkdtempSync(join(tmpdir(), 'serafin-page-site-'));
  const diskDir = mkdtempSync(join(tmpdir(), 'serafin-page-disk-'));
  const axe = axeSource();
  const expected = ['/validateur/index.html', '/validateur/page.css', '/validateur/page.js'];

  beforeAll(async () => {
    await buildValidatorPage(siteDir, '../');
    await buildValidatorPage(diskDir);
    const headers = { 'content-security-policy': pageCsp() };
    const file = (name: string, type: string): Served => ({ body: readFileSync(join(siteDir, name)), type, headers });
    const routes = new Map<string, Served>([
      ['/validateur/index.html', file('index.html', 'text/html; charset=utf-8')],
      ['/validateur/page.css', file('page.css', 'text/css')],
      ['/validateur/page.js', file('page.js', 'text/javascript')],
      [
        '/validateur/sonde.html',
        { body: readFileSync(join(siteDir, 'index.html'), 'utf8').replace('</body>', '<script src="sonde.js"></script></body>'), type: 'text/html; charset=utf-8', headers },
      ],
      ['/validateur/sonde.js', { body: CSP_PROBE_SCRIPT, type: 'text/javascript', headers }],
    ]);
    server = await servePages(routes);
    browser = await launchChromium(chromium!);
    observed = await openObservedPage(browser, server.origin);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(diskDir, { recursive: true, force: true });
  });

  it('sees a deliberate CSP violation: a same-origin script calling new Function is blocked', async () => {
    const { page, violations } = reused();
    await page.goto(`${server.origin}/validateur/sonde.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => ((window as unknown as { __csp: string[] }).__csp ?? []).length > 0);
    expect((await violations()).some((v) => v.startsWith('script-src') && v.endsWith('eval'))).toBe(true);
  });

  it('checks a chosen valid file and a dropped invalid one, offline, with no CSP violation, and stays axe clean', async () => {
    const { page, seen, violations } = reused();
    const before = server.requested.length;
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    expect(await page.locator('.confidentialite').textContent()).toContain('ne quittent pas votre ordinateur');
    expect(await runAxe(page, axe)).toEqual([]);

    await page.setInputFiles('#fichiers', { name: 'valide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    await page.locator('article[data-verdict]').first().waitFor();
    expect(await page.locator('article[data-verdict]').getAttribute('data-verdict')).toBe('valid');
    expect(await page.locator('article h3').first().textContent()).toBe('valide.json — valide');
    // Screen readers hear the summary, not every report (the results are not a live region).
    expect(await page.locator('#resultats').getAttribute('aria-live')).toBeNull();
    expect(await page.locator('#resultats [aria-live]').evaluateAll((e) => e.every((x) => x.classList.contains('compte')))).toBe(true);
    expect(await page.locator('[role="status"]').textContent()).toBe('1 document, 1 valide.');

    const transfer = await page.evaluateHandle(
      (text) => {
        const d = new DataTransfer();
        d.items.add(new File([text], 'invalide.ndjson', { type: 'application/x-ndjson' }));
        return d;
      },
      `${JSON.stringify(invalid)}\n{"typeDocument":\n`,
    );
    await page.dispatchEvent('#depot', 'drop', { dataTransfer: transfer });
    await page.locator('article[data-verdict="invalid"]').waitFor();
    expect(await page.locator('article[data-verdict]').evaluateAll((a) => a.map((e) => [e.querySelector('h3')!.textContent, e.getAttribute('data-verdict')]))).toEqual([
      ['invalide.ndjson, ligne 1 — non valide', 'invalid'],
      ['invalide.ndjson, ligne 2 — illisible', 'unreadable'],
    ]);
    const rows = page.locator('article[data-verdict="invalid"] tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(0);
    const consent = page.locator('article[data-verdict="invalid"] tbody tr[data-rule^="PAG-CONSENTEMENT"]');
    expect(await consent.count()).toBeGreaterThan(0);
    expect(await consent.first().locator('a').first().getAttribute('href')).toMatch(/^\.\.\/documents\/Catalogue_des_r%C3%A8gles_de_validation\.html#pag-consentement-\d{3}$/);
    expect(await consent.first().locator('td:nth-child(3) a').getAttribute('href')).toMatch(/^\.\.\/documents\/Plan_d%E2%80%99accompagnement_global_\(PAG\)\.html#def-/);
    // Where, in words (the schema's titles), then the JSON Pointer.
    expect(await consent.first().locator('td:nth-child(3) a').textContent()).toMatch(/^Consentement › /);
    expect(await consent.first().locator('td:nth-child(3) code').textContent()).toMatch(/^\/consentement\//);

    // Filters: by rule, then by severity.
    const ruleId = (await consent.first().getAttribute('data-rule'))!;
    await page.selectOption('article[data-verdict="invalid"] select[id$="-regle"]', ruleId);
    expect(await page.locator('article[data-verdict="invalid"] tbody tr:not([hidden])').evaluateAll((r) => r.map((e) => e.getAttribute('data-rule')))).toEqual(
      Array(await page.locator(`article[data-verdict="invalid"] tbody tr[data-rule="${ruleId}"]`).count()).fill(ruleId),
    );
    await page.selectOption('article[data-verdict="invalid"] select[id$="-regle"]', '');
    await page.selectOption('article[data-verdict="invalid"] select[id$="-gravite"]', 'error');
    expect(await page.locator('article[data-verdict="invalid"] tbody tr:not([hidden])').evaluateAll((r) => r.every((e) => e.getAttribute('data-severity') === 'error'))).toBe(true);
    expect(await runAxe(page, axe)).toEqual([]);

    expect(seen.consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    expect(server.requested.slice(before)).toEqual(expected);
  });

  it('shows the rendering of a PAG with its timetable, one block per slot, in a frame under the same policy', async () => {
    const { page, seen, violations } = reused();
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    await page.check('#personnel');
    await page.setInputFiles('#fichiers', { name: 'valide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    const toggle = page.locator('article .actions button').first();
    // No frame before it is asked for: a hidden iframe per document cost a browsing context each (5.5 s for 836 PAGs).
    expect(await page.locator('iframe').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const frame = page.frameLocator('iframe.rendu');
    await frame.locator('h1').waitFor();
    expect(await frame.locator('svg.emploi-du-temps g.creneau').count()).toBe(slots);
    expect(await frame.locator('text=Donnée personnelle masquée').count()).toBe(0);
    expect(seen.consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
  });

  it('does not check a Windows-1252 file as if it were UTF-8: it says so and how to fix it', async () => {
    const { page, seen } = reused();
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    const text = JSON.stringify({ ...valid, contexte: { ...valid.contexte, historique: 'Épuisement des parents âgés' } }).replace(/[^\u0000-\u00ff]/g, '?');
    const buffer = Buffer.from(text, 'latin1');
    await page.setInputFiles('#fichiers', { name: 'excel.json', mimeType: 'application/json', buffer });
    await page.locator('article[data-verdict]').first().waitFor();
    expect(await page.locator('article[data-verdict]').getAttribute('data-verdict')).toBe('unreadable');
    expect(await page.locator('article p').first().textContent()).toMatch(/^Ce fichier semble encodé en Windows-1252 .*Enregistrez-le en UTF-8/);
    expect(seen.consoleErrors).toEqual([]);
  });

  it('says what a file is when it is no SDK document (a FHIR Bundle), and names the type of a document in words', async () => {
    const { page } = reused();
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    const bundle = readFileSync(join(import.meta.dirname, '../../fhir/test/ans-examples/Bundle-tddui-bundle-example.json'));
    await page.setInputFiles('#fichiers', [
      { name: 'bundle.json', mimeType: 'application/json', buffer: bundle },
      { name: 'pag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) },
    ]);
    await page.locator('article[data-verdict]').nth(1).waitFor();
    expect(await page.locator('article p.type-inconnu').textContent()).toMatch(/^Ce fichier est une ressource FHIR \(« Bundle »\).*serafin convert/);
    expect(await page.locator('article p.type').textContent()).toBe('Type de document : Plan d’accompagnement global (PAG) pag');
  });

  it('holds at 1280 px and on a 390 px phone (issues as cards), and prints the results alone within an A4 width', async () => {
    const { page } = await openObservedPage(browser, server.origin);
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    await page.setInputFiles('#fichiers', { name: 'invalide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
    await page.locator('article[data-verdict="invalid"]').waitFor();
    const overflow = () =>
      page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: Math.ceil(document.querySelector('table.anomalies')!.getBoundingClientRect().right) - document.documentElement.clientWidth,
      }));
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflow(), `${width} px`).toEqual({ page: 0, table: expect.any(Number) });
      expect((await overflow()).table, `${width} px`).toBeLessThanOrEqual(0);
    }
    // On the phone each cell says which column it is.
    expect(await page.locator('table.anomalies tbody tr:first-child td:nth-child(3)').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Champ"');
    expect(await runAxe(page, axe)).toEqual([]);
    // Printed (A4, 12 mm margins: about 705 CSS px wide): the results and the conditions of the check, not the form.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 705, height: 1000 });
    const shown = (selector: string) => page.locator(selector).evaluate((e) => getComputedStyle(e).display !== 'none');
    expect(await Promise.all(['.bandeau', '.depot', '.options', 'article .filtres', 'article .actions'].map(shown))).toEqual([false, false, false, false, false]);
    expect(await shown('table.anomalies')).toBe(true);
    expect(await page.locator('#resultats .conditions').textContent()).toMatch(/^Date de référence : aujourd’hui, \d{1,2}(er)? \S+ \d{4} · données personnelles masquées\.$/);
    expect(await overflow()).toEqual({ page: 0, table: expect.any(Number) });
    expect((await overflow()).table).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('tells the page’s users how to show personal data in a masked rendering: the page’s checkbox, not an API option', async () => {
    const { page } = reused();
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    await page.setInputFiles('#fichiers', { name: 'valide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    await page.locator('article .actions button').first().click();
    const notice = await page.frameLocator('iframe.rendu').locator('p.avis').textContent();
    expect(notice).toContain('cochez « Montrer les données personnelles »');
    expect(notice).not.toContain('includePersonalData');
  });

  it('switches to English and back, and is usable with the keyboard', async () => {
    const { page, seen } = reused();
    await page.goto(`${server.origin}/validateur/index.html`, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('langue');
    await page.keyboard.press('Enter');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Validate PAGs, conventions and derogation tables');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fichiers');
    await page.setInputFiles('#fichiers', { name: 'valid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    expect(await page.locator('article h3').first().textContent()).toBe('valid.json — valid');
    expect(await runAxe(page, axe)).toEqual([]);
    // An issue's location in English titles (the schemas' x-title-en), and the document type too: it was « Consentement › … ».
    await page.setInputFiles('#fichiers', { name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
    const where = page.locator('article tbody tr[data-rule^="PAG-CONSENTEMENT"] a.lieu');
    // The second file's results come after the drop: wait for its first row (count() does not wait, and was 0 under load).
    await where.first().waitFor();
    expect(await where.count()).toBeGreaterThan(0);
    expect(await where.first().textContent()).toMatch(/^Consent › /);
    expect(await page.locator('article p.type').first().textContent()).toMatch(/^Document type: Global support plan \(PAG\) /);
    await page.click('#langue');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await where.first().textContent()).toMatch(/^Consentement › /);
    expect(seen.consoleErrors).toEqual([]);
  });

  it('works opened from disk (the standalone folder), links pointing to the public site', async () => {
    const { page, seen } = await openObservedPage(browser, 'file://');
    await page.goto(pathToFileURL(join(diskDir, 'index.html')).href, { waitUntil: 'load' });
    await page.setInputFiles('#fichiers', { name: 'invalide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
    expect(await page.locator('article[data-verdict]').getAttribute('data-verdict')).toBe('invalid');
    expect(await page.locator('article tbody tr a').first().getAttribute('href')).toMatch(/^https:\/\/serafin-ph\.github\.io\/serafin-ph\/documents\//);
    expect(seen.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
