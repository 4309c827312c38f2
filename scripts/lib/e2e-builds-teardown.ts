/**
 * Vitest global setup whose teardown, at the end of the run, removes the
 * builds of the `serafin` binary that the end-to-end tests' worker processes
 * left in `packages/cli/.tmp/` (Vitest stops its workers with SIGTERM, before
 * their exit handlers run).
 */
import { removeStaleBuilds } from '../../packages/cli/test/built-cli.js';

/** Nothing before the test files; the teardown after them. */
export default function setup(): () => void {
  return () => removeStaleBuilds(true);
}
