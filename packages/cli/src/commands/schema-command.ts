/**
 * `serafin schema <type>`: prints the JSON Schema published by
 * `@serafin-ph/pag-schema`, byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DOCUMENT_TYPES, schemaFileName } from '@serafin-ph/pag-schema';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { helpText } from '../help.js';
import type { Lang } from '../i18n/messages.js';
import { outputText, usage } from '../i18n/nomenclature-messages.js';
import { emit } from '../output/emit.js';

/** Document types that have a published schema: every one of `@serafin-ph/pag-schema`'s {@link DOCUMENT_TYPES}. */
export const SCHEMA_TYPES = DOCUMENT_TYPES;

/** Path of the published schema file of a document type (export `@serafin-ph/pag-schema/schemas/*`). */
export function schemaPath(type: (typeof SCHEMA_TYPES)[number]): string {
  return createRequire(import.meta.url).resolve(`@serafin-ph/pag-schema/schemas/${schemaFileName(type)}`);
}

/** Runs `serafin schema`; returns the exit code. */
export async function schemaCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { output: { type: 'string', short: 'o' }, lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
    lang,
    'schema',
  );
  if (values.help) return (await writer(ctx.stdout)(helpText('schema', lang)), 0);
  if (positionals.length !== 1) {
    throw new UsageError(usage.schemaType[lang](SCHEMA_TYPES.join(', ')), 'schema');
  }
  const type = oneOf(positionals[0], SCHEMA_TYPES, 'schema', lang, 'schema')!;
  let text: string;
  try {
    text = await readFile(schemaPath(type), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    await writer(ctx.stderr)(outputText.schemaNotFound[lang](type, reason));
    return 2;
  }
  return emit(text, values.output, ctx, lang);
}
