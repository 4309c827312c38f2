/**
 * Parsing and validating one document's text: the unit of work, run in the
 * main thread or in a worker.
 */
import { jsonSyntaxMessage, inputMessages, type Lang } from '../i18n/messages.js';
import { findJsonSyntaxError, offsetFromParseError, positionAt } from './json-syntax.js';
import type { InputError } from './types.js';
import type { TypeDocument, ValidateFunction, ValidateOptions, ValidationIssue } from './validators-contract.js';

/** What checking one document's text gives. */
export type DocumentOutcome =
  | { kind: 'report'; typeDocument: TypeDocument | null; valid: boolean; issues: ValidationIssue[] }
  | { kind: 'error'; error: InputError };

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
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', error: jsonSyntaxError(text, error, lang, firstLine) };
  }
  try {
    const report = validate(document, options);
    return { kind: 'report', typeDocument: report.typeDocument, valid: report.valid, issues: report.issues };
  } catch (error) {
    const reason = error instanceof Error ? error.name : typeof error;
    return { kind: 'error', error: { code: 'INTERNAL', message: inputMessages.internal(lang, reason) } };
  }
}
