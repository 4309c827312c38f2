/**
 * Splitting a byte stream into lines with bounded memory: a line longer than
 * the limit is dropped (reported, not kept), whatever the size of the stream.
 */

/** One line of an NDJSON stream. */
export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes without its LF / CRLF; `null` when it exceeded the limit. */
  bytes: Uint8Array | null;
  /** Offset of the line's first byte in the stream. */
  offset: number;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Yields the lines of a stream of bytes. Memory holds at most one line of up
 * to `maxLineBytes` plus one chunk of the stream. The final line needs no
 * trailing newline; a trailing CR before LF is dropped.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let line = 1;
  let lineOffset = 0;
  let streamOffset = 0;
  let pendingBytes = false;

  const emit = (): RawLine => {
    let bytes: Uint8Array | null = null;
    if (!tooLong) {
      bytes = concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const out: RawLine = { line, bytes, offset: lineOffset };
    parts = [];
    length = 0;
    tooLong = false;
    pendingBytes = false;
    line++;
    return out;
  };
  const append = (piece: Uint8Array): void => {
    if (piece.length === 0) return;
    pendingBytes = true;
    if (tooLong) return;
    if (length + piece.length > maxLineBytes + 1) {
      // +1 tolerates the CR of a CRLF at the limit
      tooLong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(piece);
    length += piece.length;
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      if (newline < 0) {
        append(chunk.subarray(start));
        break;
      }
      append(chunk.subarray(start, newline));
      yield emit();
      lineOffset = streamOffset + newline + 1;
      start = newline + 1;
    }
    streamOffset += chunk.length;
  }
  if (pendingBytes || tooLong) yield emit();
}
