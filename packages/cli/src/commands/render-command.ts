/**
 * `serafin render`: PAG, conventions and derogation tables as readable HTML
 * pages (`@serafin-ph/render`), one file, several, or whole folders.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { renderDocument, renderTimetable, renderedTypeOf } from '@serafin-ph/render';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { commandMessages } from '../i18n/command-messages.js';
import { inputMessages, type Lang } from '../i18n/messages.js';
import { jsonSyntaxError } from '../validate/check-text.js';
import { overValueBudget } from '../validate/json-values.js';
import { expandInputs, type InputSource } from '../validate/expand-inputs.js';
import { readJsonFile } from '../validate/read-input.js';
import { DEFAULT_MAX_SIZE } from '../validate/run-validate.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  lang: { type: 'string', short: 'l' },
  'include-personal-data': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['html', 'svg'] as const;

const HELP: Record<Lang, string> = {
  fr: `Usage : serafin render [options] <fichier|dossier|motif|->...

Rend des PAG, conventions territoriales et tableaux de dérogations en pages HTML autonomes,
lisibles, imprimables (A4) et accessibles ; avec --format svg, l’emploi du temps d’un PAG en image.
Validez d’abord les documents (serafin validate) : le rendu montre ce que le document contient.

Entrées :
  fichier.json             un document
  fichier.ndjson, .jsonl   un document par ligne (une page par ligne : nom-1.html, nom-2.html…)
  dossier                  les fichiers .json, .ndjson et .jsonl du dossier et de ses sous-dossiers
  'motif/**/*.json'        un motif glob (entre guillemets)
  -                        l’entrée standard (un document JSON)

Options :
  -o, --output <chemin>      un seul document : le fichier écrit (défaut : la sortie standard) ;
                             plusieurs documents ou un dossier : le dossier où écrire une page par
                             document (même chemin relatif, extension .html ou .svg)
  -f, --format html|svg      page HTML (défaut) ou emploi du temps SVG d’un PAG
      --include-personal-data  montre les données personnelles (noms, date de naissance, textes
                             libres…). Par défaut elles sont MASQUÉES, comme dans serafin validate :
                             le PAG est le document de la personne, demandez-les pour l’imprimer
                             pour elle, sa famille ou les opérateurs.
  -l, --lang fr|en           langue de l’interface et des dates (les titres des champs restent ceux du schéma)
  -q, --quiet                n’écrit pas la liste des fichiers produits
  -h, --help                 affiche cette aide

Exemples :
  serafin render pag.json -o pag.html --include-personal-data
  serafin render pag.json --format svg -o emploi-du-temps.svg
  serafin render recus/ -o pages/

Codes de sortie : 0 tout est rendu ; 1 un document n’a pas pu être rendu (JSON invalide, type
inconnu) ; 2 erreur d’utilisation, de lecture ou d’écriture.
`,
  en: `Usage: serafin render [options] <file|folder|pattern|->...

Renders PAGs, territorial conventions and derogation tables as self-contained, readable,
printable (A4), accessible HTML pages; with --format svg, the timetable of a PAG as a picture.
Validate the documents first (serafin validate): the rendering shows what the document holds.

Inputs:
  file.json                one document
  file.ndjson, .jsonl      one document per line (one page per line: name-1.html, name-2.html…)
  folder                   the .json, .ndjson and .jsonl files of the folder and its subfolders
  'pattern/**/*.json'      a glob pattern (quoted)
  -                        standard input (one JSON document)

Options:
  -o, --output <path>        one document: the file written (default: standard output);
                             several documents or a folder: the folder to write one page per
                             document into (same relative path, .html or .svg extension)
  -f, --format html|svg      HTML page (default) or SVG timetable of a PAG
      --include-personal-data  show personal data (names, birth date, free texts…). By default
                             they are HIDDEN, as in serafin validate: the PAG is the person's own
                             document, ask for them to print it for the person, family or operators.
  -l, --lang fr|en           language of the interface and dates (field titles stay the schema's)
  -q, --quiet                do not list the files written
  -h, --help                 show this help

Examples:
  serafin render pag.json -o pag.html --include-personal-data
  serafin render pag.json --format svg -o timetable.svg
  serafin render inbox/ -o pages/

Exit codes: 0 everything rendered; 1 a document could not be rendered (invalid JSON, unknown
type); 2 usage, read or write error.
`,
};

/** Help text of `serafin render`. */
export function renderHelp(lang: Lang): string {
  return HELP[lang];
}

/** One document to render: its text and where its page goes. */
interface Job {
  readonly label: string;
  readonly text: string;
  readonly firstLine: number;
  /** Output path relative to the output folder (without extension). */
  readonly stem: string;
}

function stemOf(source: InputSource, cwd: string, commonRoot: string | undefined): string {
  if (source.kind !== 'file') return 'stdin';
  const absolute = resolve(cwd, source.path);
  const rel = commonRoot === undefined ? basename(absolute) : relative(commonRoot, absolute);
  return rel.replace(/\.(json|ndjson|jsonl)$/i, '');
}

/** Runs `serafin render`; returns the exit code. */
export async function renderCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, lang, 'render');
  if (values.help) return (await writer(ctx.stdout)(renderHelp(lang)), 0);
  const format = oneOf(values.format, FORMATS, '--format', lang, 'render') ?? 'html';
  if (positionals.length === 0) {
    throw new UsageError(commandMessages(lang).render.noInput, 'render');
  }
  const err = writer(ctx.stderr);
  const { colon, render: m } = commandMessages(lang);
  let failures = 0;
  let readErrors = 0;

  // Folders given on the command line are the roots the output keeps the relative paths from.
  const folderArgs = new Set<string>();
  for (const p of positionals) {
    if (p === '-') continue;
    const info = await stat(resolve(ctx.cwd, p)).catch(() => undefined);
    if (info?.isDirectory() === true) folderArgs.add(resolve(ctx.cwd, p));
  }
  const jobs: Job[] = [];
  for await (const source of expandInputs(positionals, { lang, stdinFormat: 'json', cwd: ctx.cwd })) {
    if (source.kind === 'error') {
      await err(`${source.path}${colon} ${source.error.message}\n`);
      readErrors++;
      continue;
    }
    let text: string;
    if (source.kind === 'stdin') {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
      text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } else {
      const item = await readJsonFile(source.path, { lang, maxSize: DEFAULT_MAX_SIZE, cwd: ctx.cwd });
      if (item.kind === 'error') {
        await err(`${source.path}${colon} ${item.error.message}\n`);
        readErrors++;
        continue;
      }
      text = item.text;
    }
    const absolute = source.kind === 'file' ? resolve(ctx.cwd, source.path) : undefined;
    const root = absolute === undefined ? undefined : [...folderArgs].find((f) => absolute.startsWith(`${f}/`));
    const stem = stemOf(source, ctx.cwd, root);
    if (source.format === 'ndjson') {
      text.split('\n').forEach((line, i) => {
        if (line.trim() !== '') jobs.push({ label: `${source.path}:${i + 1}`, text: line, firstLine: i + 1, stem: `${stem}-${i + 1}` });
      });
    } else {
      jobs.push({ label: source.path, text, firstLine: 1, stem });
    }
  }

  const single = jobs.length === 1 && folderArgs.size === 0 && !positionals.some((p) => /[*?[{]/.test(p));
  if (!single && jobs.length > 0 && values.output === undefined) {
    throw new UsageError(m.severalDocuments, 'render');
  }
  const includePersonalData = values['include-personal-data'] === true;
  const extension = format === 'svg' ? 'svg' : 'html';
  for (const job of jobs) {
    const budget = overValueBudget(job.text);
    if (budget !== undefined) {
      await err(`${job.label}${colon} ${inputMessages.tooManyValues(lang, budget, job.text.length)}\n`);
      readErrors++;
      continue;
    }
    let document: unknown;
    try {
      document = JSON.parse(job.text);
    } catch (error) {
      await err(`${job.label}${colon} ${jsonSyntaxError(job.text, error, lang, job.firstLine).message}\n`);
      failures++;
      continue;
    }
    const type = renderedTypeOf(document);
    if (type === undefined || (format === 'svg' && type !== 'pag')) {
      await err(`${format === 'svg' ? m.notPag(job.label) : m.unknownType(job.label)}\n`);
      failures++;
      continue;
    }
    const output = format === 'svg' ? renderTimetable(document, { lang }) : renderDocument(document, { lang, includePersonalData })!;
    const target = single ? (values.output === undefined ? undefined : resolve(ctx.cwd, values.output)) : join(resolve(ctx.cwd, values.output!), `${job.stem}.${extension}`);
    if (target === undefined) {
      await writer(ctx.stdout)(output);
      continue;
    }
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      await err(`${m.cannotWrite(target, reason)}\n`);
      return 2;
    }
    if (values.quiet !== true) await err(`${job.label} → ${relative(ctx.cwd, target) || target}\n`);
  }
  if (!includePersonalData && jobs.length > 0 && values.quiet !== true && format === 'html') {
    await err(`${m.personalDataHidden}\n`);
  }
  return readErrors > 0 ? 2 : failures > 0 ? 1 : 0;
}
