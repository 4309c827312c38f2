/**
 * Programs measured end to end by `pnpm bench`: fresh Node processes run in
 * turn (order rotated each repetition), wall time and peak RSS, ratios
 * paired by repetition; and the in-process suites run as one child printing
 * a JSON line.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode, type ChildRun } from './child.js';
import { fmt, log } from './report.js';
import { pairedRatio, rotation, summarize, type Summary } from './stats.js';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs an in-process suite child with its JSON parameter and returns the JSON line it printed last. */
export async function runJsonChild(script: string, param: unknown, probe: string): Promise<unknown> {
  const run = await runNode(script, [JSON.stringify(param)], { probe, captureStdout: true, nodeOptions: ['--max-old-space-size=4096'] });
  if (run.exitCode !== 0) throw new Error(`${relative(ROOT, script)} exited with ${run.exitCode}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as unknown;
}

/** A program measured end to end. */
export interface Program {
  readonly name: string;
  readonly script: string;
  readonly args: readonly string[];
  /** Exit code expected (a different one invalidates the measure). */
  readonly expectExit: number;
}

/** Wall times, CPU times and peak RSS of one program over the repetitions. */
export interface ProgramResult {
  readonly seconds: Summary;
  /** CPU time (user + system, every thread) of each run, in seconds. */
  readonly cpuSeconds: Summary;
  readonly maxRssMiB: Summary;
  readonly exitCodes: readonly (number | null)[];
  readonly ok: boolean;
}

/** Runs programs in turn (order rotated each repetition), `reps` times each, after one untimed run each. */
export async function interleavedPrograms(programs: readonly Program[], reps: number, probe: string): Promise<Record<string, ProgramResult>> {
  const runs: Record<string, ChildRun[]> = Object.fromEntries(programs.map((p) => [p.name, [] as ChildRun[]]));
  for (const p of programs) await runNode(p.script, p.args, { probe, cwd: ROOT }); // warm the page cache and the compile cache
  for (let rep = 0; rep < reps; rep++) {
    for (const i of rotation(programs.length, rep)) {
      const p = programs[i] as Program;
      const run = await runNode(p.script, p.args, { probe, cwd: ROOT });
      (runs[p.name] as ChildRun[]).push(run);
      log(
        `    ${p.name}: ${fmt(run.ms / 1000)} s, ${fmt(run.cpuSeconds ?? Number.NaN)} s CPU, ${fmt(run.maxRssMiB ?? Number.NaN, 0)} MiB${run.exitCode === p.expectExit ? '' : ` — code de sortie / exit code ${run.exitCode} (attendu / expected ${p.expectExit})`}`,
      );
    }
  }
  return Object.fromEntries(
    programs.map((p) => {
      const r = runs[p.name] as ChildRun[];
      return [
        p.name,
        {
          seconds: summarize(r.map((x) => x.ms / 1000)),
          cpuSeconds: summarize(r.map((x) => x.cpuSeconds ?? Number.NaN)),
          maxRssMiB: summarize(r.map((x) => x.maxRssMiB ?? Number.NaN)),
          exitCodes: r.map((x) => x.exitCode),
          ok: r.every((x) => x.exitCode === p.expectExit),
        },
      ];
    }),
  );
}

/** Ratio of throughputs of `a` over `b` from wall times, paired by repetition (b's time / a's time). */
export function speedup(results: Record<string, ProgramResult>, a: string, b: string): { median: number; min: number; max: number } {
  return pairedRatio(results[b]?.seconds.samples ?? [], results[a]?.seconds.samples ?? []);
}

/** {@link speedup} from the CPU times (b's CPU time / a's CPU time, paired by repetition). */
export function cpuSpeedup(results: Record<string, ProgramResult>, a: string, b: string): { median: number; min: number; max: number } {
  return pairedRatio(results[b]?.cpuSeconds.samples ?? [], results[a]?.cpuSeconds.samples ?? []);
}
