/**
 * pnpm hooks of the repository.
 *
 * `beforePacking`: the manifest written into a tarball (`pnpm pack`, and so
 * `pnpm publish` and `changeset publish`, which pack through it) leaves out
 * the `scripts` field — the monorepo's commands (`generate`, `build`,
 * `test:build`…) mean nothing to a user and would run from nowhere. The
 * package.json in the repository is left as it is; the rest of the manifest
 * is packed as pnpm writes it (workspace ranges rewritten). Checked on the
 * packed tarballs by `pnpm smoke` (scripts/release/pack-check.ts).
 *
 * pnpm records a checksum of this file in pnpm-lock.yaml (`pnpmfileChecksum`):
 * after editing it, run `pnpm install` once so that the lockfile follows
 * (`--frozen-lockfile` refuses a stale checksum).
 *
 * Le manifeste des archives publiées ne porte pas le champ `scripts` du dépôt.
 */
'use strict';

module.exports = {
  hooks: {
    beforePacking(manifest) {
      const { scripts: _scripts, ...packed } = manifest;
      return packed;
    },
  },
};
