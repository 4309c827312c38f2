/**
 * `pnpm bench` suite: `checkFhir` on TDDUI-like bundles and on bulk FHIR NDJSON (child `children/fhir.ts`).
 */
import { runJsonChild } from '../lib/programs.js';
import { fmt, table, log } from '../lib/report.js';
import type { Summary } from '../lib/stats.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `fhir` suite; pushes its ratios and results into the context. */
export async function fhirSuite(context: BenchContext): Promise<void> {
  const { args, children, probe, ratios, results } = context;
  log(`· vérification FHIR / FHIR checking (${args.reps} répétitions entrelacées / interleaved repetitions)`);
  type Range = { median: number; min: number; max: number };
  const r = (await runJsonChild(children['fhir'] as string, { reps: args.reps, ndjsonMiB: args.quick ? 16 : 64, warmupMs: args.quick ? 800 : 2_000 }, probe)) as {
    bundles: { count: number; resourcesPerBundle: number; bytesPerBundle: number; contenders: Record<string, { perSecond: Summary; resourcesPerSecond: number }>; ratio: Range };
    bulk: { mebibytes: number; lines: number; linesPerSecond: number; parseOnlyMs: number; checkedMs: number; ratio: Range };
    maxRssMiB: number;
  };
  results['fhir'] = r;
  log(
    table([
      ['', 'bundles/s', 'ressources/s / resources/s'],
      ...Object.entries(r.bundles.contenders).map(([k, c]) => [k, fmt(c.perSecond.median, 0), fmt(c.resourcesPerSecond, 0)]),
    ]).replace(/^/gm, '    '),
  );
  log(
    `    NDJSON bulk ${fmt(r.bulk.mebibytes, 1)} Mio / MiB, ${r.bulk.lines} lignes / lines: ${fmt(r.bulk.linesPerSecond, 0)} lignes/s / lines/s, ${fmt(r.bulk.ratio.median)}× JSON.parse seul / alone; pic mémoire / peak memory ${fmt(r.maxRssMiB, 0)} Mio / MiB`,
  );
  ratios.push({
    id: 'fhir.bundles.vsParse',
    label: 'checkFhir(JSON.parse) / JSON.parse des mêmes octets, bundles TDDUI / of the same bytes, TDDUI-like bundles',
    value: r.bundles.ratio.median,
    min: r.bundles.ratio.min,
    max: r.bundles.ratio.max,
    unit: '×',
    target: 'mesuré / measured',
    met: undefined,
    conditions: `${r.bundles.count} bundles (ANS TDDUI example + 0–19 prestation tasks, ${fmt(r.bundles.resourcesPerBundle, 1)} resources, ${fmt(r.bundles.bytesPerBundle / 1024, 1)} KiB on average), in-process, ${args.reps} interleaved reps`,
  });
  ratios.push({
    id: 'fhir.bulk.vsParse',
    label: 'NDJSON bulk FHIR vérifié / passe JSON.parse seule / checked bulk FHIR NDJSON over a JSON.parse-only pass',
    value: r.bulk.ratio.median,
    min: r.bulk.ratio.min,
    max: r.bulk.ratio.max,
    unit: '×',
    target: '≥ 0.5×',
    met: r.bulk.ratio.median >= 0.5,
    conditions: `${fmt(r.bulk.mebibytes, 1)} MiB, ${r.bulk.lines} resources one per line, in-process, peak RSS ${fmt(r.maxRssMiB, 0)} MiB`,
  });
}
