/**
 * `pnpm bench` suite: import cost of the nomenclature core and of the validators (fresh processes).
 */
import { runNode } from '../lib/child.js';
import { ROOT } from '../lib/programs.js';
import { fmt, log } from '../lib/report.js';
import { quantile, summarize } from '../lib/stats.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `import` suite; pushes its ratios and results into the context. */
export async function importSuite(context: BenchContext): Promise<void> {
  const { args, children, probe, ratios, results } = context;
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
