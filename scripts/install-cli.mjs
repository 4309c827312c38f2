#!/usr/bin/env node
// Installe la commande `serafin` sur ce poste depuis un clone du dépôt, en une
// commande : `node scripts/install-cli.mjs` (dépendances, construction,
// archive autonome serafin-ph-cli-<version>.tgz dans release/, puis
// `npm install --global` de cette archive, sans téléchargement).
// Option : `--prefix <dossier>` installe ailleurs que dans le préfixe global de npm.
//
// Installs the `serafin` command on this machine from a clone, in one command:
// dependencies, build, the self-contained tarball in release/, then
// `npm install --global` of that tarball (nothing downloaded).
//
// Plain Node, no dependency: it runs before `pnpm install`.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const win = process.platform === 'win32';
const args = process.argv.slice(2);
const prefixAt = args.indexOf('--prefix');
const prefix = prefixAt >= 0 ? args[prefixAt + 1] : undefined;
if (prefixAt >= 0 && (prefix === undefined || prefix.startsWith('-'))) {
  process.stderr.write('install-cli : --prefix demande un dossier / --prefix needs a folder\n');
  process.exit(2);
}
const unknown = args.filter((a, i) => a !== '--prefix' && i !== prefixAt + 1);
if (unknown.length > 0) {
  process.stderr.write(`install-cli : option inconnue ${unknown[0]} (seule --prefix <dossier> existe) / unknown option ${unknown[0]} (only --prefix <folder>)\n`);
  process.exit(2);
}

function step(label, command, commandArgs) {
  process.stdout.write(`\n▶ ${label}\n`);
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: win });
  if (r.error?.code === 'ENOENT' && command === 'pnpm') {
    process.stderr.write(
      'pnpm est introuvable : installez-le avec « npm install --global pnpm@10.34.9 » (ou « corepack enable »), puis relancez.\n' +
        'pnpm not found: install it with "npm install --global pnpm@10.34.9" (or "corepack enable"), then run this again.\n',
    );
    process.exit(1);
  }
  if (r.status !== 0) {
    process.stderr.write(`\n✗ échec / failed: ${command} ${commandArgs.join(' ')}\n`);
    process.exit(r.status ?? 1);
  }
}

step('pnpm install --frozen-lockfile', 'pnpm', ['install', '--frozen-lockfile']);
step('pnpm build', 'pnpm', ['build']);
step('archive autonome et installation globale / self-contained tarball and global install', 'pnpm', [
  'exec',
  'tsx',
  'scripts/release/cli-tarball.ts',
  '--install',
  ...(prefix !== undefined ? ['--prefix', resolve(prefix)] : []),
]);
