/**
 * Before/after: `validate()` of the validators' sources at a git revision
 * against the current sources, side by side in one process (interleaved
 * repetitions, medians), on the realistic and generated corpora, and on the
 * realistic PAGs of the revision's own fixtures (documents of the model that
 * revision knows, which the current validators accept too: the fair
 * comparison across a model change, when the current fixtures use fields
 * the old validators reject). The two versions are bundled from source with
 * esbuild the same way; both use the current @serafin-ph/nomenclature.
 *
 * Usage: pnpm bench:compare [revision]   (default aa1052a, the validators
 * before their performance work)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { extractValidatorsAt } from './lib/revision.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const revision = process.argv[2] ?? 'aa1052a';
const work = mkdtempSync(join(os.tmpdir(), 'serafin-bench-rev-'));
const outDir = join(BENCH_DIR, 'results', '.build');
mkdirSync(outDir, { recursive: true });

try {
  // The old sources (and the fixtures' data of that revision), inside the repository tree.
  const old = join(ROOT, 'bench', 'results', '.revision');
  extractValidatorsAt(ROOT, revision, old, join(work, 'src.tar'), ['packages/fixtures/data']);
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    [
      `import { validate as before } from ${JSON.stringify(join(old, 'packages/validators/src/index.ts'))};`,
      `import { validate as after } from ${JSON.stringify(join(ROOT, 'packages/validators/src/index.ts'))};`,
      `import { generatedCorpus, realisticCorpus, referenceDate } from ${JSON.stringify(join(BENCH_DIR, 'lib/datasets.ts'))};`,
      `import { interleaved, summarizeSamples, throughputRatio } from ${JSON.stringify(join(BENCH_DIR, 'lib/in-process.ts'))};`,
      'const options = { referenceDate: referenceDate() };',
      'const out = {};',
      `const revisionCorpus = realisticCorpus(${JSON.stringify(join(old, 'packages/fixtures'))});`,
      `for (const [name, corpus] of [['realistic', realisticCorpus()], ['generated', generatedCorpus(500)], [${JSON.stringify(`realistic, fixtures of ${revision}`)}, revisionCorpus]]) {`,
      `  const samples = interleaved([{ name: 'before', run: (d) => before(d.document, options) }, { name: 'after', run: (d) => after(d.document, options) }], corpus, 11);`,
      "  out[name] = { documents: corpus.length, micros: Object.fromEntries(Object.entries(summarizeSamples(samples)).map(([k, v]) => [k, v.microsPerItem])), speedup: throughputRatio(samples, 'after', 'before') };",
      '}',
      'process.stdout.write(JSON.stringify(out) + "\\n");',
    ].join('\n'),
  );
  const bundle = join(outDir, 'compare-revision.mjs');
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@serafin-ph/source'],
    // Workspace packages from their sources, the others (fast-check…) from node_modules.
    external: ['fast-check', 'zod', 'ajv', 'ajv/*'],
    logLevel: 'warning',
    nodePaths: [join(ROOT, 'node_modules')],
  });
  const run = spawnSync(process.execPath, [bundle], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`compare-revision exited with ${run.status}`);
  const result = JSON.parse(run.stdout.trim()) as Record<string, { documents: number; micros: Record<string, number>; speedup: { median: number; min: number; max: number } }>;
  process.stdout.write(
    `validate(), ${revision} → working tree (Node ${process.version}, same process, interleaved, medians, ${process.env['BENCH_CLOCK'] === 'wall' ? 'wall' : 'CPU'} time)\n`,
  );
  for (const [name, r] of Object.entries(result)) {
    process.stdout.write(
      `  ${name} (${r.documents} PAG): ${r.micros['before']?.toFixed(1)} µs → ${r.micros['after']?.toFixed(1)} µs per document, ${r.speedup.median.toFixed(2)}× (${r.speedup.min.toFixed(2)}–${r.speedup.max.toFixed(2)})\n`,
    );
  }
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(work, { recursive: true, force: true });
}
