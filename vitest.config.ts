import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import LongFirstSequencer from './scripts/lib/test-sequencer.js';

/**
 * Tests run against the TypeScript sources: every workspace package exposes a
 * `@serafin-ph/source` export condition that points at `src/`, so no build is
 * needed before `vitest run`.
 */
const conditions = ['@serafin-ph/source', 'module', 'node', 'import', 'default'];

/**
 * The test files that run each in a fresh process (`isolate: true`), apart from the others' shared workers. The
 * engine-pollution test writes about 1,500 enumerable members on `Object.prototype` at once. In a shared worker it took
 * 5 to 8 s in most runs and 52 s in one (same commit, runs one after the other; 19 s and a time-out in earlier
 * sessions); the cause was not found (its polluted loops are synchronous, so the runner does not run inside them: most
 * likely the engine's code as the worker's earlier files left it optimised). In a fresh process: 4.9 to 6.4 s in every
 * run so far.
 */
const FRESH_PROCESS = ['packages/validators/src/prototype-pollution-engine.property.test.ts'];
const include = ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@serafin-ph/source'] } },
  test: {
    // The type tests (*.test-d.ts) are checked by scripts/lib/type-tests.test.ts, beside the other files:
    // Vitest's typecheck mode runs them alone after every other file.
    testTimeout: 60_000,
    // Speed on a 2-core machine (issue 19 §4). Each worker process runs many files and keeps the
    // modules it imported (no isolation: the sources, the precompiled validators and the fixtures
    // are imported once per worker instead of once per file, half the CPU of the small files); no
    // test file mocks modules or changes globals for the next one. Two workers even on two cores
    // (Vitest's default is one fewer than the cores): the main process is mostly idle, and many
    // files wait on a child process (TypeDoc, tsc, the CLI, Chromium). The longest files start
    // first (scripts/lib/test-sequencer.ts).
    pool: 'forks',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongFirstSequencer },
    // One line when the browser tests are skipped (no Chromium on the machine); the CLI builds of the
    // end-to-end workers removed at the end.
    globalSetup: ['scripts/lib/browser-skip-notice.ts', 'scripts/lib/e2e-builds-teardown.ts'],
    // The files of each project (a project that extends this configuration adds its arrays to this one's: the files are
    // named in the projects only).
    projects: [
      { extends: true, test: { name: 'shared', include, exclude: [...configDefaults.exclude, ...FRESH_PROCESS] } },
      { extends: true, test: { name: 'fresh-process', include: FRESH_PROCESS, isolate: true } },
    ],
  },
});
