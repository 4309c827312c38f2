/**
 * FHIR throughput, in one process: `checkFhir()` of @serafin-ph/fhir (as
 * published in `dist/`) on TDDUI-like bundles, against a plain `JSON.parse`
 * of the same bytes (resources per second); then a bulk NDJSON stream (one
 * resource per line) checked line by line against a `JSON.parse`-only pass
 * of the same lines (target ≥ 0.5×), with the peak resident memory.
 *
 * Prints one JSON line. Argument: a JSON object `{ reps, ndjsonMiB, warmupMs }`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkFhir } from '@serafin-ph/fhir';
import { interleaved, summarizeSamples, throughputRatio, type Contender } from '../lib/in-process.js';

const params = JSON.parse(process.argv[2] ?? '{}') as { reps?: number; ndjsonMiB?: number; warmupMs?: number };
const reps = params.reps ?? 15;
const warmupMs = params.warmupMs ?? 2_000;
const ndjsonMiB = params.ndjsonMiB ?? 64;
/** The ANS examples vendored in the package's tests (found from the package, wherever this file is bundled). */
const EXAMPLES = join(dirname(createRequire(import.meta.url).resolve('@serafin-ph/fhir/package.json')), 'test', 'ans-examples');

const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
const PRESTATIONS = ['2.1.1.1', '2.2.1', '2.3.1.1', '2.3.3.1', '3.1.1', '3.2.4', '2.4', '3.2.1.1'];
const bundle = JSON.parse(readFileSync(join(EXAMPLES, 'Bundle-tddui-bundle-example.json'), 'utf8')) as { entry: { resource: Record<string, unknown> }[] };
const task = JSON.parse(readFileSync(join(EXAMPLES, 'Task-tddui-task-transport-usager-example.json'), 'utf8')) as Record<string, unknown>;

/** A TDDUI-like bundle: the ANS example bundle plus `extra` prestation tasks (deterministic). */
function tdduiBundle(i: number, extra: number): string {
  const entries = [...bundle.entry];
  for (let k = 0; k < extra; k++) {
    const code = PRESTATIONS[(i + k) % PRESTATIONS.length]!;
    entries.push({
      resource: {
        ...task,
        id: `prestation-${i}-${k}`,
        meta: { profile: ['https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-task-prestation'] },
        input: [
          {
            type: { coding: [{ system: 'https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-task-input-prestation', code: 'typePrestation' }] },
            valueCodeableConcept: { coding: [{ system: SERAFIN, code }] },
          },
        ],
      },
    });
  }
  return JSON.stringify({ ...bundle, id: `b${i}`, entry: entries });
}

interface Item {
  readonly text: string;
  readonly resources: number;
}
const items: Item[] = Array.from({ length: 200 }, (_, i) => {
  const extra = i % 20;
  return { text: tdduiBundle(i, extra), resources: 1 + bundle.entry.length + extra };
});
const contenders: Contender<Item>[] = [
  { name: 'checkFhir(JSON.parse)', run: (d) => checkFhir(JSON.parse(d.text)) },
  { name: 'JSON.parse', run: (d) => JSON.parse(d.text) },
];
const samples = interleaved(contenders, items, reps, 120, warmupMs);
const summary = summarizeSamples(samples);
const resourcesPerBundle = items.reduce((n, d) => n + d.resources, 0) / items.length;
const bytesPerBundle = items.reduce((n, d) => n + d.text.length, 0) / items.length;
const invalid = items.filter((d) => !checkFhir(JSON.parse(d.text)).valid).length;

// ---- bulk NDJSON: one resource per line, every resource of the bundles and the tasks
const lines: string[] = [];
for (const d of items) for (const e of (JSON.parse(d.text) as { entry: { resource: unknown }[] }).entry) lines.push(JSON.stringify(e.resource));
const block = `${lines.join('\n')}\n`;
const copies = Math.max(1, Math.round((ndjsonMiB * 1024 * 1024) / Buffer.byteLength(block)));
const stream = Buffer.from(block.repeat(copies), 'utf8');

function pass(check: boolean): { ms: number; lines: number; errors: number } {
  const start = performance.now();
  let count = 0;
  let errors = 0;
  let from = 0;
  const decoder = new TextDecoder();
  while (from < stream.length) {
    let end = stream.indexOf(10, from);
    if (end === -1) end = stream.length;
    const value: unknown = JSON.parse(decoder.decode(stream.subarray(from, end)));
    if (check && !checkFhir(value).valid) errors++;
    count++;
    from = end + 1;
  }
  return { ms: performance.now() - start, lines: count, errors };
}
pass(true);
pass(false);
const bulkRuns = Math.max(3, Math.min(reps, 7));
const parseOnly: number[] = [];
const checked: number[] = [];
let lineCount = 0;
let lineErrors = 0;
for (let r = 0; r < bulkRuns; r++) {
  parseOnly.push(pass(false).ms);
  const c = pass(true);
  checked.push(c.ms);
  lineCount = c.lines;
  lineErrors = c.errors;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios = parseOnly.map((p, i) => p / checked[i]!);

process.stdout.write(
  `${JSON.stringify({
    bundles: {
      count: items.length,
      resourcesPerBundle,
      bytesPerBundle,
      invalid,
      contenders: Object.fromEntries(Object.entries(summary).map(([k, s]) => [k, { ...s, resourcesPerSecond: s.perSecond.median * resourcesPerBundle }])),
      ratio: throughputRatio(samples, 'checkFhir(JSON.parse)', 'JSON.parse'),
    },
    bulk: {
      mebibytes: stream.length / 1024 / 1024,
      lines: lineCount,
      invalidLines: lineErrors,
      runs: bulkRuns,
      parseOnlyMs: med(parseOnly),
      checkedMs: med(checked),
      linesPerSecond: lineCount / (med(checked) / 1000),
      ratio: { median: med(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
    },
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
