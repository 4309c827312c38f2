/**
 * Reading one input into document texts: a JSON file gives one text (size
 * capped), an NDJSON file or stream gives one text per non-blank line,
 * streamed with bounded memory.
 */
import { closeSync, constants as fsConstants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { decodeText, hasUtf8Bom, isBlank } from './decode.js';
import type { InputFormat } from './expand-inputs.js';
import { splitLines } from './ndjson-lines.js';
import type { InputError } from './types.js';

/** A document's text, or an error, read from an input. */
export type ReadItem = { kind: 'text'; text: string; line?: number } | { kind: 'error'; error: InputError; line?: number };

/** Options of {@link readInput}. */
export interface ReadOptions {
  lang: Lang;
  /** Largest JSON document (file, stdin or NDJSON line) in bytes. */
  maxSize: number;
  cwd?: string;
}

/** Where to read from. */
export type ReadTarget = { kind: 'file'; path: string; format: InputFormat } | { kind: 'stdin'; format: InputFormat; stream: AsyncIterable<Uint8Array | string> };

const errnoCode = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'EIO';
};

function decodeError(code: 'EMPTY' | 'BINARY' | 'ENCODING', offset: number, lang: Lang, stdin: boolean): InputError {
  if (code === 'EMPTY') return { code, message: stdin ? inputMessages.emptyStdin(lang) : inputMessages.empty(lang) };
  return { code, message: code === 'BINARY' ? inputMessages.binary(lang, offset) : inputMessages.encoding(lang, offset) };
}

/**
 * A regular file read synchronously: in a batch, four asynchronous calls per
 * file (open, stat, read, close) cost more than reading and validating it.
 * Four system calls: open, fstat, read (until it returns 0), close.
 * Returns `undefined` for anything else (FIFO, device, folder, error), which
 * the asynchronous path handles (and reports) as before.
 */
function readRegularFileSync(absolute: string, options: ReadOptions): ReadItem | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer (it goes to the asynchronous path).
    fd = openSync(absolute, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, info.size, options.maxSize) } };
    // Read to the end (the file may have grown since fstat), within the cap.
    let bytes = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, undefined, options.maxSize) } };
        const larger = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(larger, 0, 0, length);
        bytes = larger;
      }
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > options.maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(options.lang, undefined, options.maxSize) } };
    return decodeItem(bytes.subarray(0, length), options.lang, false);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readWholeFile(path: string, options: ReadOptions): Promise<ReadItem> {
  const { lang, maxSize } = options;
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  const fast = readRegularFileSync(absolute, options);
  if (fast !== undefined) return fast;
  let handle;
  try {
    handle = await open(absolute, 'r');
  } catch (error) {
    const code = errnoCode(error);
    return code === 'ENOENT'
      ? { kind: 'error', error: { code: 'NOT_FOUND', message: inputMessages.notFound(lang) } }
      : { kind: 'error', error: { code: 'UNREADABLE', message: inputMessages.unreadable(lang, code) } };
  }
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxSize) return { kind: 'error', error: { code: 'TOO_LARGE', message: inputMessages.tooLarge(lang, info.size, maxSize) } };
    if (info.isFile()) return decodeItem(await handle.readFile(), lang, false);
    // a FIFO or a character device: read with the cap
    return await readCapped(handle.createReadStream({ autoClose: false }), options, false);
  } catch (error) {
    return { kind: 'error', error: { code: 'UNREADABLE', message: inputMessages.unreadable(lang, errnoCode(error)) } };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function decodeItem(bytes: Uint8Array, lang: Lang, stdin: boolean): ReadItem {
  const decoded = decodeText(bytes);
  return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'error', error: decodeError(decoded.code, 'offset' in decoded ? decoded.offset : 0, lang, stdin) };
}

async function readCapped(stream: AsyncIterable<Uint8Array | string>, options: ReadOptions, stdin: boolean): Promise<ReadItem> {
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
  return decodeItem(bytes, options.lang, stdin);
}

async function* readNdjson(stream: AsyncIterable<Uint8Array | string>, options: ReadOptions, stdin: boolean): AsyncGenerator<ReadItem> {
  const { lang } = options;
  let documents = 0;
  for await (const raw of splitLines(stream, options.maxSize)) {
    const { line } = raw;
    if (raw.bytes === null) {
      documents++;
      yield { kind: 'error', line, error: { code: 'TOO_LARGE', message: inputMessages.lineTooLong(lang, options.maxSize), line } };
      continue;
    }
    let bytes = raw.bytes;
    let offset = raw.offset;
    if (line === 1) {
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        // UTF-16 cannot be split on the byte 0x0A: refuse the whole stream
        yield { kind: 'error', error: { code: 'ENCODING', message: inputMessages.encoding(lang, 0) } };
        return;
      }
      if (hasUtf8Bom(bytes)) {
        bytes = bytes.subarray(3);
        offset += 3;
      }
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      // not a text stream: report once and stop reading this input
      documents++;
      yield { kind: 'error', line, error: { code: 'BINARY', message: inputMessages.binary(lang, offset + nul), line } };
      return;
    }
    const decoded = decodeText(bytes, offset);
    if (!decoded.ok) {
      if (decoded.code === 'EMPTY') continue; // blank lines are allowed between records
      documents++;
      yield { kind: 'error', line, error: { ...decodeError(decoded.code, decoded.offset, lang, stdin), line } };
      continue;
    }
    if (isBlank(decoded.text)) continue;
    documents++;
    yield { kind: 'text', text: decoded.text, line };
  }
  if (documents === 0) yield { kind: 'error', error: decodeError('EMPTY', 0, lang, stdin) };
}

/**
 * Reads an input. Never throws: every failure becomes an error item, so one
 * bad input never stops the others.
 */
export async function* readInput(target: ReadTarget, options: ReadOptions): AsyncGenerator<ReadItem> {
  const stdin = target.kind === 'stdin';
  try {
    if (target.kind === 'file' && target.format === 'json') {
      yield await readWholeFile(target.path, options);
      return;
    }
    let stream: AsyncIterable<Uint8Array | string>;
    if (target.kind === 'stdin') {
      stream = target.stream;
    } else {
      const fileStream = createReadStream(resolve(options.cwd ?? process.cwd(), target.path), { highWaterMark: 256 * 1024 });
      stream = fileStream;
    }
    if (target.format === 'json') {
      yield await readCapped(stream, options, stdin);
      return;
    }
    yield* readNdjson(stream, options, stdin);
  } catch (error) {
    const code = errnoCode(error);
    yield code === 'ENOENT'
      ? { kind: 'error', error: { code: 'NOT_FOUND', message: inputMessages.notFound(options.lang) } }
      : { kind: 'error', error: { code: 'UNREADABLE', message: inputMessages.unreadable(options.lang, code) } };
  }
}
