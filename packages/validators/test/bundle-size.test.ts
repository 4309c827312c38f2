/**
 * Size budgets of the per-document entry points, measured by bundling the
 * sources with esbuild (minified ESM, platform-neutral, gzip level 6) — what a
 * browser form that validates one document type ships. Sizes, not timings.
 * `pnpm bench --only size` reports the same figures.
 */
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: join(packageRoot, 'src'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@serafin-ph/source'],
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const KiB = 1024;
const PAG_ID = 'schemas/1.1.0/pag.schema.json';
const CONVENTION_ID = 'schemas/1.1.0/convention-territoriale.schema.json';
const TABLE_ID = 'schemas/1.1.0/tableau-derogations.schema.json';

describe('per-document entry points', () => {
  it('./pag carries the PAG checks only, under its budget (measured 88.6 KiB with the 1.1 decision, prestation and timetable rules and fields, 77.7 KiB before; the 45 KiB target for a one-type form is not met yet)', async () => {
    const code = await bundle("export * from './pag.ts';");
    expect(code).toContain(PAG_ID);
    expect(code).not.toContain(CONVENTION_ID);
    expect(code).not.toContain(TABLE_ID);
    // The rule catalogue's documentation texts stay out (they are in the main entry's RULES).
    expect(code).not.toContain('Les objets sont stricts');
    // 110 KiB since the 1.1 person-side fields (projet de vie, aidants, lieu de vie, consent details) joined the rights fields: the compiled structure checks grow with the schema.
    expect(gzipSync(code).length).toBeLessThan(110 * KiB);
  }, 60_000);
  it('./convention carries the convention (and its embedded table rules), not the PAG', async () => {
    const code = await bundle("export * from './convention.ts';");
    expect(code).toContain(CONVENTION_ID);
    expect(code).not.toContain(PAG_ID);
    expect(gzipSync(code).length).toBeLessThan(56 * KiB);
  }, 60_000);
  it('./tableau-derogations carries the table only', async () => {
    const code = await bundle("export * from './tableau-derogations.ts';");
    expect(code).toContain(TABLE_ID);
    expect(code).not.toContain(PAG_ID);
    expect(code).not.toContain(CONVENTION_ID);
    expect(gzipSync(code).length).toBeLessThan(37 * KiB);
  }, 60_000);
  it('validatePag imported from the main entry tree-shakes to the same checks as ./pag', async () => {
    const code = await bundle("export { validatePag } from './index.ts';");
    expect(code).toContain(PAG_ID);
    expect(code).not.toContain(CONVENTION_ID);
    expect(code).not.toContain(TABLE_ID);
  }, 60_000);
});
