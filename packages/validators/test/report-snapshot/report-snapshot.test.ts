/**
 * Validation reports stay what they were: the French and English reports of
 * every scenario, every invalid case and 2,000 generated documents are
 * compared with the committed digests of `report-snapshot.json`. A
 * refactoring must not change a single one; a deliberate change of behaviour
 * (a rule, a message, a fixture, an arbitrary) regenerates the snapshot with
 * `pnpm snapshot:reports` and commits it with the change.
 *
 * Every run checks all 2,000 generated documents, the everyday one as the
 * thorough one (a few seconds: no reduced count from
 * `scripts/lib/property-runs.ts` is needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpus, REGENERATE_COMMAND, SNAPSHOT_FILE, snapshotLine } from './corpus.js';

const packageRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const snapshot = JSON.parse(readFileSync(join(packageRoot, SNAPSHOT_FILE), 'utf8')) as Record<string, string>;

const advice =
  `If this change of the validation reports is deliberate (a rule, a message, a fixture or an arbitrary changed), ` +
  `regenerate the snapshot with \`${REGENERATE_COMMAND}\` at the repository root and commit packages/validators/${SNAPSHOT_FILE} with the change. ` +
  `If it is not (a refactoring), the change altered what validate() reports: the names below say on which documents.`;

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

  it(`every report is the same, in French and in English (${all.length} documents: the scenarios, the invalid cases and ${generated} generated)`, () => {
    expect(generated).toBeGreaterThanOrEqual(2_000);
    const changed: string[] = [];
    for (const entry of all) {
      const line = snapshotLine(entry);
      const before = snapshot[entry.name];
      if (before !== undefined && line !== before) changed.push(`${entry.name}\n    before: ${before}\n    now:    ${line}`);
    }
    expect(changed.length, `${advice}\nReports changed on ${changed.length} document(s):\n  ${show(changed)}`).toBe(0);
  });
});
