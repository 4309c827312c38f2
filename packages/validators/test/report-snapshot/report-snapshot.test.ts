/**
 * Validation reports stay what they were: the French and English reports of
 * every scenario, every invalid case and 2,000 generated documents are
 * compared with the committed digests of `report-snapshot.json`. A
 * refactoring must not change a single one; a deliberate change of behaviour
 * (a rule, a message, a fixture, an arbitrary) regenerates the snapshot with
 * `pnpm snapshot:reports` and commits it with the change.
 *
 * The thorough mode (`SERAFIN_TEST_THOROUGH=1`, `.ci/run`) checks all 2,000
 * generated documents; the everyday run checks every scenario, every invalid
 * case and one generated document in {@link EVERYDAY_STRIDE} of each family
 * (`…/0000`, `…/0004`, …: every rule violation keeps one document), about
 * 18 s of CPU less on a 2-core machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { THOROUGH } from '../../../../scripts/lib/property-runs.js';
import { corpus, REGENERATE_COMMAND, SNAPSHOT_FILE, snapshotLine } from './corpus.js';

const packageRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const snapshot = JSON.parse(readFileSync(join(packageRoot, SNAPSHOT_FILE), 'utf8')) as Record<string, string>;

const advice =
  `If this change of the validation reports is deliberate (a rule, a message, a fixture or an arbitrary changed), ` +
  `regenerate the snapshot with \`${REGENERATE_COMMAND}\` at the repository root and commit packages/validators/${SNAPSHOT_FILE} with the change. ` +
  `If it is not (a refactoring), the change altered what validate() reports: the names below say on which documents.`;

/** The everyday run checks the generated documents whose number is a multiple of this (all of them in the thorough mode). */
const EVERYDAY_STRIDE = 4;

/** Whether a corpus entry is checked in this run: every scenario and invalid case; generated documents by stride every day. */
function checkedThisRun(name: string): boolean {
  if (THOROUGH || name.startsWith('scenario/') || name.startsWith('invalid-case/')) return true;
  return Number(name.slice(name.lastIndexOf('/') + 1)) % EVERYDAY_STRIDE === 0;
}

function show(list: readonly string[]): string {
  return list.slice(0, 15).join('\n  ') + (list.length > 15 ? `\n  … and ${list.length - 15} more` : '');
}

describe('validation reports are unchanged (report snapshot)', () => {
  const all = corpus();

  it('the corpus and the snapshot name the same documents', () => {
    const names = new Set(all.map((e) => e.name));
    const missing = [...names].filter((n) => !(n in snapshot));
    const extra = Object.keys(snapshot).filter((n) => !names.has(n));
    expect(missing, `${advice}\nNot in the snapshot:\n  ${show(missing)}`).toEqual([]);
    expect(extra, `${advice}\nIn the snapshot, no longer in the corpus:\n  ${show(extra)}`).toEqual([]);
  });

  const generated = all.filter((e) => !e.name.startsWith('scenario/') && !e.name.startsWith('invalid-case/')).length;
  const checked = all.filter((e) => checkedThisRun(e.name));
  const checkedGenerated = checked.length - (all.length - generated);

  it(`every report is the same, in French and in English (${checked.length} documents: the scenarios, the invalid cases and ${checkedGenerated} of the ${generated} generated)`, () => {
    expect(generated).toBeGreaterThanOrEqual(2_000);
    expect(checkedGenerated).toBeGreaterThanOrEqual(THOROUGH ? generated : generated / EVERYDAY_STRIDE - 1);
    const changed: string[] = [];
    for (const entry of checked) {
      const line = snapshotLine(entry);
      const before = snapshot[entry.name];
      if (before !== undefined && line !== before) changed.push(`${entry.name}\n    before: ${before}\n    now:    ${line}`);
    }
    expect(changed.length, `${advice}\nReports changed on ${changed.length} document(s):\n  ${show(changed)}`).toBe(0);
  });
});
