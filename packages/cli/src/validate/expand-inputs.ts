/**
 * From command-line arguments to the list of inputs: files, folders (walked),
 * glob patterns and `-` for standard input. Deterministic: arguments in the
 * order given, folder entries sorted by name (code point order), duplicates
 * dropped.
 */
import { readdir, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { compileGlob, GlobError, isGlob } from './glob.js';
import type { InputError } from './types.js';

/** How an input is read. */
export type InputFormat = 'json' | 'ndjson';

/** One input to check, or an argument that gave none. */
export type InputSource =
  | { kind: 'file'; path: string; format: InputFormat; /** The file's absolute path, when known. */ absolute?: string }
  | { kind: 'stdin'; path: '-'; format: InputFormat }
  | { kind: 'error'; path: string; error: InputError };

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  lang: Lang;
  /** Format of standard input (`--ndjson`). */
  stdinFormat: InputFormat;
  /** Folder the relative arguments are read from (default `process.cwd()`). */
  cwd?: string;
  /** An empty folder or a pattern without match is not an error (`--allow-empty`). */
  allowEmpty?: boolean;
  /**
   * Called when a folder is listed, with the number of files in it that will
   * be yielded (links counted as files), before they are: how large the batch
   * is, ahead of the inputs.
   */
  onListed?: (files: number) => void;
}

const NDJSON_EXTENSION = /\.(ndjson|jsonl)$/i;
const FOLDER_EXTENSION = /\.(json|ndjson|jsonl)$/i;

/** Format of a file by its extension: `.ndjson` and `.jsonl` are NDJSON, anything else one JSON document. */
export function formatOf(path: string): InputFormat {
  return NDJSON_EXTENSION.test(path) ? 'ndjson' : 'json';
}

function join(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') || dir.endsWith(sep) ? dir + name : `${dir}/${name}`;
}

/**
 * An argument as a glob pattern: on Windows `\` separates folders (and is
 * read as `/`); elsewhere it escapes the next character (`\*` is a star).
 */
const asPattern = (arg: string): string => (process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg);

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/** What a special entry is (`fifo`, `socket`…), or `undefined` for a regular file, folder or link. */
export function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string | undefined {
  if (entry.isFIFO()) return 'fifo';
  if (entry.isSocket()) return 'socket';
  if (entry.isBlockDevice()) return 'block-device';
  if (entry.isCharacterDevice()) return 'character-device';
  return undefined;
}

/** What {@link walk} yields: a file to check, or an entry that could not be (in sorted order with the files). */
type WalkItem = { kind: 'file'; path: string; absolute: string } | { kind: 'error'; path: string; error: InputError };

/**
 * Walks a folder depth first, entries sorted by name. Hidden entries (leading
 * dot) and `node_modules` are skipped; symbolic links to files are followed,
 * links to folders are not (no cycles). A folder that cannot be read, and a
 * special file (named pipe, socket, device) that the filter accepts, are
 * yielded as errors at their place in the sorted order.
 */
async function* walk(
  dir: string,
  absolute: string,
  relative: string,
  accept: (relativePath: string, name: string) => boolean,
  enter: (relativeDir: string) => boolean,
  lang: Lang,
  onListed?: (files: number) => void,
): AsyncGenerator<WalkItem> {
  let entries;
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    // A glob's base folder that does not exist is a pattern without match (NO_MATCH), not a read error.
    if (relative === '' && (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return;
    yield { kind: 'error', path: dir, error: { code: 'UNREADABLE', message: inputMessages.unreadable(lang, errnoReason(error)) } };
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  if (onListed !== undefined) {
    let files = 0;
    for (const entry of entries) {
      if ((entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.') && accept(relative === '' ? entry.name : `${relative}/${entry.name}`, entry.name)) files++;
    }
    onListed(files);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const abs = absolute.endsWith(sep) ? absolute + entry.name : absolute + sep + entry.name; // resolve(absolute, name), which costs more
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let special = specialKind(entry);
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(abs);
        isFile = target.isFile();
        special = specialKind(target);
      } catch {
        isFile = accept(rel, entry.name); // a broken link is reported when read
      }
      isDir = false;
    }
    if (isDir) {
      if (enter(rel)) yield* walk(path, abs, rel, accept, enter, lang, onListed);
    } else if (isFile && accept(rel, entry.name)) {
      yield { kind: 'file', path, absolute: abs };
    } else if (special !== undefined && accept(rel, entry.name)) {
      yield { kind: 'error', path, error: { code: 'SPECIAL_FILE', message: inputMessages.specialFile(lang, special, true) } };
    }
  }
}

/**
 * Expands the arguments of `serafin validate` into inputs, lazily (a huge
 * folder starts being checked before it is fully listed).
 */
export async function* expandInputs(args: readonly string[], options: ExpandOptions): AsyncGenerator<InputSource> {
  const cwd = options.cwd ?? process.cwd();
  const seen = new Set<string>();
  const { lang } = options;
  const fresh = (path: string, absolute = resolve(cwd, path)): boolean => {
    const key = absolute;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) {
        seen.add('-');
        yield { kind: 'stdin', path: '-', format: options.stdinFormat };
      }
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    let statError: unknown;
    try {
      info = await stat(resolve(cwd, arg));
    } catch (error) {
      statError = error;
    }

    if (info?.isDirectory()) {
      let count = 0;
      for await (const item of walk(
        arg,
        resolve(cwd, arg),
        '',
        (_rel, name) => FOLDER_EXTENSION.test(name),
        () => true,
        lang,
        options.onListed,
      )) {
        if (item.kind === 'error') {
          yield item;
          continue;
        }
        count++;
        if (fresh(item.path, item.absolute)) yield { kind: 'file', path: item.path, format: formatOf(item.path), absolute: item.absolute };
      }
      if (count === 0 && options.allowEmpty !== true) {
        yield { kind: 'error', path: arg, error: { code: 'NO_MATCH', message: inputMessages.emptyFolder(lang) } };
      }
    } else if (info !== undefined && !info.isFile()) {
      // A named pipe, socket or device given by name: reading it could wait forever.
      yield { kind: 'error', path: arg, error: { code: 'SPECIAL_FILE', message: inputMessages.specialFile(lang, specialKind(info) ?? 'special', false) } };
    } else if (info !== undefined) {
      if (fresh(arg)) yield { kind: 'file', path: arg, format: formatOf(arg) };
    } else if (isGlob(asPattern(arg))) {
      let glob;
      try {
        glob = compileGlob(asPattern(arg));
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        yield { kind: 'error', path: arg, error: { code: 'BAD_PATTERN', message: inputMessages.badPattern(lang, error.message) } };
        continue;
      }
      const matcher = glob;
      let count = 0;
      const baseAbs = resolve(cwd, glob.base === '' ? '.' : glob.base);
      for await (const item of walk(
        glob.base,
        baseAbs,
        '',
        (rel) => matcher.matches(rel),
        (rel) => matcher.mayContain(rel),
        lang,
        options.onListed,
      )) {
        if (item.kind === 'error') {
          yield item;
          continue;
        }
        count++;
        if (fresh(item.path, item.absolute)) yield { kind: 'file', path: item.path, format: formatOf(item.path), absolute: item.absolute };
      }
      if (count === 0 && options.allowEmpty !== true) {
        yield { kind: 'error', path: arg, error: { code: 'NO_MATCH', message: inputMessages.noMatch(lang) } };
      }
    } else {
      const code = (statError as NodeJS.ErrnoException | undefined)?.code;
      yield code === 'ENOENT' || code === 'ENOTDIR'
        ? { kind: 'error', path: arg, error: { code: 'NOT_FOUND', message: inputMessages.notFound(lang) } }
        : { kind: 'error', path: arg, error: { code: 'UNREADABLE', message: inputMessages.unreadable(lang, errnoReason(statError)) } };
    }
  }
}
