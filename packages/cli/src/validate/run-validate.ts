/**
 * The core of `serafin validate`: inputs in, ordered entries and a summary
 * out. `validate` is a parameter, so the core is tested with any function of
 * the validators' shape; the binary passes the real one.
 */
import type { Lang } from '../i18n/messages.js';
import { checkText } from './check-text.js';
import { expandInputs, type InputFormat } from './expand-inputs.js';
import { readInput } from './read-input.js';
import { EXIT_CODES, type ExitCode, type FileEntry, type ValidateSummary } from './types.js';
import type { ValidateFunction, ValidateOptions } from './validators-contract.js';
import { inlineChecker, workerChecker, type DocumentChecker } from './worker-pool.js';

/** Default of {@link RunValidateOptions.maxSize}: 16 MiB per JSON document. */
export const DEFAULT_MAX_SIZE = 16 * 1024 * 1024;

/** Text held by documents waiting for a worker (UTF-16 bytes), beyond which reading pauses. */
const IN_FLIGHT_BYTES = 64 * 1024 * 1024;

/** Options of {@link runValidate}. */
export interface RunValidateOptions {
  /** Files, folders, glob patterns, or `-` for standard input. */
  inputs: readonly string[];
  /** The validation function (`validate` of `@serafin-ph/validators`), used in this thread when `jobs` is 1. */
  validate: ValidateFunction;
  /** Options passed to `validate` (language, numbering, reference date…). */
  validateOptions?: ValidateOptions;
  /**
   * Worker threads (default 1: everything in this thread). With more than one,
   * `workerUrl` names the worker module.
   */
  jobs?: number;
  /** Module run by each worker; it must call `serveChecks` with the same `validate`. */
  workerUrl?: URL;
  /** Largest JSON document in bytes (a JSON file, standard input, or one NDJSON line). */
  maxSize?: number;
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

function entryOf(path: string, line: number | undefined, outcome: Awaited<ReturnType<DocumentChecker['check']>>): FileEntry {
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

/**
 * Validates every document of the inputs. Never throws for a bad input: each
 * failure becomes an entry with `error`, and the other inputs are still
 * checked. Entries reach `onEntry` in input order (files in argument order,
 * folder entries sorted, NDJSON records in line order) whatever `jobs` is.
 * Memory stays bounded: at most a few documents per worker are in flight.
 */
export async function runValidate(options: RunValidateOptions): Promise<RunValidateResult> {
  const validateOptions = options.validateOptions ?? {};
  const lang: Lang = validateOptions.lang ?? 'fr';
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const summary = emptySummary();
  const checker: DocumentChecker =
    jobs > 1 && options.workerUrl ? workerChecker(jobs, options.workerUrl, validateOptions) : inlineChecker(options.validate, validateOptions);
  const window = jobs > 1 ? jobs * 64 : 1; // with PER_WORKER = 32 in the pool: a deep queue hides message latency
  // documents in flight: at most `window` of them and about IN_FLIGHT_BYTES of text
  const pending: { entry: Promise<FileEntry>; size: number }[] = [];
  let pendingBytes = 0;

  const flushOne = async (): Promise<void> => {
    const head = pending.shift()!;
    pendingBytes -= head.size;
    const entry = await head.entry;
    addToSummary(summary, entry);
    await options.onEntry?.(entry);
  };
  const push = async (entry: Promise<FileEntry>, size = 0): Promise<void> => {
    pending.push({ entry, size });
    pendingBytes += size;
    while (pending.length >= window || (pendingBytes > IN_FLIGHT_BYTES && pending.length > 0)) await flushOne();
  };

  try {
    const sources = expandInputs(options.inputs, {
      lang,
      stdinFormat: options.stdinFormat ?? 'json',
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      ...(options.allowEmpty !== undefined ? { allowEmpty: options.allowEmpty } : {}),
    });
    for await (const source of sources) {
      summary.files++;
      options.onInput?.(source.path);
      if (source.kind === 'error') {
        await push(Promise.resolve(entryOf(source.path, undefined, { kind: 'error', error: source.error })));
        continue;
      }
      const target =
        source.kind === 'stdin'
          ? { kind: 'stdin' as const, format: source.format, stream: options.stdin ?? process.stdin }
          : { kind: 'file' as const, path: source.path, format: source.format };
      const readOptions = { lang, maxSize, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) };
      for await (const item of readInput(target, readOptions)) {
        if (item.kind === 'error') {
          await push(Promise.resolve(entryOf(source.path, item.line, { kind: 'error', error: item.error })));
        } else if (jobs === 1) {
          // in this thread: no promise juggling, the check is synchronous
          await push(Promise.resolve(entryOf(source.path, item.line, checkText(item.text, options.validate, validateOptions, item.line ?? 1))));
        } else {
          const line = item.line;
          await push(
            checker.check(item.text, line ?? 1).then((outcome) => entryOf(source.path, line, outcome)),
            item.text.length * 2,
          );
        }
      }
    }
    while (pending.length > 0) await flushOne();
  } finally {
    await checker.close();
  }
  return { summary, exitCode: exitCodeOf(summary) };
}
