/**
 * `serafin validate`.
 */
import { createWriteStream, statSync } from 'node:fs';
import { NUMBERINGS } from '@serafin-ph/nomenclature';
import { closestName, DOCUMENT_TYPES, isRuleId, RULES } from '@serafin-ph/validators';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { validatorOf, writeFailure, writer, type CliContext, type OutputStream } from '../context.js';
import { helpText } from '../help.js';
import { commandMessages } from '../i18n/command-messages.js';
import type { Lang } from '../i18n/messages.js';
import { palette, shouldColor } from '../output/color.js';
import { jsonReporter } from '../output/json-reporter.js';
import { junitReporter } from '../output/junit-reporter.js';
import { noProgress, terminalProgress, type Progress } from '../output/progress.js';
import type { Reporter } from '../output/reporter.js';
import { textReporter } from '../output/text-reporter.js';
import { TEXT_ENCODINGS } from '../validate/decode.js';
import { DEFAULT_MAX_SIZE, runValidate } from '../validate/run-validate.js';
import { EXIT_CODES } from '../validate/types.js';
import type { ValidateOptions } from '../validate/validators-contract.js';

const FORMATS = ['text', 'json', 'junit', 'html'] as const;
const SEVERITIES = ['error', 'warning'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string', short: 'l' },
  numbering: { type: 'string' },
  date: { type: 'string' },
  type: { type: 'string' },
  'skip-rule': { type: 'string', multiple: true },
  'deprecated-codes': { type: 'string' },
  'include-personal-data': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  ndjson: { type: 'boolean' },
  'max-size': { type: 'string' },
  encoding: { type: 'string' },
  'allow-empty': { type: 'boolean' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `true` for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Number of checking threads from `--jobs` (the main thread and jobs − 1 workers; `auto` = one per core). */
function parseJobs(value: string | undefined, lang: Lang): number {
  if (value === undefined) return 1;
  if (value === 'auto' || value === '0') return Math.max(1, availableParallelism());
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError(commandMessages(lang).validate.badJobs(value), 'validate');
  }
  return Number(value);
}

function parseMaxSize(value: string | undefined, lang: Lang): number {
  if (value === undefined) return DEFAULT_MAX_SIZE;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > 4096) {
    throw new UsageError(commandMessages(lang).validate.badMaxSize(value), 'validate');
  }
  return Math.floor(n * 1024 * 1024);
}

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
const RULE_IDS = [...RULE_BY_ID.keys()];

/**
 * An unknown `--skip-rule` id is an error that names the closest known id; so
 * is a check of the structure stage (`STRUCTURE-*`, `OPTIONS-INVALIDES`), which
 * always runs (the validators report it among the option issues, which the
 * command does not print).
 */
function checkRuleId(id: string, lang: Lang): void {
  const rule = RULE_BY_ID.get(id);
  if (rule?.stage === 'structure') throw new UsageError(commandMessages(lang).validate.unskippableRule(id), 'validate');
  if (rule !== undefined) return;
  throw new UsageError(commandMessages(lang).validate.unknownRule(id, closestName(id, RULE_IDS)), 'validate');
}

/**
 * `--output` never overwrites an input (whatever `--force` says), nor an
 * existing file without `--force`: a file named `-ovictim.json` expanded by
 * an unquoted shell glob reads as `-o victim.json`.
 */
function checkOutput(output: string, inputs: readonly string[], force: boolean, cwd: string, lang: Lang): void {
  const target = resolve(cwd, output);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  const isInput = inputs.some((input) => input !== '-' && resolve(cwd, input) === target);
  if (isInput) {
    throw new UsageError(commandMessages(lang).validate.outputIsInput(output), 'validate');
  }
  if (existing?.isFile() === true && !force) {
    throw new UsageError(commandMessages(lang).validate.outputExists(output), 'validate');
  }
}

/** Runs `serafin validate`; returns the exit code. */
export async function validateCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, lang, 'validate');
  if (values.help) {
    await writer(ctx.stdout)(helpText('validate', lang));
    return 0;
  }
  const format = oneOf(values.format, FORMATS, '--format', lang, 'validate') ?? 'text';
  const numbering = oneOf(values.numbering, NUMBERINGS, '--numbering', lang, 'validate');
  const typeDocument = oneOf(values.type, DOCUMENT_TYPES, '--type', lang, 'validate');
  const deprecatedCodes = oneOf(values['deprecated-codes'], SEVERITIES, '--deprecated-codes', lang, 'validate');
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(commandMessages(lang).validate.badDate(values.date), 'validate');
  }
  // -l fr / --lang=en were read before the command; an attached value (-lq.json) is checked here too.
  oneOf(values.lang, ['fr', 'en'], '--lang', lang, 'validate');
  for (const id of values['skip-rule'] ?? []) checkRuleId(id, lang);
  const encoding = oneOf(values.encoding, TEXT_ENCODINGS, '--encoding', lang, 'validate') ?? 'auto';
  const jobs = parseJobs(values.jobs, lang);
  const maxSize = parseMaxSize(values['max-size'], lang);
  if (positionals.length === 0) {
    throw new UsageError(commandMessages(lang).validate.noInput, 'validate');
  }

  // Messages that mention an option name this command's flags (--include-personal-data, --numbering).
  const validateOptions: ValidateOptions = { lang, optionNames: 'cli' };
  if (numbering !== undefined) validateOptions.numbering = numbering;
  if (typeDocument !== undefined) validateOptions.typeDocument = typeDocument;
  if (values.date !== undefined) validateOptions.referenceDate = values.date;
  // Only ids of the catalogue reach the validators (the message about an unknown id belongs to the option parsing).
  if (values['skip-rule'] !== undefined) validateOptions.skipRules = values['skip-rule'].filter(isRuleId);
  if (deprecatedCodes !== undefined) validateOptions.deprecatedCodes = deprecatedCodes;
  if (values['include-personal-data'] === true) validateOptions.includePersonalData = true;

  // Loaded before the report file is created: a failed load leaves no empty report behind.
  const validate = await validatorOf(ctx);
  let out: OutputStream = ctx.stdout;
  let file: ReturnType<typeof createWriteStream> | undefined;
  if (values.output !== undefined) {
    checkOutput(values.output, positionals, values.force === true, ctx.cwd, lang);
    file = createWriteStream(resolve(ctx.cwd, values.output));
    const opened = await new Promise<Error | undefined>((done) => {
      file!.once('open', () => done(undefined));
      file!.once('error', (error) => done(error));
    });
    if (opened) {
      const reason = (opened as NodeJS.ErrnoException).code ?? opened.message;
      await writer(ctx.stderr)(`${commandMessages(lang).validate.cannotOpen(values.output, reason)}\n`);
      return 2;
    }
    // A failed write (ENOSPC…) is read back by writeFailure(), never thrown.
    file.on('error', () => undefined);
    out = file;
  }

  const quiet = values.quiet === true;
  const progress: Progress =
    !quiet && ctx.stderr.isTTY === true ? terminalProgress({ write: (s) => ctx.stderr.write(s), columns: ctx.stderr.columns ?? 80 }, { lang }) : noProgress;
  const rawWrite = writer(out);
  const write = (chunk: string): void | Promise<void> => {
    if (out === ctx.stdout) progress.clear();
    return rawWrite(chunk);
  };
  const reporter: Reporter =
    format === 'json'
      ? jsonReporter(write)
      : format === 'junit'
        ? junitReporter(write, { lang })
        : format === 'html'
          ? // loaded only for this format: it reads the field titles of `@serafin-ph/pag-schema` (zod) and the renderer
            (await import('../output/html-reporter.js')).htmlReporter(write, { lang, version: ctx.version, includePersonalData: values['include-personal-data'] === true })
          : textReporter(write, { lang, quiet, palette: palette(out === ctx.stdout && shouldColor(out, ctx.env)) });

  try {
    const result = await runValidate({
      inputs: positionals,
      validate,
      validateOptions,
      jobs,
      ...(ctx.workerUrl !== undefined ? { workerUrl: ctx.workerUrl } : {}),
      maxSize,
      encoding,
      stdinFormat: values.ndjson === true ? 'ndjson' : 'json',
      stdin: ctx.stdin,
      allowEmpty: values['allow-empty'] === true,
      cwd: ctx.cwd,
      onEntry: async (entry) => {
        progress.tick(entry.path);
        await reporter.entry(entry);
      },
    });
    progress.stop();
    await reporter.end(result.summary);
    if (file) await closeFile(file);
    // A synchronous stream (stdout on a file or device) reports a failed write on the next turn.
    await new Promise<void>((done) => setImmediate(done));
    const failure = writeFailure(out);
    // `| head`: the reader stopped reading; the batch's own verdict stands.
    if (failure === undefined || (failure === 'EPIPE' && out === ctx.stdout)) return result.exitCode;
    const m = commandMessages(lang).validate;
    await writer(ctx.stderr)(`${m.reportNotWritten(values.output ?? m.standardOutput, failure, EXIT_CODES.output)}\n`);
    return EXIT_CODES.output;
  } finally {
    progress.stop();
    if (file) await closeFile(file);
  }
}

/** Ends a report file and waits until it is flushed, or has failed. */
function closeFile(file: ReturnType<typeof createWriteStream>): Promise<void> {
  if (file.closed || file.destroyed) return Promise.resolve();
  return new Promise<void>((done) => {
    file.once('error', () => done());
    file.end(() => done());
  });
}
