/**
 * Vitest global setup: when no Chromium is found, prints once, for the whole
 * run, the line saying the browser tests are skipped and how to enable them.
 */
import { findChromium, SKIP_LINE } from './browser-harness.js';

/** Runs once before the test files. */
export default function setup(): void {
  if (findChromium() === undefined) process.stderr.write(`${SKIP_LINE}\n`);
}
