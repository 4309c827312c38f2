/**
 * `pnpm bench` suite: `lookup` in constant time and the latency of validating one PAG in a form (child `children/embedding.ts`).
 */
import { runJsonChild } from '../lib/programs.js';
import { fmt, table, log } from '../lib/report.js';
import { median } from '../lib/stats.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `embedding` suite; pushes its ratios and results into the context. */
export async function embeddingSuite(context: BenchContext): Promise<void> {
  const { args, children, probe, corpusSizes, ratios, results } = context;
  log('· lookup et latence de formulaire / lookup and form latency');
  const r = (await runJsonChild(children['embedding'] as string, { calls: args.quick ? 5_000 : 20_000 }, probe)) as {
    lookups: { list: string; size: number; position: string; code: string; ns: number }[];
    form: { calls: number; firstCallMs: number; p50Ms: number; p99Ms: number; p999Ms: number; maxMs: number };
    browserForm: { calls: number; p50Ms: number; p99Ms: number; p999Ms: number; maxMs: number };
  };
  results['embedding'] = r;
  const ns = r.lookups.map((l) => l.ns);
  log(
    table([['liste / list', 'taille / size', 'position', 'code', 'ns/appel / call'], ...r.lookups.map((l) => [l.list, String(l.size), l.position, l.code, fmt(l.ns, 1)])]).replace(
      /^/gm,
      '  ',
    ),
  );
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
  const b = r.browserForm;
  ratios.push({
    id: 'embedding.form.p99.browser',
    label: 'Validation d’un PAG (formulaire), version navigateur, p99 / validating one PAG (form), browser build, p99',
    value: b.p99Ms,
    unit: 'ms',
    target: '< 0.2 ms',
    met: b.p99Ms < 0.2,
    conditions: `dist/browser (the \`browser\` condition: fast structural check read from the validation table), run in Node, calls interleaved with the default build's; p50 ${fmt(b.p50Ms, 3)} ms (default build ${fmt(r.form.p50Ms, 3)} ms), p99.9 ${fmt(b.p999Ms, 3)} ms, max ${fmt(b.maxMs, 2)} ms`,
  });
  log(
    `  formulaire / form: p50 ${fmt(r.form.p50Ms, 3)} ms, p99 ${fmt(r.form.p99Ms, 3)} ms, p99.9 ${fmt(r.form.p999Ms, 3)} ms, max ${fmt(r.form.maxMs, 2)} ms (premier appel / first call ${fmt(r.form.firstCallMs, 2)} ms)`,
  );
  log(`  version navigateur / browser build: p50 ${fmt(b.p50Ms, 3)} ms, p99 ${fmt(b.p99Ms, 3)} ms, p99.9 ${fmt(b.p999Ms, 3)} ms, max ${fmt(b.maxMs, 2)} ms`);
}
