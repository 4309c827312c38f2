/**
 * The validators' sources at a git revision, for the tools that measure an
 * old revision beside the working tree (`pnpm bench:compare`, `pnpm bench:cold`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/**
 * Extracts `packages/validators/src` and the package's manifest (its `imports`,
 * `#pag-structure`…, resolve the sources' subpath imports) at `revision` into
 * `dir`, emptied first, plus the paths of `extra`. `dir` should lie inside the
 * repository tree, so that bare imports resolve to the workspace packages;
 * `tarFile` is where the archive is written on the way.
 */
export function extractValidatorsAt(root: string, revision: string, dir: string, tarFile: string, extra: readonly string[] = []): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['archive', '-o', tarFile, revision, 'packages/validators/src', 'packages/validators/package.json', ...extra], { cwd: root });
  execFileSync('tar', ['-xf', tarFile, '-C', dir]);
}
