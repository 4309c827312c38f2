/**
 * `pnpm bench` suite: library throughput: `validate()` against bare Ajv, zod and `JSON.parse` (child `children/library.ts`).
 */
import { runJsonChild } from '../lib/programs.js';
import { fmt, table, log } from '../lib/report.js';
import type { Summary } from '../lib/stats.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `library` suite; pushes its ratios and results into the context. */
export async function librarySuite(context: BenchContext): Promise<void> {
  const { args, children, probe, ratios, results } = context;
  log(`· débit de la bibliothèque / library throughput (${args.reps} répétitions entrelacées / interleaved repetitions)`);
  type Lib = {
    corpus: string;
    sizes: { count: number; median: number; min: number; max: number };
    verdicts: Record<string, number>;
    contenders: Record<string, { perSecond: Summary; microsPerItem: number; megabytesPerSecond: number }>;
    ratios: Record<string, { median: number; min: number; max: number }>;
  };
  const r = (await runJsonChild(children['library'] as string, { reps: args.reps, growth: !args.quick, warmupMs: args.quick ? 800 : 2_000 }, probe)) as {
    clock?: string;
    realistic: Lib;
    generated: Lib;
    growth: {
      maxArrayLength: number;
      sizes: { median: number };
      microsPerDocument: Record<string, number>;
      validateVsAjv: { median: number };
      validateVsParse: { median: number };
    }[];
  };
  results['library'] = r;
  for (const lib of [r.realistic, r.generated]) {
    log(`  corpus ${lib.corpus}: ${lib.sizes.count} documents, médiane / median ${fmt(lib.sizes.median / 1024, 1)} Kio; verdicts ${JSON.stringify(lib.verdicts)}`);
    log(
      table([
        ['', 'documents/s', 'µs/doc', 'Mo/s / MB/s', 'min–max doc/s'],
        ...Object.entries(lib.contenders).map(([k, c]) => [
          k,
          fmt(c.perSecond.median, 0),
          fmt(c.microsPerItem, 1),
          fmt(c.megabytesPerSecond, 1),
          `${fmt(c.perSecond.min, 0)}–${fmt(c.perSecond.max, 0)}`,
        ]),
      ]).replace(/^/gm, '    '),
    );
  }
  const cond = (lib: Lib) =>
    `${lib.corpus} corpus, ${lib.sizes.count} PAG (${fmt(lib.sizes.min / 1024, 1)}–${fmt(lib.sizes.max / 1024, 1)} KiB, median ${fmt(lib.sizes.median / 1024, 1)}; ${fmt(lib.verdicts['issuesPerDocument'] ?? Number.NaN, 1)} issues per document), ${args.reps} interleaved reps, in-process, parsed objects, ${r.clock ?? 'wall'} time`;
  for (const lib of [r.realistic, r.generated]) {
    const a = lib.ratios['validateVsAjv'] as { median: number; min: number; max: number };
    const z = lib.ratios['validateVsZod'] as { median: number; min: number; max: number };
    // Generated documents carry ~36 issues each, whose messages Ajv (first error, none here) never builds.
    const ajvTarget = lib.corpus === 'generated' ? 0.8 : 1;
    ratios.push({
      id: `library.${lib.corpus}.vsAjv`,
      label: `validate() complet / bare Ajv (structure seule), corpus ${lib.corpus} / full validate() over bare Ajv (structure only)`,
      value: a.median,
      min: a.min,
      max: a.max,
      unit: '×',
      target: `≥ ${ajvTarget.toFixed(1)}×`,
      met: a.median >= ajvTarget,
      conditions: cond(lib),
    });
    ratios.push({
      id: `library.${lib.corpus}.vsZod`,
      label: `validate() complet / zod safeParse, corpus ${lib.corpus} / full validate() over zod safeParse`,
      value: z.median,
      min: z.min,
      max: z.max,
      unit: '×',
      target: lib.corpus === 'generated' ? 'mesuré / measured' : '≥ 2×',
      met: lib.corpus === 'generated' ? undefined : z.median >= 2,
      conditions: cond(lib),
    });
  }
  if (r.growth.length > 0) {
    log('  croissance avec la taille du document / growth with document size (documents générés / generated)');
    log(
      table([
        ['maxArrayLength', 'Kio médiane / median KiB', 'validate µs', 'ajv µs', 'zod µs', 'JSON.parse µs', 'validate/ajv'],
        ...r.growth.map((g) => [
          String(g.maxArrayLength),
          fmt(g.sizes.median / 1024, 1),
          fmt(g.microsPerDocument['serafin validate()'] ?? Number.NaN, 1),
          fmt(g.microsPerDocument['ajv (bare, first error)'] ?? Number.NaN, 1),
          fmt(g.microsPerDocument['zod safeParse'] ?? Number.NaN, 1),
          fmt(g.microsPerDocument['JSON.parse'] ?? Number.NaN, 1),
          fmt(g.validateVsAjv.median),
        ]),
      ]).replace(/^/gm, '    '),
    );
  }
}
