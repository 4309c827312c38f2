/**
 * Parsing and validating one document's text: the unit of work, run in the
 * main thread or in a worker.
 */
import { jsonSyntaxMessage, inputMessages, type Lang } from '../i18n/messages.js';
import { decodeLine, type TextEncodingChoice } from './decode.js';
import { decodeError } from './input-error.js';
import { duplicateKeyOf } from './json-duplicates.js';
import { overValueBudget } from './json-values.js';
import { findJsonSyntaxError, offsetFromParseError, positionAt } from './json-syntax.js';
import type { InputError } from './types.js';
import type { TypeDocument, ValidateFunction, ValidateOptions, ValidationIssue } from './validators-contract.js';

/** What checking one document's text gives. */
export type DocumentOutcome = { kind: 'report'; typeDocument: TypeDocument | null; valid: boolean; issues: ValidationIssue[] } | { kind: 'error'; error: InputError };

/**
 * Builds the `JSON_SYNTAX` error of a text that `JSON.parse` rejected, with
 * the line and column of the problem (lines counted from `firstLine`, for an
 * NDJSON record).
 */
export function jsonSyntaxError(text: string, parseError: unknown, lang: Lang, firstLine = 1): InputError {
  const problem = findJsonSyntaxError(text);
  const offset = problem?.offset ?? offsetFromParseError(parseError, text.length) ?? 0;
  const { line, column } = positionAt(text, offset);
  const char = offset < text.length ? String.fromCodePoint(text.codePointAt(offset) ?? 0) : undefined;
  const absoluteLine = line + firstLine - 1;
  return {
    code: 'JSON_SYNTAX',
    message: jsonSyntaxMessage(lang, problem?.reason ?? 'unknown', absoluteLine, column, char),
    line: absoluteLine,
    column,
  };
}

/**
 * Parses `text` as JSON and validates it. Never throws: a syntax error or an
 * unexpected exception of `validate` becomes an error outcome.
 */
export function checkText(text: string, validate: ValidateFunction, options: ValidateOptions, firstLine = 1): DocumentOutcome {
  const lang: Lang = options.lang ?? 'fr';
  // Refused before parsing: parsed, a text of tiny values would take fifty times its size.
  const budget = overValueBudget(text);
  if (budget !== undefined) {
    return { kind: 'error', error: { code: 'TOO_MANY_VALUES', message: inputMessages.tooManyValues(lang, budget, text.length), line: firstLine, column: 1 } };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', error: jsonSyntaxError(text, error, lang, firstLine) };
  }
  if (Array.isArray(document)) {
    return { kind: 'error', error: { code: 'JSON_ARRAY', message: inputMessages.jsonArray(lang, document.length), line: firstLine, column: 1 } };
  }
  const duplicate = duplicateKeyOf(text, document);
  if (duplicate !== undefined) {
    const first = positionAt(text, duplicate.first);
    const second = positionAt(text, duplicate.second);
    const line = second.line + firstLine - 1;
    return {
      kind: 'error',
      error: {
        code: 'DUPLICATE_KEY',
        message: inputMessages.duplicateKey(lang, line, second.column, first.line + firstLine - 1, first.column),
        line,
        column: second.column,
      },
    };
  }
  try {
    const report = validate(document, options);
    return { kind: 'report', typeDocument: report.typeDocument, valid: report.valid, issues: report.issues };
  } catch (error) {
    const reason = error instanceof Error ? error.name : typeof error;
    return { kind: 'error', error: { code: 'INTERNAL', message: inputMessages.internal(lang, reason) } };
  }
}

/**
 * Decodes, parses and validates the document line `k` (0-based) of an NDJSON
 * batch (see `LineBatch`: four numbers per line, its number, start, end and
 * offset in the input). An encoding error is located by its offset in the
 * input. `bytes` is best a `Buffer` (its `indexOf` is `memchr`).
 */
export function checkLine(
  bytes: Uint8Array,
  lines: readonly number[],
  k: number,
  validate: ValidateFunction,
  options: ValidateOptions,
  encoding: TextEncodingChoice = 'auto',
): DocumentOutcome {
  const i = k * 4;
  const line = lines[i]!;
  const decoded = decodeLine(bytes.subarray(lines[i + 1]!, lines[i + 2]!), lines[i + 3]!, encoding);
  if (decoded.ok) return checkText(decoded.text, validate, options, line);
  const problem = decoded.code === 'ENCODING' ? decoded.problem : undefined;
  return { kind: 'error', error: { ...decodeError(decoded.code, decoded.code === 'EMPTY' ? 0 : decoded.offset, options.lang ?? 'fr', false, problem, line), line } };
}

/** {@link checkLine} for every line of a batch: one outcome per line, in order. */
export function checkLines(bytes: Uint8Array, lines: readonly number[], validate: ValidateFunction, options: ValidateOptions): DocumentOutcome[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const outcomes: DocumentOutcome[] = [];
  for (let k = 0; k * 4 < lines.length; k++) outcomes.push(checkLine(buffer, lines, k, validate, options));
  return outcomes;
}
