/**
 * How a message names the value concerned: by the schema title of its field
 * and its key, or, for an item of a list, as people count it (« 3e créneau »)
 * or by its own identifier; and where it is when it sits inside list items.
 *
 * Désignation du champ concerné dans les messages.
 */
import { tokens } from '../json/pointer.js';
import { valueAtPointer } from '../json/value-at.js';
import { describeItem, itemName, locateInLists } from '../positions.js';
import type { StructureMessages } from './locales/catalogue.js';
import type { MapContext } from './map-context.js';
import type { SchemaNodeInfo } from './schema-info.js';

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** The label of the value at `path`, whose schema node is `node`. */
export function labelOf(messages: StructureMessages, ctx: MapContext, node: SchemaNodeInfo | undefined, path: string): string {
  const t = tokens(path);
  const key = t.length === 0 ? '' : (t[t.length - 1] as string);
  if (key === '') return messages.document;
  if (INDEX.test(key) && Array.isArray(valueAtPointer(ctx.root, path.slice(0, path.lastIndexOf('/'))))) {
    return describeItem(ctx.lang, itemName(ctx.info, path, ctx.includePersonalData, valueAtPointer(ctx.root, path)));
  }
  return messages.property(key, node?.t);
}

/** The message, prefixed by the list items that contain `path` (the last one excepted: the label names it). */
export function located(messages: StructureMessages, ctx: MapContext, path: string, message: string): string {
  const where = locateInLists(ctx.lang, ctx.info, ctx.root, path, ctx.includePersonalData, false);
  return where === undefined ? message : messages.located(where, message);
}
