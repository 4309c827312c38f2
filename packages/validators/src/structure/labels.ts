/**
 * How a message names the value concerned: by the schema title of its field
 * and its key, or as an item of a list.
 *
 * Désignation du champ concerné dans les messages.
 */
import { tokens } from '../json/pointer.js';
import type { StructureMessages } from './locales/catalogue.js';
import type { SchemaNodeInfo } from './schema-info.js';

function lastToken(path: string): string {
  const t = tokens(path);
  return t.length === 0 ? '' : (t[t.length - 1] as string);
}

/** The label of the value at `path`, whose schema node is `node`. */
export function labelOf(messages: StructureMessages, node: SchemaNodeInfo | undefined, path: string): string {
  const key = lastToken(path);
  const title = node?.t;
  if (key === '') return messages.document;
  if (/^\d+$/.test(key)) return messages.item(Number(key), title, undefined);
  return messages.property(key, title);
}
