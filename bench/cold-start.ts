/**
 * Cold start: what `validate()` costs per document in a fresh process, over
 * the first thousands of documents (while V8 interprets, then compiles, the
 * validators) and once the code is optimised. Like `serafin validate` on a
 * batch of files, each document is its own freshly parsed object; unlike it,
 * nothing else runs (no reading, no decoding, no report).
 *
 * The validators' sources at a git revision and the current sources are
 * bundled the same way (esbuild, like `compare-revision.ts`); each runs in its
 * own fresh process, the two taking turns, `reps` times. Printed: CPU time of
 * the process (every thread: the compiler's and the garbage collector's
 * helpers included) per document over each slice of the run, medians of the
 * repetitions, and the ratio before/after.
 *
 * Usage: pnpm bench:cold [revision] [--docs 10000] [--reps 3] [--corpus realistic|generated|both]
 * (default revision: HEAD, to measure uncommitted changes)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { extractValidatorsAt } from './lib/revision.js';
import { copyText, generatedCorpus, realisticCorpus, referenceDate } from './lib/datasets.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string', default: '10000' }, reps: { type: 'string', default: '3' }, corpus: { type: 'string', default: 'both' } },
});
const revision = positionals[0] ?? 'HEAD';
const docs = Number(values.docs);
const reps = Number(values.reps);
/** Bounds of the slices reported, in documents. */
const SLICES = [0, 1_000, 2_000, 4_000, 8_000, docs].filter((x, i, a) => x <= docs && (i === 0 || x > (a[i - 1] as number)));

const work = mkdtempSync(join(os.tmpdir(), 'serafin-bench-cold-'));
const outDir = join(BENCH_DIR, 'results', '.build');
mkdirSync(outDir, { recursive: true });

/** The program one variant runs: parse every text, then validate them one by one, noting the CPU clock at each slice bound. */
function program(validators: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { validate } from ${JSON.stringify(validators)};`,
    'const [file, date, bounds] = [process.argv[2], process.argv[3], JSON.parse(process.argv[4])];',
    "const documents = JSON.parse(readFileSync(file, 'utf8')).map((t) => JSON.parse(t));",
    'const options = { referenceDate: date };',
    'const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };',
    'const marks = [cpu()];',
    'let issues = 0;',
    'let b = 1;',
    'for (let i = 0; i < documents.length; i++) {',
    '  issues += validate(documents[i], options).issues.length;',
    '  if (i + 1 === bounds[b]) { marks.push(cpu()); b++; }',
    '}',
    'process.stdout.write(JSON.stringify({ marks, issues }) + "\\n");',
  ].join('\n');
}

async function bundle(name: string, validators: string): Promise<string> {
  const entry = join(work, `${name}.ts`);
  writeFileSync(entry, program(validators));
  const outfile = join(outDir, `cold-start-${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@serafin-ph/source'],
    logLevel: 'warning',
    nodePaths: [join(ROOT, 'node_modules')],
  });
  return outfile;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

try {
  const old = join(ROOT, 'bench', 'results', '.revision-cold');
  extractValidatorsAt(ROOT, revision, old, join(work, 'src.tar'));
  const variants = [
    { name: 'before', file: await bundle('before', join(old, 'packages/validators/src/index.ts')) },
    { name: 'after', file: await bundle('after', join(ROOT, 'packages/validators/src/index.ts')) },
  ];
  const realistic = realisticCorpus();
  const corpora: [string, string[]][] = [];
  if (values.corpus !== 'generated') corpora.push(['realistic copies', Array.from({ length: docs }, (_, i) => copyText(realistic[i % realistic.length]!, i))]);
  if (values.corpus !== 'realistic') corpora.push(['generated', generatedCorpus(docs).map((d) => d.text)]);
  const date = referenceDate();
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  process.stdout.write(
    `validate() in a fresh process, ${revision} → working tree (Node ${process.version}, CPU time of the process, medians of ${reps} runs each, load ${load})\n`,
  );
  for (const [name, texts] of corpora) {
    const file = join(work, 'corpus.json');
    writeFileSync(file, JSON.stringify(texts));
    const runs: Record<string, number[][]> = { before: [], after: [] };
    for (let r = 0; r < reps; r++) {
      for (const v of r % 2 === 0 ? variants : [...variants].reverse()) {
        const run = spawnSync(process.execPath, [v.file, file, date, JSON.stringify(SLICES)], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          maxBuffer: 1 << 26,
        });
        if (run.status !== 0) throw new Error(`${v.name} exited with ${run.status}`);
        const { marks } = JSON.parse(run.stdout.trim()) as { marks: number[] };
        runs[v.name]!.push(marks.slice(1).map((m, i) => (m - (marks[i] as number)) / ((SLICES[i + 1] as number) - (SLICES[i] as number))));
      }
    }
    process.stdout.write(`  ${name} (${texts.length} PAG), µs per document:\n`);
    for (let s = 0; s + 1 < SLICES.length; s++) {
      const before = median(runs['before']!.map((x) => x[s] as number));
      const after = median(runs['after']!.map((x) => x[s] as number));
      process.stdout.write(`    documents ${SLICES[s]}–${SLICES[s + 1]}: ${before.toFixed(0)} → ${after.toFixed(0)}, ${(before / after).toFixed(2)}×\n`);
    }
    const total = (k: string) => median(runs[k]!.map((x) => x.reduce((sum, us, i) => sum + us * ((SLICES[i + 1] as number) - (SLICES[i] as number)), 0) / 1e6));
    process.stdout.write(`    all ${texts.length}: ${total('before').toFixed(2)} s → ${total('after').toFixed(2)} s of CPU, ${(total('before') / total('after')).toFixed(2)}×\n`);
  }
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(work, { recursive: true, force: true });
}
