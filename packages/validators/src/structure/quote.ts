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
