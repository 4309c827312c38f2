/**
 * Real-browser harness of the page tests: Debian's Chromium driven by
 * playwright-core, a loopback HTTP server for the pages, and the checks every
 * page must pass — no console error, no Content-Security-Policy violation
 * (with a deliberate-violation probe to prove the check sees them), no
 * request outside the pages served, and axe-core (WCAG 2.1 AA) clean.
 *
 * Banc d'essai navigateur : Chromium réel, serveur local, sondes CSP, réseau,
 * console et axe-core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

/** Where Chromium is looked for (`SERAFIN_CHROMIUM` first). */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium executable to use, or `undefined` when none is installed. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['SERAFIN_CHROMIUM'];
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((c) => existsSync(c));
}

/** The one line printed (by the Vitest global setup `browser-skip-notice.ts`) when the browser tests are skipped. */
export const SKIP_LINE =
  'Tests navigateur ignorés : Chromium introuvable (apt-get install -y chromium, ou SERAFIN_CHROMIUM=/chemin/vers/chromium) / browser tests skipped: no Chromium found (apt-get install -y chromium, or set SERAFIN_CHROMIUM).';

/** A file the test server answers with. */
export interface Served {
  readonly body: string | Uint8Array;
  readonly type: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A loopback HTTP server of fixed routes. */
export interface PageServer {
  readonly origin: string;
  /** Paths requested, in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

/** Serves `routes` on 127.0.0.1 (a free port); anything else is a 404. */
export async function servePages(routes: ReadonlyMap<string, Served>): Promise<PageServer> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requested.push(path);
    const route = routes.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...route.headers }).end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The script of the deliberate violation probe: runtime code generation, which a strict CSP blocks. */
export const CSP_PROBE_SCRIPT = "try { new Function('return 1')(); } catch (e) { /* blocked, as it must be */ }\n";

/** Chromium flags: headless, as root, and no background traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-first-run',
  '--no-pings',
  '--metrics-recording-only',
];

/** What was observed while a page was open. */
export interface PageObservations {
  readonly consoleErrors: string[];
  readonly cspViolations: string[];
  /** Requests to anything but the test server (blocked), as URLs. */
  readonly foreignRequests: string[];
}

/**
 * Forgets what was observed so far, so that one observed page can be reused
 * for several documents (a `goto` per check instead of a browser context per
 * check: each context costs a renderer process, about 0.2 CPU-second). The
 * CSP violations need no reset: they are recorded by each document itself.
 */
export function clearObservations(seen: PageObservations): void {
  seen.consoleErrors.length = 0;
  seen.cspViolations.length = 0;
  seen.foreignRequests.length = 0;
}

/** The source of axe-core, to evaluate in a page. */
export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

type Page = import('playwright-core').Page;
type Browser = import('playwright-core').Browser;

/** Launches Chromium. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Opens a page that records console errors, CSP violations (from the page's
 * own `securitypolicyviolation` events, listened for before any page script
 * runs) and every request that does not go to `origin` (those are aborted).
 */
export async function openObservedPage(browser: Browser, origin: string): Promise<{ page: Page; seen: PageObservations; violations: () => Promise<string[]> }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const seen: PageObservations = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => seen.consoleErrors.push(String(e)));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:srcdoc') await route.continue();
    else {
      seen.foreignRequests.push(url);
      await route.abort();
    }
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = async (): Promise<string[]> => {
    const all: string[] = [];
    for (const frame of page.frames()) all.push(...((await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])) as string[]));
    return all;
  };
  return { page, seen, violations };
}

/** A WCAG 2.1 AA violation found by axe-core, summarised. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns its violations. */
export async function runAxe(page: Page, source: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP does not apply to the checker itself.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
