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
 * values, trailing empty fields are left out.
 */
import type { SchemaInfo, SchemaNodeInfo, UnionInfo } from './schema-info.js';

/** The compact form of a {@link SchemaInfo}, as the generated modules write it. */
export interface EncodedSchemaInfo {
  readonly schemaId: string;
  /** The repeated strings that node lines refer to by index (code systems, numberings, formats, pattern messages). */
  readonly strings: readonly string[];
  /** Node lines: pointer, `t`, `p`, `s`, `n`, `f`, `m`. */
  readonly nodes: string;
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

/** Decodes the compact form written by {@link encodeSchemaInfo}. */
export function decodeSchemaInfo(encoded: EncodedSchemaInfo): SchemaInfo {
  const { strings } = encoded;
  const nodes: Record<string, SchemaNodeInfo> = {};
  for (const [pointer, t, p, s, n, f, m] of rows(encoded.nodes)) {
    const node: { t?: string; p?: true; s?: string; n?: string; f?: string; m?: string } = {};
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

/** Writes table lines; throws on a value the text form cannot hold (empty, or with a tab or a line break). */
function table(lines: readonly (readonly [string, ...(string | undefined)[]])[]): string {
  let previous: string[] = [];
  return lines
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

/** The compact form of `info` (used by the generator; {@link decodeSchemaInfo} gives `info` back, key order included). */
export function encodeSchemaInfo(info: SchemaInfo): EncodedSchemaInfo {
  const strings: string[] = [];
  const index = (v: string | undefined): string | undefined => {
    if (v === undefined) return undefined;
    let i = strings.indexOf(v);
    if (i < 0) i = strings.push(v) - 1;
    return String(i);
  };
  const nodes = table(
    Object.entries(info.nodes).map(([pointer, n]) => {
      if (n.p !== undefined && n.p !== true) throw new Error(`schema info: ${pointer}: p must be true`);
      return [pointer, n.t, n.p ? '1' : undefined, index(n.s), index(n.n), index(n.f), index(n.m)] as const;
    }),
  );
  return {
    schemaId: info.schemaId,
    strings,
    nodes,
    personalData: table(info.personalData.map((p) => [p] as const)),
    unions: info.unions,
    codes: table(info.codes.map((c) => [c.pattern, c.kind] as const)),
    dates: table(info.dates.map((d) => [d.pattern, d.format] as const)),
    publicCodes: table(info.publicCodes.map((p) => [p] as const)),
    arrayItems: table(Object.entries(info.arrayItems)),
  };
}
