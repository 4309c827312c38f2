/**
 * `serafin migrate <files>`: rewrites documents of an earlier schema version
 * (1.0.0) into the current one with `migrate()` of `@serafin-ph/pag-schema`,
 * to standard output, to a file (`-o`) or in place (`--in-place`).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { migrate, SCHEMA_VERSION } from '@serafin-ph/pag-schema';
import { parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { commandMessages, inLang } from '../i18n/command-messages.js';
import type { Lang } from '../i18n/messages.js';

const HELP: Record<Lang, string> = {
  fr: `Usage : serafin migrate [options] <fichiers.json>...

Réécrit des documents (PAG, convention territoriale, tableau des dérogations) d’une version
antérieure du schéma (1.0.0) dans la version ${SCHEMA_VERSION}, sans perte : les formes que la
${SCHEMA_VERSION} remplace (par exemple « demande.origine ») sont réécrites, « versionSchema » et
« $schema » mis à jour, tout le reste recopié tel quel. Un document déjà en ${SCHEMA_VERSION} est
recopié sans changement. Les modifications sont décrites sur la sortie d’erreur.

Options :
  -o, --output <fichier>   écrit le document migré dans ce fichier (une seule entrée)
  -i, --in-place           remplace chaque fichier par sa version migrée
  -q, --quiet              ne décrit pas les modifications
  -l, --lang fr|en         langue des messages

Sans -o ni --in-place, le document migré va sur la sortie standard (une seule entrée).

Codes de sortie : 0 tout est migré ; 1 un fichier n’est pas un document migrable (JSON invalide,
type ou version inconnus : il est laissé intact) ; 2 erreur d’utilisation, de lecture ou d’écriture.
`,
  en: `Usage: serafin migrate [options] <files.json>...

Rewrites documents (PAG, territorial convention, derogation table) of an earlier schema version
(1.0.0) into version ${SCHEMA_VERSION}, losslessly: the forms ${SCHEMA_VERSION} replaces (e.g.
\`demande.origine\`) are rewritten, \`versionSchema\` and \`$schema\` updated, everything else copied
as is. A document already in ${SCHEMA_VERSION} is copied unchanged. Changes are described on
standard error.

Options:
  -o, --output <file>   writes the migrated document to this file (one input only)
  -i, --in-place        replaces each file with its migrated version
  -q, --quiet           does not describe the changes
  -l, --lang fr|en      language of the messages

Without -o or --in-place, the migrated document goes to standard output (one input only).

Exit codes: 0 everything migrated; 1 a file is not a document that can be migrated (invalid JSON,
unknown type or version: it is left untouched); 2 usage, read or write error.
`,
};

/** Help text of `serafin migrate`. */
export function migrateHelp(lang: Lang): string {
  return HELP[lang];
}

/** Runs `serafin migrate`; returns the exit code. */
export async function migrateCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      'in-place': { type: 'boolean', short: 'i' },
      quiet: { type: 'boolean', short: 'q' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    'migrate',
  );
  if (values.help) return (await writer(ctx.stdout)(migrateHelp(lang)), 0);
  const { colon, migrate: m } = commandMessages(lang);
  if (positionals.length === 0) throw new UsageError(m.noInput, 'migrate');
  if (values.output !== undefined && values['in-place'] === true) throw new UsageError(m.outputAndInPlace, 'migrate');
  if (values['in-place'] !== true && positionals.length > 1) {
    throw new UsageError(m.severalInputs, 'migrate');
  }
  const err = writer(ctx.stderr);
  let code = 0;
  for (const input of positionals) {
    const path = resolve(ctx.cwd, input);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      await err(`${m.cannotRead(input, reason(error))}\n`);
      code = 2;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      await err(`${m.invalidJson(input)}\n`);
      code = Math.max(code, 1);
      continue;
    }
    const result = migrate(value);
    if (!result.ok) {
      await err(`${input}${colon} ${inLang(lang, result.fr, result.en)}${m.leftUntouched}\n`);
      code = Math.max(code, 1);
      continue;
    }
    if (values.quiet !== true) {
      if (result.changes.length === 0) await err(`${m.alreadyCurrent(input, result.to)}\n`);
      for (const c of result.changes) await err(`${input} ${c.path}${colon} ${inLang(lang, c.fr, c.en)}\n`);
    }
    const out = `${JSON.stringify(result.document, null, 2)}\n`;
    const target = values['in-place'] === true ? path : values.output === undefined ? undefined : resolve(ctx.cwd, values.output);
    if (target === undefined) {
      await writer(ctx.stdout)(out);
      continue;
    }
    try {
      // Written beside the target then renamed: an interrupted run never leaves half a document.
      const temporary = `${target}.serafin-migrate-${process.pid}.tmp`;
      await writeFile(temporary, out);
      await rename(temporary, target);
    } catch (error) {
      await err(`${m.cannotWrite(input, values.output ?? input, reason(error))}\n`);
      code = 2;
    }
  }
  return code;
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
