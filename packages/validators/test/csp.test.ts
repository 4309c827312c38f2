import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../scripts/generators/index.js';

describe('under node --disallow-code-generation-from-strings (strict CSP)', () => {
  // The default form (generated fast check) and the browser builds' form (`#pag-structure`… resolved under the
  // `browser` condition: the fast check read from the validation table, the PAG facts' patterns walked as data), the one a
  // page under a strict CSP loads.
  it.each([
    ['the default form', [], 'structure/pag-structure.ts', 'facts/pag-fact-walk.ts'],
    ['the browser form', ['--conditions=browser'], 'structure/pag-structure-browser.ts', 'facts/pag-fact-walk-browser.ts'],
  ])('validates documents with %s, no code generated at run time', (_form, conditions, structureModule, factWalkModule) => {
    const out = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--conditions=@serafin-ph/source', ...conditions, '--import', 'tsx', join(packageRoot, 'test/fixtures/csp-check.ts')],
      { cwd: packageRoot, encoding: 'utf8', timeout: 60_000 },
    );
    const result = JSON.parse(out.trim().split('\n').pop() as string) as {
      codeGenerationBlocked: boolean;
      structure: string;
      factWalk: string;
      results: { valid: boolean; type: string | null; errors: string[] }[];
    };
    // The flag is really in force in the child: new Function throws.
    expect(result.codeGenerationBlocked).toBe(true);
    expect(result.structure.endsWith(`/src/${structureModule}`)).toBe(true);
    expect(result.factWalk.endsWith(`/src/${factWalkModule}`)).toBe(true);
    expect(result.results.map((r) => [r.type, r.valid])).toEqual([
      ['pag', true],
      ['convention-territoriale', true],
      ['tableau-derogations', true],
      ['pag', false],
      [null, false],
      ['pag', false],
    ]);
    expect(result.results[3]?.errors).toContain('PAG-CODES-002');
    expect(result.results[3]?.errors).toContain('STRUCTURE-VALEUR');
  });
});
