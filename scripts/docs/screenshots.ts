/**
 * `pnpm screenshots`: the pictures of the guide « Lire et imprimer un PAG » —
 * a rendered PAG (with its timetable) and the validator page after checking
 * a valid and an invalid file — taken in Debian's Chromium, written to
 * `docs/images/`. Run it by hand after a visible change; the files are
 * committed (the tests never write them).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarios, examplePag } from '@serafin-ph/fixtures';
import { renderPag } from '@serafin-ph/render';
import { buildValidatorPage } from '../../packages/validator-page/scripts/build.js';
import { findChromium, launchChromium, servePages, type Served } from '../lib/browser-harness.js';
import { REPO_ROOT } from './repo.js';

const chromium = findChromium();
if (chromium === undefined) throw new Error('Chromium not found (apt-get install -y chromium, or SERAFIN_CHROMIUM)');
const out = join(REPO_ROOT, 'docs/images');
const pageDir = mkdtempSync(join(tmpdir(), 'serafin-shots-'));
await buildValidatorPage(pageDir, '../');
const pag = scenarios.find((s) => s.id === 'ase-itep-sessad')!.document();
const routes = new Map<string, Served>([
  ['/pag.html', { body: renderPag(pag, { includePersonalData: true }), type: 'text/html; charset=utf-8' }],
  ...['index.html', 'page.css', 'page.js'].map(
    (f) =>
      [
        `/validateur/${f}`,
        { body: readFileSync(join(pageDir, f)), type: f.endsWith('.html') ? 'text/html; charset=utf-8' : f.endsWith('.css') ? 'text/css' : 'text/javascript' },
      ] as const,
  ),
]);
const server = await servePages(routes);
const browser = await launchChromium(chromium);
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/pag.html`);
  await page.screenshot({ path: join(out, 'rendu-pag.png') });
  await page.locator('figure.edt').screenshot({ path: join(out, 'rendu-pag-emploi-du-temps.png') });
  await page.goto(`${server.origin}/validateur/index.html`);
  await page.setInputFiles('#fichiers', [
    { name: 'pag-valide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(examplePag())) },
    { name: 'pag-sans-consentement.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...examplePag(), consentement: {} })) },
  ]);
  await page.locator('article[data-verdict="invalid"]').waitFor();
  await page.screenshot({ path: join(out, 'page-de-validation.png'), fullPage: false });
  process.stdout.write(`screenshots written to ${out}\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(pageDir, { recursive: true, force: true });
}
