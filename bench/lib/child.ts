/**
 * Runs a program in a child process and measures it end to end: wall time
 * from spawn to exit (process start included, as a user sees it) and peak
 * resident memory, reported by a preloaded probe for Node programs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Outcome of one run. */
export interface ChildRun {
  /** Wall time in milliseconds. */
  readonly ms: number;
  /** Peak resident set size in MiB (`process.resourceUsage().maxRSS` of the child), when the probe reported it. */
  readonly maxRssMiB: number | undefined;
  /**
   * CPU time of the child in seconds (user + system, all its threads), when the
   * probe reported it: on a machine shared with other processes, less
   * dependent on the others' load than the wall time.
   */
  readonly cpuSeconds: number | undefined;
  readonly exitCode: number | null;
  /** Last bytes of standard output (the children of the bench print one JSON line). */
  readonly stdout: string;
}

/** Options of {@link runNode}. */
export interface RunNodeOptions {
  /** Bundled probe module (`children/rss-probe.ts`) to preload. */
  readonly probe: string;
  /** Extra options for node itself. */
  readonly nodeOptions?: readonly string[];
  readonly cwd?: string;
  /** Keep standard output (else discarded, like a redirection to /dev/null). */
  readonly captureStdout?: boolean;
}

/** Runs `node [nodeOptions] --import probe script ...args`. */
export function runNode(script: string, args: readonly string[], options: RunNodeOptions): Promise<ChildRun> {
  const dir = mkdtempSync(join(os.tmpdir(), 'serafin-bench-rss-'));
  const rssFile = join(dir, 'rss');
  const argv = [...(options.nodeOptions ?? []), '--import', pathToFileURL(options.probe).href, script, ...args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, argv, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', options.captureStdout === true ? 'pipe' : 'ignore', 'ignore'],
    });
    let stdout = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout = (stdout + chunk).slice(-65536);
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const ms = performance.now() - start;
      let maxRssMiB: number | undefined;
      let cpuSeconds: number | undefined;
      try {
        const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ');
        maxRssMiB = Number(rss) / 1024;
        cpuSeconds = cpu === undefined ? undefined : Number(cpu) / 1e6;
      } catch {
        maxRssMiB = undefined;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, maxRssMiB, cpuSeconds, exitCode, stdout });
    });
  });
}
