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
}

/** The environment of one CLI run. */
export interface CliContext {
  /** `validate` from `@serafin-ph/validators`. */
  validate: ValidateFunction;
  /** Worker module for `--jobs` (the binary passes its `worker.js`). */
  workerUrl?: URL;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Version printed by `--version`. */
  version: string;
}

/** Writes to a stream, waiting for `drain` when its buffer is full. */
export function writer(stream: OutputStream): (chunk: string) => void | Promise<void> {
  return (chunk) => {
    if (chunk === '' || stream.write(chunk)) return;
    return new Promise<void>((resolve) => stream.once('drain', resolve));
  };
}
