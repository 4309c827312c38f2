import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerators, staleGeneratedFiles } from '../../../scripts/lib/generated-files.js';
import { pagSchemaGenerators } from '../scripts/generators/index.js';
import { DOCUMENT_TYPES, schemaFileName } from '../src/index.js';
import { packageRoot } from './package-root.js';

describe('generated files', async () => {
  const files = runGenerators(await pagSchemaGenerators());

  it('are up to date: regenerating changes nothing (run `pnpm generate` if this fails)', () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        ...DOCUMENT_TYPES.map((t) => `schemas/${schemaFileName(t)}`),
        ...DOCUMENT_TYPES.map((t) => `src/generated/json-schema-types/${t}.ts`),
        ...DOCUMENT_TYPES.map((t) => `../../docs/reference/schemas/${t}.md`),
        'src/generated/personal-data.ts',
        'src/generated/cnsa-2018-codes.ts',
      ]),
    );
    expect(staleGeneratedFiles(packageRoot, files)).toEqual([]);
  });

  it('say they are generated', () => {
    for (const f of files) {
      if (f.path.endsWith('.ts')) expect(f.content.startsWith('/*\n * GENERATED FILE, DO NOT EDIT.')).toBe(true);
      if (f.path.endsWith('.md')) expect(f.content.startsWith('<!-- GENERATED FILE, DO NOT EDIT.')).toBe(true);
      if (f.path.endsWith('.json')) expect(JSON.parse(f.content).$comment).toMatch(/^GENERATED FILE, DO NOT EDIT\./);
    }
  });

  it('are deterministic (two runs give the same bytes)', async () => {
    const again = runGenerators(await pagSchemaGenerators());
    expect(again).toEqual(files);
  });

  it('ship the published schemas byte for byte', () => {
    for (const t of DOCUMENT_TYPES) {
      const committed = readFileSync(join(packageRoot, 'schemas', schemaFileName(t)), 'utf8');
      expect(files.find((f) => f.path === `schemas/${schemaFileName(t)}`)?.content).toBe(committed);
    }
  });
});
