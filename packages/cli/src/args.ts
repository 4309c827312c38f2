/**
 * Argument parsing on `node:util` `parseArgs`, with usage errors in the
 * user's language.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from './i18n/messages.js';
import { closestName } from '@serafin-ph/validators/suggest';
import { commandMessages } from './i18n/command-messages.js';

/** A usage error: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** Command whose help the hint points to (`validate`, `nomenclature lookup`…). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Parses the arguments of one command; throws {@link UsageError}. */
export function parseCommandArgs<const T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
  lang: Lang,
  command: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const names = Object.keys(options).map((name) => `--${name}`);
      const suggestion = option.startsWith('--') ? closestName(option.split('=')[0] as string, names) : undefined;
      throw new UsageError(commandMessages(lang).args.unknownOption(option, suggestion), command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(commandMessages(lang).args.badOptionValue(option), command);
    }
    throw new UsageError(message, command);
  }
}

/** Checks that a value is one of a list; throws {@link UsageError}. */
export function oneOf<const T extends string>(value: string | undefined, allowed: readonly T[], option: string, lang: Lang, command: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(commandMessages(lang).args.invalidValue(option, value, allowed.join(', '), closestName(value, allowed)), command);
}

/**
 * The language asked for on the command line (`--lang`, `-l`), before any
 * command is parsed, so that even usage errors speak it; else `SERAFIN_LANG`;
 * else French.
 */
export function detectLang(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    let value: string | undefined;
    if (a === '--lang' || a === '-l') value = args[i + 1];
    else if (a.startsWith('--lang=')) value = a.slice(7);
    else if (a.startsWith('-l') && a.length > 2 && !a.startsWith('--')) value = a.slice(2);
    if (value === 'fr' || value === 'en') return value;
  }
  const fromEnv = env['SERAFIN_LANG']?.toLowerCase();
  return fromEnv === 'en' ? 'en' : 'fr';
}
