/**
 * Writes a command's text to `--output` (relative to the working folder) or to
 * standard output; a write error is reported on standard error (exit code 2).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writer, type CliContext } from '../context.js';
import type { Lang } from '../i18n/messages.js';
import { outputText } from '../i18n/nomenclature-messages.js';

/** Writes `text` to the file `output`, or to standard output when it is `undefined`; returns the exit code. */
export async function emit(text: string, output: string | undefined, ctx: CliContext, lang: Lang): Promise<number> {
  if (output === undefined) {
    await writer(ctx.stdout)(text);
    return 0;
  }
  try {
    await writeFile(resolve(ctx.cwd, output), text);
    return 0;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    await writer(ctx.stderr)(outputText.cannotWrite[lang](output, reason));
    return 2;
  }
}
