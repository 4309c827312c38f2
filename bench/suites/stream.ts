/**
 * `pnpm bench` suite: `serafin validate` on an NDJSON stream against a `JSON.parse`-only pass, peak memory,
 * and the same command without `validate()` (what the CLI costs by itself on a stream).
 */
import { join } from 'node:path';
import { writeNdjson } from '../lib/datasets.js';
import { cpuSpeedup, interleavedPrograms, speedup, withoutValidationRatios, type Program } from '../lib/programs.js';
import { fmt, table, log } from '../lib/report.js';
import type { BenchContext } from '../lib/context.js';

/** A second thread, every thread reading its own byte ranges of the file, whatever the defaults choose. */
const RANGES = 'serafin --jobs 2, byte ranges (forced)';

/** `serafin validate --jobs 1` with `validate()` replaced by a constant answer (bench/children/cli-without-validation.ts). */
const WITHOUT_VALIDATION = 'serafin validate --jobs 1, no validate()';

/** Measures the `stream` suite; pushes its ratios and results into the context. */
export async function streamSuite(context: BenchContext): Promise<void> {
  const { args, children, probe, corpus, serafin, ratios, results, serafinArgs, date } = context;
  const file = join(args.dataDir, `pag-${args.streamMiB}MiB.ndjson`);
  const written = await writeNdjson(file, args.streamMiB * 2 ** 20, corpus);
  results['streamDataset'] = { file, ...written };
  log(`· flux NDJSON / NDJSON stream: ${written.documents} documents, ${fmt(written.bytes / 2 ** 20, 0)} Mio (${args.cliReps} répétitions / repetitions)`);
  const programs: Program[] = [
    { name: 'serafin validate --jobs 1', script: serafin, args: serafinArgs(1, file), expectExit: 0 },
    { name: 'serafin validate --jobs 2', script: serafin, args: serafinArgs(2, file), expectExit: 0 },
    { name: 'JSON.parse-only pass', script: children['parse-ndjson'] as string, args: [file], expectExit: 0 },
    // whatever the defaults choose: every thread reads its own byte ranges of the file
    { name: RANGES, script: children['validate-ndjson'] as string, args: [file, date, '2', 'ranges'], expectExit: 0 },
    // what the CLI costs by itself on a stream (splitting, decoding, duplicate keys, JSON.parse, reporting), as in the cli suite
    { name: WITHOUT_VALIDATION, script: children['cli-without-validation'] as string, args: serafinArgs(1, file), expectExit: 0 },
  ];
  const r = await interleavedPrograms(programs, args.cliReps, probe);
  results['stream'] = { documents: written.documents, bytes: written.bytes, programs: r };
  log(
    table([
      ['', 's (médiane / median)', 's CPU', 'Mo/s / MB/s', 'documents/s', 'Mio max / peak MiB'],
      ...Object.entries(r).map(([k, v]) => [
        k,
        fmt(v.seconds.median),
        fmt(v.cpuSeconds.median),
        fmt(written.bytes / 1e6 / v.seconds.median, 0),
        fmt(written.documents / v.seconds.median, 0),
        fmt(v.maxRssMiB.max, 0),
      ]),
    ]).replace(/^/gm, '    '),
  );
  const cond = `NDJSON of ${written.documents} realistic PAG, ${fmt(written.bytes / 2 ** 20, 0)} MiB, end to end, ${args.cliReps} interleaved reps`;
  for (const jobs of [1, 2]) {
    const name = `serafin validate --jobs ${jobs}`;
    const p = speedup(r, name, 'JSON.parse-only pass');
    ratios.push({
      id: `stream.jobs${jobs}.vsParse`,
      label: `NDJSON : serafin --jobs ${jobs} / passe JSON.parse seule / JSON.parse-only pass`,
      value: p.median,
      min: p.min,
      max: p.max,
      unit: '×',
      target: jobs === 1 ? '≥ 0.8×' : 'mesuré / measured',
      met: jobs === 1 ? p.median >= 0.8 : undefined,
      conditions: cond,
    });
    const c = cpuSpeedup(r, name, 'JSON.parse-only pass');
    ratios.push({
      id: `stream.jobs${jobs}.vsParse.cpu`,
      label: `NDJSON : serafin --jobs ${jobs} / passe JSON.parse seule / JSON.parse-only pass, temps CPU / CPU time`,
      value: c.median,
      min: c.min,
      max: c.max,
      unit: '×',
      target: 'mesuré / measured',
      met: undefined,
      conditions: `${cond}; CPU time of each process (user + system, every thread)`,
    });
    const rss = r[name]?.maxRssMiB.max ?? Number.NaN;
    ratios.push({
      id: `stream.jobs${jobs}.peakRss`,
      label: `NDJSON : mémoire maximale / peak RSS, serafin --jobs ${jobs}`,
      value: rss,
      unit: 'MiB',
      target: '< 150 MB (143 MiB)',
      met: rss * 2 ** 20 < 150e6,
      conditions: `${cond}; highest of the repetitions`,
    });
  }
  // The split of the --jobs 1 target: what the CLI costs without validate() against the parse-only
  // pass, and the share of validate() in the command's CPU time.
  ratios.push(
    ...withoutValidationRatios(r, {
      id: 'stream',
      labelPrefix: 'NDJSON : ',
      command: 'serafin validate --jobs 1',
      without: WITHOUT_VALIDATION,
      floor: 'JSON.parse-only pass',
      withoutVsFloorLabel: 'serafin sans validate() / without validate() / passe JSON.parse seule, temps CPU',
      cond,
    }),
  );
  const ranges = speedup(r, RANGES, 'serafin validate --jobs 1');
  const rangesCpu = cpuSpeedup(r, RANGES, 'serafin validate --jobs 1');
  ratios.push({
    id: 'stream.rangesScaling',
    label: '--jobs 2 par plages d’octets / by byte ranges, forcé / forced, vs --jobs 1 (NDJSON)',
    value: ranges.median,
    min: ranges.min,
    max: ranges.max,
    unit: '×',
    target: 'mesuré / measured (ce qui choisit le défaut / what the default is chosen on)',
    met: undefined,
    conditions: `${cond}; runValidate with ndjsonRangesFrom 0 (bench/children/validate-ndjson.ts); CPU-time ratio ${fmt(rangesCpu.median)}×; peak ${fmt(r[RANGES]?.maxRssMiB.max ?? Number.NaN, 0)} MiB`,
  });
  const scale = speedup(r, 'serafin validate --jobs 2', 'serafin validate --jobs 1');
  // The target is set on 1 GiB: a smaller stream is over before a worker's copy of the validators pays back its compilation.
  const oneGiB = written.bytes >= 2 ** 30 * 0.99;
  ratios.push({
    id: 'stream.jobsScaling',
    label: '--jobs 2 / --jobs 1 (NDJSON)',
    value: scale.median,
    min: scale.min,
    max: scale.max,
    unit: '×',
    target: oneGiB ? '≥ 1.4× (on 1 GiB)' : '≥ 1.4× on 1 GiB (--stream-mb 1024); here measured',
    met: oneGiB ? scale.median >= 1.4 : undefined,
    conditions: cond,
  });
}
