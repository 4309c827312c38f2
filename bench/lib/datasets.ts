/**
 * The datasets of the benchmarks, all built from @serafin-ph/fixtures with
 * fixed inputs, so that two runs measure the same bytes:
 *
 * - the *realistic* corpus: every PAG of the fixtures (the example and the
 *   scenarios), all valid at the scenarios' reference date, 4 to 21 KB;
 * - the *generated* corpus: `pagArbitrary()` sampled with a fixed seed —
 *   structurally valid PAGs whose random dates and codes break many business
 *   rules (tens of findings each: the cost of reporting);
 * - files and NDJSON streams made of copies of the realistic corpus, each copy
 *   with its own `identifiant`.
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';

const require = createRequire(import.meta.url);

/** Folder of the fixtures package. */
export const FIXTURES_DIR = dirname(require.resolve('@serafin-ph/fixtures/package.json'));

/** Folder of the published JSON Schemas. */
export const SCHEMAS_DIR = join(dirname(require.resolve('@serafin-ph/pag-schema/package.json')), 'schemas');

/** Seed of the generated corpus. */
export const SEED = 20251201;

/** One document of a corpus. */
export interface CorpusDocument {
  readonly name: string;
  readonly document: Record<string, unknown>;
  /** Compact JSON text. */
  readonly text: string;
  /** UTF-8 size of `text`. */
  readonly bytes: number;
}

/** A corpus entry; the document is re-read from its JSON text, as an application would have it (fast-check's objects may have a null prototype). */
function entry(name: string, document: Record<string, unknown>): CorpusDocument {
  const text = JSON.stringify(document);
  return { name, document: JSON.parse(text) as Record<string, unknown>, text, bytes: Buffer.byteLength(text) };
}

/** Reference date of the scenarios (every realistic document is valid on it). */
export function referenceDate(): string {
  const index = JSON.parse(readFileSync(join(FIXTURES_DIR, 'data', 'scenarios', 'index.json'), 'utf8')) as { referenceDate: string };
  return index.referenceDate;
}

/** Every PAG of the fixtures (of `fixturesDir`, default the current `@serafin-ph/fixtures`): the example, then the scenarios in name order. */
export function realisticCorpus(fixturesDir = FIXTURES_DIR): CorpusDocument[] {
  const out = [entry('examples/pag', JSON.parse(readFileSync(join(fixturesDir, 'data', 'examples', 'pag.json'), 'utf8')) as Record<string, unknown>)];
  const dir = join(fixturesDir, 'data', 'scenarios');
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'document.json');
    if (!existsSync(file)) continue;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (doc['typeDocument'] === 'pag') out.push(entry(`scenarios/${name}`, doc));
  }
  return out;
}

/** `count` PAGs from `pagArbitrary({ maxArrayLength })`, seed {@link SEED} (+ `maxArrayLength`). */
export function generatedCorpus(count: number, maxArrayLength = 3): CorpusDocument[] {
  const docs = fc.sample(pagArbitrary({ maxArrayLength }), { seed: SEED + maxArrayLength, numRuns: count });
  return docs.map((d, i) => entry(`generated/${maxArrayLength}/${i}`, d as unknown as Record<string, unknown>));
}

/** Copy `n` of a realistic document: the same document with its own identifier. */
export function copyText(doc: CorpusDocument, n: number): string {
  return JSON.stringify({ ...doc.document, identifiant: `${String(doc.document['identifiant'])}-B${n}` });
}

/** Writes `count` JSON files (copies of the realistic corpus, in turn) into a fresh `dir`. */
export function writeFiles(dir: string, count: number, corpus: readonly CorpusDocument[]): { files: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = copyText(corpus[i % corpus.length] as CorpusDocument, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `pag-${String(i).padStart(6, '0')}.json`), text);
  }
  return { files: count, bytes };
}

/** Writes an NDJSON file of at least `targetBytes` (copies of the realistic corpus, one per line). */
export async function writeNdjson(file: string, targetBytes: number, corpus: readonly CorpusDocument[]): Promise<{ documents: number; bytes: number }> {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let bytes = 0;
  let documents = 0;
  while (bytes < targetBytes) {
    const line = `${copyText(corpus[documents % corpus.length] as CorpusDocument, documents)}\n`;
    bytes += Buffer.byteLength(line);
    documents++;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { documents, bytes };
}

/** Sizes of a corpus in bytes: minimum, median, maximum, total. */
export function sizes(corpus: readonly CorpusDocument[]): { count: number; min: number; median: number; max: number; total: number } {
  const b = corpus.map((d) => d.bytes).sort((x, y) => x - y);
  return { count: b.length, min: b[0] ?? 0, median: b[b.length >> 1] ?? 0, max: b[b.length - 1] ?? 0, total: b.reduce((s, x) => s + x, 0) };
}
