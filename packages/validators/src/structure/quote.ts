/**
 * What a structural message may quote from the document: values and keys,
 * never inside a personal-data area unless the caller opted in.
 *
 * Valeurs et clés citées par les messages de structure.
 */
import type { JsonValue } from '../json/read-document.js';
import { isPersonalDataIn } from '../personal-data-in.js';
import type { StructureMessages } from './locales/catalogue.js';
import type { MapContext } from './map-context.js';

const SAFE_VALUE = /^[A-Za-z0-9._:-]{1,40}$/;
const SAFE_KEY = /^[A-Za-z0-9_$.-]{1,64}$/;

/** True when the value at `path` may be quoted in a message. */
export function quotable(ctx: MapContext, path: string, value: JsonValue | undefined): boolean {
  if (value === undefined) return false;
  if (!ctx.includePersonalData && isPersonalDataIn(ctx.info, path)) return false;
  if (typeof value === 'string') return ctx.includePersonalData || SAFE_VALUE.test(value);
  return value === null || typeof value === 'number' || typeof value === 'boolean';
}

/** The value as a message quotes it. */
export function quoteValue(messages: StructureMessages, value: JsonValue | undefined): string {
  if (typeof value === 'string') return messages.quote(value);
  return JSON.stringify(value) ?? 'undefined';
}

/** The key `key` at `path` as a message may show it, or `undefined` when it must not be shown. */
export function shownKey(ctx: MapContext, _path: string, key: string): string | undefined {
  return SAFE_KEY.test(key) || ctx.includePersonalData ? key : undefined;
}
