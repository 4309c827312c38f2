/**
 * Vitest sequencer: the test files that take longest start first, so that on
 * a 2-core machine the two workers finish together instead of one of them
 * running a long file alone at the end.
 *
 * Vitest's own order (files that failed, then the longest, from its cache of
 * the previous run; without a cache — a fresh clone — the largest files first)
 * misses the long files that are short on disk: a rule-violation acceptance
 * file is 9 lines and runs half a minute. The files of {@link LONG_FIRST} go
 * first, in that order (the file that starts a long child process first: its
 * process runs on one core while the other worker goes on), then every other
 * file in Vitest's order.
 *
 * Ordonnanceur des fichiers de test : les plus longs d'abord.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The long test files, longest or most parallel first (paths from the
 * repository root). A file missing here only runs later; a path that no longer
 * exists is ignored.
 */
export const LONG_FIRST: readonly string[] = [
  // TypeDoc of every package in a child process (about 20 s of CPU: two TypeScript programs), then Chromium
  'scripts/docs/build-site.test.ts',
  // Two TypeScript programs in the worker, the guides' samples and the type tests, sharing their package sources
  'scripts/lib/type-tests.test.ts',
  // The guides' samples run against the sources
  'scripts/docs/code-samples.test.ts',
  'packages/fixtures/test/rule-violations-pag-a.acceptance.test.ts',
  'packages/fixtures/test/rule-violations-pag-b.acceptance.test.ts',
  'packages/render/test/browser.test.ts',
  'packages/validators/test/report-snapshot/report-snapshot.test.ts',
  'packages/fhir/src/pag/round-trip.test.ts',
  'scripts/security/redos.test.ts',
  'packages/validators/test/structure-walker.test.ts',
  'packages/fixtures/test/rule-violations-structure.acceptance.test.ts',
  'packages/validators/test/fast-structure.test.ts',
  'packages/fixtures/test/valid-pag.acceptance.test.ts',
  'packages/validators/test/never-throws.test.ts',
  'packages/fhir/src/rules/decision-invariants.test.ts',
  'packages/fixtures/test/rule-violations-convention-tableau.acceptance.test.ts',
  'packages/cli/test/cli.e2e.test.ts',
  'packages/fixtures/test/zod-ajv-agreement.test.ts',
  'packages/cli/test/messages.e2e.test.ts',
  'packages/cli/test/attacks.e2e.test.ts',
  'packages/fixtures/test/valid-convention-tableau.acceptance.test.ts',
  'packages/cli/src/validate/worker-pool.test.ts',
  'scripts/release/changeset-version.test.ts',
  'packages/validator-page/test/browser.test.ts',
];

/** Long files first ({@link LONG_FIRST}), then Vitest's order. */
export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const root = spec.project.config.root.replace(/\/$/, '');
      const i = LONG_FIRST.indexOf(spec.moduleId.startsWith(`${root}/`) ? spec.moduleId.slice(root.length + 1) : spec.moduleId);
      return i === -1 ? LONG_FIRST.length : i;
    };
    // Array.prototype.sort is stable: files outside the list keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
