// Prints the line `N passed, N failed` from vitest's JSON report.
// A test file that fails before running any test (import error, type error)
// counts as one failure, so a broken file can never look green.
// Usage: node scripts/ci-summary.mjs <report.json> [extra-failures]
import { existsSync, readFileSync } from 'node:fs';

const [, , file = '.vitest.json', extra = '0'] = process.argv;
let passed = 0;
let failed = Number(extra) || 0;
if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    const failedInside = (suite.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (suite.status === 'failed' && failedInside === 0) failed += 1;
  }
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
