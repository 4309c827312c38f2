/**
 * Locating malformed JSON. `JSON.parse` is used to parse (it is fast); when it
 * fails, this scanner walks the text again to find the exact offset and the
 * reason, independently of the JavaScript engine's message wording (which
 * varies between Node versions and quotes the document's content).
 */

/** Why a text is not JSON. */
export type JsonSyntaxReason =
  'unexpected-end' | 'unexpected-character' | 'control-character' | 'bad-escape' | 'bad-number' | 'trailing-content' | 'missing-comma' | 'trailing-comma';

/** The first syntax error of a text. */
export interface JsonSyntaxProblem {
  /** Offset in UTF-16 code units. */
  offset: number;
  reason: JsonSyntaxReason;
}

/** A 1-based position in a text. */
export interface TextPosition {
  line: number;
  /** 1-based, counted in Unicode characters (code points). */
  column: number;
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Finds the first syntax error of `text` by the grammar of RFC 8259, without
 * building any value (iterative: no recursion, whatever the nesting depth).
 *
 * @returns `undefined` when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const n = text.length;
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  let i = 0;
  let state: State = 'value';
  let afterComma = false;
  const end = (): JsonSyntaxProblem => ({ offset: n, reason: 'unexpected-end' });
  const unexpected = (at: number): JsonSyntaxProblem => ({ offset: at, reason: 'unexpected-character' });

  const scanString = (): JsonSyntaxProblem | undefined => {
    i++; // opening quote
    for (;;) {
      if (i >= n) return end();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        if (i + 1 >= n) return end();
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) return end();
            if (!isHex(text.charCodeAt(i + k))) return { offset: i + k, reason: 'bad-escape' };
          }
          i += 6;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          i += 2;
        } else {
          return { offset: i + 1, reason: 'bad-escape' };
        }
        continue;
      }
      if (c < 0x20) return { offset: i, reason: 'control-character' };
      i++;
    }
  };

  const scanNumber = (): JsonSyntaxProblem | undefined => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (i >= n) return end();
    const first = text.charCodeAt(i);
    if (first === 0x30) i++;
    else if (isDigit(first)) while (i < n && isDigit(text.charCodeAt(i))) i++;
    else return { offset: i, reason: 'bad-number' };
    if (i < n && text.charCodeAt(i) === 0x2e) {
      i++;
      if (i >= n) return end();
      if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: 'bad-number' };
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    if (i < n && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45)) {
      i++;
      if (i < n && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i++;
      if (i >= n) return end();
      if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: 'bad-number' };
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  };

  const scanLiteral = (word: string): JsonSyntaxProblem | undefined => {
    for (let k = 0; k < word.length; k++) {
      if (i + k >= n) return end();
      if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return unexpected(i + k);
    }
    i += word.length;
    return undefined;
  };

  for (;;) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
    const c = i < n ? text.charCodeAt(i) : -1;
    let problem: JsonSyntaxProblem | undefined;
    switch (state) {
      case 'value':
      case 'value-or-close': {
        if (c < 0) return end();
        if (state === 'value-or-close' && c === 0x5d) {
          stack.pop();
          i++;
          state = 'after-value';
          continue;
        }
        if (c === 0x5d && afterComma) return { offset: i, reason: 'trailing-comma' };
        afterComma = false;
        if (c === 0x7b) {
          stack.push(c);
          i++;
          state = 'key-or-close';
          continue;
        }
        if (c === 0x5b) {
          stack.push(c);
          i++;
          state = 'value-or-close';
          continue;
        }
        if (c === 0x22) problem = scanString();
        else if (c === 0x2d || isDigit(c)) problem = scanNumber();
        else if (c === 0x74) problem = scanLiteral('true');
        else if (c === 0x66) problem = scanLiteral('false');
        else if (c === 0x6e) problem = scanLiteral('null');
        else return unexpected(i);
        if (problem) return problem;
        state = 'after-value';
        continue;
      }
      case 'key':
      case 'key-or-close': {
        if (c < 0) return end();
        if (state === 'key-or-close' && c === 0x7d) {
          stack.pop();
          i++;
          state = 'after-value';
          continue;
        }
        if (c === 0x7d && afterComma) return { offset: i, reason: 'trailing-comma' };
        afterComma = false;
        if (c !== 0x22) return unexpected(i);
        problem = scanString();
        if (problem) return problem;
        state = 'colon';
        continue;
      }
      case 'colon': {
        if (c < 0) return end();
        if (c !== 0x3a) return unexpected(i);
        i++;
        state = 'value';
        continue;
      }
      case 'after-value': {
        const top = stack[stack.length - 1];
        if (top === undefined) return c < 0 ? undefined : { offset: i, reason: 'trailing-content' };
        if (c < 0) return end();
        if (c === 0x2c) {
          i++;
          state = top === 0x7b ? 'key' : 'value';
          afterComma = true;
          continue;
        }
        if (c === (top === 0x7b ? 0x7d : 0x5d)) {
          stack.pop();
          i++;
          continue;
        }
        // something that starts a value where a comma was expected
        if (c === 0x22 || c === 0x7b || c === 0x5b || c === 0x2d || isDigit(c) || c === 0x74 || c === 0x66 || c === 0x6e) return { offset: i, reason: 'missing-comma' };
        return unexpected(i);
      }
    }
  }
}

/**
 * Reads the offset out of a V8 `JSON.parse` message ("… in JSON at position
 * 12", "Unexpected end of JSON input"). A fallback only: see
 * {@link findJsonSyntaxError}.
 */
export function offsetFromParseError(error: unknown, textLength: number): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const match = /at position (\d+)/.exec(message);
  if (match?.[1] !== undefined) return Math.min(Number(match[1]), textLength);
  if (/end of (JSON )?input/i.test(message)) return textLength;
  return undefined;
}

/**
 * Converts an offset (UTF-16 code units) into a 1-based line and column.
 * Line breaks are LF, CRLF and lone CR; the column counts code points, so an
 * emoji or an astral character counts once.
 */
export function positionAt(text: string, offset: number): TextPosition {
  const stop = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        if (i + 1 < stop) continue; // the LF of the CRLF ends the line
      }
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < stop; i++) {
    const c = text.charCodeAt(i);
    // a high surrogate followed by a low surrogate is one character
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < stop) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return { line, column };
}
