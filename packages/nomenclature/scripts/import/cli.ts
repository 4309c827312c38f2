/**
 * Command line of the terminology importer.
 *
 *   pnpm import:terminology [--origin "<where the files were taken>"] [--changeset <file> | --no-changeset] <files…>
 *
 * Prints the review diff and writes a changeset draft (default
 * `.changeset/terminology-import.md`). Exit code 0 on success, 1 when a file
 * is refused (nothing is guessed), 2 on a usage error.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changesetDraft } from './changeset-draft.js';
import { ImportError } from './fhir-resources.js';
import { importTerminology } from './import-terminology.js';
import { formatListDiff } from './review-diff.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repoRoot = join(packageRoot, '..', '..');

function main(argv: readonly string[]): number {
  const files: string[] = [];
  let origin: string | undefined;
  let changeset: string | null = join(repoRoot, '.changeset', 'terminology-import.md');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--origin' || a === '--changeset') {
      const v = argv[++i];
      if (v === undefined) {
        process.stderr.write(`${a} needs a value\n`);
        return 2;
      }
      if (a === '--origin') origin = v;
      else changeset = resolve(process.env['INIT_CWD'] ?? process.cwd(), v);
    } else if (a === '--no-changeset') changeset = null;
    else if (a === '--') (files.push(...argv.slice(i + 1)), (i = argv.length));
    else if (a.startsWith('-')) {
      process.stderr.write(`unknown option ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write('usage: pnpm import:terminology [--origin "<source>"] [--changeset <file> | --no-changeset] <files…>\n');
    return 2;
  }
  try {
    const result = importTerminology({ packageRoot, files, cwd: process.env['INIT_CWD'] ?? process.cwd(), ...(origin !== undefined ? { origin } : {}) });
    for (const d of result.diffs) process.stdout.write(`${formatListDiff(d)}\n`);
    for (const w of result.warnings) process.stdout.write(`warning: ${w}\n`);
    process.stdout.write(result.changedFiles.length === 0 ? 'No file changed.\n' : `Written:\n${result.changedFiles.map((f) => `  ${f}\n`).join('')}`);
    const draft = changesetDraft(result.diffs);
    if (draft !== undefined && changeset !== null) {
      writeFileSync(changeset, draft);
      process.stdout.write(`Changeset draft: ${changeset}\nNext: pnpm generate, then review the draft.\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      process.stderr.write(`import refused: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
