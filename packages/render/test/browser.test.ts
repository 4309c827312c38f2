/**
 * The rendered pages as people open them: every scenario's page in a real
 * headless Chromium, with its own CSP in force.
 */
import { scenarios } from '@serafin-ph/fixtures';
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
import { coveringPages } from '../../../scripts/lib/page-features.js';
import { THOROUGH } from '../../../scripts/lib/property-runs.js';
import { renderDocument } from '../src/render-document.js';

const chromium = findChromium();
// Without Chromium these tests are skipped; the global setup says so in one line.

describe.skipIf(chromium === undefined)('rendered pages in Chromium', () => {
  let server: PageServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  // One observed page for the CSP probe and the check of every scenario's page, each a new document (its own CSP, the
  // observations cleared before it): a goto each instead of a browser context each (a renderer process, about 0.2 CPU-s).
  let observed: Awaited<ReturnType<typeof openObservedPage>>;
  const axe = axeSource();
  const pages = scenarios.map((s) => ({ id: s.id, document: s.document(), html: renderDocument(s.document(), { includePersonalData: true })! }));
  // axe-core (about 1.5 s a page) runs on every page in the thorough mode; every day on the few pages
  // that together show every element kind and heading step of all the pages (scripts/lib/page-features.ts).
  // Every page is still loaded and checked for console errors, CSP, requests, slots and language.
  const axeChecked = THOROUGH ? new Set(pages.map((p) => p.id)) : coveringPages(pages);
  // The two layout sweeps (1280 px and a 390 px phone) read every page in the thorough mode; every day the same covering pages
  // (every element kind the pages hold: tables, lists, timetables…), 0.7 s each instead of 2.7.
  const layoutPages = THOROUGH ? pages : pages.filter((p) => axeChecked.has(p.id));

  beforeAll(async () => {
    const routes = new Map<string, Served>();
    for (const p of pages) routes.set(`/${p.id}.html`, { body: p.html, type: 'text/html; charset=utf-8' });
    routes.set('/masque.html', { body: renderDocument(pages[0]!.document)!, type: 'text/html; charset=utf-8' });
    routes.set('/sonde.html', { body: pages[0]!.html.replace('</body>', '<script src="/sonde.js"></script></body>'), type: 'text/html; charset=utf-8' });
    routes.set('/sonde.js', { body: CSP_PROBE_SCRIPT, type: 'text/javascript' });
    server = await servePages(routes);
    browser = await launchChromium(chromium!);
    observed = await openObservedPage(browser, server.origin);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees a deliberate CSP violation (the check works, on the page the checks below reuse)', async () => {
    const { page, seen, violations } = observed;
    clearObservations(seen);
    await page.goto(`${server.origin}/sonde.html`, { waitUntil: 'load' });
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  });

  for (const p of pages) {
    const axeNote = axeChecked.has(p.id) ? 'axe clean' : 'axe in the thorough mode';
    it(`${p.id}: no console error, no CSP violation, no request, ${axeNote}, one block per slot`, async () => {
      const { page, seen, violations } = observed;
      clearObservations(seen);
      const before = server.requested.length;
      await page.goto(`${server.origin}/${p.id}.html`, { waitUntil: 'load' });
      expect(seen.consoleErrors).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
      expect(server.requested.slice(before)).toEqual([`/${p.id}.html`]);
      if (axeChecked.has(p.id)) expect(await runAxe(page, axe)).toEqual([]);
      const slots = (p.document as { annexes?: { emploiDuTemps?: unknown[] } }).annexes?.emploiDuTemps;
      if (slots !== undefined) expect(await page.locator('svg.emploi-du-temps g.creneau').count()).toBe(slots.length);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    });
  }

  // One page in print media for the two print checks (a browser context each cost more).
  let printing: ReturnType<typeof openObservedPage> | undefined;
  const printPage = async () => (await (printing ??= openObservedPage(browser, server.origin))).page;

  it('prints without the table of contents, each part on a new page', async () => {
    const page = await printPage();
    await page.goto(`${server.origin}/${pages[0]!.id}.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.sommaire').isVisible()).toBe(false);
    expect(
      await page
        .locator('.partie')
        .first()
        .evaluate((e) => getComputedStyle(e).breakBefore),
    ).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints a timetable of daytime slots on landscape A4 pages (the annexes), a whole-day one too, in two half-day pictures', async () => {
    // On the reused observed page (its media and viewport never changed).
    const sizes = async (id: string): Promise<string[]> => {
      const { page, seen } = observed;
      clearObservations(seen);
      await page.goto(`${server.origin}/${id}.html`);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      return [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'paysage' : 'portrait'));
    };
    // Portrait, the 984-unit-wide picture shrank to 0.7 and its text printed at 5 pt.
    const day = await sizes('ase-itep-sessad');
    expect(day.filter((s) => s === 'paysage').length).toBeGreaterThan(0);
    expect(day[0]).toBe('portrait');
    expect(pages.find((p) => p.id === 'ase-itep-sessad')!.html).toContain('<figure class="edt paysage">');
    // A whole day (a night slot: 1,290 units high) printed portrait, at 0.7 and 5 pt, where it did not fit readably: now its
    // annexes print landscape too, the day in two pictures of twelve hours, one a page.
    const night = pages.find((p) => p.html.includes('<figure class="edt ecran">') && /<g class="creneau"/.test(p.html))!;
    expect(night).toBeDefined();
    expect((await sizes(night.id)).filter((s) => s === 'paysage').length).toBeGreaterThanOrEqual(2);
    // The layout in print media, on a viewport of the landscape page's content box (273 × 186 mm at 12 mm margins): the
    // whole-day picture is not printed, each half-day one fits the page at nearly its own size, and shows the drawing.
    const page = await printPage();
    await page.setViewportSize({ width: 1032, height: 703 });
    await page.goto(`${server.origin}/${night.id}.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.edt.ecran').isVisible()).toBe(false);
    const printed = (await page.evaluate(`[...document.querySelectorAll('.edt-impression figure.edt.paysage')].map((f) => {
      const svg = f.querySelector('svg');
      const box = svg.getBoundingClientRect();
      const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
      return { visible: box.width > 0, height: Math.round(box.height), scale, drawn: [...svg.querySelectorAll('use')].map((u) => Math.round(u.getBBox().height)), hours: f.querySelector('figcaption').textContent, pageBreak: getComputedStyle(f).breakBefore };
    })`)) as { visible: boolean; height: number; scale: number; drawn: number[]; hours: string; pageBreak: string }[];
    expect(printed.map((p) => p.hours)).toEqual(['Emploi du temps hebdomadaire, 00:00–12:00', 'Emploi du temps hebdomadaire, 12:00–24:00']);
    for (const p of printed) {
      expect(p.visible).toBe(true);
      expect(p.height).toBeLessThanOrEqual(703);
      // Portrait, the whole day printed at 0.70 (its 10-unit text at 5 pt); here about 0.92 (7 pt), as a daytime timetable.
      expect(p.scale).toBeGreaterThanOrEqual(0.9);
      expect(p.drawn.length).toBe(4);
      for (const h of p.drawn) expect(h).toBeGreaterThan(0);
    }
    expect(printed[1]!.pageBreak).toBe('page');
    await page.context().close();
    printing = undefined;
  });

  it('never breaks a word inside a table cell at 1280 px (the dates of a delegation’s validity wrapped letter by letter)', async () => {
    const { page } = await openObservedPage(browser, server.origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    const broken: string[] = [];
    for (const p of layoutPages) {
      await page.goto(`${server.origin}/${p.id}.html`);
      // A cell value broken inside its words takes more lines than it has words (a wide table scrolls sideways on screen
      // instead); one that overflows its cell counts as broken too.
      const cells = await page.locator('td dd:not(:has(dl, ul))').evaluateAll((dds) =>
        dds.map((dd) => {
          const range = document.createRange();
          range.selectNodeContents(dd);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
          const overflows = Math.max(...Array.from(range.getClientRects()).map((r) => r.right)) > dd.getBoundingClientRect().right + 1;
          return { text: (dd.textContent ?? '').trim(), lines: overflows ? Infinity : lines, words: (dd.textContent ?? '').trim().split(/[\s-]+/).length };
        }),
      );
      for (const c of cells) if (c.text !== '' && c.lines > c.words) broken.push(`${p.id}: ${c.text} (${c.lines === Infinity ? 'overflows' : `${c.lines} lines`})`);
    }
    expect(broken).toEqual([]);
    await page.context().close();
  });

  it('reads on a 390 px phone: each field’s value under its title, within the screen, no word broken', async () => {
    const { page } = await openObservedPage(browser, server.origin);
    await page.setViewportSize({ width: 390, height: 844 });
    const bad: string[] = [];
    for (const p of layoutPages) {
      await page.goto(`${server.origin}/${p.id}.html`);
      const found = await page.locator('dl.champs:not(td dl) > .champ > dd:not(:has(dl, ul))').evaluateAll((dds) =>
        dds.flatMap((dd) => {
          const range = document.createRange();
          range.selectNodeContents(dd);
          const rects = Array.from(range.getClientRects());
          const text = (dd.textContent ?? '').trim();
          const lines = new Set(rects.map((r) => Math.round(r.top))).size;
          const words = text.split(/[\s-]+/).length;
          const outside = rects.some((r) => r.right > document.documentElement.clientWidth + 1);
          // Long free texts and URLs may break anywhere; a value of a few words must not.
          return text !== '' && words <= 4 && text.length <= 40 && (outside || lines > words) ? [text] : [];
        }),
      );
      bad.push(...found.map((t) => `${p.id}: ${t}`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p.id).toBeLessThanOrEqual(390);
    }
    expect(bad).toEqual([]);
    await page.context().close();
  });

  it('the masked page is axe clean too', async () => {
    const { page, seen } = observed;
    clearObservations(seen);
    await page.goto(`${server.origin}/masque.html`);
    expect(seen.consoleErrors).toEqual([]);
    expect(await runAxe(page, axe)).toEqual([]);
  });
});
