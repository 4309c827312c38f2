/**
 * `pnpm test:install`: the documented install route, as a new user runs it.
 *
 * 1. Copies the repository's tracked files into a temporary folder (no
 *    `node_modules`, no `dist`: a fresh clone).
 * 2. Runs the one documented command, `node scripts/install-cli.mjs`, with
 *    `--prefix` pointing into the temporary folder (the machine's global
 *    prefix is left alone), and checks that `pnpm install` printed no warning
 *    (no "Failed to create bin", no "cyclic workspace dependencies").
 * 3. From another temporary folder, outside any repository, calls `serafin`
 *    through the `PATH`: `--help`, `--version`, `validate` on a copied
 *    example, `nomenclature lookup`, `schema pag`.
 *
 * Le parcours d'installation documenté, de bout en bout, dans un dossier
 * temporaire ; `serafin` est ensuite appelé hors du dépôt.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../docs/repo.js';
import { copyRepository } from './workspace-copy.js';

/** Lines of `pnpm install`'s output that the route must never print. */
export const FORBIDDEN_INSTALL_OUTPUT = [/Failed to create bin/i, /cyclic workspace dependencies/i, /\bWARN\b/, /Warning/, /Ignored build scripts/i];

interface Ran {
  status: number | null;
  out: string;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Ran {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function check(label: string, ok: boolean, detail: string): void {
  if (!ok) throw new Error(`${label}\n${detail}`);
  process.stdout.write(`install-route: ✓ ${label}\n`);
}

function main(argv: readonly string[]): number {
  const keep = argv.includes('--keep');
  const clone = copyRepository({ linkNodeModules: false });
  const outside = mkdtempSync(join(tmpdir(), 'serafin-outside-'));
  try {
    const prefix = join(outside, 'prefix');
    const installed = run(process.execPath, ['scripts/install-cli.mjs', '--prefix', prefix], clone.dir);
    check('node scripts/install-cli.mjs', installed.status === 0, installed.out);
    const install = installed.out.split('▶ pnpm build')[0] ?? '';
    const bad = install.split('\n').filter((line) => FORBIDDEN_INSTALL_OUTPUT.some((re) => re.test(line)));
    check('pnpm install prints no warning', bad.length === 0, bad.join('\n'));

    const work = join(outside, 'dossier-mdph');
    mkdirSync(work);
    const examples = join(REPO_ROOT, 'packages/fixtures/data/examples');
    const example = readdirSync(examples).find((f) => f.endsWith('.json'));
    if (example === undefined) throw new Error('no example to validate');
    copyFileSync(join(examples, example), join(work, example));
    const bin = process.platform === 'win32' ? prefix : join(prefix, 'bin');
    const env = { PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, SERAFIN_LANG: 'fr' };
    const serafin = (...args: string[]): Ran => {
      const r = spawnSync('serafin', args, { cwd: work, encoding: 'utf8', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const help = serafin('--help');
    check('serafin --help (outside the repository)', help.status === 0 && /serafin validate/.test(help.out), help.out);
    const version = serafin('--version');
    check('serafin --version', version.status === 0 && /^\d+\.\d+\.\d+/.test(version.out.trim()), version.out);
    const validated = serafin('validate', example);
    check(`serafin validate ${example}`, validated.status === 0, validated.out);
    const lookup = serafin('nomenclature', 'lookup', '2.3.3.1');
    check('serafin nomenclature lookup 2.3.3.1', lookup.status === 0 && lookup.out.includes('vie d’élève'), lookup.out);
    const schema = serafin('schema', 'pag');
    check('serafin schema pag', schema.status === 0 && schema.out.includes('"$schema"'), schema.out.slice(0, 500));
    process.stdout.write(`install-route: all checks passed${keep ? ` (kept in ${clone.dir} and ${outside})` : ''}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`install-route: FAILED ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    if (!keep) {
      clone.dispose();
      rmSync(outside, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
