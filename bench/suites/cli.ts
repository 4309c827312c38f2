/**
 * `pnpm bench` suite: `serafin validate` on a directory of files against `ajv-cli` and a read + `JSON.parse` loop, `--jobs 1` and `2`,
 * and the same command without `validate()` (what the CLI costs by itself).
 */
import { cpuSpeedup, interleavedPrograms, speedup, withoutValidationRatios, type Program } from '../lib/programs.js';
import { fmt, table, log } from '../lib/report.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `cli` suite; pushes its ratios and results into the context. */
export async function cliSuite(context: BenchContext): Promise<void> {
  const { args, children, probe, serafin, ajvCli, pagSchema, ratios, results, filesDir, serafinArgs } = context;
  log(`· CLI sur ${args.files} fichiers / CLI on ${args.files} files (${args.cliReps} répétitions entrelacées / interleaved repetitions)`);
  const programs: Program[] = [
    { name: 'serafin validate --jobs 1', script: serafin, args: serafinArgs(1, filesDir), expectExit: 0 },
    { name: 'serafin validate --jobs 2', script: serafin, args: serafinArgs(2, filesDir), expectExit: 0 },
    {
      name: 'ajv-cli validate',
      script: ajvCli,
      args: ['validate', '--spec=draft2020', '--strict=false', '-c', 'ajv-formats', '-s', pagSchema, '-d', `${filesDir}/*.json`],
      expectExit: 0,
    },
    { name: 'read + JSON.parse loop', script: children['parse-files'] as string, args: [filesDir], expectExit: 0 },
    { name: 'serafin validate, no validate()', script: children['cli-without-validation'] as string, args: serafinArgs(1, filesDir), expectExit: 0 },
  ];
  const r = await interleavedPrograms(programs, args.cliReps, probe);
  results['cli'] = { files: args.files, programs: r };
  log(
    table([
      ['', 's (médiane / median)', 's CPU', 'fichiers/s / files/s', 'Mio max / peak MiB', 'codes'],
      ...Object.entries(r).map(([k, v]) => [
        k,
        fmt(v.seconds.median),
        fmt(v.cpuSeconds.median),
        fmt(args.files / v.seconds.median, 0),
        fmt(v.maxRssMiB.median, 0),
        [...new Set(v.exitCodes)].join(','),
      ]),
    ]).replace(/^/gm, '    '),
  );
  const cond = `${args.files} files (copies of the realistic corpus), end to end (process start included), warm page cache, ${args.cliReps} interleaved reps, output to /dev/null`;
  for (const jobs of [1, 2]) {
    const s = speedup(r, `serafin validate --jobs ${jobs}`, 'ajv-cli validate');
    ratios.push({
      id: `cli.jobs${jobs}.vsAjvCli`,
      label: `serafin validate --jobs ${jobs} / ajv-cli (structure seule / structure only)`,
      value: s.median,
      min: s.min,
      max: s.max,
      unit: '×',
      target: '≥ 1.3×',
      met: s.median >= 1.3,
      conditions: cond,
    });
    const p = speedup(r, `serafin validate --jobs ${jobs}`, 'read + JSON.parse loop');
    ratios.push({
      id: `cli.jobs${jobs}.vsParse`,
      label: `serafin validate --jobs ${jobs} / boucle lecture + JSON.parse / read + JSON.parse loop`,
      value: p.median,
      min: p.min,
      max: p.max,
      unit: '×',
      target: '≥ 0.5×',
      met: p.median >= 0.5,
      conditions: cond,
    });
    // The same ratios from CPU time (user + system, every thread): on a shared machine the wall
    // time depends on the others' load, the CPU time much less (the targets stay on wall time).
    for (const [ref, label] of [
      ['ajv-cli validate', 'ajv-cli'],
      ['read + JSON.parse loop', 'boucle lecture + JSON.parse / read + JSON.parse loop'],
    ] as const) {
      const c = cpuSpeedup(r, `serafin validate --jobs ${jobs}`, ref);
      ratios.push({
        id: `cli.jobs${jobs}.${ref === 'ajv-cli validate' ? 'vsAjvCli' : 'vsParse'}.cpu`,
        label: `serafin validate --jobs ${jobs} / ${label}, temps CPU / CPU time`,
        value: c.median,
        min: c.min,
        max: c.max,
        unit: '×',
        target: 'mesuré / measured',
        met: undefined,
        conditions: `${cond}; CPU time of each process (user + system, every thread)`,
      });
    }
  }
  // What the CLI costs by itself (listing, reading, decoding, duplicate keys, JSON.parse, reporting)
  // against the floor, and the share of the real command's CPU time that validate() takes (its
  // compiler warm-up included): the part of the gap the CLI can close and the part it cannot.
  ratios.push(
    ...withoutValidationRatios(r, {
      id: 'cli',
      labelPrefix: '',
      command: 'serafin validate --jobs 1',
      without: 'serafin validate, no validate()',
      floor: 'read + JSON.parse loop',
      withoutVsFloorLabel: 'serafin validate sans validate() / without validate() / boucle lecture + JSON.parse, temps CPU',
      cond,
    }),
  );
  const scale = speedup(r, 'serafin validate --jobs 2', 'serafin validate --jobs 1');
  ratios.push({
    id: 'cli.jobsScaling',
    label: '--jobs 2 / --jobs 1 (fichiers / files)',
    value: scale.median,
    min: scale.min,
    max: scale.max,
    unit: '×',
    target: '≥ 1.0× (never slower: workers only where they pay)',
    met: scale.median >= 1,
    conditions: cond,
  });
}
