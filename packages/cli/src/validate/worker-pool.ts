/**
 * Checking documents in worker threads (`--jobs N`). Workers take the whole
 * cost of a document: for JSON files they receive paths, in batches, and
 * read, decode, parse and validate; for NDJSON they receive batches of line
 * bytes and decode, parse and validate. Answers are compact (a valid
 * document without any issue is just its type) and come back in any order;
 * the caller restores the input order.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { checkLines, checkText, type DocumentOutcome } from './check-text.js';
import type { BufferPool, LineBatch } from './ndjson-batches.js';
import { readJsonFile, readJsonFileSync, type ReadOptions } from './read-input.js';
import { checkRange, type RangeResult } from './ndjson-ranges.js';
import type { ValidateFunction, ValidateOptions } from './validators-contract.js';
import { fromWire, toWire, type WireOutcome } from './wire-outcome.js';

export { fromWire, toWire, type WireOutcome };

/** A task for a worker: JSON files to read and check. */
export interface CheckFilesRequest {
  /** Chosen by the pool, repeated in the answer. */
  id: number;
  /** JSON files. */
  kind: 'files';
  /** The files, absolute or relative to `cwd`. */
  paths: string[];
  /** Folder of the relative paths. */
  cwd: string;
  /** Largest file in bytes (a larger one gives `TOO_LARGE`). */
  maxSize: number;
}

/** A task for a worker: the document lines of an NDJSON batch. */
export interface CheckLinesRequest {
  /** Chosen by the pool, repeated in the answer. */
  id: number;
  /** NDJSON lines. */
  kind: 'lines';
  /** The bytes of the lines; their buffer is moved to the worker, which gives it back in its answer. */
  bytes: Uint8Array;
  /** Four numbers per line: its 1-based number, its start and end in `bytes`, and its offset in the input. */
  lines: number[];
}

/** A task for a worker: the lines of a byte range of an NDJSON file, which the worker reads itself (see `checkRange`). */
export interface CheckRangeRequest {
  /** Chosen by the pool, repeated in the answer. */
  id: number;
  /** A byte range. */
  kind: 'range';
  /** The NDJSON file (absolute). */
  path: string;
  /** Start of the range (bytes). */
  start: number;
  /** End of the range (bytes, excluded). */
  end: number;
  /** Largest line in bytes. */
  maxLineBytes: number;
}

/** A task sent to a worker. */
export type CheckRequest = CheckFilesRequest | CheckLinesRequest | CheckRangeRequest;

/** A worker's answer to a {@link CheckRequest}. */
export interface CheckResponse {
  /** The request's `id`. */
  id: number;
  /** One outcome per file or line of the request, in its order. */
  outcomes: WireOutcome[];
  /** The bytes of a `lines` request, given back (moved too). */
  bytes?: Uint8Array;
  /** The answer to a `range` request (then `outcomes` is empty). */
  range?: RangeResult;
}

/** A worker's first message: it is ready to check (its modules are loaded). */
export interface CheckReady {
  /** Always `true`. */
  ready: true;
}

/** What a worker receives as `workerData`. */
export interface CheckWorkerData {
  /** Options passed to `validate` for every document. */
  options: ValidateOptions;
}

/** Reads, parses and validates JSON files, in order; one outcome each. */
export async function checkFiles(paths: readonly string[], read: ReadOptions, validate: ValidateFunction, options: ValidateOptions): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for (const path of paths) {
    const item = readJsonFileSync(path, read) ?? (await readJsonFile(path, read));
    outcomes.push(item.kind === 'error' ? { kind: 'error', error: item.error } : checkText(item.text, validate, options));
  }
  return outcomes;
}

/**
 * Serves check requests in a worker: the body of the worker entry module.
 * Posts {@link CheckReady} first, then answers every {@link CheckRequest}
 * with a {@link CheckResponse} (files read, parsed and validated in this
 * thread; the bytes of NDJSON lines given back).
 */
export function serveChecks(port: MessagePort, validate: ValidateFunction, options: ValidateOptions): void {
  const lang: Lang = options.lang ?? 'fr';
  const answer = (id: number, outcomes: DocumentOutcome[], bytes?: Uint8Array): void => {
    const response: CheckResponse = { id, outcomes: outcomes.map(toWire) };
    if (bytes === undefined) {
      port.postMessage(response);
    } else {
      response.bytes = bytes;
      port.postMessage(response, [bytes.buffer as ArrayBuffer]);
    }
  };
  const ready: CheckReady = { ready: true };
  port.postMessage(ready);
  port.on('message', (request: CheckRequest) => {
    if (request.kind === 'range') {
      void checkRange(request.path, request.start, request.end, { lang, maxLineBytes: request.maxLineBytes }, validate, options).then((range) => {
        const response: CheckResponse = { id: request.id, outcomes: [], range };
        port.postMessage(response);
      });
    } else if (request.kind === 'lines') {
      answer(request.id, checkLines(request.bytes, request.lines, validate, options), request.bytes);
    } else {
      void checkFiles(request.paths, { lang, maxSize: request.maxSize, cwd: request.cwd }, validate, options).then((outcomes) => answer(request.id, outcomes));
    }
  });
}

/** Checks documents in worker threads; never rejects. */
export interface CheckPool {
  /** Reads and checks JSON files; one outcome per path, in order. */
  files(paths: string[], read: { cwd: string; maxSize: number }): Promise<DocumentOutcome[]>;
  /** Checks the document lines of an NDJSON batch; one outcome per line, in order. */
  lines(batch: LineBatch): Promise<DocumentOutcome[]>;
  /**
   * Checks a byte range of an NDJSON file in a worker; resolves to
   * `undefined` when the worker was lost (the caller checks the range itself).
   */
  range(path: string, start: number, end: number, maxLineBytes: number): Promise<RangeResult | undefined>;
  /** `true` when a worker is ready and has room for one more task now. */
  canTake(): boolean;
  /**
   * Checks, in the calling thread, the oldest task that no worker has taken
   * yet; resolves to `false` when there was none. The calling thread thus
   * works too while it waits for the workers.
   */
  help(): Promise<boolean>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * A worker's young generation is capped below V8's default (which grows to
 * 32 MiB and more): about 10 MiB less per worker, at no measured cost in time
 * (a document's garbage is short-lived).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12 };

/**
 * Starts a worker. A worker module written in TypeScript (running the CLI
 * from its sources, in development and tests) is loaded through tsx, which
 * Node 20 does not pass on to workers by itself.
 */
function startWorker(url: URL, workerData: CheckWorkerData): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, resourceLimits: RESOURCE_LIMITS });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData, resourceLimits: RESOURCE_LIMITS });
}

type Body =
  | { kind: 'files'; paths: string[]; cwd: string; maxSize: number }
  | { kind: 'lines'; bytes: Uint8Array; lines: number[] }
  | { kind: 'range'; path: string; start: number; end: number; maxLineBytes: number };

interface Task {
  body: Body;
  /** Outcomes of files or lines; the result of a range (`undefined` when its worker was lost). */
  resolve: (answer: Answer) => void;
}

type Answer = DocumentOutcome[] | RangeResult | undefined;

interface Slot {
  worker: Worker;
  /** The worker said it is ready: until then it gets no task (the calling thread may check them meanwhile). */
  ready: boolean;
  inFlight: Map<number, Task>;
}

/** Tasks sent to one worker at a time: one being checked, one waiting, so the worker never idles for a message. */
const PER_WORKER = 2;
/** A pool that keeps crashing gives up after this many restarts. */
const MAX_RESTARTS = 8;

const itemCount = (body: Body): number => (body.kind === 'files' ? body.paths.length : body.kind === 'lines' ? body.lines.length / 4 : 0);

/** The tasks of one file each that a task splits into, to find the document that crashed a worker. */
function split(body: Body & { kind: 'files' }): Body[] {
  return body.paths.map((path) => ({ ...body, paths: [path] }));
}

/**
 * A pool of `size` workers running the module at `workerUrl` (which must call
 * {@link serveChecks}). When a worker dies, it is replaced, and the files it
 * was checking are checked again one by one, so that only the file that
 * kills a worker gets an `INTERNAL` error; the NDJSON lines it held (moved to
 * it, not copied) all get one. With `validate`, {@link CheckPool.help} checks
 * in the calling thread. The bytes of NDJSON batches go back to `buffers`
 * once checked.
 */
export function workerPool(size: number, workerUrl: URL, options: ValidateOptions, validate?: ValidateFunction, buffers?: BufferPool): CheckPool {
  const lang: Lang = options.lang ?? 'fr';
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let restarts = 0;
  let closing = false;
  let brokenReason: string | undefined;

  const failure = (reason: string): DocumentOutcome => ({ kind: 'error', error: { code: 'INTERNAL', message: inputMessages.internal(lang, reason) } });

  const pump = (): void => {
    while (queue.length > 0) {
      if (brokenReason !== undefined) {
        const task = queue.shift()!;
        task.resolve(task.body.kind === 'range' ? undefined : Array.from({ length: itemCount(task.body) }, () => failure(brokenReason!)));
        continue;
      }
      let best: Slot | undefined;
      for (const slot of slots) if (slot.ready && slot.inFlight.size < PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (!best) return;
      const task = queue.shift()!;
      const id = nextId++;
      best.inFlight.set(id, task);
      const request: CheckRequest = { id, ...task.body };
      // the bytes of a batch move to the worker (and come back with the answer)
      best.worker.postMessage(request, task.body.kind === 'lines' ? [task.body.bytes.buffer as ArrayBuffer] : []);
    }
  };

  const submit = <T extends Answer>(body: Body): Promise<T> =>
    new Promise<T>((resolve) => {
      queue.push({ body, resolve: resolve as (answer: Answer) => void });
      pump();
    });

  const spawn = (): Slot => {
    const worker = startWorker(workerUrl, { options });
    const slot: Slot = { worker, ready: false, inFlight: new Map() };
    worker.on('message', (response: CheckResponse | CheckReady) => {
      if ('ready' in response) {
        slot.ready = true;
        pump();
        return;
      }
      const task = slot.inFlight.get(response.id);
      if (!task) return;
      slot.inFlight.delete(response.id);
      if (response.bytes !== undefined) buffers?.give(response.bytes);
      task.resolve(response.range ?? response.outcomes.map(fromWire));
      pump();
    });
    const lost = (reason: string): void => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      // The worker checks its tasks in the order sent: the oldest one killed it, the
      // others did not start. The bytes of NDJSON lines went with the worker: those lines fail.
      const [suspect, ...innocent] = slot.inFlight.values();
      slot.inFlight.clear();
      if (!closing) {
        if (restarts++ < MAX_RESTARTS) slots.push(spawn());
        else brokenReason = reason;
      }
      const again: Task[] = [];
      if (suspect !== undefined) {
        const count = itemCount(suspect.body);
        if (suspect.body.kind === 'range') {
          suspect.resolve(undefined); // checked again by the caller
        } else if (closing || count <= 1 || suspect.body.kind === 'lines') {
          suspect.resolve(Array.from({ length: count }, () => failure(reason)));
        } else {
          // again one by one: only the culprit fails
          const parts = split(suspect.body as Body & { kind: 'files' }).map(
            (body) => new Promise<DocumentOutcome[]>((resolve) => again.push({ body, resolve: resolve as (answer: Answer) => void })),
          );
          void Promise.all(parts).then((outcomes) => suspect.resolve(outcomes.flat()));
        }
      }
      for (const task of innocent) {
        if (task.body.kind === 'range') task.resolve(undefined);
        else if (closing || task.body.kind === 'lines') task.resolve(Array.from({ length: itemCount(task.body) }, () => failure(reason)));
        else again.push(task);
      }
      queue.unshift(...again);
      pump();
    };
    worker.on('error', (error) => lost(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => lost(`worker exit ${code}`));
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    files: (paths, read) => submit<DocumentOutcome[]>({ kind: 'files', paths, cwd: read.cwd, maxSize: read.maxSize }),
    lines: (batch) => submit<DocumentOutcome[]>({ kind: 'lines', bytes: batch.bytes, lines: batch.lines }),
    range: (path, start, end, maxLineBytes) => submit<RangeResult | undefined>({ kind: 'range', path, start, end, maxLineBytes }),
    canTake: () => queue.length === 0 && slots.some((slot) => slot.ready && slot.inFlight.size < PER_WORKER),
    help: async () => {
      const task = validate !== undefined && queue[0]?.body.kind !== 'range' ? queue.shift() : undefined;
      if (task === undefined) return false;
      const { body } = task;
      if (body.kind === 'range') {
        return false;
      } else if (body.kind === 'lines') {
        task.resolve(checkLines(body.bytes, body.lines, validate!, options));
        buffers?.give(body.bytes);
      } else {
        task.resolve(await checkFiles(body.paths, { lang, maxSize: body.maxSize, cwd: body.cwd }, validate!, options));
      }
      return true;
    },
    close: async () => {
      closing = true;
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
