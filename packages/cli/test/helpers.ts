/**
 * Test helpers: temporary folders of files, and a stand-in validate function
 * that reads its verdict from the document itself (for the core's unit tests;
 * the end-to-end tests use the real validators).
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction, ValidationIssue } from '../src/validate/validators-contract.js';

/** Creates a temporary folder with the given files (path → content); returns its path and a cleanup. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'serafin-cli-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A validate function for unit tests: `typeDocument` is read from the
 * document, and `issues` too when it is an array; valid when no issue is an
 * error.
 */
export const scriptedValidate: ValidateFunction = (document, options) => {
  const doc = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
  const type = options?.typeDocument ?? doc['typeDocument'];
  const issues = Array.isArray(doc['issues']) ? (doc['issues'] as ValidationIssue[]) : [];
  return {
    valid: !issues.some((i) => i.severity === 'error'),
    typeDocument: type === 'pag' || type === 'convention-territoriale' || type === 'tableau-derogations' ? type : null,
    issues,
  };
};

/** A document text for {@link scriptedValidate}. */
export function doc(type: string, ...issues: Partial<ValidationIssue>[]): string {
  return JSON.stringify({
    typeDocument: type,
    issues: issues.map((i, k) => ({ ruleId: `TEST-${k + 1}`, severity: 'error', path: '/x', message: 'problème', ...i })),
  });
}

/** Async iterable over fixed chunks (a fake stdin). */
export async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? new TextEncoder().encode(p) : p;
}

let probes = 0;

/**
 * A module to preload in a child process (`--import`, {@link PeakMemoryProbe.importUrl}) that writes the process's peak
 * resident memory (KiB) to a file of `dir` when the process exits, and the reader of that file. A synchronous file
 * write, not a line on stderr: a full CLI run once gave no `maxrss=` line at all (an e2e run on 3 December 2026).
 */
export function peakMemoryProbe(dir: string): PeakMemoryProbe {
  const n = ++probes;
  const out = join(dir, `peak-rss-${n}.txt`);
  const module = join(dir, `peak-rss-${n}.mjs`);
  writeFileSync(module, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  return {
    importUrl: pathToFileURL(module).href,
    read: () => {
      if (!existsSync(out)) throw new Error(`the child process wrote no peak memory to ${out} (its exit handler did not run)`);
      const kib = Number(readFileSync(out, 'utf8'));
      if (!Number.isInteger(kib) || kib <= 0) throw new Error(`unreadable peak memory in ${out}`);
      return kib;
    },
  };
}

/** See {@link peakMemoryProbe}. */
export interface PeakMemoryProbe {
  /** The `file:` URL to pass to `node --import`. */
  readonly importUrl: string;
  /** The peak resident memory (KiB) the child process wrote when it exited; throws when it wrote none. */
  readonly read: () => number;
}
