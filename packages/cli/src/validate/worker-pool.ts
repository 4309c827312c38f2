/**
 * Checking documents in worker threads (`--jobs N`). Parsing is as costly as
 * validating, so workers receive the text and do both. Results come back in
 * any order; the caller restores the input order.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { checkText, type DocumentOutcome } from './check-text.js';
import type { ValidateFunction, ValidateOptions } from './validators-contract.js';

/** Checks one document text; never rejects. */
export interface DocumentChecker {
  check(text: string, firstLine: number): Promise<DocumentOutcome>;
  close(): Promise<void>;
}

/** A task sent to a worker. */
export interface CheckRequest {
  id: number;
  text: string;
  firstLine: number;
}

/** A worker's answer. */
export interface CheckResponse {
  id: number;
  outcome: DocumentOutcome;
}

/** What a worker receives as `workerData`. */
export interface CheckWorkerData {
  options: ValidateOptions;
}

/** Checks in the calling thread. */
export function inlineChecker(validate: ValidateFunction, options: ValidateOptions): DocumentChecker {
  return {
    check: (text, firstLine) => Promise.resolve(checkText(text, validate, options, firstLine)),
    close: () => Promise.resolve(),
  };
}

/**
 * Serves check requests in a worker: the body of the worker entry module.
 */
export function serveChecks(port: MessagePort, validate: ValidateFunction, options: ValidateOptions): void {
  port.on('message', (request: CheckRequest) => {
    const response: CheckResponse = { id: request.id, outcome: checkText(request.text, validate, options, request.firstLine) };
    port.postMessage(response);
  });
}

/**
 * Starts a worker. A worker module written in TypeScript (running the CLI
 * from its sources, in development and tests) is loaded through tsx, which
 * Node 20 does not pass on to workers by itself.
 */
function startWorker(url: URL, workerData: CheckWorkerData): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, { request: CheckRequest; resolve: (outcome: DocumentOutcome) => void }>;
}

/** At most this many tasks wait in one worker's queue. */
const PER_WORKER = 32;
/** A pool that keeps crashing gives up after this many restarts. */
const MAX_RESTARTS = 8;

/**
 * A pool of `size` workers running the module at `workerUrl` (which must call
 * {@link serveChecks}).
 */
export function workerChecker(size: number, workerUrl: URL, options: ValidateOptions): DocumentChecker {
  const lang: Lang = options.lang ?? 'fr';
  const slots: Slot[] = [];
  const queue: { request: CheckRequest; resolve: (outcome: DocumentOutcome) => void }[] = [];
  let nextId = 0;
  let restarts = 0;
  let closing = false;
  let brokenReason: string | undefined;

  const failure = (reason: string): DocumentOutcome => ({ kind: 'error', error: { code: 'INTERNAL', message: inputMessages.internal(lang, reason) } });

  const pump = (): void => {
    while (queue.length > 0) {
      if (brokenReason !== undefined) {
        queue.shift()!.resolve(failure(brokenReason));
        continue;
      }
      let best: Slot | undefined;
      for (const slot of slots) if (slot.inFlight.size < PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (!best) return;
      const task = queue.shift()!;
      best.inFlight.set(task.request.id, task);
      best.worker.postMessage(task.request);
    }
  };

  const spawn = (): Slot => {
    const worker = startWorker(workerUrl, { options });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (response: CheckResponse) => {
      const task = slot.inFlight.get(response.id);
      if (!task) return;
      slot.inFlight.delete(response.id);
      task.resolve(response.outcome);
      pump();
    });
    const lost = (reason: string): void => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      for (const task of slot.inFlight.values()) task.resolve(failure(reason));
      slot.inFlight.clear();
      if (closing) return;
      if (restarts++ < MAX_RESTARTS) slots.push(spawn());
      else brokenReason = reason;
      pump();
    };
    worker.on('error', (error) => lost(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => lost(`worker exit ${code}`));
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    check: (text, firstLine) =>
      new Promise<DocumentOutcome>((resolve) => {
        queue.push({ request: { id: nextId++, text, firstLine }, resolve });
        pump();
      }),
    close: async () => {
      closing = true;
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
