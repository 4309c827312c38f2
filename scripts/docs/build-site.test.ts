import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePages } from '../../packages/validator-page/scripts/build.js';
import { buildSite, CURRENT_SCHEMAS_DIR, schemaSiteFiles, SITE_BASE_URL } from './build-site.js';
import { packageEntries } from './package-entries.js';
import { REPO_ROOT } from './repo.js';
import { findChromium, launchChromium, servePages, type Served } from '../lib/browser-harness.js';

describe('schemaSiteFiles', () => {
  it('maps every JSON Schema of @serafin-ph/pag-schema to the site path of its $id', () => {
    const files = schemaSiteFiles();
    const published = readdirSync(join(REPO_ROOT, CURRENT_SCHEMAS_DIR)).filter((f) => f.endsWith('.schema.json'));
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const name of published) {
      const { $id } = JSON.parse(readFileSync(join(REPO_ROOT, CURRENT_SCHEMAS_DIR, name), 'utf8')) as { $id: string };
      const file = files.find((f) => f.id === $id);
      expect(file?.source).toBe(join(CURRENT_SCHEMAS_DIR, name));
      expect(file?.target).toMatch(new RegExp(`^schemas/\\d+\\.\\d+\\.\\d+/${name.replace('.', '\\.')}$`));
      expect(`${SITE_BASE_URL}${file?.target}`).toBe($id);
    }
  });

  describe('on a throwaway tree', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'serafin-schemas-'));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, value: unknown): void => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), JSON.stringify(value));
    };

    it('publishes archived versions beside the current one', () => {
      write('cur/pag.schema.json', { $id: `${SITE_BASE_URL}schemas/1.1.0/pag.schema.json` });
      write('arch/1.0.0/pag.schema.json', { $id: `${SITE_BASE_URL}schemas/1.0.0/pag.schema.json` });
      expect(schemaSiteFiles(root, ['cur', 'arch']).map((f) => f.target)).toEqual(['schemas/1.0.0/pag.schema.json', 'schemas/1.1.0/pag.schema.json']);
    });

    it('refuses a $id outside the site, a missing $id, and two different files for one $id', () => {
      write('bad1/x.schema.json', { $id: 'https://example.org/schemas/1.0.0/x.schema.json' });
      expect(() => schemaSiteFiles(root, ['bad1'])).toThrow(/not under/);
      write('bad2/x.schema.json', { title: 'no id' });
      expect(() => schemaSiteFiles(root, ['bad2'])).toThrow(/no \$id/);
      write('bad3/a/x.schema.json', { $id: `${SITE_BASE_URL}schemas/1.0.0/x.schema.json`, title: 'a' });
      write('bad3/b/x.schema.json', { $id: `${SITE_BASE_URL}schemas/1.0.0/x.schema.json`, title: 'b' });
      expect(() => schemaSiteFiles(root, ['bad3'])).toThrow(/different contents/);
      write('bad4/x.schema.json', { $id: `${SITE_BASE_URL}schemas/../x.schema.json` });
      expect(() => schemaSiteFiles(root, ['bad4'])).toThrow(/does not name a file/);
    });
  });
});

/** Where the site tests leave what a person may want to look at (screenshots); `.tmp/` is ignored by git. */
const DOCS_TEST_OUTPUT = join(REPO_ROOT, '.tmp', 'docs-tests');

/** Page widths of common laptop screens, where TypeDoc shows both menus beside a narrow content column. */
const LAYOUT_WIDTHS = [1280, 1366, 1440] as const;

/** A box in page coordinates, as measured in the browser. */
interface Box {
  readonly what: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The boxes of two lists that intersect (with more than one pixel of overlap each way). */
function overlaps(a: readonly Box[], b: readonly Box[]): string[] {
  const out: string[] = [];
  for (const x of a) {
    for (const y of b) {
      const w = Math.min(x.right, y.right) - Math.max(x.left, y.left);
      const h = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
      if (w > 1 && h > 1) out.push(`${x.what} [${x.left}–${x.right}] over ${y.what} [${y.left}–${y.right}]`);
    }
  }
  return out;
}

describe('overlaps', () => {
  it('sees a table running under the page menu, and not boxes side by side', () => {
    const table: Box = { what: 'table', left: 300, top: 500, right: 1300, bottom: 900 };
    const menu: Box = { what: 'menu', left: 1000, top: 0, right: 1330, bottom: 2000 };
    expect(overlaps([table], [menu])).toHaveLength(1);
    expect(overlaps([{ ...table, right: 1000 }], [menu])).toEqual([]);
  });
});

describe('the documentation site (pnpm run docs)', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof buildSite>>;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'serafin-site-'));
    result = await buildSite(out);
  }, 900_000);
  // One Chromium for the two browser tests of the site, launched by the first of them.
  let chromiumBrowser: Promise<Awaited<ReturnType<typeof launchChromium>>> | undefined;
  const sharedBrowser = (executable: string): Promise<Awaited<ReturnType<typeof launchChromium>>> => (chromiumBrowser ??= launchChromium(executable));
  afterAll(async () => {
    await (await chromiumBrowser)?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('builds with zero TypeDoc warnings', () => {
    const problems = result.output.split('\n').filter((l) => /\[warning\]|\[error\]|error TS\d+/.test(l));
    expect(problems, result.output.slice(-4000)).toEqual([]);
    expect(result.status, result.output.slice(-4000)).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'assets/search.js'))).toBe(true);
    expect(existsSync(join(out, '.nojekyll'))).toBe(true);
  });

  it('type-checks the packages in two shared TypeScript programs, the libraries and the CLI (docs/typedoc/shared-program-plugin.mjs), not one per package', () => {
    expect(result.output).toContain('shared-program: 7 packages in 2 shared TypeScript programs, 0 in their own');
  });

  it('resolves every project FHIR canonical URL to a file (ConceptMaps, prestations ValueSet, cnsa-2018 CodeSystem)', () => {
    expect(result.fhir.length).toBeGreaterThanOrEqual(12);
    for (const f of result.fhir) {
      expect(existsSync(join(out, f.target)), f.url).toBe(true);
      expect((JSON.parse(readFileSync(join(out, f.target), 'utf8')) as { url: string }).url).toBe(f.url);
    }
  });

  it('holds the offline validator page, its links relative to the site', () => {
    for (const f of ['index.html', 'page.css', 'page.js']) expect(existsSync(join(out, 'validateur', f)), f).toBe(true);
    const script = readFileSync(join(out, 'validateur/page.js'), 'utf8');
    expect(script).toContain('"../"');
    // Every reference page the issues link to exists in the built site.
    const { fields, rules } = referencePages('../');
    for (const p of [...Object.values(fields), rules]) {
      expect(existsSync(join(out, p)), p).toBe(true);
      expect(script).toContain(p.slice(0, 'documents/'.length + 8));
    }
  });

  it('publishes every JSON Schema at the path its $id announces, byte for byte', () => {
    expect(result.schemas.length).toBeGreaterThanOrEqual(3);
    for (const f of schemaSiteFiles()) {
      const published = join(out, f.target);
      expect(existsSync(published), f.id).toBe(true);
      expect(readFileSync(published, 'utf8')).toBe(readFileSync(join(REPO_ROOT, f.source), 'utf8'));
      expect((JSON.parse(readFileSync(published, 'utf8')) as { $id: string }).$id).toBe(`${SITE_BASE_URL}${f.target}`);
    }
  });

  it('has a page for every guide and every generated reference page', () => {
    const pages = readdirSync(join(out, 'documents')).map((f) => decodeURIComponent(f));
    for (const title of [
      'Démarrer_(éditeurs)',
      'Getting_started_(vendors)',
      'Valider_des_fichiers_(MDPH)',
      'Validating_files_(MDPH_teams)',
      'Nomenclatures_et_numérotations',
      'Nomenclatures_and_numberings',
      'Modèle_du_PAG',
      'PAG_model',
      'Versions_et_compatibilité',
      'Versions_and_compatibility',
      'Catalogue_des_règles_de_validation',
      'Plan_d’accompagnement_global_(PAG)',
    ]) {
      expect(pages).toContain(`${title}.html`);
    }
  });

  it('links every export to its source on GitHub (main branch), and every link names a file of the repository', () => {
    const links = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.html')) {
          for (const m of readFileSync(p, 'utf8').matchAll(/https:\/\/github\.com\/serafin-ph\/serafin-ph\/blob\/main\/([^"#]+)#L\d+/g)) {
            links.add(m[1] ?? '');
          }
        }
      }
    };
    walk(out);
    expect(links.size).toBeGreaterThan(50);
    for (const pkg of ['nomenclature', 'pag-schema', 'validators', 'fixtures', 'cli']) {
      expect(
        [...links].some((l) => l.startsWith(`packages/${pkg}/src/`)),
        pkg,
      ).toBe(true);
    }
    expect([...links].filter((l) => !existsSync(join(REPO_ROOT, l)))).toEqual([]);
  });

  it('has one module page per public entry point of the packages (package.json exports), named like its import path', () => {
    const entries = packageEntries();
    // The per-document entries vendors import for small bundles are among them: the check is not vacuous.
    for (const path of [
      '@serafin-ph/validators/pag',
      '@serafin-ph/validators/convention',
      '@serafin-ph/validators/tableau-derogations',
      '@serafin-ph/validators/bytes',
      '@serafin-ph/validators/suggest',
      '@serafin-ph/pag-schema/types',
    ]) {
      expect(entries.map((e) => e.importPath)).toContain(path);
    }
    const modules = new Map<string, string>();
    for (const f of readdirSync(join(out, 'modules'))) {
      const title = /<h1>Module ([^<]+)<\/h1>/.exec(readFileSync(join(out, 'modules', f), 'utf8'))?.[1];
      if (title !== undefined) modules.set(title, f);
    }
    expect(entries.filter((e) => !modules.has(e.importPath)).map((e) => `${e.importPath} (${e.source})`)).toEqual([]);
    // A subpath entry's page lists its own exports, and links the main entry's declarations it re-exports.
    const pag = readFileSync(join(out, 'modules', modules.get('@serafin-ph/validators/pag')!), 'utf8');
    for (const own of ['validatePag', 'assertValidPag', 'PAG_EN']) expect(pag).toMatch(new RegExp(`href="[^"]*_serafin-ph_validators_pag\\.${own}\\.html"`));
    expect(pag).toMatch(/href="[^"]*classes\/_serafin-ph_validators\.ValidationError\.html"/);
    // Grouped: the re-exports together after the entry's own exports (not TypeDoc's « Other »), the entries on the package's page.
    expect(pag).toContain('data-key="section-Réexports"');
    expect(pag).not.toContain('>Other<');
    expect(readFileSync(join(out, 'modules', modules.get('@serafin-ph/validators')!), 'utf8')).toMatch(/>Points d’entrée<[\s\S]*>@serafin-ph\/validators\/pag</);
  });

  it('gives each declaration one page: the entries that re-export it link to it (no page twice for one source line)', () => {
    const pages = new Map<string, string[]>();
    for (const dir of ['classes', 'functions', 'interfaces', 'types', 'variables', 'enums']) {
      if (!existsSync(join(out, dir))) continue;
      for (const f of readdirSync(join(out, dir))) {
        const source = /<aside class="tsd-sources">[\s\S]*?href="([^"]+)"/.exec(readFileSync(join(out, dir, f), 'utf8'))?.[1];
        if (source !== undefined) pages.set(source, [...(pages.get(source) ?? []), `${dir}/${f}`]);
      }
    }
    expect(pages.size).toBeGreaterThan(900);
    expect([...pages.values()].filter((p) => p.length > 1)).toEqual([]);
  });

  it('groups the API of each package in categories', () => {
    const page = readFileSync(join(out, 'modules/_serafin-ph_pag-schema.html'), 'utf8');
    for (const category of ['PAG', 'Convention territoriale', 'Tableau des dérogations', 'JSON Schema']) {
      expect(page).toContain(`>${category}<`);
    }
    // Every export of every entry in a category of docs/typedoc/categories.mjs: none left in TypeDoc's « Other ».
    const other = readdirSync(join(out, 'modules')).filter((f) => readFileSync(join(out, 'modules', f), 'utf8').includes('data-key="section-Other"'));
    expect(other).toEqual([]);
  });

  it('declares the language of each page and shows the landing heading once', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/<html\b[^>]*\blang="fr"/);
    expect(index.match(/<h1\b/g)?.length).toBe(1);
    const docs = readdirSync(join(out, 'documents'));
    const lang = (name: string): string | undefined => /<html\b[^>]*\blang="([a-z]+)"/.exec(readFileSync(join(out, 'documents', name), 'utf8'))?.[1];
    expect(lang(docs.find((d) => d.startsWith('Démarrer'))!)).toBe('fr');
    expect(lang(docs.find((d) => d.startsWith('Getting_started'))!)).toBe('en');
    expect(docs.filter((d) => lang(d) === 'en').length).toBeGreaterThanOrEqual(7);
    // The API pages are English; the French paragraph of each bilingual field comment says it is French.
    const pag = readFileSync(join(out, 'interfaces/_serafin-ph_pag-schema.Pag.html'), 'utf8');
    expect(pag).toMatch(/<html\b[^>]*\blang="en"/);
    expect(pag).toMatch(/<p lang="fr"><strong>Identifiant du PAG<\/strong> — Identifiant du PAG, unique pour la MDPH\.<\/p>\s*<p lang="en"><strong>PAG identifier<\/strong> — /);
    const unmarked = /<div class="tsd-comment tsd-typography"><p><strong>[^<]*<\/strong> — /;
    let marked = 0;
    for (const dir of ['interfaces', 'types']) {
      for (const f of readdirSync(join(out, dir))) {
        const html = readFileSync(join(out, dir, f), 'utf8');
        expect(unmarked.test(html), `${dir}/${f}: a bilingual comment without lang="fr"`).toBe(false);
        marked += html.match(/<p lang="fr"><strong>/g)?.length ?? 0;
      }
    }
    expect(marked).toBeGreaterThan(500);
  });

  it('ships the diagram renderer: no CDN in the site script, and the landing page diagram renders offline in Chromium', async () => {
    const custom = readFileSync(join(out, 'assets', 'custom.js'), 'utf8');
    expect(custom).not.toMatch(/https?:\/\//);
    expect(existsSync(join(out, 'assets', 'mermaid.min.js'))).toBe(true);
    const chromium = findChromium();
    if (chromium === undefined) return; // the browser-skip notice says so once
    const type = (f: string): string =>
      f.endsWith('.html') ? 'text/html; charset=utf-8' : f.endsWith('.css') ? 'text/css' : f.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    const routes = new Map<string, Served>([['/index.html', { body: readFileSync(join(out, 'index.html')), type: type('.html') }]]);
    for (const f of readdirSync(join(out, 'assets'))) routes.set(`/assets/${f}`, { body: readFileSync(join(out, 'assets', f)), type: type(f) });
    const server = await servePages(routes);
    const browser = await sharedBrowser(chromium);
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const outside: string[] = [];
      // Offline: any request that leaves the test server fails.
      await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : (outside.push(route.request().url()), route.abort())));
      await page.goto(`${server.origin}/index.html`);
      await page.waitForSelector('div.mermaid svg', { timeout: 30_000 });
      expect(await page.locator('div.mermaid svg').count()).toBeGreaterThan(0);
      expect(outside).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  }, 90_000);

  it('shows the PAG as a readable interface, every field in French then English, and the zod schema pages short', () => {
    const page = readFileSync(join(out, 'interfaces/_serafin-ph_pag-schema.Pag.html'), 'utf8');
    const text = page.replace(/<[^>]+>/g, '');
    for (const words of [
      'Identifiant du PAG — Identifiant du PAG, unique pour la MDPH.',
      'PAG identifier — Identifier of the PAG, unique within the MDPH.',
      'Motif de fin',
      'End reason',
    ]) {
      expect(text).toContain(words);
    }
    expect(text.indexOf('Identifiant du PAG —')).toBeLessThan(text.indexOf('PAG identifier —'));
    expect(page).not.toMatch(/z\.infer|ZodObject/);
    for (const part of ['Mdph', 'Engagement', 'Situation', 'ConventionTerritoriale', 'TableauDerogations', 'LigneDerogation']) {
      expect(existsSync(join(out, `interfaces/_serafin-ph_pag-schema.${part}.html`)), part).toBe(true);
    }
    const schemaPage = readFileSync(join(out, 'variables/_serafin-ph_pag-schema.PagSchema.html'), 'utf8');
    expect(schemaPage.length).toBeLessThan(20_000);
    expect(schemaPage).toContain('z.ZodObject&lt;…&gt;');
    expect(schemaPage).toMatch(/href="[^"]*interfaces\/_serafin-ph_pag-schema\.Pag\.html"/);
    expect(readFileSync(join(out, 'variables/_serafin-ph_pag-schema.DOCUMENT_SCHEMAS.html'), 'utf8').length).toBeLessThan(40_000);
  });

  it('lays the field tables of the PAG reference page beside the menus, never over them, and the rules index with every rule id on one line, at 1280, 1366 and 1440 px (Chromium; screenshots in .tmp/docs-tests)', async () => {
    const chromium = findChromium();
    if (chromium === undefined) return; // the browser-skip notice says so once
    const pageName = readdirSync(join(out, 'documents')).find((d) => d.startsWith('Plan_d’accompagnement_global'));
    expect(pageName).toBeDefined();
    const rulesName = readdirSync(join(out, 'documents')).find((d) => d.startsWith('Catalogue_des_règles_de_validation'));
    expect(rulesName).toBeDefined();
    const type = (f: string): string =>
      f.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : f.endsWith('.css')
          ? 'text/css'
          : f.endsWith('.js')
            ? 'text/javascript'
            : f.endsWith('.svg')
              ? 'image/svg+xml'
              : 'application/octet-stream';
    const routes = new Map<string, Served>(
      [pageName!, rulesName!].map((name) => [`/documents/${name}`, { body: readFileSync(join(out, 'documents', name)), type: type('.html') }]),
    );
    for (const f of readdirSync(join(out, 'assets'))) routes.set(`/assets/${f}`, { body: readFileSync(join(out, 'assets', f)), type: type(f) });
    const server = await servePages(routes);
    const browser = await sharedBrowser(chromium);
    mkdirSync(DOCS_TEST_OUTPUT, { recursive: true });
    // One page for the three widths, the page loaded again at each (a browser context and its renderer process each cost more).
    const page = await browser.newPage({ viewport: { width: LAYOUT_WIDTHS[0], height: 900 }, deviceScaleFactor: 1 });
    try {
      for (const width of LAYOUT_WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server.origin}/documents/${encodeURIComponent(pageName!)}`);
        await page.waitForLoadState('load');
        // TypeDoc hides the body (display: none) until its navigation is decoded or 500 ms have passed;
        // the load event can come first on a busy machine, and a hidden page measures every box at zero.
        // Wait for TypeDoc to show the page (a state, with a generous bound), not for a delay.
        await page.waitForFunction('document.body.style.display !== "none"', undefined, { timeout: 30_000 });
        // A string, not a function: the test runner's transform would add helpers the page does not have.
        const measured = (await page.evaluate(`(() => {
          const box = (what, e) => { const r = e.getBoundingClientRect(); return { what, left: Math.round(r.left + scrollX), top: Math.round(r.top + scrollY), right: Math.round(r.right + scrollX), bottom: Math.round(r.bottom + scrollY) }; };
          const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
          const all = [...document.querySelectorAll('.col-content table')];
          const tables = all.map((e, i) => box('table ' + (i + 1), e));
          const menus = [...document.querySelectorAll('.page-menu, .site-menu, .col-sidebar, .tsd-navigation')].filter(visible).map((e) => box(e.className.split(' ')[0], e));
          const scrolling = all.map((e, i) => (e.scrollWidth > e.clientWidth + 1 ? 'table ' + (i + 1) + ': ' + e.scrollWidth + ' > ' + e.clientWidth : '')).filter((x) => x !== '');
          const fieldTables = [...document.querySelectorAll('.col-content table.field-table')];
          const description = fieldTables.map((t) => t.querySelector('thead th:last-child').getBoundingClientRect().width / t.getBoundingClientRect().width).sort((a, b) => a - b);
          return { tables, menus, scrolling, fieldTables: fieldTables.length, descriptionShare: description[description.length >> 1] ?? 0 };
        })()`)) as { tables: Box[]; menus: Box[]; scrolling: string[]; fieldTables: number; descriptionShare: number };
        await page.screenshot({ path: join(DOCS_TEST_OUTPUT, `pag-reference-${width}.png`) });
        // The page has its field tables and TypeDoc shows its menus at this width: the check is not vacuous.
        expect(measured.tables.length, `${width} px`).toBeGreaterThan(10);
        expect(
          measured.menus.some((m) => m.what === 'page-menu'),
          `${width} px: page menu shown`,
        ).toBe(true);
        expect(overlaps(measured.tables, measured.menus), `${width} px`).toEqual([]);
        // The descriptions, the longest cells, get a readable column: in the median field table at least
        // 40 % of its width (the automatic layout gave them 31-37 %, 146-229 px at 1280 px).
        expect(measured.fieldTables, `${width} px`).toBe(measured.tables.length);
        expect(measured.descriptionShare, `${width} px`).toBeGreaterThanOrEqual(0.4);
        // From 1366 px they fit their column: nothing to scroll sideways (at 1280 px the two tables with
        // 26-character field names, DroitPrestation and MesureProtection, scroll inside the column).
        if (width >= 1366) expect(measured.scrolling, `${width} px`).toEqual([]);
        else expect(measured.scrolling.length, `${width} px`).toBeLessThanOrEqual(3);

        // The rules index, in the same page: every rule id whole on one line (TypeDoc's table cells let a
        // link break anywhere, PAG-CONSENTEMENT-011 came out as PAG-CONSENTEMENT- / 011 at 1280 px), the
        // table in its column without scrolling sideways, and the page without a horizontal scroll bar.
        await page.goto(`${server.origin}/documents/${encodeURIComponent(rulesName!)}`);
        await page.waitForLoadState('load');
        await page.waitForFunction('document.body.style.display !== "none"', undefined, { timeout: 30_000 });
        const rules = (await page.evaluate(`(() => {
          const table = document.querySelector('.col-content table');
          const ids = [...table.querySelectorAll('tbody td:first-child a')];
          const broken = ids.filter((a) => a.getClientRects().length !== 1).map((a) => a.textContent);
          const menu = document.querySelector('.page-menu').getBoundingClientRect();
          return {
            ids: ids.length,
            broken,
            tableScroll: table.scrollWidth - table.clientWidth,
            pageScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            tableRight: Math.round(table.getBoundingClientRect().right),
            menuLeft: Math.round(menu.left),
          };
        })()`)) as { ids: number; broken: string[]; tableScroll: number; pageScroll: number; tableRight: number; menuLeft: number };
        await page.screenshot({ path: join(DOCS_TEST_OUTPUT, `rules-index-${width}.png`) });
        expect(rules.ids, `${width} px`).toBeGreaterThan(100);
        expect(rules.broken, `${width} px: rule ids broken across lines`).toEqual([]);
        expect(rules.tableScroll, `${width} px: the rules index scrolls sideways`).toBeLessThanOrEqual(1);
        expect(rules.pageScroll, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(0);
        expect(rules.tableRight, `${width} px: the rules index runs under the page menu`).toBeLessThanOrEqual(rules.menuLeft);
      }
    } finally {
      await page.close();
      await server.close();
    }
  }, 90_000);
});
