/**
 * The compact text form in which the generated modules ship a
 * {@link SchemaInfo}, and its decoding at load time: a bundle that validates
 * one document type carries lines of text instead of an object literal that
 * repeats every JSON Pointer in full and every key of every node.
 *
 * Forme compacte des informations de schéma générées : des lignes de texte,
 * chaque pointeur JSON écrit comme le nombre de jetons qu'il partage avec le
 * pointeur de la ligne précédente suivi des jetons qui diffèrent
 * (`3/dateFin` après `/$defs/Pag/properties/dateDebut` :
 * `/$defs/Pag/properties/dateFin`), les champs séparés par des tabulations.
 *
 * A table is lines separated by `\n`; a line is fields separated by `\t`; the
 * first field is a JSON Pointer written as the count of leading tokens it
 * shares with the previous line's pointer followed by its remaining tokens.
 * Node lines carry, after the pointer, `t`, `p` (`1`), then `s`, `n`, `f`,
 * `m` as indices into a table of repeated strings; empty fields are absent
 * values, trailing empty fields are left out. When the module also ships the
 * schema's validation table (`alongTable`), a node line starts instead with
 * the number of table nodes it skips since the previous line's node, in the
 * order of {@link schemaNodePointers}: the pointers are read from the table
 * at load time instead of being written.
 */
import type { CheckNode } from './check-schema.js';
import type { SchemaInfo, SchemaNodeInfo, UnionInfo } from './schema-info.js';
import { schemaNodePointers } from './schema-node-pointers.js';

/** The compact form of a {@link SchemaInfo}, as the generated modules write it. */
export interface EncodedSchemaInfo {
  readonly schemaId: string;
  /** The repeated strings that node lines refer to by index (code systems, numberings, formats, pattern messages). */
  readonly strings: readonly string[];
  /** Node lines: pointer (or, `alongTable`, the count of table nodes skipped), `t`, `p`, `s`, `n`, `f`, `m`. */
  readonly nodes: string;
  /** The node lines name their nodes by rank in the validation table (see {@link schemaNodePointers}). */
  readonly alongTable?: true;
  /** Pointer lines. */
  readonly personalData: string;
  readonly unions: Readonly<Record<string, UnionInfo>>;
  /** Pointer and kind lines. */
  readonly codes: string;
  /** Pointer and format lines. */
  readonly dates: string;
  /** Pointer lines. */
  readonly publicCodes: string;
  /** Pointer and title lines. */
  readonly arrayItems: string;
}

/** The tokens of a JSON Pointer (escapes kept: only `/` separates). */
function tokensOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/');
}

/** The lines of a table, pointers expanded. */
function rows(text: string): string[][] {
  if (text === '') return [];
  let previous: string[] = [];
  return text.split('\n').map((line) => {
    const fields = line.split('\t');
    const head = fields[0] as string;
    let digits = 0;
    while (digits < head.length && head.charCodeAt(digits) >= 48 && head.charCodeAt(digits) <= 57) digits++;
    const tokens = previous.slice(0, Number(head.slice(0, digits))).concat(tokensOf(head.slice(digits)));
    previous = tokens;
    fields[0] = tokens.map((t) => `/${t}`).join('');
    return fields;
  });
}

/** Node lines whose first field is a count of skipped table nodes: that field replaced by the node's pointer. */
function rowsAlong(text: string, table: CheckNode): string[][] {
  const pointers = schemaNodePointers(table);
  let at = -1;
  return text.split('\n').map((line) => {
    const fields = line.split('\t');
    at += Number(fields[0]) + 1;
    const pointer = pointers[at];
    if (pointer === undefined) throw new Error('schema info: node rank beyond the validation table');
    fields[0] = pointer;
    return fields;
  });
}

/**
 * Decodes the compact form written by {@link encodeSchemaInfo}; `table`, the
 * schema's validation table, when the node lines are written along it.
 */
export function decodeSchemaInfo(encoded: EncodedSchemaInfo, table?: CheckNode): SchemaInfo {
  const { strings } = encoded;
  const nodes: Record<string, SchemaNodeInfo> = {};
  if (encoded.alongTable === true && table === undefined) throw new Error('schema info: the validation table is needed to decode the nodes');
  const nodeRows = encoded.alongTable === true && encoded.nodes !== '' ? rowsAlong(encoded.nodes, table as CheckNode) : rows(encoded.nodes);
  for (const [pointer, t, p, s, n, f, m] of nodeRows) {
    // Without a prototype: a field the line leaves empty reads `undefined` whatever `Object.prototype` holds.
    const node: { t?: string; p?: true; s?: string; n?: string; f?: string; m?: string } = Object.create(null);
    if (t) node.t = t;
    if (p) node.p = true;
    if (s) node.s = strings[Number(s)] as string;
    if (n) node.n = strings[Number(n)] as string;
    if (f) node.f = strings[Number(f)] as string;
    if (m) node.m = strings[Number(m)] as string;
    nodes[pointer as string] = node;
  }
  const arrayItems: Record<string, string> = {};
  for (const [pointer, title] of rows(encoded.arrayItems)) arrayItems[pointer as string] = title as string;
  return {
    schemaId: encoded.schemaId,
    nodes,
    personalData: rows(encoded.personalData).map((r) => r[0] as string),
    unions: encoded.unions,
    codes: rows(encoded.codes).map(([pattern, kind]) => ({ pattern: pattern as string, kind: kind as 'besoin' | 'prestation-directe' })),
    dates: rows(encoded.dates).map(([pattern, format]) => ({ pattern: pattern as string, format: format as 'date' | 'date-time' })),
    publicCodes: rows(encoded.publicCodes).map((r) => r[0] as string),
    arrayItems,
  };
}

/**
 * Writes table lines (each pointer as the count of tokens it shares with the
 * previous one and its other tokens, or as `head` writes it); throws on a
 * value the text form cannot hold (empty, or with a tab or a line break).
 */
function lines(rowsToWrite: readonly (readonly [string, ...(string | undefined)[]])[], head?: (pointer: string) => string): string {
  let previous: string[] = [];
  return rowsToWrite
    .map(([pointer, ...fields]) => {
      const tokens = tokensOf(pointer);
      let keep = 0;
      while (keep < tokens.length && keep < previous.length && tokens[keep] === previous[keep]) keep++;
      previous = tokens;
      const values = fields.map((v) => {
        if (v === undefined) return '';
        if (v === '' || /[\t\n]/.test(v)) throw new Error(`schema info: value ${JSON.stringify(v)} cannot be written in the compact form`);
        return v;
      });
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
      if (head !== undefined) return [head(pointer), ...values].join('\t');
      return [
        `${keep}${tokens
          .slice(keep)
          .map((t) => `/${t}`)
          .join('')}`,
        ...values,
      ].join('\t');
    })
    .join('\n');
}

/**
 * The compact form of `info` (used by the generator; {@link decodeSchemaInfo}
 * gives `info` back, key order included). With `table`, the schema's
 * validation table, the node lines name their nodes by rank in it; throws
 * when a node is not in the table or not in its order.
 */
export function encodeSchemaInfo(info: SchemaInfo, table?: CheckNode): EncodedSchemaInfo {
  const strings: string[] = [];
  const index = (v: string | undefined): string | undefined => {
    if (v === undefined) return undefined;
    let i = strings.indexOf(v);
    if (i < 0) i = strings.push(v) - 1;
    return String(i);
  };
  const nodeLines = Object.entries(info.nodes).map(([pointer, n]) => {
    if (n.p !== undefined && n.p !== true) throw new Error(`schema info: ${pointer}: p must be true`);
    return [pointer, n.t, n.p ? '1' : undefined, index(n.s), index(n.n), index(n.f), index(n.m)] as const;
  });
  let nodes: string;
  if (table === undefined) nodes = lines(nodeLines);
  else {
    // Each pointer as the count of table nodes between it and the previous one.
    const pointers = schemaNodePointers(table);
    let at = -1;
    nodes = lines(nodeLines, (pointer) => {
      const next = pointers.indexOf(pointer, at + 1);
      if (next < 0) throw new Error(`schema info: ${pointer} is not a node of the validation table after ${pointers[at] ?? 'the start'}`);
      const skipped = next - at - 1;
      at = next;
      return String(skipped);
    });
  }
  return {
    schemaId: info.schemaId,
    strings,
    nodes,
    ...(table === undefined ? {} : { alongTable: true as const }),
    personalData: lines(info.personalData.map((p) => [p] as const)),
    unions: info.unions,
    codes: lines(info.codes.map((c) => [c.pattern, c.kind] as const)),
    dates: lines(info.dates.map((d) => [d.pattern, d.format] as const)),
    publicCodes: lines(info.publicCodes.map((p) => [p] as const)),
    arrayItems: lines(Object.entries(info.arrayItems)),
  };
}
