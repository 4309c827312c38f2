/**
 * Embedding figures measured in one process: `lookup` of the nomenclature at
 * several positions of lists of several sizes (constant time shows as flat
 * timings), and the latency of validating one PAG as an interactive form
 * would, call by call (median, p99, worst).
 *
 * Prints one JSON line. Argument: a JSON object `{ calls }`.
 */
import { lookup, SERAFIN_CODES } from '@serafin-ph/nomenclature';
import { ALL_REFERENTIELS } from '@serafin-ph/nomenclature/referentiels';
import { validate } from '@serafin-ph/validators';
import { realisticCorpus, referenceDate } from '../lib/datasets.js';
import { median, quantile } from '../lib/stats.js';

const params = JSON.parse(process.argv[2] ?? '{}') as { calls?: number };
const calls = params.calls ?? 20_000;

let sink = 0;

function positions<T>(list: readonly T[]): { label: string; value: T }[] {
  return [
    { label: 'first', value: list[0] as T },
    { label: 'middle', value: list[list.length >> 1] as T },
    { label: 'last', value: list[list.length - 1] as T },
  ];
}

interface LookupCase {
  readonly list: string;
  readonly size: number;
  readonly position: string;
  readonly code: string;
  readonly f: () => unknown;
}

const cases: LookupCase[] = [];
for (const { label, value } of positions(SERAFIN_CODES))
  cases.push({ list: 'SERAFIN-PH (lookup)', size: SERAFIN_CODES.length, position: label, code: value, f: () => lookup(value) });
cases.push({ list: 'SERAFIN-PH (lookup)', size: SERAFIN_CODES.length, position: 'unknown', code: '9.9.9', f: () => lookup('9.9.9') });
// Companion lists of the smallest, middle and largest sizes.
const lists = [...ALL_REFERENTIELS].filter((l) => 'codes' in l && l.codes.length > 0).sort((a, b) => a.size - b.size);
for (const list of [lists[0], lists[lists.length >> 1], lists[lists.length - 1]]) {
  if (list === undefined || !('codes' in list)) continue;
  for (const { label, value } of positions(list.codes as readonly string[])) {
    cases.push({ list: `${list.id} (lookup)`, size: list.size, position: label, code: value, f: () => list.lookup(value) });
  }
}

/**
 * Nanoseconds per call of each case: 15 rounds, each running every case for
 * 200,000 calls in turn (so that a noisy neighbour slows all cases alike),
 * median per case, after a warm-up.
 */
function measureLookups(): number[] {
  const batch = 200_000;
  const run = (f: () => unknown): number => {
    const start = performance.now();
    for (let i = 0; i < batch; i++) if (f() === sink) sink++;
    return ((performance.now() - start) * 1e6) / batch;
  };
  for (const c of cases) run(c.f);
  const samples: number[][] = cases.map(() => []);
  for (let round = 0; round < 15; round++) cases.forEach((c, i) => (samples[i] as number[]).push(run(c.f)));
  return samples.map((s) => median(s));
}
const ns = measureLookups();
const lookups = cases.map((c, i) => ({ list: c.list, size: c.size, position: c.position, code: c.code, ns: ns[i] as number }));

// A form validates the document it edits after each change: one call at a time.
const corpus = realisticCorpus();
const options = { referenceDate: referenceDate() };
const firstStart = performance.now();
validate(corpus[0]?.document, options);
const firstCallMs = performance.now() - firstStart;
// Warm code: a form validates many times in a session; the first calls (before V8 optimises) are reported apart.
const warmStart = performance.now();
let warmCalls = 0;
for (; performance.now() - warmStart < 3_000; warmCalls++) validate(corpus[warmCalls % corpus.length]?.document, options);
const warmupMeanMs = (performance.now() - warmStart) / warmCalls;
// The browser build (the `browser` export condition: the fast structural check read from the validation table),
// loaded from the same package's `dist/browser/` and timed call by call, interleaved with the default build.
const browserBuild = (await import(new URL('./browser/index.js', import.meta.resolve('@serafin-ph/validators')).href)) as { validate: typeof validate };
for (let i = 0; i < warmCalls; i++) browserBuild.validate(corpus[i % corpus.length]?.document, options);
const latencies: number[] = [];
const browserLatencies: number[] = [];
for (let i = 0; i < calls; i++) {
  const doc = corpus[i % corpus.length]?.document;
  const start = performance.now();
  validate(doc, options);
  const middle = performance.now();
  browserBuild.validate(doc, options);
  browserLatencies.push(performance.now() - middle);
  latencies.push(middle - start);
}
const perDocument = corpus.map((d, k) => {
  const own = latencies.filter((_, i) => i % corpus.length === k);
  return { name: d.name, bytes: d.bytes, p50Ms: median(own), p99Ms: quantile(own, 0.99) };
});

process.stdout.write(
  `${JSON.stringify({
    lookups,
    form: {
      calls,
      firstCallMs,
      warmup: { seconds: 3, calls: warmCalls, meanMs: warmupMeanMs },
      p50Ms: median(latencies),
      p90Ms: quantile(latencies, 0.9),
      p99Ms: quantile(latencies, 0.99),
      p999Ms: quantile(latencies, 0.999),
      maxMs: Math.max(...latencies),
      perDocument,
    },
    browserForm: {
      calls,
      p50Ms: median(browserLatencies),
      p99Ms: quantile(browserLatencies, 0.99),
      p999Ms: quantile(browserLatencies, 0.999),
      maxMs: Math.max(...browserLatencies),
    },
  })}\n`,
);
