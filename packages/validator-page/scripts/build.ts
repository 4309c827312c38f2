/**
 * Builds the validator page into a static folder (default `dist/`): the
 * page, its stylesheet and one script bundling the validators and the
 * renderer (no module loading, so the page also works opened from disk).
 * `buildValidatorPage()` is used by the documentation site and `pnpm bench`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { pageHtml } from '../src/page-html.js';
import { englishLayouts } from './english-layouts.js';

/** Absolute path of the package root. */
export const pageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = join(pageRoot, '..', '..');

/** Public address of the documentation site (links of the standalone folder). */
export const SITE_URL = 'https://serafin-ph.github.io/serafin-ph/';

/** One file of the built page. */
export interface PageFile {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** TypeDoc's file of a project document: its first heading, spaces as `_`. */
function documentFile(markdown: string): string {
  const title = /^# (.+)$/m.exec(readFileSync(join(REPO_ROOT, markdown), 'utf8'))?.[1];
  if (title === undefined) throw new Error(`${markdown}: no title`);
  return `documents/${title.trim().replace(/ /g, '_')}.html`;
}

/** The reference pages the issues link to. */
export function referencePages(base: string) {
  return {
    base,
    fields: {
      pag: documentFile('docs/reference/schemas/pag.md'),
      'convention-territoriale': documentFile('docs/reference/schemas/convention-territoriale.md'),
      'tableau-derogations': documentFile('docs/reference/schemas/tableau-derogations.md'),
    },
    rules: documentFile('docs/reference/regles.md'),
  };
}

/**
 * Builds the page into `outDir`. `siteBase` is where the documentation site's
 * pages are, seen from the page: `../` inside the site, the public address
 * for the standalone folder.
 */
export async function buildValidatorPage(outDir: string, siteBase: string = SITE_URL): Promise<PageFile[]> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(pageRoot, 'src/main.ts')],
    outfile: join(outDir, 'page.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@serafin-ph/source'],
    define: { __REFERENCE_PAGES__: JSON.stringify(referencePages(siteBase)), __ENGLISH_LAYOUTS__: JSON.stringify(englishLayouts()) },
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'index.html'), pageHtml(), 'utf8');
  copyFileSync(join(pageRoot, 'static/page.css'), join(outDir, 'page.css'));
  return ['index.html', 'page.css', 'page.js'].map((name) => {
    const content = readFileSync(join(outDir, name));
    return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--site-base');
  const siteBase = baseAt >= 0 ? args[baseAt + 1] : undefined;
  const out = args.find((a, i) => !a.startsWith('--') && i !== baseAt + 1) ?? join(pageRoot, 'dist');
  const files = await buildValidatorPage(out, siteBase ?? SITE_URL);
  for (const f of files) process.stdout.write(`${f.name}: ${(f.bytes / 1024).toFixed(1)} KiB (gzip ${(f.gzipBytes / 1024).toFixed(1)} KiB)\n`);
  process.stdout.write(`validator page written to ${out}\n`);
}
