/**
 * `pnpm bench`: builds what it measures, builds the datasets from the
 * fixtures with fixed inputs, runs the suites of `bench/suites/` (every
 * performance ratio the docs quote, measured side by side: interleaved
 * repetitions, medians), prints them with their conditions, then writes
 * `bench/results/latest.json`.
 *
 * Usage: pnpm bench [--quick] [--no-build] [--files 10000] [--stream-mb 256]
 *                   [--reps 15] [--cli-reps 5] [--only library,fhir,cli,…] [--data-dir DIR] [--out FILE]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describeConditions, readConditions } from './lib/conditions.js';
import { SUITES, type BenchContext, type Suite } from './lib/context.js';
import { realisticCorpus, referenceDate, SCHEMAS_DIR, sizes, writeFiles } from './lib/datasets.js';
import { fmt, log, table, type Ratio } from './lib/report.js';
import { batchSuite } from './suites/batch.js';
import { cliSuite } from './suites/cli.js';
import { embeddingSuite } from './suites/embedding.js';
import { fhirSuite } from './suites/fhir.js';
import { importSuite } from './suites/import.js';
import { librarySuite } from './suites/library.js';
import { sizeSuite } from './suites/size.js';
import { streamSuite } from './suites/stream.js';

const require = createRequire(import.meta.url);
const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');

// ---------------------------------------------------------------- arguments

function parseArgs(argv: readonly string[]): BenchContext['args'] {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const quick = argv.includes('--quick');
  const only = get('only')?.split(',') ?? [...SUITES];
  for (const s of only) if (!(SUITES as readonly string[]).includes(s)) throw new Error(`--only: unknown suite ${s} (${SUITES.join(', ')})`);
  return {
    quick,
    build: !argv.includes('--no-build'),
    files: Number(get('files') ?? (quick ? 2_000 : 10_000)),
    streamMiB: Number(get('stream-mb') ?? (quick ? 64 : 256)),
    reps: Number(get('reps') ?? (quick ? 5 : 15)),
    cliReps: Number(get('cli-reps') ?? (quick ? 2 : 5)),
    only: new Set(only as Suite[]),
    dataDir: get('data-dir') ?? join(os.tmpdir(), 'serafin-ph-bench'),
    out: get('out') ?? join(BENCH_DIR, 'results', 'latest.json'),
  };
}

const args = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------- build

const BUILT = join(BENCH_DIR, 'results', '.build');

function buildPackages(): void {
  log('· construction des paquets mesurés / building the measured packages (pnpm build)…');
  const filters = [
    '@serafin-ph/nomenclature',
    '@serafin-ph/pag-schema',
    '@serafin-ph/validators',
    '@serafin-ph/fixtures',
    '@serafin-ph/cli',
    '@serafin-ph/render',
    '@serafin-ph/fhir',
  ].flatMap((p) => ['--filter', p]);
  execFileSync('pnpm', [...filters, 'run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Bundles the bench's own child programs (workspace packages stay external: they load from their `dist/`). */
async function bundleChildren(): Promise<Record<string, string>> {
  rmSync(BUILT, { recursive: true, force: true });
  mkdirSync(BUILT, { recursive: true });
  const entries = {
    'rss-probe': join(BENCH_DIR, 'children', 'rss-probe.ts'),
    'parse-files': join(BENCH_DIR, 'children', 'parse-files.ts'),
    'cli-without-validation': join(BENCH_DIR, 'children', 'cli-without-validation.ts'),
    'parse-ndjson': join(BENCH_DIR, 'children', 'parse-ndjson.ts'),
    'validate-ndjson': join(BENCH_DIR, 'children', 'validate-ndjson.ts'),
    'import-timing': join(BENCH_DIR, 'children', 'import-timing.ts'),
    library: join(BENCH_DIR, 'children', 'library.ts'),
    embedding: join(BENCH_DIR, 'children', 'embedding.ts'),
    fhir: join(BENCH_DIR, 'children', 'fhir.ts'),
  };
  await build({
    entryPoints: entries,
    outdir: BUILT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return Object.fromEntries(Object.keys(entries).map((k) => [k, join(BUILT, `${k}.mjs`)]));
}

// ---------------------------------------------------------------- main

const ratios: Ratio[] = [];
const results: Record<string, unknown> = {};
const started = performance.now();

if (args.build) buildPackages();
const children = await bundleChildren();
const probe = children['rss-probe'] as string;
const conditions = readConditions();
const corpus = realisticCorpus();
const date = referenceDate();
const corpusSizes = sizes(corpus);
const serafin = join(dirname(require.resolve('@serafin-ph/cli/package.json')), 'dist', 'cli.js');
const ajvCli = join(dirname(require.resolve('ajv-cli/package.json')), 'dist', 'index.js');
const pagSchema = join(SCHEMAS_DIR, 'pag.schema.json');

log('');
log('Mesures de performance de serafin-ph / serafin-ph performance figures');
for (const line of describeConditions(conditions)) log(`  ${line}`);
log(
  `  corpus réaliste / realistic corpus: ${corpusSizes.count} PAG des fixtures (exemple + scénarios), ${fmt(corpusSizes.min / 1024, 1)}–${fmt(corpusSizes.max / 1024, 1)} Kio, médiane / median ${fmt(corpusSizes.median / 1024, 1)} Kio; date de référence / reference date ${date}`,
);
log('');

const filesDir = join(args.dataDir, `pag-${args.files}`);
const serafinArgs = (jobs: number, target: string): string[] => ['validate', '--quiet', '--date', date, ...(jobs > 1 ? ['--jobs', String(jobs)] : []), target];
const context: BenchContext = { args, children, probe, corpus, corpusSizes, date, serafin, ajvCli, pagSchema, filesDir, serafinArgs, ratios, results };

/** The suites in the order they run (the file dataset is written once, before the first suite that reads it). */
const order: readonly [Suite, (c: BenchContext) => Promise<void>][] = [
  ['size', sizeSuite],
  ['import', importSuite],
  ['embedding', embeddingSuite],
  ['library', librarySuite],
  ['cli', cliSuite],
  ['fhir', fhirSuite],
  ['stream', streamSuite],
  ['batch', batchSuite],
];
let filesWritten = false;
for (const [suite, run] of order) {
  if (!args.only.has(suite)) continue;
  if ((suite === 'cli' || suite === 'batch') && !filesWritten) {
    const written = writeFiles(filesDir, args.files, corpus);
    results['filesDataset'] = { dir: filesDir, ...written };
    log(`· jeu de fichiers / file dataset: ${written.files} fichiers, ${fmt(written.bytes / 2 ** 20, 1)} Mio dans / in ${filesDir}`);
    filesWritten = true;
  }
  await run(context);
}

// ---------------------------------------------------------------- summary

log('');
log('Synthèse / summary — chaque rapport est mesuré côte à côte dans ce lancement / every ratio measured side by side in this run');
log(
  table([
    ['', 'mesure / measured', 'min–max', 'cible / target', ''],
    ...ratios.map((r) => [
      r.label.length > 90 ? `${r.label.slice(0, 89)}…` : r.label,
      `${fmt(r.value)} ${r.unit}`,
      r.min === undefined ? '' : `${fmt(r.min)}–${fmt(r.max ?? Number.NaN)}`,
      r.target.length > 40 ? `${r.target.slice(0, 39)}…` : r.target,
      r.met === undefined ? '' : r.met ? 'atteint / met' : 'NON ATTEINT / NOT MET',
    ]),
  ]),
);
log(`  charge en fin de lancement / load at the end: ${fmt(os.loadavg()[0] ?? Number.NaN)} ; durée / duration ${fmt((performance.now() - started) / 1000, 0)} s`);

const output = {
  issue: 7,
  conditions: { ...conditions, loadAtEnd: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 },
  parameters: { ...args, only: [...args.only], referenceDate: date },
  datasets: {
    realistic: { ...corpusSizes, documents: corpus.map((d) => ({ name: d.name, bytes: d.bytes })) },
    generated: 'pagArbitrary() of @serafin-ph/fixtures, fast-check seed 20251201 + maxArrayLength',
  },
  ratios,
  results,
  durationSeconds: Math.round((performance.now() - started) / 1000),
  medianOf: 'medians of interleaved repetitions; ratios are medians of per-repetition ratios',
};
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(output, null, 2)}\n`);
log(`Résultats / results: ${relative(ROOT, args.out)}`);
