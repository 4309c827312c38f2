import { defineConfig } from 'vitest/config';

/**
 * Tests run against the TypeScript sources: every workspace package exposes a
 * `@serafin-ph/source` export condition that points at `src/`, so no build is
 * needed before `vitest run`.
 */
const conditions = ['@serafin-ph/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@serafin-ph/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'scripts/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 60_000,
    // One line when the browser tests are skipped (no Chromium on the machine).
    globalSetup: ['scripts/lib/browser-skip-notice.ts'],
  },
});
