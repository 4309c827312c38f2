/**
 * `serafin nomenclature lookup|search|translate|export|list|lists`.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lookup, numberingCodes, numberingConcept, NUMBERINGS, search, translate, type SearchOptions } from '@serafin-ph/nomenclature';
import { SERAFIN_DEFINITIONS } from '@serafin-ph/nomenclature/definitions';
import { toFhirCodeSystem, toFhirConceptMap, toFhirValueSet } from '@serafin-ph/nomenclature/fhir';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { helpText } from '../help.js';
import { listCommand, listsCommand } from './nomenclature-list.js';
import { editDistance } from '../suggest.js';
import type { Lang } from '../i18n/messages.js';

const FORMATS = ['text', 'json'] as const;
const BRANCHES = ['besoins', 'prestations-directes', 'prestations-indirectes'] as const;
const VALUE_SETS = ['J282', 'J283', 'J284', 'J285', 'prestations'] as const;
const SUBCOMMANDS = ['lookup', 'search', 'translate', 'export', 'list', 'lists'] as const;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function lookupCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature lookup';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      numbering: { type: 'string' },
      definitions: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  const write = writer(ctx.stdout);
  if (values.help) return (await write(helpText(cmd, lang)), 0);
  const numbering = oneOf(values.numbering, NUMBERINGS, '--numbering', lang, cmd) ?? 'ans-2023';
  const format = oneOf(values.format, FORMATS, '--format', lang, cmd) ?? 'text';
  const code = positionals[0];
  if (code === undefined || positionals.length > 1) {
    throw new UsageError(lang === 'fr' ? 'donnez exactement un code' : 'give exactly one code', cmd);
  }
  const concept = lookup(code, { numbering, ...(values.definitions ? { definitions: SERAFIN_DEFINITIONS } : {}) });
  if (format === 'json') {
    await write(json(concept ?? null));
    return concept ? 0 : 1;
  }
  if (!concept) {
    let out = lang === 'fr' ? `code inconnu en ${numbering} : ${code}\n` : `unknown code in ${numbering}: ${code}\n`;
    for (const other of NUMBERINGS.filter((n) => n !== numbering && numberingConcept(code, n) !== undefined)) {
      out += lang === 'fr'
        ? `  ce code existe dans la numérotation ${other} : serafin nomenclature lookup --numbering ${other} ${code}\n`
        : `  this code exists in the ${other} numbering: serafin nomenclature lookup --numbering ${other} ${code}\n`;
    }
    const near = numberingCodes(numbering)
      .map((c) => ({ c, d: editDistance(code, c, 2) }))
      .filter((x) => x.d <= 2)
      .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c, 'en', { numeric: true }))
      .slice(0, 3);
    if (near.length > 0) {
      out += lang === 'fr' ? '  codes proches :\n' : '  close codes:\n';
      for (const { c } of near) out += `    ${c} — ${numberingConcept(c, numbering)?.display ?? '—'}\n`;
    }
    await writer(ctx.stderr)(out);
    return 1;
  }
  const status = concept.status === 'active' ? (lang === 'fr' ? 'actif' : 'active') : lang === 'fr' ? 'obsolète' : 'deprecated';
  let out = `${concept.code}  ${concept.display}\n`;
  out += lang === 'fr' ? `  bloc : ${concept.branch} · parent : ${concept.parent ?? '—'} · statut : ${status}\n` : `  block: ${concept.branch} · parent: ${concept.parent ?? '—'} · status: ${status}\n`;
  if (concept.replacedBy) out += lang === 'fr' ? `  remplacé par : ${concept.replacedBy}\n` : `  replaced by: ${concept.replacedBy}\n`;
  if (concept.deprecationReason) out += `  ${concept.deprecationReason}\n`;
  if (concept.definition) out += `\n${concept.definition}\n`;
  await write(out);
  return 0;
}

async function searchCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature search';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      branch: { type: 'string' },
      'active-only': { type: 'boolean' },
      limit: { type: 'string' },
      definitions: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  const write = writer(ctx.stdout);
  if (values.help) return (await write(helpText(cmd, lang)), 0);
  const format = oneOf(values.format, FORMATS, '--format', lang, cmd) ?? 'text';
  const branch = oneOf(values.branch, BRANCHES, '--branch', lang, cmd);
  if (positionals.length === 0) throw new UsageError(lang === 'fr' ? 'donnez au moins un mot' : 'give at least one word', cmd);
  let limit = 20;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1) {
      throw new UsageError(lang === 'fr' ? `--limit : « ${values.limit} » n’est pas un entier positif` : `--limit: '${values.limit}' is not a positive integer`, cmd);
    }
    limit = Number(values.limit);
  }
  const options: SearchOptions = {
    limit,
    ...(branch !== undefined ? { branch } : {}),
    ...(values['active-only'] ? { activeOnly: true } : {}),
    ...(values.definitions ? { definitions: SERAFIN_DEFINITIONS } : {}),
  };
  const hits = search(positionals.join(' '), options);
  if (format === 'json') {
    await write(json(hits.map((h) => ({ code: h.concept.code, display: h.concept.display, branch: h.concept.branch, status: h.concept.status, score: h.score, matchedIn: h.matchedIn }))));
  } else {
    const width = Math.max(0, ...hits.map((h) => h.concept.code.length));
    await write(hits.map((h) => `${h.concept.code.padEnd(width)}  ${h.concept.display}${h.concept.status === 'deprecated' ? (lang === 'fr' ? ' (obsolète)' : ' (deprecated)') : ''}\n`).join(''));
    if (hits.length === 0) await writer(ctx.stderr)(lang === 'fr' ? 'aucun résultat\n' : 'no hit\n');
  }
  return hits.length > 0 ? 0 : 1;
}

async function translateCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature translate';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  const write = writer(ctx.stdout);
  if (values.help) return (await write(helpText(cmd, lang)), 0);
  const format = oneOf(values.format, FORMATS, '--format', lang, cmd) ?? 'text';
  const from = oneOf(values.from, NUMBERINGS, '--from', lang, cmd) ?? 'ans-2023';
  const to = oneOf(values.to, NUMBERINGS, '--to', lang, cmd);
  if (to === undefined) throw new UsageError(lang === 'fr' ? '--to est obligatoire' : '--to is required', cmd);
  const code = positionals[0];
  if (code === undefined || positionals.length > 1) throw new UsageError(lang === 'fr' ? 'donnez exactement un code' : 'give exactly one code', cmd);
  const result = translate(code, { from, to });
  if (format === 'json') {
    await write(json(result));
    return result.status === 'matched' ? 0 : 1;
  }
  if (result.status === 'matched') {
    let out = `${code} (${from}) → ${to}${result.ambiguous ? (lang === 'fr' ? '  ⚠ ce code désigne un autre concept dans une autre numérotation' : '  ⚠ this code names another concept in another numbering') : ''}\n`;
    for (const m of result.matches) out += `  ${m.code}  ${m.equivalence}  ${m.display ?? '—'}  [${m.evidence}]\n`;
    await write(out);
    return 0;
  }
  const err = writer(ctx.stderr);
  if (result.status === 'unmatched') {
    await err(lang === 'fr' ? `${code} (${from}) : aucune correspondance en ${to} (${result.reason})\n` : `${code} (${from}): no counterpart in ${to} (${result.reason})\n`);
  } else if (result.status === 'unknown-code') {
    const known = result.knownIn.length > 0 ? (lang === 'fr' ? ` ; connu en : ${result.knownIn.join(', ')}` : `; known in: ${result.knownIn.join(', ')}`) : '';
    await err(lang === 'fr' ? `code inconnu en ${from} : ${code}${known}\n` : `unknown code in ${from}: ${code}${known}\n`);
  } else {
    await err(`${result.problem}\n`);
  }
  return 1;
}

async function exportCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature export';
  const { values, positionals } = parseCommandArgs(
    args,
    { output: { type: 'string', short: 'o' }, lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
    lang,
    cmd,
  );
  if (values.help) return (await writer(ctx.stdout)(helpText(cmd, lang)), 0);
  const [resource, ...rest] = positionals;
  let value: unknown;
  if (resource === 'code-system' && rest.length === 0) {
    value = toFhirCodeSystem();
  } else if (resource === 'value-set' && rest.length === 1) {
    value = toFhirValueSet(oneOf(rest[0], VALUE_SETS, 'value-set', lang, cmd)!);
  } else if (resource === 'concept-map' && rest.length === 2) {
    value = toFhirConceptMap(oneOf(rest[0], NUMBERINGS, 'concept-map', lang, cmd)!, oneOf(rest[1], NUMBERINGS, 'concept-map', lang, cmd)!);
  } else {
    throw new UsageError(
      lang === 'fr'
        ? 'ressource attendue : code-system, value-set <J282|J283|J284|J285|prestations> ou concept-map <de> <vers>'
        : 'expected resource: code-system, value-set <J282|J283|J284|J285|prestations> or concept-map <from> <to>',
      cmd,
    );
  }
  return emit(json(value), values.output, ctx, lang);
}

/** Writes a text to `--output` or standard output. */
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
    await writer(ctx.stderr)(lang === 'fr' ? `impossible d’écrire ${output} (${reason})\n` : `cannot write ${output} (${reason})\n`);
    return 2;
  }
}

/** Runs `serafin nomenclature`; returns the exit code. */
export async function nomenclatureCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    await writer(sub === undefined ? ctx.stderr : ctx.stdout)(helpText('nomenclature', lang));
    return sub === undefined ? 2 : 0;
  }
  const name = oneOf(sub, SUBCOMMANDS, 'nomenclature', lang, 'nomenclature');
  if (name === 'lookup') return lookupCommand(rest, ctx, lang);
  if (name === 'search') return searchCommand(rest, ctx, lang);
  if (name === 'translate') return translateCommand(rest, ctx, lang);
  if (name === 'list') return listCommand(rest, ctx, lang);
  if (name === 'lists') return listsCommand(rest, ctx, lang);
  return exportCommand(rest, ctx, lang);
}
