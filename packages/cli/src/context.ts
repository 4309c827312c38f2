/**
 * What a command needs from the outside world, injected so the commands are
 * testable without spawning a process.
 */
import type { ValidateFunction } from './validate/validators-contract.js';

/** A writable text stream (process.stdout or a test double). */
export interface OutputStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
  /** Set by Node's writable streams once a write failed (EPIPE, ENOSPC…). */
  readonly errored?: Error | null;
}

/** First failure seen on each stream (a synchronous stream such as stdout on a file forgets its `errored`). */
const failures = new WeakMap<OutputStream, string>();
const watched = new WeakSet<OutputStream>();

/** Records the first `error` event of a stream, for {@link writeFailure}. */
export function watchFailures(stream: OutputStream): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  (stream as { on?(event: 'error', listener: (error: Error) => void): unknown }).on?.('error', (error) => {
    if (!failures.has(stream)) failures.set(stream, (error as NodeJS.ErrnoException).code ?? error.name);
  });
}

/** The error code of a failed output stream (`EPIPE`, `ENOSPC`…), or `undefined` while it works. */
export function writeFailure(stream: OutputStream): string | undefined {
  const recorded = failures.get(stream);
  if (recorded !== undefined) return recorded;
  const error = stream.errored;
  return error !== undefined && error !== null ? ((error as NodeJS.ErrnoException).code ?? error.name) : undefined;
}

/**
 * The environment of one CLI run, with the validation function given either way: `validate` itself, or a
 * `validator` that gives it when a command first needs it.
 */
export type CliContext = CliEnvironment & (GivenValidate | LoadedValidate);

/** The validation function given as such. */
export interface GivenValidate {
  /** `validate` from `@serafin-ph/validators` (or a stand-in of the same shape). */
  validate: ValidateFunction;
  /** Absent: the function is given as `validate`. */
  validator?: never;
}

/** The validation function given by a loader, called by the commands that validate only. */
export interface LoadedValidate {
  /**
   * Gives `validate` from `@serafin-ph/validators`, called once by a command that validates. The binary loads the
   * validators and the FHIR checks there, so that `serafin --version`, the help and `serafin nomenclature` do not pay for them.
   */
  validator: () => ValidateFunction | Promise<ValidateFunction>;
  /** Absent: the function is given by `validator`. */
  validate?: never;
}

/** What a run needs besides the validation function. */
export interface CliEnvironment {
  /** Worker module for `--jobs` (the binary passes its `worker.js`). */
  workerUrl?: URL;
  /** Where the reports and the other outputs go (`process.stdout` for the binary). */
  stdout: OutputStream;
  /** Where the usage errors, the progress and the notices go (`process.stderr`). */
  stderr: OutputStream;
  /** What `-` reads (`process.stdin`). */
  stdin: AsyncIterable<Uint8Array | string>;
  /** The environment variables read: `SERAFIN_LANG`, `NO_COLOR`, `FORCE_COLOR`… (`process.env`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The folder that relative paths and patterns start from (`process.cwd()`). */
  cwd: string;
  /** Version printed by `--version`. */
  version: string;
}

/** The validation function of a run: the one given, or the loader's (loaded when this is called). */
export async function validatorOf(ctx: CliContext): Promise<ValidateFunction> {
  return ctx.validate ?? (await ctx.validator());
}

/**
 * Writes to a stream, waiting for `drain` when its buffer is full. Once the
 * stream has failed (the reader closed the pipe, the disk is full), writes
 * are dropped: the run goes on and its caller reports the failure
 * ({@link writeFailure}).
 */
export function writer(stream: OutputStream): (chunk: string) => void | Promise<void> {
  watchFailures(stream);
  return (chunk) => {
    if (chunk === '' || writeFailure(stream) !== undefined || stream.write(chunk)) return;
    return new Promise<void>((resolve) => {
      const emitter = stream as OutputStream & { once(event: string, listener: () => void): unknown; off?(event: string, listener: () => void): unknown };
      const done = (): void => {
        for (const event of ['drain', 'error', 'close']) emitter.off?.(event, done);
        resolve();
      };
      for (const event of ['drain', 'error', 'close']) emitter.once(event as 'drain', done);
    });
  };
}
