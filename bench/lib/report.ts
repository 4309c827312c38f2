/**
 * What `pnpm bench` prints and records: one measured ratio with its target
 * and conditions, number formatting, aligned tables, progress lines on stderr.
 */

/** One figure of the summary: a ratio (or size, or latency) measured in this run, with its target and conditions. */
export interface Ratio {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly unit: string;
  readonly target: string;
  readonly met: boolean | undefined;
  readonly conditions: string;
}

/** A progress line on stderr (stdout stays free for machine-readable output). */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** A number with `digits` decimals (none from 100 up); `n/a` when not finite. */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n >= 100 ? n.toFixed(0) : n.toFixed(digits);
}

/** Rows as aligned columns (first column left-aligned, the others right-aligned). */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}
