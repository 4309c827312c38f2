/**
 * Checking an NDJSON file by byte ranges: each checking thread opens the file
 * and reads its own range, so that no line bytes travel between threads.
 *
 * A range `[start, end)` owns the lines that start in it: it begins after the
 * first line feed at or after `start - 1` (at 0 for the first range) and
 * finishes the line that crosses `end`. Lines are numbered from 1 within the
 * range; the thread that reports adds the lines of the ranges before. A line
 * whose outcome names its line (a syntax, encoding or duplicate-key error) is
 * not reported by the range: it is checked again by the reporting thread,
 * with its number, so that every message reads as with one thread.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Lang } from '../i18n/messages.js';
import { checkLine } from './check-text.js';
import { bufferPool, ndjsonBatches, type ByteReader } from './ndjson-batches.js';
import { readError } from './input-error.js';
import type { InputError } from './types.js';
import type { ValidateFunction, ValidateOptions } from './validators-contract.js';
import { toWire, type WireOutcome } from './wire-outcome.js';

/** A line to check again where its number is known: its offset in the file and its length in bytes (line feed, carriage return and byte order mark excluded). */
export interface RecheckItem {
  /** Always `recheck`. */
  kind: 'recheck';
  /** Offset of the line's first byte in the file. */
  offset: number;
  /** Length of the line in bytes. */
  length: number;
}

/** An error of the splitter (`TOO_LARGE`, `BINARY`, `ENCODING`, a read error); its `line`, when any, is counted in the range. */
export interface RangeErrorItem {
  /** Always `range-error`. */
  kind: 'range-error';
  /** The error, as the splitter gave it. */
  error: InputError;
}

/** What checking a range gives, in a form cheap to send between threads. */
export interface RangeResult {
  /** Lines that start in the range (blank ones too). */
  lineCount: number;
  /** Documents (as `ndjsonBatches` counts them: lines kept, lines over the limit, binary data). */
  documents: number;
  /** The 1-based line, in the range, of each item. */
  lines: number[];
  /** One per document line or error, in line order. */
  items: (WireOutcome | RecheckItem | RangeErrorItem)[];
  /** Binary data, a UTF-16 byte order mark or a read error stopped the input here. */
  stopped: boolean;
}

const LF = 0x0a;
const SCAN = 64 * 1024;
/** Bytes per batch of lines within a range. */
const RANGE_BATCH_BYTES = 256 * 1024;

/** Where the lines of the range `[start, end)` start in the file open as `fd`, or -1 when no line starts in it. */
export function rangeStart(fd: number, start: number, end: number): number {
  if (start === 0) return end > 0 ? 0 : -1;
  const scan = Buffer.allocUnsafe(SCAN);
  for (let pos = start - 1; pos < end;) {
    const n = readSync(fd, scan, 0, Math.min(SCAN, end - pos), pos);
    if (n === 0) return -1;
    const newline = scan.subarray(0, n).indexOf(LF);
    if (newline >= 0) return pos + newline + 1 < end ? pos + newline + 1 : -1;
    pos += n;
  }
  return -1;
}

/** A reader of the file open as `fd` from `from`, that stops at the first line feed at or after `end - 1` (or at the end of the file). */
export function rangeReader(fd: number, from: number, end: number): ByteReader {
  let pos = from;
  let done = from < 0;
  return {
    async read(target, offset, length) {
      if (done) return 0;
      let n = readSync(fd, target, offset, length, pos);
      if (n === 0) {
        done = true;
        return 0;
      }
      const searchFrom = Math.max(end - 1, pos) - pos;
      if (searchFrom < n) {
        const newline = target.subarray(offset + searchFrom, offset + n).indexOf(LF);
        if (newline >= 0) {
          n = searchFrom + newline + 1;
          done = true;
        }
      }
      pos += n;
      return n;
    },
    async close() {
      // the caller closes the file
    },
  };
}

/** Options of {@link checkRange}. */
export interface RangeOptions {
  lang: Lang;
  /** Largest line in bytes. */
  maxLineBytes: number;
}

/**
 * Checks the lines of the byte range `[start, end)` of the NDJSON file at
 * `path` (see the module comment). Never rejects: a read error becomes an
 * item that stops the input.
 */
export async function checkRange(path: string, start: number, end: number, range: RangeOptions, validate: ValidateFunction, options: ValidateOptions): Promise<RangeResult> {
  const result: RangeResult = { lineCount: 0, documents: 0, lines: [], items: [], stopped: false };
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const from = rangeStart(fd, start, end);
    if (from < 0) return result;
    const buffers = bufferPool(RANGE_BATCH_BYTES, 4);
    const batches = ndjsonBatches(rangeReader(fd, from, end), {
      lang: range.lang,
      maxLineBytes: range.maxLineBytes,
      stdin: false,
      batchBytes: RANGE_BATCH_BYTES,
      buffers,
      reuse: () => true,
      startOffset: from,
      atStart: from === 0,
      reportEmpty: false,
      onLineCount: (lines) => (result.lineCount = lines),
    });
    for await (const item of batches) {
      if (item.kind === 'error') {
        result.lines.push(item.line ?? 0);
        result.items.push({ kind: 'range-error', error: item.error });
        if (item.error.code === 'TOO_LARGE' || item.error.code === 'BINARY') result.documents++;
        if (item.error.code === 'BINARY' || item.error.code === 'ENCODING') result.stopped = true;
        continue;
      }
      const bytes = Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength);
      const { lines } = item;
      for (let k = 0; k * 4 < lines.length; k++) {
        const i = k * 4;
        result.documents++;
        result.lines.push(lines[i]!);
        const outcome = checkLine(bytes, lines, k, validate, options);
        result.items.push(outcome.kind === 'error' ? { kind: 'recheck', offset: lines[i + 3]!, length: lines[i + 2]! - lines[i + 1]! } : toWire(outcome));
      }
    }
  } catch (error) {
    result.lines.push(0);
    result.items.push({ kind: 'range-error', error: readError(error, range.lang) });
    result.stopped = true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return result;
}

/** Byte ranges of about `size` bytes covering a file of `fileSize` bytes. */
export function byteRanges(fileSize: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < fileSize; start += size) ranges.push([start, Math.min(fileSize, start + size)]);
  return ranges;
}

/** Reads `length` bytes at `offset` of the file at `path` (a line to check again). */
export function readLineBytes(path: string, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  const fd = openSync(path, 'r');
  try {
    let at = 0;
    while (at < length) {
      const n = readSync(fd, bytes, at, length - at, offset + at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
