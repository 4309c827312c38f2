/**
 * Programs measured end to end by `pnpm bench`: fresh Node processes run in
 * turn (order rotated each repetition), wall time and peak RSS, ratios
 * paired by repetition; and the in-process suites run as one child printing
 * a JSON line.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode, type ChildRun } from './child.js';
import { fmt, log, type Ratio } from './report.js';
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

/** The programs and words of {@link withoutValidationRatios}. */
export interface WithoutValidation {
  /** Prefix of the ratio ids (`cli`, `stream`). */
  readonly id: string;
  /** Prefix of the labels (`''`, `'NDJSON : '`). */
  readonly labelPrefix: string;
  /** Name of the real command (`serafin validate --jobs 1`). */
  readonly command: string;
  /** Name of the command with validate() replaced by a constant answer. */
  readonly without: string;
  /** Name of the floor it is compared with, and how the label says it (French / English). */
  readonly floor: string;
  readonly withoutVsFloorLabel: string;
  /** Conditions of the run. */
  readonly cond: string;
}

/**
 * The two ratios that split a CLI target: what the command costs without
 * validate() against the floor (CPU), and the share of validate() in the real
 * command's CPU time (`1 − CPU(without) / CPU(command)`, paired by repetition).
 */
export function withoutValidationRatios(results: Record<string, ProgramResult>, w: WithoutValidation): Ratio[] {
  const own = cpuSpeedup(results, w.without, w.floor);
  const share = cpuSpeedup(results, w.command, w.without);
  return [
    {
      id: `${w.id}.withoutValidation.vsParse.cpu`,
      label: `${w.labelPrefix}${w.withoutVsFloorLabel}`,
      value: own.median,
      min: own.min,
      max: own.max,
      unit: '×',
      target: 'mesuré / measured',
      met: undefined,
      conditions: `${w.cond}; validate() replaced by a constant answer (bench/children/cli-without-validation.ts); CPU time of each process`,
    },
    {
      id: `${w.id}.validationShare.cpu`,
      label: `${w.labelPrefix}part de validate() dans le temps CPU / share of validate() in CPU time (--jobs 1)`,
      value: 1 - share.median,
      min: 1 - share.max,
      max: 1 - share.min,
      unit: '',
      target: 'mesuré / measured',
      met: undefined,
      conditions: `${w.cond}; 1 − CPU(without validate()) / CPU(--jobs 1), paired by repetition`,
    },
  ];
}
