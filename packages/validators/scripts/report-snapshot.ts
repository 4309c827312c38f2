/**
 * Writes `test/report-snapshot/report-snapshot.json`: one line per document
 * of the report corpus (every scenario, every invalid case, 2,000 generated
 * documents; see `test/report-snapshot/corpus.ts`) with the digest of its
 * French and English validation reports. `test/report-snapshot/report-snapshot.test.ts`
 * checks that the reports have not changed.
 *
 * Run it only when a change of the reports is deliberate (a new rule, a new
 * message, a new fixture or arbitrary), and commit the result with that
 * change: `pnpm snapshot:reports` at the repository root. Never from
 * `pnpm generate`: a refactoring must leave the snapshot as it is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, SNAPSHOT_FILE, snapshotLine } from '../test/report-snapshot/corpus.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const started = Date.now();
const lines: Record<string, string> = {};
for (const entry of corpus()) lines[entry.name] = snapshotLine(entry);
writeFileSync(join(root, SNAPSHOT_FILE), `${JSON.stringify(lines, null, 1)}\n`);
console.log(`${SNAPSHOT_FILE}: ${Object.keys(lines).length} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
