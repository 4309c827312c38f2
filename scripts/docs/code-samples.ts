/**
 * Code samples of the guides: extraction from Markdown and the small rewrite
 * that turns "expected value" comments into assertions, so that the test suite
 * runs every sample and checks what the prose claims.
 *
 * Échantillons de code des guides : extraction depuis le Markdown et réécriture
 * des commentaires « valeur attendue » en assertions.
 *
 * Conventions of a guide's fenced blocks:
 * - ```` ```ts ```` (or `typescript`) blocks are run, each on its own, against
 *   the sources of the packages (`@serafin-ph/source` condition): a block must
 *   import what it uses;
 * - ```` ```ts no-run ```` marks a block that must not run (it needs a server,
 *   a file of the reader, or shows a fragment); such a block is neither run
 *   nor type-checked, so keep it short;
 * - a statement line `expr; // <literal>` — where `<literal>` is a string,
 *   number, boolean, `null`, `undefined` or an array of those, optionally
 *   followed by prose after a space — asserts that `expr` deep-equals the
 *   literal. A string literal ending in `…` asserts a prefix. Any other
 *   comment is left alone.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo.js';

/** The Markdown files whose TypeScript samples are run and type-checked: the guides and the nomenclature's README. */
export function guideFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(join(REPO_ROOT, 'docs/guides'));
  out.push(join(REPO_ROOT, 'packages/nomenclature/README.md'));
  return out.sort();
}

/** A fenced code block of a Markdown file. */
export interface CodeSample {
  /** Language: the first word of the info string (`ts`, `bash`…). */
  readonly lang: string;
  /** The words of the info string after the language (e.g. `no-run`). */
  readonly flags: readonly string[];
  /** Content of the block, without the fences. */
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/** Languages whose blocks are TypeScript samples. */
const TS_LANGS = new Set(['ts', 'typescript']);

/**
 * Every fenced block (```` ``` ```` or `~~~`, three or more) of a Markdown
 * text, in order. Indented fences (up to three spaces) are accepted; blocks
 * nested in lists keep their indentation removed.
 */
export function extractCodeBlocks(markdown: string): CodeSample[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeSample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const fence = open[2] ?? '```';
    const [lang = '', ...flags] = (open[3] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(l);
      if (close && close[1]?.[0] === fence[0] && (close[1]?.length ?? 0) >= fence.length) break;
      body.push(l.startsWith(' '.repeat(indent)) ? l.slice(indent) : l.trimStart());
    }
    blocks.push({ lang: lang.toLowerCase(), flags, code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The TypeScript samples of a Markdown text that must run (not marked `no-run`). */
export function runnableSamples(markdown: string): CodeSample[] {
  return extractCodeBlocks(markdown).filter((b) => TS_LANGS.has(b.lang) && !b.flags.includes('no-run'));
}

/** The TypeScript samples of a Markdown text explicitly marked `no-run`. */
export function skippedSamples(markdown: string): CodeSample[] {
  return extractCodeBlocks(markdown).filter((b) => TS_LANGS.has(b.lang) && b.flags.includes('no-run'));
}

/** A literal value parsed from an "expected value" comment. */
export type Expected = { readonly kind: 'equal'; readonly value: unknown } | { readonly kind: 'prefix'; readonly value: string };

type Parsed = { readonly value: unknown; readonly end: number; readonly prefix?: boolean };

function parseLiteralAt(text: string, start: number): Parsed | undefined {
  let i = start;
  while (text[i] === ' ') i++;
  const c = text[i];
  if (c === "'" || c === '"') {
    let out = '';
    for (let j = i + 1; j < text.length; j++) {
      const ch = text[j];
      if (ch === '\\') {
        const next = text[j + 1];
        if (next === undefined) return undefined;
        out += next === 'n' ? '\n' : next;
        j++;
      } else if (ch === c) {
        return out.endsWith('…') ? { value: out.slice(0, -1), end: j + 1, prefix: true } : { value: out, end: j + 1 };
      } else out += ch;
    }
    return undefined;
  }
  if (c === '[') {
    const values: unknown[] = [];
    let j = i + 1;
    while (text[j] === ' ') j++;
    if (text[j] === ']') return { value: values, end: j + 1 };
    for (;;) {
      const item = parseLiteralAt(text, j);
      if (!item || item.prefix === true) return undefined;
      values.push(item.value);
      j = item.end;
      while (text[j] === ' ') j++;
      if (text[j] === ',') {
        j++;
        continue;
      }
      if (text[j] === ']') return { value: values, end: j + 1 };
      return undefined;
    }
  }
  const word = /^(-?\d+(?:\.\d+)?|true|false|null|undefined)(?![\w.])/.exec(text.slice(i));
  if (word) {
    const w = word[1] ?? '';
    const value = w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : w === 'undefined' ? undefined : Number(w);
    return { value, end: i + w.length };
  }
  return undefined;
}

/**
 * The expected value a comment states, or `undefined` when the comment is
 * prose: the comment must start with a literal, followed by nothing or by a
 * space.
 */
export function parseExpected(comment: string): Expected | undefined {
  const parsed = parseLiteralAt(comment, 0);
  if (!parsed) return undefined;
  const rest = comment.slice(parsed.end);
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  if (parsed.prefix === true) return { kind: 'prefix', value: parsed.value as string };
  return { kind: 'equal', value: parsed.value };
}

/** Index of the `;` that ends the code of a line before a `//` comment, outside string literals. */
function statementEnd(line: string): { end: number; comment: string } | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote !== undefined) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && line[i + 1] === '/')
      return undefined; // a comment before any `;`
    else if (ch === ';') {
      const m = /^;\s*\/\/\s?(.*)$/.exec(line.slice(i));
      return m ? { end: i, comment: m[1] ?? '' } : undefined;
    }
  }
  return undefined;
}

const NOT_AN_EXPRESSION = /^(const|let|var|if|for|while|do|switch|return|throw|import|export|function|class|type|interface|try|else)\b/;

/** Name of the assertion helper the rewritten samples call. */
export const EXPECT_HELPER = '__expectSample';

/**
 * Rewrites the "expected value" lines of a sample (`expr; // literal`) into
 * calls of {@link EXPECT_HELPER}; returns the new code and how many lines were
 * rewritten. Other lines are unchanged, so line numbers are kept. `firstLine`
 * is the line number, in the Markdown file, of the sample's first line: an
 * assertion message names that file line.
 */
export function withExpectations(code: string, firstLine = 1): { code: string; expectations: number } {
  let expectations = 0;
  const lines = code.split('\n').map((line, index) => {
    const code = line.trimStart();
    if (code === '' || code.startsWith('//') || NOT_AN_EXPRESSION.test(code)) return line;
    const found = statementEnd(line);
    if (!found) return line;
    const expected = parseExpected(found.comment);
    if (!expected) return line;
    const expr = line.slice(0, found.end).trim();
    // Only whole, balanced expressions on one line.
    let depth = 0;
    for (const ch of expr.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''")) {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
      if (depth < 0) return line;
    }
    if (depth !== 0) return line;
    expectations++;
    const indent = line.slice(0, line.length - code.length);
    return `${indent}${EXPECT_HELPER}(${expr}, ${JSON.stringify(expected)}, ${firstLine + index}); // ${found.comment}`;
  });
  return { code: lines.join('\n'), expectations };
}

/**
 * The assertion helper prepended to every rewritten sample (one line, so the
 * sample's own line numbers shift by exactly one).
 */
export const EXPECT_PRELUDE =
  `import { deepStrictEqual as __deq, ok as __ok } from 'node:assert/strict'; ` +
  `function ${EXPECT_HELPER}(actual: unknown, expected: { kind: 'equal' | 'prefix'; value?: unknown }, line: number): void { ` +
  `const value = 'value' in expected ? expected.value : undefined; ` +
  `if (expected.kind === 'prefix') __ok(typeof actual === 'string' && actual.startsWith(value as string), \`Markdown line \${line}: \${JSON.stringify(actual)} does not start with \${JSON.stringify(value)}\`); ` +
  `else __deq(actual, value, \`Markdown line \${line}\`); }`;

/** The module to run for a sample: prelude, then the rewritten code. */
export function runnableModule(sample: CodeSample): { source: string; expectations: number } {
  const { code, expectations } = withExpectations(sample.code, sample.line + 1);
  return { source: `${EXPECT_PRELUDE}\n${code}\nexport {};\n`, expectations };
}
