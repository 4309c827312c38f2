/**
 * The input errors shared by every way of reading: decoding failures and
 * system errors, with their messages in the chosen language.
 */
import { inputMessages, type Lang } from '../i18n/messages.js';
import type { Utf16Encoding } from '@serafin-ph/validators/bytes';
import type { EncodingProblem } from './decode.js';
import type { InputError } from './types.js';

/**
 * The error of bytes that {@link decodeText} refused (`EMPTY` names standard
 * input when `stdin`). An encoding problem's line is counted from `firstLine`
 * (an NDJSON record's line); `{ utf16 }` names malformed UTF-16.
 */
export function decodeError(
  code: 'EMPTY' | 'BINARY' | 'ENCODING',
  offset: number,
  lang: Lang,
  stdin: boolean,
  problem?: EncodingProblem | { readonly utf16: Utf16Encoding },
  firstLine = 1,
): InputError {
  if (code === 'EMPTY') return { code, message: stdin ? inputMessages.emptyStdin(lang) : inputMessages.empty(lang) };
  if (code === 'BINARY') return { code, message: inputMessages.binary(lang, offset) };
  if (problem === undefined) return { code, message: inputMessages.encoding(lang, offset) };
  if ('utf16' in problem) return { code, message: inputMessages.malformedUtf16(lang, problem.utf16, offset) };
  const line = problem.line + firstLine - 1;
  return { code, message: inputMessages.notUtf8(lang, { ...problem, line }), line, column: problem.column };
}

/** The `code` of a system error (`ENOENT`, `EACCES`…), or a name for anything else. */
export function errnoCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'EIO';
}

/** `NOT_FOUND` or `UNREADABLE` for a failure to open or read an input. */
export function readError(error: unknown, lang: Lang): InputError {
  const code = errnoCode(error);
  return code === 'ENOENT' ? { code: 'NOT_FOUND', message: inputMessages.notFound(lang) } : { code: 'UNREADABLE', message: inputMessages.unreadable(lang, code) };
}
