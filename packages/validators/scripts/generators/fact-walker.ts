/**
 * Compiles a list of JSON Pointer patterns (`*` = any array index or object
 * key) into one walker: the locations `expandMany(root, patterns)`
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
 *
 * Each node of the patterns' trie that has children is one small function
 * (its ends, then its children in order): V8 optimises small functions after
 * fewer documents and compiles them in a fraction of the time one function of
 * the whole walk took, and an array item and an object member under a
 * wildcard share the function of their node instead of two copies of its
 * code. A leaf's locations are added in place, without a call.
 */
export function compileFactWalker(patterns: readonly string[], name: string): string {
  const tokensConsts: string[] = [];
  const functions: string[] = [];
  const names = new Map<PatternTrie, string>();
  /** Adds the function of `node` (which has children) to `functions`, once; returns its name. */
  const compile = (node: PatternTrie): string => {
    const known = names.get(node);
    if (known !== undefined) return known;
    const fn = `w${functions.length}`;
    names.set(node, fn);
    functions.push('');
    const depth = node.tokens.filter((t) => t === '*').length;
    const outer = Array.from({ length: depth }, (_, j) => `ks[${j}] as string | number`);
    let vars = 0;
    /** The statements that visit `child`, the value `v` found under keys `keys`. */
    const visit = (child: PatternTrie, v: string, keys: string, ind: string): string => {
      if (child.children.length > 0) return `${ind}${compile(child)}(out, ${v}, ${keys});\n`;
      let out = '';
      for (const e of child.ends) out += `${ind}${found(child, e, keys, v)}\n`;
      return out;
    };
    let inArray = '';
    let inObject = '';
    for (const { token, index, node: child } of node.children) {
      const item = `v${vars++}`;
      if (token === '*') {
        const i = `i${vars++}`;
        const k = `k${vars++}`;
        const ks = `K${vars++}`;
        inArray += `      for (let ${i} = 0; ${i} < v.length; ${i}++) {\n        const ${item} = v[${i}];\n        const ${ks} = [${[...outer, i].join(', ')}];\n${visit(child, item, ks, '        ')}      }\n`;
        inObject += `      for (const ${k} of Object.keys(v)) {\n        const ${item} = v[${k}];\n        const ${ks} = [${[...outer, `escapeToken(${k})`].join(', ')}];\n${visit(child, item, ks, '        ')}      }\n`;
        continue;
      }
      if (index >= 0) inArray += `      if (${index} < v.length) {\n        const ${item} = v[${index}];\n${visit(child, item, 'ks', '        ')}      }\n`;
      inObject += `      const ${item} = ${member('v', token)};\n      if (${item} !== undefined && HAS_OWN.call(v, ${JSON.stringify(token)})) {\n${visit(child, item, 'ks', '        ')}      }\n`;
    }
    let body = '';
    for (const e of node.ends) body += `  ${found(node, e, 'ks', 'v')}\n`;
    body += `  if (v !== null && typeof v === 'object') {\n    if (Array.isArray(v)) {\n${inArray}    } else {\n${inObject}    }\n  }\n`;
    const at = node.tokens.length === 0 ? 'the root' : `/${node.tokens.join('/')}`;
    functions[Number(fn.slice(1))] = [
      `/** ${at.replace(/\*\//g, '*\\/')}: its patterns' locations, then its children's. */`,
      // A node under no wildcard whose children are all wildcards builds its keys from nothing.
      `function ${fn}(out: Located[][], v: any, ${/\bks\b/.test(body) ? 'ks' : '_ks'}: readonly (string | number)[]): void {`,
      body.trimEnd(),
      '}',
      '',
    ].join('\n');
    return fn;
  };
  const found = (node: PatternTrie, e: number, keys: string, v: string): string => {
    tokensConsts[e] = `const T${e}: readonly string[] = ${JSON.stringify(node.tokens)};`;
    return `found(out, ${e}, locate(T${e}, ${keys}, ${v}));`;
  };
  const root = trieOf(patterns);
  const rootFn = root.children.length > 0 ? compile(root) : undefined;
  const rootEnds = rootFn === undefined ? root.ends.map((e) => `  ${found(root, e, 'NO_KEYS', 'root')}`) : [];
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
    ...functions,
    '/** `result[i]`: every location of pattern `i`, in document order (same as `expandMany`). */',
    `export function ${name}(root: any): Located[][] {`,
    `  const out: Located[][] = [${patterns.map(() => 'NONE').join(', ')}] as Located[][];`,
    ...(rootFn === undefined ? rootEnds : [`  ${rootFn}(out, root, NO_KEYS);`]),
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
