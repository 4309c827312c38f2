/**
 * `pnpm bench`: builds what it measures, builds the datasets from the
 * fixtures with fixed inputs, measures every performance ratio the docs quote side by side
 * (interleaved repetitions, medians) and prints them with the conditions,
 * then writes `bench/results/latest.json`.
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
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildValidatorPage } from '../packages/validator-page/scripts/build.js';
import { runNode, type ChildRun } from './lib/child.js';
import { describeConditions, readConditions } from './lib/conditions.js';
import { realisticCorpus, referenceDate, SCHEMAS_DIR, sizes, writeFiles, writeNdjson } from './lib/datasets.js';
import { median, pairedRatio, quantile, rotation, summarize, type Summary } from './lib/stats.js';

const require = createRequire(import.meta.url);
const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const SUITES = ['size', 'import', 'embedding', 'library', 'fhir', 'cli', 'stream', 'batch'] as const;
type Suite = (typeof SUITES)[number];

// ---------------------------------------------------------------- arguments

function parseArgs(argv: readonly string[]) {
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
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------- build

const BUILT = join(BENCH_DIR, 'results', '.build');

function buildPackages(): void {
  log('· construction des paquets mesurés / building the measured packages (pnpm build)…');
  const filters = ['@serafin-ph/nomenclature', '@serafin-ph/pag-schema', '@serafin-ph/validators', '@serafin-ph/fixtures', '@serafin-ph/cli', '@serafin-ph/render', '@serafin-ph/fhir'].flatMap((p) => ['--filter', p]);
  execFileSync('pnpm', [...filters, 'run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Bundles the bench's own child programs (workspace packages stay external: they load from their `dist/`). */
async function bundleChildren(): Promise<Record<string, string>> {
  rmSync(BUILT, { recursive: true, force: true });
  mkdirSync(BUILT, { recursive: true });
  const entries = {
    'rss-probe': join(BENCH_DIR, 'children', 'rss-probe.ts'),
    'parse-files': join(BENCH_DIR, 'children', 'parse-files.ts'),
    'parse-ndjson': join(BENCH_DIR, 'children', 'parse-ndjson.ts'),
    'import-timing': join(BENCH_DIR, 'children', 'import-timing.ts'),
    library: join(BENCH_DIR, 'suites', 'library.ts'),
    embedding: join(BENCH_DIR, 'suites', 'embedding.ts'),
    fhir: join(BENCH_DIR, 'suites', 'fhir.ts'),
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

// ---------------------------------------------------------------- helpers

function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n >= 100 ? n.toFixed(0) : n.toFixed(digits);
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}

async function runJsonChild(script: string, param: unknown, probe: string): Promise<unknown> {
  const run = await runNode(script, [JSON.stringify(param)], { probe, captureStdout: true, nodeOptions: ['--max-old-space-size=4096'] });
  if (run.exitCode !== 0) throw new Error(`${relative(ROOT, script)} exited with ${run.exitCode}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as unknown;
}

interface Program {
  readonly name: string;
  readonly script: string;
  readonly args: readonly string[];
  /** Exit code expected (a different one invalidates the measure). */
  readonly expectExit: number;
}

interface ProgramResult {
  readonly seconds: Summary;
  readonly maxRssMiB: Summary;
  readonly exitCodes: readonly (number | null)[];
  readonly ok: boolean;
}

/** Runs programs in turn (order rotated each repetition), `reps` times each, after one untimed run each. */
async function interleavedPrograms(programs: readonly Program[], reps: number, probe: string): Promise<Record<string, ProgramResult>> {
  const runs: Record<string, ChildRun[]> = Object.fromEntries(programs.map((p) => [p.name, [] as ChildRun[]]));
  for (const p of programs) await runNode(p.script, p.args, { probe, cwd: ROOT }); // warm the page cache and the compile cache
  for (let rep = 0; rep < reps; rep++) {
    for (const i of rotation(programs.length, rep)) {
      const p = programs[i] as Program;
      const run = await runNode(p.script, p.args, { probe, cwd: ROOT });
      (runs[p.name] as ChildRun[]).push(run);
      log(`    ${p.name}: ${fmt(run.ms / 1000)} s, ${fmt(run.maxRssMiB ?? Number.NaN, 0)} MiB${run.exitCode === p.expectExit ? '' : ` — code de sortie / exit code ${run.exitCode} (attendu / expected ${p.expectExit})`}`);
    }
  }
  return Object.fromEntries(
    programs.map((p) => {
      const r = runs[p.name] as ChildRun[];
      return [
        p.name,
        {
          seconds: summarize(r.map((x) => x.ms / 1000)),
          maxRssMiB: summarize(r.map((x) => x.maxRssMiB ?? Number.NaN)),
          exitCodes: r.map((x) => x.exitCode),
          ok: r.every((x) => x.exitCode === p.expectExit),
        },
      ];
    }),
  );
}

/** Ratio of throughputs of `a` over `b` from wall times, paired by repetition (b's time / a's time). */
function speedup(results: Record<string, ProgramResult>, a: string, b: string) {
  return pairedRatio(results[b]?.seconds.samples ?? [], results[a]?.seconds.samples ?? []);
}

interface Ratio {
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
log(`  corpus réaliste / realistic corpus: ${corpusSizes.count} PAG des fixtures (exemple + scénarios), ${fmt(corpusSizes.min / 1024, 1)}–${fmt(corpusSizes.max / 1024, 1)} Kio, médiane / median ${fmt(corpusSizes.median / 1024, 1)} Kio; date de référence / reference date ${date}`);
log('');

// ---- size of the nomenclature core
if (args.only.has('size')) {
  log('· taille du cœur de la nomenclature / size of the nomenclature core (esbuild, minifié / minified, gzip)');
  const bundle = async (contents: string): Promise<number> => {
    const out = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent', mainFields: ['module', 'main'] });
    const text = out.outputFiles[0]?.text ?? '';
    if (text.includes('CODES CIF CORRESPONDANTS')) throw new Error('definitions leaked into the core bundle');
    return gzipSync(text).length;
  };
  const whole = await bundle("export * from '@serafin-ph/nomenclature';");
  const terminology = await bundle(
    "export { lookup, validateCode, subsumes, search, parent, children, ancestors, descendants, isLeaf, valueSet, besoins, prestationsDirectes, prestationsIndirectes, isSerafinCode } from '@serafin-ph/nomenclature';",
  );
  const lookupOnly = await bundle("export { lookup } from '@serafin-ph/nomenclature';");
  const rorEntry = await bundle("export * from '@serafin-ph/nomenclature/ror';");
  results['size'] = { wholeEntryGzipBytes: whole, terminologyApiGzipBytes: terminology, lookupOnlyGzipBytes: lookupOnly, rorEntryGzipBytes: rorEntry };
  ratios.push({
    id: 'embedding.size.core',
    label: 'Cœur de la nomenclature, gzip (entrée entière, sans définitions ni listes ROR) / nomenclature core, gzipped (whole entry, no definitions, no ROR lists)',
    value: whole / 1024,
    unit: 'KiB',
    target: '< 10 KiB',
    met: whole < 10 * 1024,
    conditions: 'dist/index.js via esbuild 0.27, minify, gzip -6',
  });
  ratios.push({
    id: 'embedding.size.terminology',
    label: 'API terminologique seule, gzip / terminology API only, gzipped',
    value: terminology / 1024,
    unit: 'KiB',
    target: '< 10 KiB',
    met: terminology < 10 * 1024,
    conditions: 'lookup, validateCode, subsumes, search, hierarchy, value sets',
  });
  log(`  entrée entière / whole entry ${fmt(whole / 1024)} Kio; API terminologique / terminology API ${fmt(terminology / 1024)} Kio; lookup seul / alone ${fmt(lookupOnly / 1024)} Kio`);
  log(`  listes ROR telles que publiées / ROR lists as published (./ror, hors cœur / outside the core) ${fmt(rorEntry / 1024)} Kio`);
  ratios.push({
    id: 'embedding.size.lookup',
    label: 'lookup seul, gzip / lookup alone, gzipped',
    value: lookupOnly / 1024,
    unit: 'KiB',
    target: '< 5 KiB',
    met: lookupOnly < 5 * 1024,
    conditions: "export { lookup } from '@serafin-ph/nomenclature' (dist) via esbuild 0.27, minify, gzip -6",
  });
  // The per-document validator entries: what a form that validates one document type ships.
  const perDocument = {
    pag: await bundle("export * from '@serafin-ph/validators/pag';"),
    convention: await bundle("export * from '@serafin-ph/validators/convention';"),
    'tableau-derogations': await bundle("export * from '@serafin-ph/validators/tableau-derogations';"),
    all: await bundle("export * from '@serafin-ph/validators';"),
  };
  results['size'] = { ...(results['size'] as object), validatorsGzipBytes: perDocument };
  ratios.push({
    id: 'embedding.size.validators-pag',
    label: 'Validation du PAG seul (@serafin-ph/validators/pag), gzip / PAG-only validation, gzipped',
    value: perDocument.pag / 1024,
    unit: 'KiB',
    target: '≤ 45 KiB',
    met: perDocument.pag <= 45 * 1024,
    conditions: `dist/pag.js via esbuild 0.27, minify, gzip -6; convention ${fmt(perDocument.convention / 1024)} KiB, table ${fmt(perDocument['tableau-derogations'] / 1024)} KiB, all three ${fmt(perDocument.all / 1024)} KiB`,
  });
  log(
    `  validateurs / validators: ./pag ${fmt(perDocument.pag / 1024)} Kio, ./convention ${fmt(perDocument.convention / 1024)} Kio, ./tableau-derogations ${fmt(perDocument['tableau-derogations'] / 1024)} Kio, entrée entière / whole entry ${fmt(perDocument.all / 1024)} Kio`,
  );
  // The renderer and the offline validator page: what a page that shows PAGs, and the validator page, download.
  const renderEntry = await bundle("export * from '@serafin-ph/render';");
  const pageFiles = await buildValidatorPage(join(args.dataDir, 'validateur'));
  const pageGzip = pageFiles.reduce((n, f) => n + f.gzipBytes, 0);
  const pageScript = pageFiles.find((f) => f.name === 'page.js')!;
  results['size'] = { ...(results['size'] as object), renderEntryGzipBytes: renderEntry, validatorPageGzipBytes: pageGzip, validatorPageScriptBytes: pageScript.bytes };
  ratios.push({
    id: 'embedding.size.render',
    label: 'Rendu HTML/SVG du PAG, gzip (entrée entière, libellés des listes compris) / PAG HTML/SVG renderer, gzipped (whole entry, list labels included)',
    value: renderEntry / 1024,
    unit: 'KiB',
    target: 'mesuré / measured',
    met: undefined,
    conditions: '@serafin-ph/render dist/index.js via esbuild 0.27, minify, gzip -6',
  });
  ratios.push({
    id: 'embedding.size.validator-page',
    label: 'Page de validation hors ligne, gzip (HTML + CSS + script : validateurs et rendu) / offline validator page, gzipped (HTML + CSS + script: validators and renderer)',
    value: pageGzip / 1024,
    unit: 'KiB',
    target: 'mesuré / measured',
    met: undefined,
    conditions: `packages/validator-page build (esbuild iife, minify), gzip -9; page.js ${fmt(pageScript.bytes / 1024)} KiB raw`,
  });
  log(`  rendu / renderer ${fmt(renderEntry / 1024)} Kio; page de validation / validator page ${fmt(pageGzip / 1024)} Kio gzip (page.js ${fmt(pageScript.bytes / 1024)} Kio brut / raw)`);
}

// ---- import cost
if (args.only.has('import')) {
  log('· coût d’import (processus neufs) / import cost (fresh processes)');
  const runs = args.quick ? 10 : 25;
  const measure = async (specifier: string) => {
    const samples: { importMs: number; firstCallMs?: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runNode(children['import-timing'] as string, [specifier], { probe, captureStdout: true, cwd: ROOT });
      samples.push(JSON.parse(run.stdout.trim()) as { importMs: number; firstCallMs?: number });
    }
    const imports = samples.map((s) => s.importMs);
    const first = samples.map((s) => s.firstCallMs).filter((x): x is number => x !== undefined);
    return { importMs: summarize(imports), p90ImportMs: quantile(imports, 0.9), firstLookupMs: first.length > 0 ? summarize(first) : undefined };
  };
  const nomenclature = await measure('@serafin-ph/nomenclature');
  const validators = await measure('@serafin-ph/validators');
  results['import'] = { runs, nomenclature, validators };
  ratios.push({
    id: 'embedding.import',
    label: 'Import du cœur de la nomenclature / importing the nomenclature core',
    value: nomenclature.importMs.median,
    min: nomenclature.importMs.min,
    max: nomenclature.importMs.max,
    unit: 'ms',
    target: '< 10 ms',
    met: nomenclature.importMs.median < 10,
    conditions: `median of ${runs} fresh processes, await import() timed inside the process (Node start excluded)`,
  });
  log(
    `  @serafin-ph/nomenclature ${fmt(nomenclature.importMs.median)} ms (p90 ${fmt(nomenclature.p90ImportMs)}), premier lookup / first lookup ${fmt(nomenclature.firstLookupMs?.median ?? Number.NaN)} ms; @serafin-ph/validators ${fmt(validators.importMs.median)} ms`,
  );
}

// ---- lookup and form latency
if (args.only.has('embedding')) {
  log('· lookup et latence de formulaire / lookup and form latency');
  const r = (await runJsonChild(children['embedding'] as string, { calls: args.quick ? 5_000 : 20_000 }, probe)) as {
    lookups: { list: string; size: number; position: string; code: string; ns: number }[];
    form: { calls: number; firstCallMs: number; p50Ms: number; p99Ms: number; p999Ms: number; maxMs: number };
  };
  results['embedding'] = r;
  const ns = r.lookups.map((l) => l.ns);
  log(table([['liste / list', 'taille / size', 'position', 'code', 'ns/appel / call'], ...r.lookups.map((l) => [l.list, String(l.size), l.position, l.code, fmt(l.ns, 1)])]).replace(/^/gm, '  '));
  // Constant time: the last code of a list costs what the first costs, and the largest list what the smallest costs.
  const at = (list: string | undefined, position: string): number => r.lookups.find((l) => l.list === list && l.position === position)?.ns ?? Number.NaN;
  const bySize = [...new Set(r.lookups.filter((l) => !l.list.startsWith('SERAFIN')).map((l) => l.list))];
  const lastOverFirst = Math.max(...[...new Set(r.lookups.map((l) => l.list))].map((l) => at(l, 'last') / at(l, 'first')));
  const largestOverSmallest = median(['first', 'middle', 'last'].map((p) => at(bySize[bySize.length - 1], p) / at(bySize[0], p)));
  ratios.push({
    id: 'embedding.lookup.position',
    label: 'lookup : dernier code / premier code (pire liste) / last code over first code (worst list)',
    value: lastOverFirst,
    unit: '×',
    target: 'temps constant / constant time (≈ 1×; ≤ 1.5×)',
    met: lastOverFirst <= 1.5,
    conditions: `${fmt(Math.min(...ns), 1)}–${fmt(Math.max(...ns), 1)} ns per call over ${r.lookups.length} cases, 15 interleaved rounds, medians`,
  });
  ratios.push({
    id: 'embedding.lookup.size',
    label: `lookup : plus grande liste / plus petite (${bySize[bySize.length - 1] ?? '?'} / ${bySize[0] ?? '?'}) / largest over smallest list`,
    value: largestOverSmallest,
    unit: '×',
    target: 'temps constant / constant time (≈ 1×; ≤ 1.5×)',
    met: largestOverSmallest <= 1.5,
    conditions: 'median over the three positions',
  });
  ratios.push({
    id: 'embedding.form.p99',
    label: 'Validation d’un PAG (formulaire), p99 / validating one PAG (form), p99',
    value: r.form.p99Ms,
    unit: 'ms',
    target: '< 0.2 ms',
    met: r.form.p99Ms < 0.2,
    conditions: `${r.form.calls} calls one at a time, realistic corpus (median ${fmt(corpusSizes.median / 1024, 1)} KiB); p50 ${fmt(r.form.p50Ms, 3)} ms, p99.9 ${fmt(r.form.p999Ms, 3)} ms, max ${fmt(r.form.maxMs, 2)} ms; first call in the process ${fmt(r.form.firstCallMs, 2)} ms`,
  });
  log(`  formulaire / form: p50 ${fmt(r.form.p50Ms, 3)} ms, p99 ${fmt(r.form.p99Ms, 3)} ms, p99.9 ${fmt(r.form.p999Ms, 3)} ms, max ${fmt(r.form.maxMs, 2)} ms (premier appel / first call ${fmt(r.form.firstCallMs, 2)} ms)`);
}

// ---- library throughput
if (args.only.has('library')) {
  log(`· débit de la bibliothèque / library throughput (${args.reps} répétitions entrelacées / interleaved repetitions)`);
  type Lib = {
    corpus: string;
    sizes: { count: number; median: number; min: number; max: number };
    verdicts: Record<string, number>;
    contenders: Record<string, { perSecond: Summary; microsPerItem: number; megabytesPerSecond: number }>;
    ratios: Record<string, { median: number; min: number; max: number }>;
  };
  const r = (await runJsonChild(children['library'] as string, { reps: args.reps, growth: !args.quick, warmupMs: args.quick ? 800 : 2_000 }, probe)) as {
    realistic: Lib;
    generated: Lib;
    growth: { maxArrayLength: number; sizes: { median: number }; microsPerDocument: Record<string, number>; validateVsAjv: { median: number }; validateVsParse: { median: number } }[];
  };
  results['library'] = r;
  for (const lib of [r.realistic, r.generated]) {
    log(`  corpus ${lib.corpus}: ${lib.sizes.count} documents, médiane / median ${fmt(lib.sizes.median / 1024, 1)} Kio; verdicts ${JSON.stringify(lib.verdicts)}`);
    log(
      table([
        ['', 'documents/s', 'µs/doc', 'Mo/s / MB/s', 'min–max doc/s'],
        ...Object.entries(lib.contenders).map(([k, c]) => [k, fmt(c.perSecond.median, 0), fmt(c.microsPerItem, 1), fmt(c.megabytesPerSecond, 1), `${fmt(c.perSecond.min, 0)}–${fmt(c.perSecond.max, 0)}`]),
      ]).replace(/^/gm, '    '),
    );
  }
  const cond = (lib: Lib) => `${lib.corpus} corpus, ${lib.sizes.count} PAG (${fmt(lib.sizes.min / 1024, 1)}–${fmt(lib.sizes.max / 1024, 1)} KiB, median ${fmt(lib.sizes.median / 1024, 1)}), ${args.reps} interleaved reps, in-process, parsed objects`;
  for (const lib of [r.realistic, r.generated]) {
    const a = lib.ratios['validateVsAjv'] as { median: number; min: number; max: number };
    const z = lib.ratios['validateVsZod'] as { median: number; min: number; max: number };
    ratios.push({
      id: `library.${lib.corpus}.vsAjv`,
      label: `validate() complet / bare Ajv (structure seule), corpus ${lib.corpus} / full validate() over bare Ajv (structure only)`,
      value: a.median,
      min: a.min,
      max: a.max,
      unit: '×',
      target: '≥ 1.0×',
      met: a.median >= 1,
      conditions: cond(lib),
    });
    ratios.push({
      id: `library.${lib.corpus}.vsZod`,
      label: `validate() complet / zod safeParse, corpus ${lib.corpus} / full validate() over zod safeParse`,
      value: z.median,
      min: z.min,
      max: z.max,
      unit: '×',
      target: '≫ 1× (« well ahead » ; lu ici ≥ 2× / read here as ≥ 2×)',
      met: z.median >= 2,
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

// ---- batch CLI
const filesDir = join(args.dataDir, `pag-${args.files}`);
if (args.only.has('cli') || args.only.has('batch')) {
  const written = writeFiles(filesDir, args.files, corpus);
  results['filesDataset'] = { dir: filesDir, ...written };
  log(`· jeu de fichiers / file dataset: ${written.files} fichiers, ${fmt(written.bytes / 2 ** 20, 1)} Mio dans / in ${filesDir}`);
}
const serafinArgs = (jobs: number, target: string): string[] => ['validate', '--quiet', '--date', date, ...(jobs > 1 ? ['--jobs', String(jobs)] : []), target];
if (args.only.has('cli')) {
  log(`· CLI sur ${args.files} fichiers / CLI on ${args.files} files (${args.cliReps} répétitions entrelacées / interleaved repetitions)`);
  const programs: Program[] = [
    { name: 'serafin validate --jobs 1', script: serafin, args: serafinArgs(1, filesDir), expectExit: 0 },
    { name: 'serafin validate --jobs 2', script: serafin, args: serafinArgs(2, filesDir), expectExit: 0 },
    { name: 'ajv-cli validate', script: ajvCli, args: ['validate', '--spec=draft2020', '--strict=false', '-c', 'ajv-formats', '-s', pagSchema, '-d', `${filesDir}/*.json`], expectExit: 0 },
    { name: 'read + JSON.parse loop', script: children['parse-files'] as string, args: [filesDir], expectExit: 0 },
  ];
  const r = await interleavedPrograms(programs, args.cliReps, probe);
  results['cli'] = { files: args.files, programs: r };
  log(
    table([
      ['', 's (médiane / median)', 'fichiers/s / files/s', 'Mio max / peak MiB', 'codes'],
      ...Object.entries(r).map(([k, v]) => [k, fmt(v.seconds.median), fmt(args.files / v.seconds.median, 0), fmt(v.maxRssMiB.median, 0), [...new Set(v.exitCodes)].join(',')]),
    ]).replace(/^/gm, '    '),
  );
  const cond = `${args.files} files (copies of the realistic corpus), end to end (process start included), warm page cache, ${args.cliReps} interleaved reps, output to /dev/null`;
  for (const jobs of [1, 2]) {
    const s = speedup(r, `serafin validate --jobs ${jobs}`, 'ajv-cli validate');
    ratios.push({ id: `cli.jobs${jobs}.vsAjvCli`, label: `serafin validate --jobs ${jobs} / ajv-cli (structure seule / structure only)`, value: s.median, min: s.min, max: s.max, unit: '×', target: '≥ 3×', met: s.median >= 3, conditions: cond });
    const p = speedup(r, `serafin validate --jobs ${jobs}`, 'read + JSON.parse loop');
    ratios.push({ id: `cli.jobs${jobs}.vsParse`, label: `serafin validate --jobs ${jobs} / boucle lecture + JSON.parse / read + JSON.parse loop`, value: p.median, min: p.min, max: p.max, unit: '×', target: '≥ 0.6×', met: p.median >= 0.6, conditions: cond });
  }
  const scale = speedup(r, 'serafin validate --jobs 2', 'serafin validate --jobs 1');
  ratios.push({ id: 'cli.jobsScaling', label: '--jobs 2 / --jobs 1 (fichiers / files)', value: scale.median, min: scale.min, max: scale.max, unit: '×', target: '> 1 on 2 cores (ideal 2×; read here as ≥ 1.5×)', met: scale.median >= 1.5, conditions: cond });
}

// ---- FHIR (@serafin-ph/fhir)
if (args.only.has('fhir')) {
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
  log(`    NDJSON bulk ${fmt(r.bulk.mebibytes, 1)} Mio / MiB, ${r.bulk.lines} lignes / lines: ${fmt(r.bulk.linesPerSecond, 0)} lignes/s / lines/s, ${fmt(r.bulk.ratio.median)}× JSON.parse seul / alone; pic mémoire / peak memory ${fmt(r.maxRssMiB, 0)} Mio / MiB`);
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

// ---- streams
if (args.only.has('stream')) {
  const file = join(args.dataDir, `pag-${args.streamMiB}MiB.ndjson`);
  const written = await writeNdjson(file, args.streamMiB * 2 ** 20, corpus);
  results['streamDataset'] = { file, ...written };
  log(`· flux NDJSON / NDJSON stream: ${written.documents} documents, ${fmt(written.bytes / 2 ** 20, 0)} Mio (${args.cliReps} répétitions / repetitions)`);
  const programs: Program[] = [
    { name: 'serafin validate --jobs 1', script: serafin, args: serafinArgs(1, file), expectExit: 0 },
    { name: 'serafin validate --jobs 2', script: serafin, args: serafinArgs(2, file), expectExit: 0 },
    { name: 'JSON.parse-only pass', script: children['parse-ndjson'] as string, args: [file], expectExit: 0 },
  ];
  const r = await interleavedPrograms(programs, args.cliReps, probe);
  results['stream'] = { documents: written.documents, bytes: written.bytes, programs: r };
  log(
    table([
      ['', 's (médiane / median)', 'Mo/s / MB/s', 'documents/s', 'Mio max / peak MiB'],
      ...Object.entries(r).map(([k, v]) => [k, fmt(v.seconds.median), fmt(written.bytes / 1e6 / v.seconds.median, 0), fmt(written.documents / v.seconds.median, 0), fmt(v.maxRssMiB.max, 0)]),
    ]).replace(/^/gm, '    '),
  );
  const cond = `NDJSON of ${written.documents} realistic PAG, ${fmt(written.bytes / 2 ** 20, 0)} MiB, end to end, ${args.cliReps} interleaved reps`;
  for (const jobs of [1, 2]) {
    const name = `serafin validate --jobs ${jobs}`;
    const p = speedup(r, name, 'JSON.parse-only pass');
    ratios.push({ id: `stream.jobs${jobs}.vsParse`, label: `NDJSON : serafin --jobs ${jobs} / passe JSON.parse seule / JSON.parse-only pass`, value: p.median, min: p.min, max: p.max, unit: '×', target: '≥ 0.6×', met: p.median >= 0.6, conditions: cond });
    const rss = r[name]?.maxRssMiB.max ?? Number.NaN;
    ratios.push({ id: `stream.jobs${jobs}.peakRss`, label: `NDJSON : mémoire maximale / peak RSS, serafin --jobs ${jobs}`, value: rss, unit: 'MiB', target: '< 150 MB (143 MiB)', met: rss * 2 ** 20 < 150e6, conditions: `${cond}; highest of the repetitions` });
  }
  const scale = speedup(r, 'serafin validate --jobs 2', 'serafin validate --jobs 1');
  ratios.push({ id: 'stream.jobsScaling', label: '--jobs 2 / --jobs 1 (NDJSON)', value: scale.median, min: scale.min, max: scale.max, unit: '×', target: '> 1 on 2 cores (read here as ≥ 1.5×)', met: scale.median >= 1.5, conditions: cond });
}

// ---- growth with batch size
if (args.only.has('batch') && !args.quick) {
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
    rows.push({ files: count, programs: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { seconds: v.seconds.median, msPerFile: (v.seconds.median * 1000) / count, ok: v.ok }])) });
  }
  results['batch'] = rows;
  log(
    table([
      ['fichiers / files', 'serafin -j1 s', 'ms/fichier', 'serafin -j2 s', 'ms/fichier', 'parse s', 'ms/fichier'],
      ...(rows as { files: number; programs: Record<string, { seconds: number; msPerFile: number }> }[]).map((row) => [
        String(row.files),
        ...['serafin --jobs 1', 'serafin --jobs 2', 'read + JSON.parse loop'].flatMap((k) => [fmt(row.programs[k]?.seconds ?? Number.NaN), fmt(row.programs[k]?.msPerFile ?? Number.NaN, 3)]),
      ]),
    ]).replace(/^/gm, '    '),
  );
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
