/**
 * `pnpm bench` suite: growth with batch size (100, 1,000 and `--files` files).
 */
import { join } from 'node:path';
import { writeFiles } from '../lib/datasets.js';
import { interleavedPrograms, type Program } from '../lib/programs.js';
import { fmt, table, log } from '../lib/report.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `batch` suite (skipped with `--quick`); pushes its results into the context. */
export async function batchSuite(context: BenchContext): Promise<void> {
  const { args, children, probe, corpus, serafin, results, filesDir, serafinArgs } = context;
  if (args.quick) return;
  log('· croissance avec la taille du lot / growth with batch size (serafin --jobs 1 et 2, boucle JSON.parse)');
  const rows: unknown[] = [];
  for (const count of [100, 1_000, args.files]) {
    const dir = count === args.files ? filesDir : join(args.dataDir, `pag-${count}`);
    if (count !== args.files) writeFiles(dir, count, corpus);
    const programs: Program[] = [
      { name: 'serafin --jobs 1', script: serafin, args: serafinArgs(1, dir), expectExit: 0 },
      { name: 'serafin --jobs 2', script: serafin, args: serafinArgs(2, dir), expectExit: 0 },
      { name: 'read + JSON.parse loop', script: children['parse-files'] as string, args: [dir], expectExit: 0 },
    ];
    const r = await interleavedPrograms(programs, 3, probe);
    rows.push({
      files: count,
      programs: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { seconds: v.seconds.median, msPerFile: (v.seconds.median * 1000) / count, ok: v.ok }])),
    });
  }
  results['batch'] = rows;
  log(
    table([
      ['fichiers / files', 'serafin -j1 s', 'ms/fichier', 'serafin -j2 s', 'ms/fichier', 'parse s', 'ms/fichier'],
      ...(rows as { files: number; programs: Record<string, { seconds: number; msPerFile: number }> }[]).map((row) => [
        String(row.files),
        ...['serafin --jobs 1', 'serafin --jobs 2', 'read + JSON.parse loop'].flatMap((k) => [
          fmt(row.programs[k]?.seconds ?? Number.NaN),
          fmt(row.programs[k]?.msPerFile ?? Number.NaN, 3),
        ]),
      ]),
    ]).replace(/^/gm, '    '),
  );
}
