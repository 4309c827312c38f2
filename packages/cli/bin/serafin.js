#!/usr/bin/env node
// The `serafin` command's committed launcher: it exists before any build, so
// that `pnpm install` can link it, and runs the built command (dist/cli.js).
// Lanceur versionné de la commande `serafin` : il existe avant toute
// construction (pnpm install peut le lier) et lance la commande construite.
import { existsSync } from 'node:fs';

const target = new URL('../dist/cli.js', import.meta.url);
if (existsSync(target)) {
  await import(target.href);
} else {
  const fr = (process.env.SERAFIN_LANG ?? 'fr').toLowerCase() !== 'en';
  process.stderr.write(
    fr
      ? 'serafin : la commande n’est pas encore construite (dist/cli.js absent). Depuis le dépôt, lancez « pnpm build » ou « node scripts/install-cli.mjs ».\n'
      : 'serafin: the command is not built yet (dist/cli.js missing). From the repository, run "pnpm build" or "node scripts/install-cli.mjs".\n',
  );
  process.exitCode = 2;
}
