/**
 * A small glob matcher (Node 20 has no `fs.glob`): enough for the patterns a
 * shell user writes when quoting them for `serafin validate`.
 *
 * Syntax: `*` any characters but `/`, `?` one character but `/`, `[abc]`,
 * `[a-z]`, `[!abc]` or `[^abc]` a character class, `{a,b}` alternatives,
 * `**` as a whole segment any number of folders (zero included). `*`, `?` and
 * classes do not match a leading dot (hidden files), as in a shell. Paths use
 * `/` (a `\` in a pattern escapes the next character).
 */

/** `true` when `text` contains glob syntax. */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
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

const escapeRegex = (c: string): string => c.replace(/[.+^$|()\\{}[\]*?/]/g, '\\$&');

/** Regex source of one segment (no `/`), `**` excluded. */
function segmentSource(segment: string): string {
  let out = '';
  let i = 0;
  let atStart = true;
  const noDot = (): string => (atStart && !segment.startsWith('.') ? '(?!\\.)' : '');
  while (i < segment.length) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      out += escapeRegex(segment[i + 1]!);
      i += 2;
    } else if (c === '*') {
      out += `${noDot()}[^/]*`;
      while (segment[i] === '*') i++;
    } else if (c === '?') {
      out += `${noDot()}[^/]`;
      i++;
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        i++;
      } else {
        let body = segment.slice(i + 1, close);
        let negate = false;
        if (body.startsWith('!') || body.startsWith('^')) {
          negate = true;
          body = body.slice(1);
        }
        const cls = body.replace(/[\\\]^]/g, '\\$&');
        out += negate ? `${noDot()}[^/${cls}]` : `${noDot()}[${cls}]`;
        i = close + 1;
      }
    } else if (c === '{') {
      const close = matchingBrace(segment, i);
      if (close < 0) {
        out += '\\{';
        i++;
      } else {
        const alternatives = splitTopLevel(segment.slice(i + 1, close));
        const rest = segment.slice(close + 1);
        // expand the alternatives with the rest of the segment so dots and stars stay correct
        const prefix = out;
        return `${prefix}(?:${alternatives.map((a) => segmentSourceContinued(a + rest, atStart)).join('|')})`;
      }
    } else {
      out += escapeRegex(c);
      i++;
    }
    atStart = false;
  }
  return out;
}

function segmentSourceContinued(segment: string, atStart: boolean): string {
  // a continuation is a fresh segment when it started the segment, else the no-dot rule no longer applies
  return atStart ? segmentSource(segment) : segmentSource(segment).replace(/^\(\?!\\\.\)/, '');
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * Splits a pattern at the first segment holding glob syntax and compiles the
 * rest.
 */
export function compileGlob(pattern: string): CompiledGlob {
  const all = pattern.split('/');
  let firstMagic = all.findIndex((s) => isGlob(s));
  if (firstMagic < 0) firstMagic = all.length;
  const baseSegments = all.slice(0, firstMagic);
  const base = baseSegments.join('/') || (pattern.startsWith('/') ? '/' : '');
  const segments = all.slice(firstMagic).filter((s, i, arr) => s !== '' || i === arr.length - 1);
  const anyDir = '(?:(?!\\.)[^/]+/)*';
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? `${anyDir}(?!\\.)[^/]+` : anyDir;
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  const full = new RegExp(`^${source}$`, 'u');
  const firstGlobstar = segments.indexOf('**');
  const segmentRegexes = segments.map((s) => (s === '**' ? null : new RegExp(`^${segmentSource(s)}$`, 'u')));
  return {
    base,
    segments,
    matches: (relativePath) => full.test(relativePath),
    mayContain: (relativeDir) => {
      const parts = relativeDir === '' ? [] : relativeDir.split('/');
      if (firstGlobstar < 0 && parts.length > segments.length - 1) return false;
      for (let d = 0; d < parts.length; d++) {
        if (firstGlobstar >= 0 && d >= firstGlobstar) return true;
        const re = segmentRegexes[d];
        if (re === undefined || re === null) return true;
        if (!re.test(parts[d]!)) return false;
      }
      return true;
    },
  };
}
