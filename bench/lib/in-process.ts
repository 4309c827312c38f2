/**
 * In-process comparisons: each contender processes the same documents in
 * batches of about the same duration, the contenders taking turns (order
 * rotated every repetition), after a warm-up that lets the JIT settle.
 *
 * Batches are timed in CPU time of the process (user + system, every thread:
 * the garbage collector's and the compiler's helpers included), not wall
 * time: on a shared machine a process waiting for a core is not charged for
 * the wait, which would otherwise land on whichever contender was running.
 * `BENCH_CLOCK=wall` times them by the wall clock instead.
 */
import { pairedRatio, rotation, summarize, type Summary } from './stats.js';

/** A contender: processes one item. */
export interface Contender<T> {
  readonly name: string;
  readonly run: (item: T) => unknown;
}

/** Throughput of each contender, items per second, one sample per repetition. */
export type Samples = Record<string, number[]>;

let sink = 0;
function consume(x: unknown): void {
  // Keeps the results alive so that no call can be optimised away.
  if (x === sink) sink++;
}

/** The clock batches are timed with (see the module comment). */
export const CLOCK: 'cpu' | 'wall' = process.env['BENCH_CLOCK'] === 'wall' ? 'wall' : 'cpu';

/** Milliseconds on {@link CLOCK}. */
function now(): number {
  if (CLOCK === 'wall') return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function pass<T>(c: Contender<T>, items: readonly T[], passes: number): number {
  const start = now();
  for (let p = 0; p < passes; p++) for (const item of items) consume(c.run(item));
  return now() - start;
}

/**
 * Measures the contenders on `items`: `reps` interleaved repetitions of
 * batches of about `batchMs` each, after `warmupMs` of warm-up per contender
 * (large functions reach V8's optimising compiler only after thousands of
 * calls: the first ones run several times slower).
 */
export function interleaved<T>(contenders: readonly Contender<T>[], items: readonly T[], reps: number, batchMs = 120, warmupMs = 2_000): Samples {
  const passes = contenders.map((c) => {
    let ms = 0;
    while (ms < warmupMs) ms += pass(c, items, 1);
    // Calibration on the warm code.
    let n = 0;
    let calibration = 0;
    while (calibration < 100 || n < 2) {
      calibration += pass(c, items, 1);
      n++;
    }
    return Math.max(1, Math.round(batchMs / (calibration / n)));
  });
  const samples: Samples = Object.fromEntries(contenders.map((c) => [c.name, [] as number[]]));
  for (let rep = 0; rep < reps; rep++) {
    for (const i of rotation(contenders.length, rep)) {
      const c = contenders[i] as Contender<T>;
      const n = passes[i] as number;
      const ms = pass(c, items, n);
      (samples[c.name] as number[]).push((n * items.length * 1000) / ms);
    }
  }
  return samples;
}

/** Summary of one contender: items per second, and the derived µs per item. */
export interface ThroughputSummary {
  readonly perSecond: Summary;
  /** Median microseconds per item. */
  readonly microsPerItem: number;
}

/** Summaries of every contender. */
export function summarizeSamples(samples: Samples): Record<string, ThroughputSummary> {
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => {
      const perSecond = summarize(s);
      return [name, { perSecond, microsPerItem: 1e6 / perSecond.median }];
    }),
  );
}

/** Throughput ratio of `a` over `b` (paired by repetition). */
export function throughputRatio(samples: Samples, a: string, b: string): { median: number; min: number; max: number } {
  return pairedRatio(samples[a] ?? [], samples[b] ?? []);
}
