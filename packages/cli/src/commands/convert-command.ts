/**
 * `serafin convert <file> --to fhir | --from fhir`: a PAG as a FHIR R4
 * Bundle and back, with `toFhirBundle` / `fromFhirBundle` of
 * `@serafin-ph/fhir`. Messages never quote document values.
 *
 * Conversion PAG ⇄ FHIR.
 */
import { rename, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fromFhirBundle, toFhirBundle } from '@serafin-ph/fhir';
import type { Pag } from '@serafin-ph/pag-schema/types';
import { validatePag } from '@serafin-ph/validators';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { CONVERT_HELP, CONVERT_TEXT } from '../i18n/convert-messages.js';
import { commandMessages, inLang } from '../i18n/command-messages.js';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { jsonSyntaxError } from '../validate/check-text.js';
import { overValueBudget } from '../validate/json-values.js';
import { readJsonFile } from '../validate/read-input.js';
import { DEFAULT_MAX_SIZE } from '../validate/run-validate.js';

const OPTIONS = {
  to: { type: 'string' },
  from: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  date: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  lang: { type: 'string', short: 'l' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Help text of `serafin convert`. */
export function convertHelp(lang: Lang): string {
  return CONVERT_HELP[lang];
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Runs `serafin convert`; returns the exit code. */
export async function convertCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, lang, 'convert');
  if (values.help) return (await writer(ctx.stdout)(convertHelp(lang)), 0);
  const t = CONVERT_TEXT[lang];
  const to = oneOf(values.to, ['fhir'], '--to', lang, 'convert');
  const from = oneOf(values.from, ['fhir'], '--from', lang, 'convert');
  if ((to === undefined) === (from === undefined)) throw new UsageError(t.direction, 'convert');
  if (positionals.length === 0) throw new UsageError(t.noInput, 'convert');
  if (positionals.length > 1) throw new UsageError(t.oneInput, 'convert');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(t.badDate, 'convert');
  const input = positionals[0]!;
  const target = values.output === undefined ? undefined : resolve(ctx.cwd, values.output);
  if (target !== undefined) {
    if (input !== '-' && resolve(ctx.cwd, input) === target) throw new UsageError(t.sameAsInput(values.output!), 'convert');
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isFile() === true && values.force !== true) throw new UsageError(t.exists(values.output!), 'convert');
  }
  const err = writer(ctx.stderr);
  const sep = commandMessages(lang).colon;

  let text: string;
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    text = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } else {
    const item = await readJsonFile(input, { lang, maxSize: DEFAULT_MAX_SIZE, cwd: ctx.cwd });
    if (item.kind === 'error') {
      await err(`${input}${sep} ${item.error.message}\n`);
      return 2;
    }
    text = item.text;
  }
  const budget = overValueBudget(text);
  if (budget !== undefined) {
    await err(`${input}${sep} ${inputMessages.tooManyValues(lang, budget, text.length)}\n`);
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    await err(`${input}${sep} ${jsonSyntaxError(text, error, lang).message}\n`);
    return 1;
  }
  const options = { lang, ...(values.date === undefined ? {} : { referenceDate: values.date }) };
  let code = 0;
  let out: string;
  let what: string;
  if (to !== undefined) {
    const report = validatePag(value, options);
    const errors = report.issues.filter((i) => i.severity === 'error');
    const structural = errors.filter((i) => i.ruleId.startsWith('STRUCTURE'));
    if (structural.length > 0) {
      await err(`${t.notPagSchema(input, structural.length)}\n`);
      for (const i of structural.slice(0, 20)) await err(`  ${i.path === '' ? '/' : i.path} ${i.ruleId}${sep} ${i.message}\n`);
      return 1;
    }
    if (errors.length > 0) {
      await err(`${t.businessErrors(input, errors.length)}\n`);
      for (const i of errors) await err(`  ${i.path === '' ? '/' : i.path} ${i.ruleId}${sep} ${i.message}\n`);
      code = 1;
    }
    const bundle = toFhirBundle(value as Pag);
    out = `${JSON.stringify(bundle, null, 2)}\n`;
    what = t.bundle(bundle.entry?.length ?? 0);
  } else {
    const { document, notMapped } = fromFhirBundle(value);
    if (notMapped.length > 0) {
      await err(`${document === undefined ? t.noPag(input) : t.notMapped(input, notMapped.length)}\n`);
      for (const n of notMapped) await err(`  ${n.expression} [${n.reason}]${sep} ${inLang(lang, n.message, n.messageEn)}\n`);
      code = 1;
    }
    if (document === undefined) return 1;
    const report = validatePag(document, options);
    const errors = report.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      await err(`${t.invalidResult(input, errors.length)}\n`);
      for (const i of errors) await err(`  ${i.path === '' ? '/' : i.path} ${i.ruleId}${sep} ${i.message}\n`);
      code = 1;
    }
    out = `${JSON.stringify(document, null, 2)}\n`;
    what = t.pag;
  }
  if (target === undefined) {
    await writer(ctx.stdout)(out);
  } else {
    try {
      // Written beside the target then renamed: an interrupted run never leaves half a file.
      const temporary = `${target}.serafin-convert-${process.pid}.tmp`;
      await writeFile(temporary, out);
      await rename(temporary, target);
    } catch (error) {
      await err(`${t.cannotWrite(values.output!, reason(error))}\n`);
      return 2;
    }
  }
  if (values.quiet !== true) await err(`${t.done(input, what, values.output ?? '')}\n`);
  return code;
}
