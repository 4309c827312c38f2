/**
 * The core of `serafin validate`: inputs in, ordered entries and a summary
 * out. `validate` is a parameter, so the core is tested with any function of
 * the validators' shape; the binary passes the real one.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/messages.js';
import { checkLine, checkText, type DocumentOutcome } from './check-text.js';
import type { TextEncodingChoice } from './decode.js';
import { expandInputs, type InputFormat } from './expand-inputs.js';
import { decodeError } from './input-error.js';
import { bufferPool } from './ndjson-batches.js';
import { byteRanges, checkRange, readLineBytes, type RangeResult } from './ndjson-ranges.js';
import { readInput, readJsonFileSync } from './read-input.js';
import { EXIT_CODES, type ExitCode, type FileEntry, type ValidateSummary } from './types.js';
import type { ValidateFunction, ValidateOptions } from './validators-contract.js';
import { workerPool, type CheckPool } from './worker-pool.js';
import { fromWire } from './wire-outcome.js';

/** Default of {@link RunValidateOptions.maxSize}: 16 MiB per JSON document. */
export const DEFAULT_MAX_SIZE = 16 * 1024 * 1024;

/** JSON files sent to a worker in one message. */
const FILES_PER_TASK = 16;
/**
 * Default of {@link RunValidateOptions.workersFrom} when the checking threads
 * take every core. Each worker compiles and optimises its own copy of the
 * validators, about a second of CPU time that V8 spends on other threads: with
 * no core to spare, on the cores that check. A small batch does not pay that
 * back. Measured on 2 cores with `--jobs 2` and a worker from the start:
 * 10,000 files 7 to 10 % slower than one thread, 30,000 files 28 % faster; an
 * NDJSON stream of 25,000 documents 13 % faster, of 100,000 documents 60 %.
 */
export const DEFAULT_WORKERS_FROM = 15_000;

/**
 * Default of {@link RunValidateOptions.ndjsonWorkersFrom} when the checking
 * threads take every core: NDJSON bytes read before the workers start. The
 * same compilation cost as for files, and the same verdict, measured on
 * 2 cores shared with other processes (2 December 2026, load 4 to 7): with
 * workers, 256 MiB took 0.82× the speed of one thread, 1 GiB 0.71× (and the
 * worker's heap took the peak to 169–172 MiB, over 150 MB). On a quiet
 * machine a worker from the first line was 1.56× on 1 GiB (23 November), but
 * `--jobs` taking every core is exactly when the cores are not free: the
 * workers do not start for NDJSON then. With a spare core they start at once.
 */
export const DEFAULT_NDJSON_WORKERS_FROM = Number.POSITIVE_INFINITY;

/**
 * Default of {@link RunValidateOptions.ndjsonRangesFrom} when the checking
 * threads take every core: never. Measured on 2 cores shared with other
 * processes (2 December 2026, 256 MiB, 23,719 PAG, load 0 to 10): by ranges,
 * `--jobs 2` took 0.70× to 0.89× the speed of `--jobs 1`, about 1.3 s more
 * CPU time (the worker compiles its own copy of the validators) and a peak
 * of 198–212 MiB, over the 150 MB target. With a spare core, ranges at once.
 */
export const DEFAULT_NDJSON_RANGES_FROM = Number.POSITIVE_INFINITY;
/** Bytes per range of an NDJSON file checked by ranges. */
const RANGE_BYTES = 4 * 1024 * 1024;
/** Ranges checked and not reported yet, per checking thread, beyond which this thread waits. */
const RANGES_PER_THREAD = 3;

/** Tasks (and ready entries) waiting for their turn in the output, per checking thread, beyond which reading pauses. */
const PENDING_PER_WORKER = 8;
/**
 * NDJSON bytes sent and not reported yet, beyond which reading pauses. Kept
 * small on purpose: documents kept waiting survive young garbage collections
 * and fill the old generation (with 8 MiB, a 1 GiB stream peaked at 180 MiB
 * with --jobs 2; with 1 MiB, at 140 MiB, in the same time).
 */
const IN_FLIGHT_BYTES = 1024 * 1024;
/** NDJSON lines are checked in batches of about this many bytes. */
const BATCH_BYTES = 256 * 1024;

/** Options of {@link runValidate}. */
export interface RunValidateOptions {
  /** Files, folders, glob patterns, or `-` for standard input. */
  inputs: readonly string[];
  /** The validation function (`validate` of `@serafin-ph/validators`), used in this thread. */
  validate: ValidateFunction;
  /** Options passed to `validate` (language, numbering, reference date…). */
  validateOptions?: ValidateOptions;
  /**
   * Threads that check documents (default 1: everything in this thread). With
   * N > 1 and `workerUrl`, N − 1 workers read, parse and validate, and this
   * thread lists the inputs, splits NDJSON into lines, reports, and checks
   * documents too rather than wait for the workers.
   */
  jobs?: number;
  /** Module run by each worker; it must call `serveChecks` with the same `validate`. */
  workerUrl?: URL;
  /**
   * With `jobs` > 1, the workers are started for a batch of at least this
   * many files, as soon as the listing of the folders shows it (for NDJSON
   * see {@link ndjsonWorkersFrom}); a smaller batch of JSON files is checked
   * in this thread alone. Default: {@link DEFAULT_WORKERS_FROM}
   * when `jobs` is at least the number of cores, else 1 (workers at once).
   */
  workersFrom?: number;
  /**
   * With `jobs` > 1, the workers are started once this many bytes of NDJSON
   * have been read (the lines before are checked in this thread). Default:
   * {@link DEFAULT_NDJSON_WORKERS_FROM} (never) when `jobs` is at least the
   * number of cores, else 0 (workers at the first NDJSON input).
   */
  ndjsonWorkersFrom?: number;
  /**
   * With `jobs` > 1, a regular NDJSON file of at least this many bytes is
   * checked by byte ranges: every checking thread, this one and the workers,
   * reads and checks its own ranges, and this thread reports them in line
   * order. Default: {@link DEFAULT_NDJSON_RANGES_FROM} when `jobs` is at
   * least the number of cores, else 0. Standard input and other streams are
   * split by this thread (see {@link ndjsonWorkersFrom}).
   */
  ndjsonRangesFrom?: number;
  /** Bytes per range of an NDJSON file checked by ranges (default 4 MiB; smaller in tests). */
  ndjsonRangeBytes?: number;
  /** Largest JSON document in bytes (a JSON file, standard input, or one NDJSON line). */
  maxSize?: number;
  /**
   * How to decode the inputs (`--encoding`): `auto` (default: UTF-8, UTF-16
   * recognised, Windows-1252 detected and reported) or a declared encoding.
   * A declared encoding is read in this thread (no workers).
   */
  encoding?: TextEncodingChoice;
  /** Read standard input as NDJSON instead of one JSON document. */
  stdinFormat?: InputFormat;
  /** Standard input (default `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** An empty folder or a pattern without match is not an error. */
  allowEmpty?: boolean;
  /** Folder relative paths are read from (default `process.cwd()`). */
  cwd?: string;
  /** Receives every entry, in input order, as soon as it and all before it are known. */
  onEntry?: (entry: FileEntry) => void | Promise<void>;
  /** Called when an input starts being read (for progress indicators). */
  onInput?: (path: string) => void;
}

/** What {@link runValidate} returns. */
export interface RunValidateResult {
  summary: ValidateSummary;
  /** 0 all valid, 1 any invalid, 2 any input error (2 wins). */
  exitCode: ExitCode;
}

/** An empty summary. */
export function emptySummary(): ValidateSummary {
  return { files: 0, documents: 0, valid: 0, invalid: 0, errors: 0, issues: { error: 0, warning: 0, info: 0 } };
}

/** Adds an entry to a summary (`files` is counted separately, per input). */
export function addToSummary(summary: ValidateSummary, entry: FileEntry): void {
  if (entry.error) {
    summary.errors++;
    return;
  }
  summary.documents++;
  if (entry.valid) summary.valid++;
  else summary.invalid++;
  for (const issue of entry.issues) {
    if (issue.severity === 'error' || issue.severity === 'warning' || issue.severity === 'info') summary.issues[issue.severity]++;
  }
}

/** Exit code of a summary: 2 when any input error, else 1 when any invalid document, else 0. */
export function exitCodeOf(summary: ValidateSummary): ExitCode {
  if (summary.errors > 0) return EXIT_CODES.error;
  if (summary.invalid > 0) return EXIT_CODES.invalid;
  return EXIT_CODES.valid;
}

function entryOf(path: string, line: number | undefined, outcome: DocumentOutcome): FileEntry {
  if (outcome.kind === 'error') {
    const entry: FileEntry = { path, typeDocument: null, valid: false, issues: [] };
    if (line !== undefined) entry.line = line;
    entry.error = outcome.error;
    return entry;
  }
  const entry: FileEntry = { path, typeDocument: outcome.typeDocument, valid: outcome.valid, issues: outcome.issues };
  if (line !== undefined) entry.line = line;
  return entry;
}

const linesOf = (path: string, lines: readonly number[], outcomes: readonly DocumentOutcome[]): FileEntry[] => outcomes.map((outcome, k) => entryOf(path, lines[k * 4], outcome));

/**
 * Validates every document of the inputs. Never throws for a bad input: each
 * failure becomes an entry with `error`, and the other inputs are still
 * checked. Entries reach `onEntry` in input order (files in argument order,
 * folder entries sorted, NDJSON records in line order) whatever `jobs` is.
 * Memory stays bounded: a few batches of documents per worker are in flight.
 */
export async function runValidate(options: RunValidateOptions): Promise<RunValidateResult> {
  const validateOptions = options.validateOptions ?? {};
  const lang: Lang = validateOptions.lang ?? 'fr';
  const encoding: TextEncodingChoice = options.encoding ?? 'auto';
  const jobs = encoding !== 'auto' ? 1 : Math.max(1, Math.floor(options.jobs ?? 1));
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const cwd = options.cwd ?? process.cwd();
  const summary = emptySummary();
  const buffers = bufferPool(BATCH_BYTES, jobs * 4);
  // `jobs` checking threads: this one, which also lists, reads NDJSON and reports, and jobs - 1 workers
  const allCores = jobs >= availableParallelism();
  const workersFrom = options.workersFrom ?? (allCores ? DEFAULT_WORKERS_FROM : 1);
  const ndjsonWorkersFrom = options.ndjsonWorkersFrom ?? (allCores ? DEFAULT_NDJSON_WORKERS_FROM : 0);
  const ndjsonRangesFrom = options.ndjsonRangesFrom ?? (allCores ? DEFAULT_NDJSON_RANGES_FROM : 0);
  let ndjsonBytes = 0;
  let pool: CheckPool | undefined;
  const startWorkers = (): void => {
    if (pool === undefined && jobs > 1 && options.workerUrl !== undefined) pool = workerPool(jobs - 1, options.workerUrl, validateOptions, options.validate, buffers);
  };
  const window = jobs * PENDING_PER_WORKER;
  // entries not reported yet, in input order: answers expected from the workers (`ready` once
  // they came), or entries ready from the start
  type Group = { promise?: Promise<FileEntry[]>; ready?: FileEntry[]; bytes: number };
  const pending: Group[] = [];
  let pendingBytes = 0;
  let files: string[] = []; // JSON files not sent to a worker yet, as reported…
  let filePaths: string[] = []; // …and as read

  const emit = async (entry: FileEntry): Promise<void> => {
    addToSummary(summary, entry);
    await options.onEntry?.(entry);
  };
  const flushOne = async (): Promise<void> => {
    const head = pending.shift()!;
    pendingBytes -= head.bytes;
    for (const entry of head.ready ?? (await head.promise!)) await emit(entry);
  };
  const push = async (entries: Promise<FileEntry[]> | FileEntry[], bytes = 0): Promise<void> => {
    // report what is ready at the head first: entries kept waiting would outlive young garbage collections
    while (pending[0]?.ready !== undefined) await flushOne();
    if (pending.length === 0 && Array.isArray(entries)) {
      for (const entry of entries) await emit(entry);
      return;
    }
    const group: Group = Array.isArray(entries) ? { ready: entries, bytes } : { promise: entries, bytes };
    if (!Array.isArray(entries)) void entries.then((ready) => (group.ready = ready));
    pending.push(group);
    pendingBytes += bytes;
    while (pending.length > window || (pendingBytes > IN_FLIGHT_BYTES && pending.length > 0)) {
      // rather than wait for the workers, work, then let their answers in
      if (pending[0]!.ready === undefined && pool && (await pool.help())) await new Promise(setImmediate);
      else await flushOne();
    }
  };
  const sendFiles = async (): Promise<void> => {
    if (files.length === 0 || !pool) return;
    const paths = files;
    const read = filePaths;
    files = [];
    filePaths = [];
    await push(pool.files(read, { cwd, maxSize }).then((outcomes) => outcomes.map((outcome, k) => entryOf(paths[k]!, undefined, outcome))));
  };

  // An NDJSON file checked by byte ranges: this thread checks a range whenever no worker has room
  // for one, and reports the ranges in order, their lines numbered after those of the ranges before.
  const checkRanges = async (display: string, path: string, size: number): Promise<void> => {
    startWorkers();
    const plan = byteRanges(size, Math.max(1, options.ndjsonRangeBytes ?? RANGE_BYTES));
    const here = (k: number): Promise<RangeResult> => checkRange(path, plan[k]![0], plan[k]![1], { lang, maxLineBytes: maxSize }, options.validate, validateOptions);
    type Slot = { promise: Promise<RangeResult>; result?: RangeResult };
    const waiting: Slot[] = [];
    let next = 0;
    let base = 1; // number of the first line of the next range reported
    let documents = 0;
    let stopped = false;
    const report = async (result: RangeResult): Promise<void> => {
      if (stopped) return;
      const entries: FileEntry[] = [];
      for (let j = 0; j < result.items.length; j++) {
        const item = result.items[j]!;
        const line = base + result.lines[j]! - 1;
        if (typeof item === 'string' || item.kind === 'report' || item.kind === 'error') {
          entries.push(entryOf(display, line, fromWire(item)));
        } else if (item.kind === 'recheck') {
          // checked here again with its number, as one thread would have
          const bytes = readLineBytes(path, item.offset, item.length);
          entries.push(entryOf(display, line, checkLine(bytes, [line, 0, bytes.length, item.offset], 0, options.validate, validateOptions, encoding)));
        } else {
          const numbered = item.error.line !== undefined;
          entries.push(entryOf(display, numbered ? line : undefined, { kind: 'error', error: numbered ? { ...item.error, line } : item.error }));
        }
      }
      base += result.lineCount;
      documents += result.documents;
      stopped = result.stopped;
      await push(entries);
    };
    const limit = jobs * RANGES_PER_THREAD;
    while (!stopped && (next < plan.length || waiting.length > 0)) {
      while (pool && next < plan.length && waiting.length < limit && pool.canTake()) {
        const k = next++;
        const slot: Slot = { promise: pool.range(path, plan[k]![0], plan[k]![1], maxSize).then((result) => result ?? here(k)) };
        void slot.promise.then((result) => (slot.result = result));
        waiting.push(slot);
      }
      while (waiting[0]?.result !== undefined && !stopped) await report(waiting.shift()!.result!);
      if (stopped) break;
      if (next < plan.length && waiting.length < limit) {
        const result = await here(next++);
        waiting.push({ promise: Promise.resolve(result), result });
        await new Promise(setImmediate); // the workers' answers come in
      } else if (waiting.length > 0) {
        await report(await waiting.shift()!.promise);
      }
    }
    if (!stopped && documents === 0) await push([entryOf(display, undefined, { kind: 'error', error: decodeError('EMPTY', 0, lang, false) })]);
  };
  const regularSize = (path: string): number | undefined => {
    try {
      const info = statSync(path);
      return info.isFile() ? info.size : undefined;
    } catch {
      return undefined;
    }
  };

  try {
    // the workers start once the listing shows `workersFrom` files or more (or after `ndjsonWorkersFrom` bytes of NDJSON)
    let listedFiles = 0;
    const sources = expandInputs(options.inputs, {
      lang,
      stdinFormat: options.stdinFormat ?? 'json',
      cwd,
      ...(options.allowEmpty !== undefined ? { allowEmpty: options.allowEmpty } : {}),
      onListed: (count) => {
        listedFiles += count;
        if (listedFiles >= workersFrom) startWorkers();
      },
    });
    for await (const source of sources) {
      summary.files++;
      if (source.kind !== 'error' && source.format === 'ndjson') {
        if (ndjsonBytes >= ndjsonWorkersFrom) startWorkers();
      } else if (summary.files >= workersFrom) startWorkers(); // (files given one by one)
      options.onInput?.(source.path);
      if (pool && source.kind === 'file' && source.format === 'json') {
        // read by a worker, with the next files
        files.push(source.path);
        filePaths.push(source.absolute ?? source.path);
        if (files.length >= FILES_PER_TASK) await sendFiles();
        continue;
      }
      await sendFiles();
      if (source.kind === 'error') {
        await push([entryOf(source.path, undefined, { kind: 'error', error: source.error })]);
        continue;
      }
      if (source.kind === 'file' && source.format === 'json') {
        // a regular file is read, parsed and checked here without a generator or a promise per
        // file (a batch of small files is mostly per-file overhead); anything else (a FIFO, a
        // device, an unreadable path) takes the general path below, which reports it
        const path = source.absolute ?? source.path;
        const read = readJsonFileSync(path, { lang, maxSize, cwd, encoding });
        if (read !== undefined) {
          const outcome: DocumentOutcome = read.kind === 'text' ? checkText(read.text, options.validate, validateOptions) : { kind: 'error', error: read.error };
          await push([entryOf(source.path, undefined, outcome)]);
          continue;
        }
      }
      if (source.kind === 'file' && source.format === 'ndjson' && jobs > 1 && options.workerUrl !== undefined) {
        const path = source.absolute ?? resolve(cwd, source.path);
        const size = regularSize(path);
        if (size !== undefined && size > 0 && size >= ndjsonRangesFrom) {
          await checkRanges(source.path, path, size);
          continue;
        }
      }
      const target =
        source.kind === 'stdin'
          ? { kind: 'stdin' as const, format: source.format, stream: options.stdin ?? process.stdin }
          : { kind: 'file' as const, path: source.absolute ?? source.path, format: source.format };
      // a batch checked here is done with when the next item is asked for; one sent to a worker comes back with its answer
      const reuse = (): boolean => pool === undefined;
      for await (const item of readInput(target, { lang, maxSize, cwd, buffers, batchBytes: BATCH_BYTES, reuse, encoding })) {
        if (item.kind === 'error') {
          await push([entryOf(source.path, item.line, { kind: 'error', error: item.error })]);
        } else if (item.kind === 'text') {
          await push([entryOf(source.path, undefined, checkText(item.text, options.validate, validateOptions))]);
        } else {
          ndjsonBytes += item.bytes.byteLength;
          if (ndjsonBytes >= ndjsonWorkersFrom) startWorkers();
          if (pool) {
            const { lines } = item;
            const size = item.bytes.byteLength; // (the bytes move to a worker)
            await push(
              pool.lines(item).then((outcomes) => linesOf(source.path, lines, outcomes)),
              size,
            );
          } else {
            // one line after the other, each reported at once: nothing outlives its document
            const bytes = Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength);
            for (let k = 0; k * 4 < item.lines.length; k++) {
              await push([entryOf(source.path, item.lines[k * 4], checkLine(bytes, item.lines, k, options.validate, validateOptions, encoding))]);
            }
          }
        }
      }
    }
    await sendFiles();
    while (pool && (await pool.help())) await new Promise(setImmediate);
    while (pending.length > 0) await flushOne();
  } finally {
    await pool?.close();
  }
  return { summary, exitCode: exitCodeOf(summary) };
}
