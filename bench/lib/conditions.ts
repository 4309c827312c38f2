/**
 * The conditions of a run, printed beside every figure: Node and V8 versions,
 * processor, cores, memory, load, commit, versions of the competitors.
 *
 * Conditions de mesure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

/** Installed version of a package (read from its package.json). */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** What the machine and the software are. */
export interface Conditions {
  readonly date: string;
  readonly node: string;
  readonly v8: string;
  readonly platform: string;
  readonly cpu: string;
  /** Cores the process may use (`os.availableParallelism()`). */
  readonly cores: number;
  readonly memoryGiB: number;
  /** 1-minute load average when the run started (other tenants of a shared machine). */
  readonly loadAtStart: number;
  readonly commit: string;
  /** True when the working tree had uncommitted changes. */
  readonly dirty: boolean;
  readonly versions: Readonly<Record<string, string>>;
}

/** Reads the conditions now. */
export function readConditions(): Conditions {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAtStart: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    commit: git(['rev-parse', '--short=12', 'HEAD']),
    dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    versions: Object.fromEntries(
      ['@serafin-ph/validators', '@serafin-ph/cli', '@serafin-ph/nomenclature', 'ajv', 'ajv-cli', 'ajv-formats', 'zod', 'fast-check'].map((p) => [p, packageVersion(p)]),
    ),
  };
}

/** One line per condition, for the console. */
export function describeConditions(c: Conditions): string[] {
  return [
    `Node ${c.node} (V8 ${c.v8}), ${c.platform}`,
    `${c.cores} cœurs / cores — ${c.cpu} — ${c.memoryGiB} GiB; charge au départ / load at start: ${c.loadAtStart}`,
    `commit ${c.commit}${c.dirty ? ' (modifications non commitées / uncommitted changes)' : ''}, ${c.date}`,
    `versions: ${Object.entries(c.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
}
