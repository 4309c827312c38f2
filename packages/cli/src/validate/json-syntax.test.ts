import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, offsetFromParseError, positionAt } from './json-syntax.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e+10', '"a\\u00e9\\n"', 'true', 'null', '{"a":[1,{"b":false}],"c":"d"}', '\r\n\t[ ]']) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it.each([
    ['', 0, 'unexpected-end'],
    ['{', 1, 'unexpected-end'],
    ['{"a": }', 6, 'unexpected-character'],
    ['{"a":1,}', 7, 'trailing-comma'],
    ['[1,]', 3, 'trailing-comma'],
    ['[,1]', 1, 'unexpected-character'],
    ['{"a":1 "b":2}', 7, 'missing-comma'],
    ["{'a':1}", 1, 'unexpected-character'],
    ['[1 2]', 3, 'missing-comma'],
    ['[1 }', 3, 'unexpected-character'],
    ['{"a":1} x', 8, 'trailing-content'],
    ['{"a":1}\n{"a":2}', 8, 'trailing-content'],
    ['"a\nb"', 2, 'control-character'],
    ['"\\x"', 2, 'bad-escape'],
    ['"\\u12G4"', 5, 'bad-escape'],
    ['01', 1, 'trailing-content'],
    ['1.', 2, 'unexpected-end'],
    ['1.e3', 2, 'bad-number'],
    ['-', 1, 'unexpected-end'],
    ['-a', 1, 'bad-number'],
    ['tru', 3, 'unexpected-end'],
    ['nul1', 3, 'unexpected-character'],
    ['"abc', 4, 'unexpected-end'],
  ])('%j → offset %i, %s', (text, offset, reason) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, reason });
  });

  it('handles deep nesting without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toBeUndefined();
    expect(findJsonSyntaxError(deep.slice(0, -1))).toEqual({ offset: 399_999, reason: 'unexpected-end' });
  });

  it('agrees with JSON.parse on arbitrary texts (property)', () => {
    const jsonish = fc.oneof(
      fc.json().map((j) => j),
      fc.json().chain((j) => fc.nat(j.length).map((k) => j.slice(0, k) + j.slice(k + 1))),
      fc
        .json()
        .chain((j) =>
          fc.tuple(fc.nat(j.length), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', 'x', '0', '-', '.', 'e', ' ')).map(([k, c]) => j.slice(0, k) + c + j.slice(k)),
        ),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'u', '1', '0', '-', '.', 'e', 'E', '+', ' ', 't', 'r', 'u', 'e', 'n', 'l', '\t', '\u0001') }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: runs(5000) },
    );
  });

  it('points exactly at a character inserted outside strings (property)', () => {
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        tie('array'),
      ),
      array: fc.array(tie('value'), { maxLength: 5 }),
    }));
    fc.assert(
      fc.property(value, fc.nat(), fc.constantFrom(' ', '  \n'), (v, at, space) => {
        const json = JSON.stringify(v, null, space.length > 1 ? 2 : undefined);
        const k = at % (json.length + 1);
        const broken = `${json.slice(0, k)}§${json.slice(k)}`;
        const problem = findJsonSyntaxError(broken);
        expect(problem?.offset).toBe(k);
        expect(parses(broken)).toBe(false);
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe('positionAt', () => {
  it('counts LF, CRLF and CR line breaks', () => {
    const text = 'a\nbc\r\nd\re';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 2)).toEqual({ line: 2, column: 1 });
    expect(positionAt(text, 3)).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, 6)).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, 8)).toEqual({ line: 4, column: 1 });
    expect(positionAt(text, 9)).toEqual({ line: 4, column: 2 });
  });

  it('counts an astral character as one column', () => {
    const text = '"😀😀"x';
    expect(positionAt(text, text.indexOf('x'))).toEqual({ line: 1, column: 5 });
  });

  it('clamps offsets past the end', () => {
    expect(positionAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('offsetFromParseError', () => {
  it('reads the V8 position and the end-of-input case', () => {
    expect(offsetFromParseError(new SyntaxError('Unexpected token } in JSON at position 12'), 20)).toBe(12);
    expect(offsetFromParseError(new SyntaxError('Unexpected end of JSON input'), 20)).toBe(20);
    expect(offsetFromParseError(new SyntaxError('something else'), 20)).toBeUndefined();
  });

  it('matches the scanner on what this Node reports', () => {
    for (const text of ['{"a": }', '[1 2]', '{"a":1} x']) {
      let error: unknown;
      try {
        JSON.parse(text);
      } catch (e) {
        error = e;
      }
      const fromEngine = offsetFromParseError(error, text.length);
      if (fromEngine !== undefined) expect(fromEngine).toBe(findJsonSyntaxError(text)!.offset);
    }
  });
});
