/**
 * The practical floor of batch validation: read every `.json` file of a
 * folder (name order) and `JSON.parse` it, nothing else. Exit code 2 when a
 * file does not parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: parse-files <folder>');
let documents = 0;
let failed = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.json')) continue;
  try {
    JSON.parse(readFileSync(join(dir, name), 'utf8'));
    documents++;
  } catch {
    failed++;
  }
}
process.stdout.write(`${JSON.stringify({ documents, failed })}\n`);
process.exitCode = failed > 0 ? 2 : 0;
