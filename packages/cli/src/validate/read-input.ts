/**
 * Reading one input: a JSON file or standard input gives one text (size
 * capped), an NDJSON file or stream gives batches of document lines, read
 * with bounded memory.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { decodeText, type TextEncodingChoice } from './decode.js';
import type { InputFormat } from './expand-inputs.js';
import { decodeError, errnoCode, readError } from './input-error.js';
import { chunkReader, fileReader, ndjsonBatches, type BufferPool, type LineBatch } from './ndjson-batches.js';
import type { InputError } from './types.js';

/** A document's text. */
export type TextItem = { kind: 'text'; text: string };
/** An input that could not be read, or an NDJSON line that could not be taken (with its `line`). */
export type ErrorItem = { kind: 'error'; error: InputError; line?: number };
/** A document's text, a batch of NDJSON lines, or an error, read from an input. */
export type ReadItem = TextItem | LineBatch | ErrorItem;

/** Options of {@link readInput}. */
export interface ReadOptions {
  lang: Lang;
  /** NDJSON: where the buffers of batches come from (see `ndjsonBatches`). */
  buffers?: BufferPool;
  /** NDJSON: bytes per batch (see `ndjsonBatches`). */
  batchBytes?: number;
  /** NDJSON: whether the consumer is done with a batch of lines when it asks for the next item (see `ndjsonBatches`). */
  reuse?: () => boolean;
  /** Largest JSON document (file, stdin or NDJSON line) in bytes. */
  maxSize: number;
  cwd?: string;
  /** How to decode the bytes (`--encoding`; `auto` when absent). */
  encoding?: TextEncodingChoice;
}

/** Where to read from. */
export type ReadTarget = { kind: 'file'; path: string; format: InputFormat } | { kind: 'stdin'; format: InputFormat; stream: AsyncIterable<Uint8Array | string> };

/**
 * The bytes of the files read synchronously, one after the other: the text is
 * decoded from them (a copy) before the next file, so one buffer serves them
 * all (no allocation per file); larger files get a buffer of their own.
 */
const scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * A regular file read synchronously: in a batch, four asynchronous calls per
 * file (open, stat, read, close) cost more than reading and validating it;
 * synchronously, four system calls: open, fstat, read, close.
 * Returns `undefined` for anything else (FIFO, device, folder, error), which
 * the asynchronous path handles (and reports) as before.
 */
function readRegularFileSync(absolute: string, options: ReadOptions): TextItem | ErrorItem | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer (it goes to the asynchronous path).
    fd = openSync(absolute, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, info.size, options.maxSize) } };
    // Read to the end (the file may have grown since fstat), within the cap. A read
    // that stops short exactly at the size given by fstat met the end of the file:
    // no read of 0 after it; any other short read is followed by another.
    let bytes = info.size < scratch.length ? scratch : Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, undefined, options.maxSize) } };
        const larger = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(larger, 0, 0, length);
        bytes = larger;
      }
      const asked = bytes.length - length;
      const n = readSync(fd, bytes, length, asked, null);
      length += n;
      if (n === 0 || (n < asked && length === info.size)) break;
    }
    if (length > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, undefined, options.maxSize) } };
    return decodeItem(bytes.subarray(0, length), options, false);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a JSON file (one document) when it is a regular file, synchronously;
 * `undefined` for anything else, which {@link readJsonFile} reads (or reports).
 */
export function readJsonFileSync(path: string, options: ReadOptions): TextItem | ErrorItem | undefined {
  return readRegularFileSync(absolutePath(path, options), options);
}

// (an absolute path is used as it is: `resolve` would only normalise it)
const absolutePath = (path: string, options: ReadOptions): string => (isAbsolute(path) ? path : resolve(options.cwd ?? process.cwd(), path));

/**
 * Reads a JSON file (one document). Never rejects: every failure becomes an
 * error item.
 */
export async function readJsonFile(path: string, options: ReadOptions): Promise<TextItem | ErrorItem> {
  const { lang, maxSize } = options;
  const absolute = absolutePath(path, options);
  const fast = readRegularFileSync(absolute, options);
  if (fast !== undefined) return fast;
  let handle;
  try {
    handle = await open(absolute, 'r');
  } catch (error) {
    return { kind: 'error', error: readError(error, lang) };
  }
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(lang, info.size, maxSize) } };
    if (info.isFile()) return decodeItem(await handle.readFile(), options, false);
    // a FIFO or a character device: read with the cap
    return await readCapped(handle.createReadStream({ autoClose: false }), options, false);
  } catch (error) {
    return { kind: 'error', error: { code: 'UNREADABLE', message: inputMessages.unreadable(lang, errnoCode(error)) } };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function decodeItem(bytes: Uint8Array, options: ReadOptions, stdin: boolean): TextItem | ErrorItem {
  const decoded = decodeText(bytes, 0, options.encoding);
  if (decoded.ok) return { kind: 'text', text: decoded.text };
  const problem = decoded.code !== 'ENCODING' ? undefined : decoded.utf16 !== undefined ? { utf16: decoded.utf16 } : decoded.problem;
  return { kind: 'error', error: decodeError(decoded.code, 'offset' in decoded ? decoded.offset : 0, options.lang, stdin, problem) };
}

async function readCapped(stream: AsyncIterable<Uint8Array | string>, options: ReadOptions, stdin: boolean): Promise<TextItem | ErrorItem> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    length += chunk.length;
    if (length > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, undefined, options.maxSize) } };
    parts.push(chunk);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return decodeItem(bytes, options, stdin);
}

/**
 * Reads an input. Never throws: every failure becomes an error item, so one
 * bad input never stops the others.
 */
export async function* readInput(target: ReadTarget, options: ReadOptions): AsyncGenerator<ReadItem> {
  const stdin = target.kind === 'stdin';
  try {
    if (target.kind === 'file' && target.format === 'json') {
      yield await readJsonFile(target.path, options);
    } else if (target.kind === 'stdin' && target.format === 'json') {
      yield await readCapped(target.stream, options, stdin);
    } else {
      const reader = target.kind === 'stdin' ? chunkReader(target.stream) : await fileReader(absolutePath(target.path, options));
      const { buffers, batchBytes, reuse } = options;
      yield* ndjsonBatches(reader, {
        lang: options.lang,
        maxLineBytes: options.maxSize,
        stdin,
        ...(buffers !== undefined ? { buffers } : {}),
        ...(batchBytes !== undefined ? { batchBytes } : {}),
        ...(reuse !== undefined ? { reuse } : {}),
      });
    }
  } catch (error) {
    yield { kind: 'error', error: readError(error, options.lang) };
  }
}
