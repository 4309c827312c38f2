import { describe, expect, it } from 'vitest';
import { runGenerators, staleGeneratedFiles } from '../../../scripts/lib/generated-files.js';
import { generators, packageRoot } from '../scripts/generators/index.js';
import { FHIR_RULES } from '../src/index.js';

describe('generated files of @serafin-ph/fhir', () => {
  const files = runGenerators(generators);
  it('the rule catalogue is up to date (run `pnpm generate` if this fails)', () => {
    expect(staleGeneratedFiles(packageRoot, files)).toEqual([]);
  });
  it('documents every rule id once', () => {
    const page = files[0]!.content;
    for (const r of FHIR_RULES) expect(page.split(`id="${r.id.toLowerCase()}"`).length - 1, r.id).toBe(1);
  });
});
