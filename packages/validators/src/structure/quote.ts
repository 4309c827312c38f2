/**
 * What a structural message may quote from the document: values whatever
 * their characters (« validé », « année »), and keys, except personal data
 * (values inside a personal-data area that are not public codes, keys that
 * the schema does not define there) unless the caller opted in. Long values
 * are cut.
 *
 * Valeurs et clés citées par les messages de structure.
 */
import type { JsonValue } from '../json/read-document.js';
import { editDistance } from '../suggest.js';
import { isShowableKey } from '../mask-keys.js';
import { mayQuoteIn } from '../personal-data-in.js';
import type { StructureMessages } from './locales/catalogue.js';
import type { MapContext } from './map-context.js';

/** Longest value or key quoted whole; longer ones are cut with an ellipsis. */
export const MAX_QUOTED_LENGTH = 80;

/** True when the value at `path` may be quoted in a message. */
export function quotable(ctx: MapContext, path: string, value: JsonValue | undefined): boolean {
  if (value === undefined) return false;
  if (!mayQuoteIn(ctx.info, path, value, ctx.includePersonalData)) return false;
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A code or a version: up to six groups of at most four digits (`2.3.4.2`, `437`, `1.1.0`), never a phone number or an identifier. */
const CODE_SHAPE = /^\d{1,4}(?:\.\d{1,4}){0,5}$/;
/** A token written like the schema's own values: lower-case letters and digits, joined by `.`, `_` or `-` (`archive`, `domicile-familial`). */
const LOWER_TOKEN = /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)*$/u;
/** A short upper-case code (`MERE`, `FTH`, `2A`): at most four letters or digits. */
const SHORT_UPPER_CODE = /^[\p{Lu}\d]{1,4}$/u;
/** Five digits in a row: part of a phone number, an identifier or a date, never of a code. */
const LONG_DIGITS = /\d{5}/;

/**
 * True when a value that is not in its closed list (`enum`, `const`, a union's
 * discriminator) may be quoted. Such a value is whatever was typed: a name
 * written in « donnePar » or « jour » (« Jean Castex », « Dupont », « DUPONT »)
 * is personal data wherever it lands. So, unless the caller opted in, only
 * what is written like a code is quoted: `null`, a boolean, a code or version
 * ({@link CODE_SHAPE}), a lower-case token ({@link LOWER_TOKEN}), a short
 * upper-case code ({@link SHORT_UPPER_CODE}), or a near miss of an allowed
 * value (the same letters but for case, or at most one edit in four
 * characters: « Validé » for « valide »). A name typed all in lower case and
 * in one word would still be quoted: names are written with capitals.
 */
export function quotableOutsideList(ctx: MapContext, path: string, value: JsonValue | undefined, allowed: readonly unknown[]): boolean {
  if (!quotable(ctx, path, value)) return false;
  if (ctx.includePersonalData || value === null || typeof value === 'boolean') return true;
  const text = String(value);
  if (CODE_SHAPE.test(text)) return true;
  if (typeof value !== 'string' || value.length > MAX_QUOTED_LENGTH / 2 || LONG_DIGITS.test(value)) return false;
  if (LOWER_TOKEN.test(value) || SHORT_UPPER_CODE.test(value)) return true;
  const v = value.toLowerCase();
  for (const candidate of allowed) {
    if (typeof candidate !== 'string') continue;
    const limit = Math.floor(Math.max(v.length, candidate.length) / 4);
    if (editDistance(v, candidate.toLowerCase(), limit) <= limit) return true;
  }
  return false;
}

/** A string as a message quotes it: cut at {@link MAX_QUOTED_LENGTH} characters (never inside a surrogate pair). */
export function cut(value: string): string {
  if (value.length <= MAX_QUOTED_LENGTH) return value;
  let end = MAX_QUOTED_LENGTH;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${value.slice(0, end)}…`;
}

/** The value as a message quotes it. */
export function quoteValue(messages: StructureMessages, value: JsonValue | undefined): string {
  if (typeof value === 'string') return messages.quote(cut(value));
  return JSON.stringify(value) ?? 'undefined';
}

/** The key `key` at `path` (the key's own path, under `parentPath`) as a message may show it, or `undefined` when it must not be shown. */
export function shownKey(ctx: MapContext, path: string, key: string, parentPath: string): string | undefined {
  return ctx.includePersonalData || isShowableKey(ctx.info, path, key, parentPath) ? cut(key) : undefined;
}
