/**
 * From an Ajv schema path to the information generated about the schema node
 * (title, code system, format…).
 */
import type { SchemaInfo, SchemaNodeInfo } from './schema-info.js';

/** A schema path as a plain JSON Pointer (Ajv writes it as a URI fragment: `$` is `%24`). */
export function schemaPointer(schemaPath: string): string {
  const p = schemaPath.startsWith('#') ? schemaPath.slice(1) : schemaPath;
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** The pointer of the schema node that holds the failed keyword (the schema path without its last token). */
export function nodePointerOf(schemaPath: string): string {
  const p = schemaPointer(schemaPath);
  const cut = p.lastIndexOf('/');
  return cut < 0 ? '' : p.slice(0, cut);
}

/** The node at `pointer`; array items and union branches carry no title of their own, so the nearest titled parent is used. */
export function findNode(info: SchemaInfo, pointer: string): SchemaNodeInfo | undefined {
  const direct = info.nodes[pointer];
  if (direct?.t !== undefined) return direct;
  if (pointer.endsWith('/items')) return findNode(info, pointer.slice(0, -'/items'.length)) ?? direct;
  const m = /^(.*)\/(?:anyOf|oneOf|allOf)\/\d+$/.exec(pointer);
  if (m !== null) return findNode(info, m[1] as string) ?? direct;
  return direct;
}
