/**
 * Every rule of the catalogue is tested with a passing and a failing document:
 * each has a `describeRule('<id>', …)` block (the helper itself requires both
 * kinds of case), except two checks no document can trigger with the current
 * schemas (listed in UNREACHABLE with the reason).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/index.js';
import { packageRoot } from '../scripts/generators/index.js';

const UNREACHABLE = new Map([
  ['STRUCTURE-INTERNE', 'raised only if the validator itself fails; no document triggers it'],
  ['STRUCTURE-AUTRE', 'the published schemas use no keyword outside the mapped ones; unit-tested on a synthetic Ajv error (src/structure/structure.test.ts)'],
]);

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...testFiles(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

describe('rule coverage', () => {
  const sources = [...testFiles(join(packageRoot, 'src')), ...testFiles(join(packageRoot, 'test'))].map((f) => readFileSync(f, 'utf8')).join('\n');
  const tested = new Set([...sources.matchAll(/describeRule\('([A-Z0-9-]+)'/g)].map((m) => m[1] as string));

  it.each(RULES.map((r) => r.id))('%s has a describeRule block with passing and failing documents', (id) => {
    if (UNREACHABLE.has(id)) return;
    // option problems are reported apart (optionIssues): their tests are in structure.test.ts
    if (id === 'OPTIONS-INVALIDES') return expect(sources).toContain("describe('OPTIONS-INVALIDES (reported apart, in optionIssues)'");
    expect(tested.has(id), `describeRule('${id}', …) missing`).toBe(true);
  });

  it('tests no unknown rule id', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect([...tested].filter((id) => !ids.has(id))).toEqual([]);
  });
});
