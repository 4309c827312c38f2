/**
 * Small statistics for noisy machines: medians and quantiles of repeated,
 * interleaved measurements, and ratios of paired samples.
 */

/** The `q` quantile (0…1) of `values`, by nearest rank on the sorted values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median (for an even count, the mean of the two middle values). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Summary of repeated samples. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** 25th and 75th percentiles. */
  readonly q1: number;
  readonly q3: number;
  readonly samples: readonly number[];
}

/** Summarises samples. */
export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    q1: quantile(samples, 0.25),
    q3: quantile(samples, 0.75),
    samples: samples.map((s) => Number(s.toPrecision(6))),
  };
}

/**
 * Ratio of two contenders measured side by side: the median of the ratios of
 * the samples taken in the same repetition (paired, so that a noisy neighbour
 * slowing one repetition down affects both), with the range of those ratios.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): { median: number; min: number; max: number } {
  const ratios = a.map((x, i) => x / (b[i] as number)).filter((r) => Number.isFinite(r));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** The order of `n` contenders in repetition `rep`: rotated each time, so none always runs first. */
export function rotation(n: number, rep: number): number[] {
  return Array.from({ length: n }, (_, i) => (i + rep) % n);
}
