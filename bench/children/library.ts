/**
 * Library throughput, in one process: `validate()` of @serafin-ph/validators
 * (structure and every business rule, as published in `dist/`) against a bare
 * Ajv check of the same published JSON Schema (Ajv2020 + ajv-formats, default
 * options: first error only), a plain zod `safeParse` of the same structure,
 * and `JSON.parse` of the same documents for scale. Then the same on
 * generated documents of growing size.
 *
 * Prints one JSON line. Argument: a JSON object `{ reps, growth }`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PagSchema } from '@serafin-ph/pag-schema';
import { validate } from '@serafin-ph/validators';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { generatedCorpus, realisticCorpus, referenceDate, SCHEMAS_DIR, sizes, type CorpusDocument } from '../lib/datasets.js';
import { CLOCK, interleaved, summarizeSamples, throughputRatio, type Contender } from '../lib/in-process.js';

const params = JSON.parse(process.argv[2] ?? '{}') as { reps?: number; growth?: boolean; generated?: number; warmupMs?: number };
const reps = params.reps ?? 15;
const warmupMs = params.warmupMs ?? 2_000;
const date = referenceDate();

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
const schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, 'pag.schema.json'), 'utf8')) as object;
/** The bare check a user would write: the published schema, Ajv defaults (strict off for the `x-…` annotations). */
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const ajvCheck = ajv.compile(schema);
const ajvAll = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajvAll);
const ajvAllCheck = ajvAll.compile(schema);

const options = { referenceDate: date } as const;
const contenders: Contender<CorpusDocument>[] = [
  { name: 'serafin validate()', run: (d) => validate(d.document, options) },
  { name: 'ajv (bare, first error)', run: (d) => ajvCheck(d.document) },
  { name: 'ajv (allErrors)', run: (d) => ajvAllCheck(d.document) },
  { name: 'zod safeParse', run: (d) => PagSchema.safeParse(d.document) },
  { name: 'JSON.parse', run: (d) => JSON.parse(d.text) },
];

function verdicts(corpus: readonly CorpusDocument[]) {
  let valid = 0;
  let structurallyValid = 0;
  let issues = 0;
  let errors = 0;
  for (const d of corpus) {
    const r = validate(d.document, options);
    if (r.valid) valid++;
    issues += r.issues.length;
    errors += r.issues.filter((i) => i.severity === 'error').length;
    if (!r.issues.some((i) => i.ruleId.startsWith('STRUCTURE-'))) structurallyValid++;
  }
  return {
    serafinValid: valid,
    serafinStructurallyValid: structurallyValid,
    issuesPerDocument: issues / corpus.length,
    errorsPerDocument: errors / corpus.length,
    ajvValid: corpus.filter((d) => ajvCheck(d.document)).length,
    zodValid: corpus.filter((d) => PagSchema.safeParse(d.document).success).length,
  };
}

function measureCorpus(name: string, corpus: readonly CorpusDocument[], repetitions: number) {
  const samples = interleaved(contenders, corpus, repetitions, 120, warmupMs);
  const total = sizes(corpus).total;
  const summaries = summarizeSamples(samples);
  return {
    corpus: name,
    sizes: sizes(corpus),
    verdicts: verdicts(corpus),
    contenders: Object.fromEntries(Object.entries(summaries).map(([k, s]) => [k, { ...s, megabytesPerSecond: (s.perSecond.median * (total / corpus.length)) / 1e6 }])),
    ratios: {
      validateVsAjv: throughputRatio(samples, 'serafin validate()', 'ajv (bare, first error)'),
      validateVsAjvAllErrors: throughputRatio(samples, 'serafin validate()', 'ajv (allErrors)'),
      validateVsZod: throughputRatio(samples, 'serafin validate()', 'zod safeParse'),
      validateVsParse: throughputRatio(samples, 'serafin validate()', 'JSON.parse'),
    },
  };
}

const realistic = realisticCorpus();
const results = {
  referenceDate: date,
  clock: CLOCK,
  realistic: measureCorpus('realistic', realistic, reps),
  generated: measureCorpus('generated', generatedCorpus(params.generated ?? 500), reps),
  growth: [] as unknown[],
};

if (params.growth !== false) {
  // Cost as documents grow: the generator's array length bounds the number of engagements, slots, needs…
  for (const maxArrayLength of [1, 3, 8, 20]) {
    const corpus = generatedCorpus(maxArrayLength >= 20 ? 40 : 100, maxArrayLength);
    const samples = interleaved(
      contenders.filter((c) => c.name !== 'ajv (allErrors)'),
      corpus,
      Math.max(3, Math.round(reps / 3)),
      80,
      warmupMs / 2,
    );
    const s = summarizeSamples(samples);
    results.growth.push({
      maxArrayLength,
      sizes: sizes(corpus),
      microsPerDocument: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.microsPerItem])),
      validateVsAjv: throughputRatio(samples, 'serafin validate()', 'ajv (bare, first error)'),
      validateVsParse: throughputRatio(samples, 'serafin validate()', 'JSON.parse'),
    });
  }
}

process.stdout.write(`${JSON.stringify(results)}\n`);
