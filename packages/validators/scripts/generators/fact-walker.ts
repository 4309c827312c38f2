/**
 * Compiles a list of JSON Pointer patterns (`*` = any array index or object
 * key) into one walker function: the locations `expandMany(root, patterns)`
 * finds, in the same order, found by straight-line code that reads each
 * member by its name (a generic walk reads them by computed keys, several
 * times slower). The PAG facts use it for the code objects, dates and date
 * pairs they read.
 *
 * The walker reads a member before asking whether it is own (an absent
 * optional member, the common case, costs no `hasOwnProperty` call), so a
 * member holding `undefined` is not visited: JSON cannot hold one, and the
 * rules only see JSON trees (the fast structural check rejects such a member,
 * the careful reader copies the document without it). A pattern nothing
 * matches shares one empty list; each array item's keys are one array, shared
 * by the locations found under it.
 */
import type { Generator } from '../../../../scripts/lib/generated-files.js';
import { trieOf, type PatternTrie } from '../../src/json/expand.js';
import { member } from './fast-structure.js';

/**
 * The body of a TypeScript module exporting `name(root): Located[][]`, where
 * `result[i]` holds the locations of `patterns[i]`.
 */
export function compileFactWalker(patterns: readonly string[], name: string): string {
  let vars = 0;
  const tokensConsts: string[] = [];
  /**
   * `keys`: the variable of the keys array of the locations found here
   * (`NO_KEYS` outside any wildcard); `elements`: the expressions of its items
   * (the loop variables of the wildcards on the way), to build the next one
   * without spreading.
   */
  const visit = (node: PatternTrie, v: string, keys: string, elements: readonly string[], ind: string): string => {
    let out = '';
    for (const e of node.ends) {
      tokensConsts[e] = `const T${e}: readonly string[] = ${JSON.stringify(node.tokens)};`;
      out += `${ind}found(out, ${e}, locate(T${e}, ${keys}, ${v}));\n`;
    }
    if (node.children.length === 0) return out;
    let inArray = '';
    let inObject = '';
    for (const { token, index, node: child } of node.children) {
      const item = `v${vars++}`;
      if (token === '*') {
        const i = `i${vars++}`;
        const k = `k${vars++}`;
        const ks = `K${vars++}`;
        const e = `e${vars++}`;
        const inner = [...elements, i];
        const innerKey = [...elements, e];
        inArray += `${ind}    for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\n${ind}      const ${item} = ${v}[${i}];\n${ind}      const ${ks} = [${inner.join(', ')}];\n${visit(child, item, ks, inner, `${ind}      `)}${ind}    }\n`;
        inObject += `${ind}    for (const ${k} of Object.keys(${v})) {\n${ind}      const ${item} = ${v}[${k}];\n${ind}      const ${e} = escapeToken(${k});\n${ind}      const ${ks} = [${innerKey.join(', ')}];\n${visit(child, item, ks, innerKey, `${ind}      `)}${ind}    }\n`;
        continue;
      }
      if (index >= 0)
        inArray += `${ind}    if (${index} < ${v}.length) {\n${ind}      const ${item} = ${v}[${index}];\n${visit(child, item, keys, elements, `${ind}      `)}${ind}    }\n`;
      inObject += `${ind}    const ${item} = ${member(v, token)};\n${ind}    if (${item} !== undefined && HAS_OWN.call(${v}, ${JSON.stringify(token)})) {\n${visit(child, item, keys, elements, `${ind}      `)}${ind}    }\n`;
    }
    out += `${ind}if (${v} !== null && typeof ${v} === 'object') {\n`;
    out += `${ind}  if (Array.isArray(${v})) {\n${inArray}${ind}  } else {\n${inObject}${ind}  }\n`;
    out += `${ind}}\n`;
    return out;
  };
  const body = visit(trieOf(patterns), 'root', 'NO_KEYS', [], '  ');
  return [
    "import { locate, NO_KEYS, type Located } from '../../json/expand.js';",
    "import { escapeToken } from '../../json/pointer.js';",
    '',
    'const HAS_OWN = Object.prototype.hasOwnProperty;',
    '/** The list of every pattern nothing matched: one empty list, never written to. */',
    'const NONE: readonly Located[] = Object.freeze([]);',
    ...tokensConsts,
    '',
    '/** Adds `at` to the locations of pattern `e`. */',
    'function found(out: Located[][], e: number, at: Located): void {',
    '  const list = out[e] as Located[];',
    '  if (list === NONE) out[e] = [at];',
    '  else list.push(at);',
    '}',
    '',
    '/** `result[i]`: every location of pattern `i`, in document order (same as `expandMany`). */',
    `export function ${name}(root: any): Located[][] {`,
    `  const out: Located[][] = [${patterns.map(() => 'NONE').join(', ')}] as Located[][];`,
    body.trimEnd(),
    '  return out;',
    '}',
    '',
  ].join('\n');
}

/** The generator of `src/generated/facts/pag-fact-walk.ts`. */
export function factWalkerGenerator(patterns: readonly string[], banner: (generator: string, sources: readonly string[]) => string): Generator {
  return {
    name: 'fact-walker',
    run: () => [
      {
        path: 'src/generated/facts/pag-fact-walk.ts',
        content: `${banner('scripts/generators/fact-walker.ts', ['src/rules/pag/support/fact-patterns.ts (PAG_FACT_PATTERNS)'])}/* The walker of the PAG facts: the locations of PAG_FACT_PATTERNS, in one pass. */\n${compileFactWalker(patterns, 'walkPagFacts')}`,
      },
    ],
  };
}
