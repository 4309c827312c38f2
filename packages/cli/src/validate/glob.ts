/**
 * A small glob matcher (Node 20 has no `fs.glob`): enough for the patterns a
 * shell user writes when quoting them for `serafin validate`.
 *
 * Syntax: `*` any characters but `/`, `?` one character but `/`, `[abc]`,
 * `[a-z]`, `[!abc]` or `[^abc]` a character class, `{a,b}` alternatives,
 * `**` as a whole segment any number of folders (zero included). `*`, `?` and
 * classes do not match a leading dot (hidden files), as in a shell. Paths use
 * `/`; a `\` escapes the next character (`\*` is a literal star).
 *
 * Matching takes bounded time whatever the pattern and the names: each
 * segment is matched by simulating its automaton over the name (a set of
 * positions in the pattern, advanced one character at a time), so a name of
 * n characters against a segment of m tokens costs at most n × m steps, and
 * `**` is handled by the same kind of simulation over the path's segments. No
 * regular expression is built from the pattern: backtracking regular
 * expressions (and the libraries that compile globs into them, such as
 * picomatch) take polynomial time on `*a*a*a*a*.json` against long names.
 */

/** `true` when `text` contains glob syntax. */
export function isGlob(text: string): boolean {
  return /[*?[{\\]/.test(text);
}

/** A pattern split into the folder to walk and the matcher of paths below it. */
export interface CompiledGlob {
  /** Leading segments without glob syntax, joined with `/` (`''` for the current folder). */
  base: string;
  /** Segments after `base`. */
  segments: readonly string[];
  /** Matches a path relative to `base`, with `/` separators. */
  matches(relativePath: string): boolean;
  /** Whether a folder at this relative path may contain matches (for pruning the walk). */
  mayContain(relativeDir: string): boolean;
}

/** A pattern that cannot be compiled (too many `{…}` alternatives). */
export class GlobError extends Error {
  override readonly name = 'GlobError';
}

/** Most alternatives one segment may expand to (`{a,b}{c,d}` is 4). */
export const MAX_ALTERNATIVES = 256;

/** One token of a segment: a literal character, `?`, a class or `*`. */
type Token =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' }
  | { readonly kind: 'class'; readonly negate: boolean; readonly ranges: readonly (readonly [number, number])[] };

/** A segment's alternatives, each a token list; `globstar` for `**`. */
type Segment = { readonly globstar: true } | { readonly globstar: false; readonly alternatives: readonly (readonly Token[])[] };

/** Code points of a string, as an array (a class or `?` matches one code point). */
const codePoints = (s: string): string[] => Array.from(s);

function matchingBrace(chars: readonly string[], open: number): number {
  let depth = 0;
  for (let i = open; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(chars: readonly string[]): string[][] {
  const parts: string[][] = [];
  let depth = 0;
  let current: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\' && i + 1 < chars.length) {
      current.push(c, chars[++i] as string);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(current);
      current = [];
      continue;
    }
    current.push(c);
  }
  parts.push(current);
  return parts;
}

/** Expands the `{…}` alternatives of a segment (at most `MAX_ALTERNATIVES`). */
function expandBraces(chars: readonly string[]): string[][] {
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\\') {
      i++;
      continue;
    }
    if (chars[i] !== '{') continue;
    const close = matchingBrace(chars, i);
    if (close < 0) return [chars.slice()];
    const head = chars.slice(0, i);
    const tails = expandBraces(chars.slice(close + 1));
    const out: string[][] = [];
    for (const alternative of splitTopLevel(chars.slice(i + 1, close))) {
      for (const middle of expandBraces(alternative)) {
        for (const tail of tails) {
          out.push([...head, ...middle, ...tail]);
          if (out.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} {…} alternatives in one segment`);
        }
      }
    }
    return out;
  }
  return [chars.slice()];
}

/** Index of the `]` closing the class opened at `open` (its first character is always a member, even `]`), or -1. */
function classEnd(chars: readonly string[], open: number): number {
  let k = open + 1;
  if (chars[k] === '!' || chars[k] === '^') k++;
  for (let first = k; k < chars.length; k++) {
    if (chars[k] === '\\') k++;
    else if (chars[k] === ']' && k > first) return k;
  }
  return -1;
}

/** Tokens of one alternative (no braces left). An unclosed `[` or `{` is literal. */
function tokenize(chars: readonly string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\' && i + 1 < chars.length) tokens.push({ kind: 'char', char: chars[++i] as string });
    else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const close = classEnd(chars, i);
      if (close < 0) {
        tokens.push({ kind: 'char', char: c });
        continue;
      }
      let j = i + 1;
      const negate = chars[j] === '!' || chars[j] === '^';
      if (negate) j++;
      const ranges: [number, number][] = [];
      for (; j < close; j++) {
        let from = chars[j] as string;
        if (from === '\\' && j + 1 < close) from = chars[++j] as string;
        if (chars[j + 1] === '-' && j + 2 < close) {
          let to = chars[j + 2] as string;
          j += 2;
          if (to === '\\' && j + 1 < close) to = chars[++j] as string;
          ranges.push([from.codePointAt(0) as number, to.codePointAt(0) as number]);
        } else ranges.push([from.codePointAt(0) as number, from.codePointAt(0) as number]);
      }
      tokens.push({ kind: 'class', negate, ranges });
      i = close;
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function tokenMatches(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
    case 'star':
      return true;
    case 'class': {
      const cp = char.codePointAt(0) as number;
      const inside = token.ranges.some(([from, to]) => cp >= from && cp <= to);
      return inside !== token.negate;
    }
  }
}

/**
 * Whether `name` (one path segment) matches the tokens: the set of pattern
 * positions reachable after each character, at most `tokens.length + 1` of
 * them, so the time is at most proportional to name length × token count.
 */
function matchTokens(tokens: readonly Token[], name: string): boolean {
  const chars = codePoints(name);
  // Hidden names only match a pattern that starts with a literal dot.
  if (chars[0] === '.' && !(tokens[0]?.kind === 'char' && tokens[0].char === '.')) return false;
  const m = tokens.length;
  let current = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  const close = (set: Uint8Array): void => {
    for (let i = 0; i < m; i++) if (set[i] === 1 && tokens[i]?.kind === 'star') set[i + 1] = 1;
  };
  current[0] = 1;
  close(current);
  for (const c of chars) {
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (current[i] !== 1) continue;
      const token = tokens[i] as Token;
      if (token.kind === 'star') {
        next[i] = 1;
        alive = true;
      } else if (tokenMatches(token, c)) {
        next[i + 1] = 1;
        alive = true;
      }
    }
    if (!alive) return false;
    close(next);
    [current, next] = [next, current];
  }
  return current[m] === 1;
}

function compileSegment(segment: string): Segment {
  if (segment === '**') return { globstar: true };
  return { globstar: false, alternatives: expandBraces(codePoints(segment)).map(tokenize) };
}

const segmentMatches = (segment: Segment, name: string): boolean =>
  segment.globstar ? !name.startsWith('.') && name !== '' : segment.alternatives.some((tokens) => matchTokens(tokens, name));

/**
 * The pattern positions reachable after matching `parts` (a set over
 * `0…segments.length`), simulated like `matchTokens` one level up: `**`
 * consumes any number of non-hidden parts.
 */
function reachable(segments: readonly Segment[], parts: readonly string[]): Uint8Array {
  const k = segments.length;
  let current = new Uint8Array(k + 1);
  const close = (set: Uint8Array): void => {
    for (let j = 0; j < k; j++) if (set[j] === 1 && segments[j]?.globstar === true) set[j + 1] = 1;
  };
  current[0] = 1;
  close(current);
  for (const part of parts) {
    const next = new Uint8Array(k + 1);
    for (let j = 0; j < k; j++) {
      if (current[j] !== 1) continue;
      const segment = segments[j] as Segment;
      if (!segmentMatches(segment, part)) continue;
      if (segment.globstar) next[j] = 1;
      else next[j + 1] = 1;
    }
    close(next);
    current = next;
  }
  return current;
}

/**
 * Splits a pattern at the first segment holding glob syntax and compiles the
 * rest. Throws a {@link GlobError} for a pattern that expands to too many
 * alternatives.
 */
export function compileGlob(pattern: string): CompiledGlob {
  const all = pattern.split('/');
  let firstMagic = all.findIndex((s) => isGlob(s));
  if (firstMagic < 0) firstMagic = all.length;
  const baseSegments = all.slice(0, firstMagic);
  const base = baseSegments.join('/') || (pattern.startsWith('/') ? '/' : '');
  const segments = all.slice(firstMagic).filter((s, i, arr) => s !== '' || i === arr.length - 1);
  const compiled = segments.map(compileSegment);
  // A final `**` matches files at any depth below: the same as `**/*`.
  if (compiled.at(-1)?.globstar === true) compiled.push(compileSegment('*'));
  const k = compiled.length;
  return {
    base,
    segments,
    matches: (relativePath) => reachable(compiled, relativePath.split('/'))[k] === 1,
    mayContain: (relativeDir) => {
      const states = reachable(compiled, relativeDir === '' ? [] : relativeDir.split('/'));
      // Some segment is left for the file's own name.
      for (let j = 0; j < k; j++) if (states[j] === 1) return true;
      return false;
    },
  };
}
