/**
 * Splitting an NDJSON byte stream into batches of document lines, with
 * bounded memory, without decoding: the bytes of a batch can go to a worker
 * as they are, which decodes, parses and validates them.
 *
 * The splitter decides everything that depends on the order of the lines:
 * line numbers, blank lines (skipped), lines over the limit, a byte order
 * mark on the first line, binary data (which stops the input) and an input
 * without any document. What depends on a line alone (its encoding, its JSON
 * syntax, its validity) is left to whoever checks the batch.
 */
import { readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { hasUtf8Bom } from '@serafin-ph/validators/bytes';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { decodeError } from './input-error.js';
import type { InputError } from './types.js';

/** Something to read bytes from, a file or a stream. */
export interface ByteReader {
  /** Reads at most `length` bytes into `target` at `offset`; resolves to the number read, 0 at the end. */
  read(target: Uint8Array, offset: number, length: number): Promise<number>;
  /** Releases the file or stream. */
  close(): Promise<void>;
}

/**
 * Document lines of an NDJSON input. `lines` holds four numbers per line:
 * its 1-based number, its start and end in `bytes` (line feed and carriage
 * return excluded, UTF-8 byte order mark of the first line too), and the
 * offset of its start in the input (for the position of an encoding error).
 */
export interface LineBatch {
  kind: 'lines';
  /** The bytes of the lines, in a buffer of their own (unless `reuse`, nothing else refers to it after the batch is yielded). */
  bytes: Uint8Array;
  lines: number[];
}

/** What {@link ndjsonBatches} yields, in input order. */
export type NdjsonItem = LineBatch | { kind: 'error'; error: InputError; line?: number };

/** Options of {@link ndjsonBatches}. */
export interface NdjsonOptions {
  lang: Lang;
  /** Largest line in bytes (a longer line gives a `TOO_LARGE` error and is not kept). */
  maxLineBytes: number;
  /** The input is standard input (for the message of an empty input). */
  stdin: boolean;
  /** A batch is yielded once it holds this many bytes (default 1 MiB). */
  batchBytes?: number;
  /** … or this many lines (default 1024). */
  batchLines?: number;
  /** Where the buffers come from, and go back to (default: new buffers, left to the garbage collector). */
  buffers?: BufferPool;
  /**
   * Asked when the consumer asks for the item after a batch: `true` when it is
   * done with that batch, whose buffer then goes back to `buffers`; `false`
   * (or no function) when the consumer owns the buffer of the batch (and may
   * give it back to `buffers` itself).
   */
  reuse?: () => boolean;
  /** Offset in the input of the first byte the reader gives (a byte range of a file; default 0). */
  startOffset?: number;
  /** The first byte read is the input's first (its first line may carry a byte order mark; default `true`). */
  atStart?: boolean;
  /** An input without any document gives `EMPTY` (default `true`). */
  reportEmpty?: boolean;
  /** Told, at the end of the input, how many lines it held (blank ones too), unless an error stopped it. */
  onLineCount?: (lines: number) => void;
}

/** Buffers for batches, used again once a batch is checked: memory stays flat, and there is no allocation per batch. */
export interface BufferPool {
  /** A buffer of at least `size` bytes, with an `ArrayBuffer` of its own that starts at it. */
  take(size: number): Buffer;
  /** Gives back the buffer under `bytes` (which must come from {@link BufferPool.take}). */
  give(bytes: Uint8Array): void;
}

/** A {@link BufferPool} that keeps at most `keep` free buffers, of about `batchBytes` (twice at most). */
export function bufferPool(batchBytes: number, keep: number): BufferPool {
  const free: Buffer[] = [];
  return {
    take(size) {
      for (let i = free.length - 1; i >= 0; i--) {
        const b = free[i]!;
        if (b.length >= size && b.length <= 2 * Math.max(size, batchBytes)) {
          free.splice(i, 1);
          return b;
        }
      }
      return Buffer.allocUnsafeSlow(size);
    },
    give(bytes) {
      if (free.length < keep && bytes.buffer.byteLength <= 2 * batchBytes && bytes.buffer.byteLength > 0) free.push(Buffer.from(bytes.buffer, 0, bytes.buffer.byteLength));
    },
  };
}

/** Default of {@link NdjsonOptions.batchBytes}. */
export const DEFAULT_BATCH_BYTES = 1024 * 1024;
const DEFAULT_BATCH_LINES = 1024;

/** A reader over chunks (standard input, a test double). */
export function chunkReader(chunks: AsyncIterable<Uint8Array | string>): ByteReader {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let current: Uint8Array | undefined;
  let at = 0;
  return {
    async read(target, offset, length) {
      while (current === undefined || at >= current.length) {
        const next = await iterator.next();
        if (next.done === true) return 0;
        current = typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
        at = 0;
      }
      const n = Math.min(length, current.length - at);
      target.set(current.subarray(at, at + n), offset);
      at += n;
      return n;
    },
    async close() {
      await iterator.return?.();
    },
  };
}

/**
 * A reader over a file, read straight into the batches' buffers. Rejects
 * when the file cannot be opened. A regular file is read synchronously, after
 * a turn of the event loop: from the page cache, a read costs less than a
 * trip through libuv's thread pool (a FIFO or a device is read asynchronously).
 */
export async function fileReader(path: string): Promise<ByteReader> {
  const handle = await open(path, 'r');
  let regular = false;
  try {
    regular = (await handle.stat()).isFile();
  } catch {
    // read asynchronously, where the error will show
  }
  return {
    read: regular
      ? async (target, offset, length) => {
          await new Promise(setImmediate); // a turn of the event loop, where V8 and Node run their own tasks (garbage collection steps, output)
          return readSync(handle.fd, target, offset, length, null);
        }
      : async (target, offset, length) => (await handle.read(target, offset, length, null)).bytesRead,
    close: () => handle.close(),
  };
}

/**
 * `true` when a line holds only JSON white space, after an optional UTF-8
 * byte order mark (skipped, as the validator page skips it). A UTF-16 byte
 * order mark beyond the first line is no white space: the line is checked,
 * and refused as not UTF-8 (`decodeLine`).
 */
function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (end - i >= 3 && bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
  for (; i < end; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}

/**
 * Splits an NDJSON input into batches of document lines and error items, in
 * input order. Blank lines are skipped; a line longer than `maxLineBytes`
 * gives `TOO_LARGE` and the next lines are read; a NUL byte gives `BINARY`
 * and ends the input; a UTF-16 byte order mark on the first line gives
 * `ENCODING` and ends the input; an input without any document gives
 * `EMPTY`. Reading errors are thrown after the lines read before them.
 */
export async function* ndjsonBatches(reader: ByteReader, options: NdjsonOptions): AsyncGenerator<NdjsonItem> {
  const { lang, maxLineBytes, stdin } = options;
  const batchBytes = Math.max(1, options.batchBytes ?? DEFAULT_BATCH_BYTES);
  const batchLines = Math.max(1, options.batchLines ?? DEFAULT_BATCH_LINES);
  const buffers = options.buffers ?? { take: (size: number) => Buffer.allocUnsafeSlow(size), give: () => undefined };
  let buf: Buffer = buffers.take(batchBytes);
  let used = 0; // bytes held in buf
  let lineStart = 0; // start of the current line in buf
  let lineOffset = options.startOffset ?? 0; // offset of the current line in the input
  let streamPos = lineOffset; // offset in the input of the next byte read
  const atStart = options.atStart ?? true;
  let line = 1;
  let tooLong = false; // the current line went over the limit: its bytes are dropped
  let documents = 0;
  let lines: number[] = [];

  // Moves buf[keepFrom, used) to the start of a new buffer; returns the lines recorded before as a batch.
  const rebase = (keepFrom: number, size: number): LineBatch | undefined => {
    const batch: LineBatch | undefined = lines.length > 0 ? { kind: 'lines', bytes: new Uint8Array(buf.buffer, buf.byteOffset, keepFrom), lines } : undefined;
    const next = buffers.take(Math.max(size, used - keepFrom));
    buf.copy(next, 0, keepFrom, used);
    if (batch === undefined) buffers.give(buf); // nothing refers to it
    buf = next;
    used -= keepFrom;
    lineStart -= keepFrom;
    lines = [];
    return batch;
  };

  // Yields a batch; with `reuse`, gives its buffer back once the consumer asks for more.
  async function* give(batch: LineBatch | undefined): AsyncGenerator<NdjsonItem> {
    if (batch === undefined) return;
    yield batch;
    if (options.reuse?.() === true) buffers.give(batch.bytes);
  }

  // The line [lineStart, end) is complete: record it, or say what stops or interrupts the input.
  const endLine = (end: number): { error: InputError; stop: boolean } | undefined => {
    if (tooLong || end - lineStart > maxLineBytes + 1) {
      // +1 tolerates the CR of a CRLF at the limit
      documents++;
      return { error: { code: 'TOO_LARGE', message: inputMessages.lineTooLong(lang, maxLineBytes), line }, stop: false };
    }
    let start = lineStart;
    let offset = lineOffset;
    if (end > start && buf[end - 1] === 0x0d) end--;
    if (line === 1 && atStart) {
      if (end - start >= 2 && ((buf[start] === 0xff && buf[start + 1] === 0xfe) || (buf[start] === 0xfe && buf[start + 1] === 0xff))) {
        // UTF-16 cannot be split on the byte 0x0A: refuse the whole input
        return { error: decodeError('ENCODING', 0, lang, stdin), stop: true };
      }
      if (hasUtf8Bom(buf.subarray(start, end))) {
        start += 3;
        offset += 3;
      }
    }
    const nul = buf.subarray(start, end).indexOf(0);
    if (nul >= 0) {
      // not a text input: report once and stop reading it
      documents++;
      return { error: { ...decodeError('BINARY', offset + nul, lang, stdin), line }, stop: true };
    }
    if (isBlankLine(buf, start, end)) return undefined;
    documents++;
    lines.push(line, start, end, offset);
    return undefined;
  };

  try {
    for (;;) {
      if (used === buf.length) {
        // full: move the current line to a new buffer, twice as large when the line alone fills it
        const batch = rebase(lineStart, lineStart === 0 ? buf.length * 2 : Math.max(batchBytes, (used - lineStart) * 2));
        yield* give(batch);
      }
      let n: number;
      try {
        n = await reader.read(buf, used, buf.length - used);
      } catch (error) {
        const batch = rebase(lineStart, batchBytes);
        yield* give(batch);
        throw error;
      }
      if (n === 0) break;
      let regionStart = used; // where the bytes just read start in buf…
      const regionPos = streamPos; // …and in the input
      used += n;
      streamPos += n;
      let view = buf.subarray(0, used);
      let from = regionStart;
      for (;;) {
        const newline = view.indexOf(0x0a, from);
        if (newline < 0) break;
        const problem = endLine(newline);
        line++;
        tooLong = false;
        lineStart = newline + 1;
        lineOffset = regionPos + (lineStart - regionStart);
        from = lineStart;
        if (problem !== undefined || lineStart >= batchBytes || lines.length >= batchLines * 4) {
          const shift = lineStart;
          const batch = rebase(lineStart, batchBytes);
          regionStart -= shift;
          from -= shift;
          view = buf.subarray(0, used);
          yield* give(batch);
          if (problem !== undefined) {
            yield { kind: 'error', error: problem.error, ...(problem.error.line !== undefined ? { line: problem.error.line } : {}) };
            if (problem.stop) return;
          }
        }
      }
      if (!tooLong && used - lineStart > maxLineBytes + 1) tooLong = true;
      if (tooLong) used = lineStart; // the bytes of a line over the limit are not kept
    }
    options.onLineCount?.(line - 1 + (used > lineStart || tooLong ? 1 : 0));
    if (used > lineStart || tooLong) {
      const problem = endLine(used);
      const batch = rebase(used, 0);
      yield* give(batch);
      if (problem !== undefined) {
        yield { kind: 'error', error: problem.error, ...(problem.error.line !== undefined ? { line: problem.error.line } : {}) };
        if (problem.stop) return;
      }
    } else {
      const batch = rebase(used, 0);
      yield* give(batch);
    }
    if (documents === 0 && options.reportEmpty !== false) yield { kind: 'error', error: decodeError('EMPTY', 0, lang, stdin) };
  } finally {
    buffers.give(buf);
    await reader.close();
  }
}
