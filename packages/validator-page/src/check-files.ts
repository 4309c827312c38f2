/**
 * What the page does with a file, without the DOM: split it into documents
 * (one JSON document, or one per NDJSON line), parse and validate each with
 * `@serafin-ph/validators` — the same rules and masking as `serafin
 * validate` — and link each issue to the reference of its field and rule.
 */
import { DOCUMENT_LAYOUTS, type DocumentLayout, type LayoutNode } from '@serafin-ph/render';
import { parseJsonPointer, validate, type DocumentType, type ValidationReport } from '@serafin-ph/validators';
import { decodeBytes } from '@serafin-ph/validators/bytes';
import { pageTexts, type PageLang } from './texts.js';

/** Options of a check, as chosen on the page. */
export interface CheckOptions {
  readonly lang: PageLang;
  readonly includePersonalData: boolean;
  /** `AAAA-MM-JJ`, or `undefined` for today. */
  readonly referenceDate?: string;
}

/** One document of a file, checked. */
export interface CheckedDocument {
  /** Name of the file. */
  readonly file: string;
  /** Line of an NDJSON document (from 1). */
  readonly line?: number;
  /** The parsed document, when the text is JSON. */
  readonly document?: unknown;
  /** Why the text is not JSON (no quotation of the text: it may hold personal data). */
  readonly syntaxError?: string;
  /** Why the file's bytes are not read (binary data, not UTF-8), and what to do: the whole message. */
  readonly readError?: string;
  /** The validation report, when the text is JSON. */
  readonly report?: ValidationReport;
}

const NDJSON = /\.(ndjson|jsonl)$/i;

/** Offset of a `JSON.parse` error, from the engines' messages, when they give one. */
function errorPosition(error: unknown, text: string): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const m = /position (\d+)/.exec(message);
  if (m === null) return undefined;
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** `true` when the text holds only JSON white space (or nothing): what `serafin validate` calls an empty file. */
function isBlank(text: string): boolean {
  return /^[ \t\n\r]*$/.test(text);
}

function syntaxMessage(error: unknown, text: string, lang: PageLang): string {
  if (isBlank(text)) return lang === 'fr' ? 'fichier vide' : 'empty file';
  const at = errorPosition(error, text);
  if (at === undefined) return lang === 'fr' ? 'le texte n’est pas du JSON' : 'the text is not JSON';
  return lang === 'fr' ? `erreur de syntaxe ligne ${at.line}, colonne ${at.column}` : `syntax error at line ${at.line}, column ${at.column}`;
}

function checkText(file: string, text: string, options: CheckOptions, line?: number): CheckedDocument {
  const where = line === undefined ? { file } : { file, line };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ...where, syntaxError: syntaxMessage(error, text, options.lang) };
  }
  const report = validate(document, {
    lang: options.lang,
    includePersonalData: options.includePersonalData,
    ...(options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate }),
  });
  return { ...where, document, report };
}

/** True when the text holds two or more lines and each non-blank one is JSON: NDJSON in a file not named so. */
function isNdjson(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.every((l) => {
    try {
      JSON.parse(l);
      return true;
    } catch {
      return false;
    }
  });
}

/** The syntax error of a `.json` file that holds one document per line, and what to do. */
function ndjsonHint(error: string, lang: PageLang): string {
  return lang === 'fr'
    ? `${error} : ce fichier contient un document JSON par ligne (NDJSON) ; donnez-lui l’extension .ndjson pour que la page les vérifie un par un`
    : `${error}: this file holds one JSON document per line (NDJSON); name it with the .ndjson extension for the page to check them one by one`;
}

/**
 * A blank line of an NDJSON file, skipped as `serafin validate` skips it: JSON
 * white space only, after an optional byte order mark (a line of no-break
 * spaces is a document, and not JSON).
 */
const BLANK_LINE = /^\uFEFF?[ \t\r]*$/;

/** Checks the text of one file, its byte order mark dropped: one document, or one per non-blank line of an `.ndjson` / `.jsonl` file. */
function checkBody(file: string, body: string, options: CheckOptions): CheckedDocument[] {
  if (!NDJSON.test(file)) {
    const one = checkText(file, body, options);
    return one.syntaxError !== undefined && isNdjson(body) ? [{ ...one, syntaxError: ndjsonHint(one.syntaxError, options.lang) }] : [one];
  }
  const out: CheckedDocument[] = [];
  body.split('\n').forEach((line, i) => {
    if (!BLANK_LINE.test(line)) out.push(checkText(file, line, options, i + 1));
  });
  // no document at all: an empty file, as for a JSON file (it was shown as nothing)
  return out.length > 0 ? out : [{ file, syntaxError: syntaxMessage(undefined, '', options.lang) }];
}

/** Checks the text of one file (a leading byte order mark, U+FEFF, dropped): one document, or one per non-blank line of an `.ndjson` / `.jsonl` file. */
export function checkFile(file: string, text: string, options: CheckOptions): CheckedDocument[] {
  return checkBody(file, text.replace(/^\uFEFF/, ''), options);
}

/**
 * Checks a file from its bytes: decoded as `serafin validate` reads them (see
 * {@link decodeBytes}), then {@link checkFile}; a file that is binary or not
 * UTF-8 gives one unread document saying why and what to do.
 */
export function checkBytes(file: string, bytes: Uint8Array, options: CheckOptions): CheckedDocument[] {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [{ file, readError: pageTexts(options.lang).readProblem(decoded.problem) }];
  // serafin validate refuses UTF-16 NDJSON (ENCODING with a byte order mark, BINARY without): refused here too
  if (decoded.encoding !== 'utf-8' && NDJSON.test(file)) return [{ file, readError: pageTexts(options.lang).ndjsonUtf16 }];
  return checkBody(file, decoded.text, options); // its byte order mark already dropped: a second one is not JSON
}

/** Where the reference pages are: the documentation site's `documents/` pages, by title. */
export interface ReferencePages {
  /** Base URL of the site (relative, `../`, inside the site; absolute for the standalone folder). */
  readonly base: string;
  /** File of the field reference of each document type (`documents/Plan_d’accompagnement_global_(PAG).html`). */
  readonly fields: Readonly<Record<DocumentType, string>>;
  /** File of the rule catalogue. */
  readonly rules: string;
}

/** The `$defs` definition that holds the field at `path` (the last one crossed), or `undefined` at the root. */
export function definitionOf(layout: DocumentLayout, path: string): string | undefined {
  let tokens: string[];
  try {
    tokens = parseJsonPointer(path);
  } catch {
    return undefined; // not a JSON Pointer: no issue of validate() has such a path
  }
  let node: LayoutNode | undefined = layout.root;
  let definition: string | undefined;
  const follow = (n: LayoutNode | undefined): LayoutNode | undefined => {
    let current = n;
    for (let guard = 0; current !== undefined && current.k === 'ref' && guard < 32; guard++) {
      definition = current.ref;
      current = layout.defs[current.ref];
    }
    return current;
  };
  for (const token of tokens) {
    node = follow(node);
    if (node === undefined) break;
    if (node.k === 'union') {
      const branches: LayoutNode[] = node.of.map((b) => follow(b)).filter((b): b is LayoutNode => b !== undefined);
      node = branches.find((b) => b.k === 'object' && b.props.some(([name]) => name === token)) ?? branches[0];
    }
    if (node?.k === 'array') node = node.items;
    else if (node?.k === 'object') node = node.props.find(([name]) => name === token)?.[1];
    else break;
  }
  follow(node);
  return definition;
}

/** Link to the reference of the field at `path` of a document type. */
export function fieldReferenceUrl(pages: ReferencePages, type: DocumentType, path: string): string {
  const definition = definitionOf(DOCUMENT_LAYOUTS[type], path);
  return `${pages.base}${encodeURI(pages.fields[type])}${definition === undefined ? '' : `#def-${definition.toLowerCase()}`}`;
}

/** Link to the catalogue entry of a rule. */
export function ruleReferenceUrl(pages: ReferencePages, ruleId: string): string {
  return `${pages.base}${encodeURI(pages.rules)}#${ruleId.toLowerCase()}`;
}
