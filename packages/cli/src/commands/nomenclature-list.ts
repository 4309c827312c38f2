/**
 * `serafin nomenclature list <liste>` and `serafin nomenclature lists`: every
 * code of a list with its official label (as a table, JSON or CSV for a
 * spreadsheet), and which list each field of the published schemas uses.
 *
 * `serafin nomenclature list|lists` : les codes d'une liste avec leurs
 * libellés officiels, et la liste utilisée par chaque champ des schémas.
 */
import { readFileSync } from 'node:fs';
import { numberingCodes, numberingConcept, NUMBERINGS, valueSet, type Numbering } from '@serafin-ph/nomenclature';
import { ALL_REFERENTIELS, CodeList, findReferentiel, type AnyReferentiel } from '@serafin-ph/nomenclature/referentiels';
import { boundFields } from '@serafin-ph/pag-schema';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { helpText } from '../help.js';
import type { Lang } from '../i18n/messages.js';
import { headers, usage, words } from '../i18n/nomenclature-messages.js';
import { emit } from '../output/emit.js';
import { SCHEMA_TYPES, schemaPath } from './schema-command.js';

/** Output formats of `nomenclature list` and `nomenclature lists`. */
const FORMATS = ['table', 'json', 'csv'] as const;

/** One code of a listed list. */
export interface ListedCode {
  /** The code, as written in documents. */
  readonly code: string;
  /** Its official label, byte-exact; `null` where the sources establish none (some CNSA 2018 codes). */
  readonly display: string | null;
  /** `true` when the list marks the code deprecated or inactive. */
  readonly deprecated: boolean;
  /** The code system, for lists that mix several (JDV_J408). */
  readonly system?: string;
}

/** A list resolved for `nomenclature list`. */
export interface ListedList {
  /** Identifier as people name it (`TRE_R420`, `JDV_J285`, `SERAFIN-PH`). */
  readonly id: string;
  /** Title of the list. */
  readonly title: string;
  /** Its codes, in the published order. */
  readonly codes: readonly ListedCode[];
}

const SERAFIN_VALUE_SETS = ['J282', 'J283', 'J284', 'J285', 'prestations'] as const;

/** Every identifier `nomenclature list` accepts, for messages and suggestions. */
export function listIdentifiers(): string[] {
  return ['SERAFIN-PH', ...SERAFIN_VALUE_SETS.map((v) => (v === 'prestations' ? v : `JDV_${v}`)), ...ALL_REFERENTIELS.map((l) => l.metadata.id)];
}

/** What a list name given on the command line designates. */
export type ListRef =
  /** SERAFIN-PH itself, or one of its value sets (`J285`, `prestations`). */
  | { readonly kind: 'serafin'; readonly valueSet?: (typeof SERAFIN_VALUE_SETS)[number] }
  /** A companion list of the nomenclature package. */
  | { readonly kind: 'referentiel'; readonly list: AnyReferentiel };

/**
 * The list named `ref`: `SERAFIN-PH`, a SERAFIN-PH value set (`J285`,
 * `JDV_J285`, `prestations`), or a companion list by identifier (`TRE_R420`,
 * `R420`, `JDV_J264`, `J264`), canonical URL or OID; `undefined` when none.
 * Identifiers are matched without regard to case.
 */
export function resolveListRef(ref: string): ListRef | undefined {
  const upper = ref.trim().toUpperCase();
  if (upper === 'SERAFIN-PH' || upper === 'SERAFIN') return { kind: 'serafin' };
  const jdv = upper.replace(/^JDV_/, '');
  const serafinSet = SERAFIN_VALUE_SETS.find((v) => v.toUpperCase() === jdv);
  if (serafinSet !== undefined) return { kind: 'serafin', valueSet: serafinSet };
  const candidates = [ref.trim(), upper, `TRE_${upper}`, `JDV_${upper}`];
  const list = ALL_REFERENTIELS.find((l) => candidates.includes(l.metadata.id.toUpperCase())) ?? findReferentiel(ref.trim());
  return list === undefined ? undefined : { kind: 'referentiel', list };
}

/**
 * The list named `ref` (see {@link resolveListRef}) with its codes; SERAFIN-PH
 * in `numbering`. `undefined` when none.
 */
export function resolveList(ref: string, numbering: Numbering = 'ans-2023'): ListedList | undefined {
  const resolved = resolveListRef(ref);
  if (resolved === undefined) return undefined;
  if (resolved.kind === 'serafin' && resolved.valueSet === undefined) {
    return {
      id: 'SERAFIN-PH',
      title: `SERAFIN-PH (${numbering})`,
      codes: numberingCodes(numbering).map((code) => {
        const concept = numberingConcept(code, numbering);
        return { code, display: concept?.display ?? null, deprecated: concept?.status === 'deprecated' };
      }),
    };
  }
  if (resolved.kind === 'serafin') {
    const set = resolved.valueSet!;
    const vs = valueSet(set);
    return {
      id: set === 'prestations' ? 'prestations' : `JDV_${set}`,
      title: vs.name,
      codes: vs.expand().map((e) => ({ code: e.code, display: e.display, deprecated: e.inactive === true })),
    };
  }
  const list = resolved.list;
  const codes: ListedCode[] =
    list instanceof CodeList
      ? list.concepts.map((c) => ({ code: c.code, display: c.display, deprecated: c.status === 'deprecated' }))
      : list.members.map((m) => ({ code: m.code, display: m.display, deprecated: false, system: m.system }));
  return { id: list.metadata.id, title: list.metadata.title, codes };
}

type Node = { readonly [key: string]: unknown };

function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as an aligned text table or as CSV (`;`-separated, CRLF, for a spreadsheet). */
export function renderRows(header: readonly string[], rows: readonly (readonly string[])[], format: 'table' | 'csv'): string {
  if (format === 'csv') return [header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** Runs `serafin nomenclature list <liste>`. */
export async function listCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature list';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      numbering: { type: 'string', short: 'n' },
      output: { type: 'string', short: 'o' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  if (values.help) return (await writer(ctx.stdout)(helpText(cmd, lang)), 0);
  const format = oneOf(values.format ?? 'table', FORMATS, '--format', lang, cmd)!;
  const numbering = oneOf(values.numbering ?? 'ans-2023', NUMBERINGS, '--numbering', lang, cmd)!;
  if (positionals.length !== 1) {
    throw new UsageError(usage.oneList[lang], cmd);
  }
  const list = resolveList(positionals[0]!, numbering);
  if (list === undefined) {
    oneOf(positionals[0], listIdentifiers(), words.listWord[lang], lang, cmd);
    throw new UsageError(usage.unknownList[lang](positionals[0]!), cmd);
  }
  const deprecatedWord = words.deprecatedInList[lang];
  const noLabel = words.noLabel[lang];
  if (format === 'json') return emit(`${JSON.stringify(list, null, 2)}\n`, values.output, ctx, lang);
  const mixed = list.codes.some((c) => c.system !== undefined);
  const header = [...headers.list[lang], ...(mixed ? [headers.listSystem[lang]] : [])];
  const rows = list.codes.map((c) => [c.code, c.display ?? noLabel, c.deprecated ? deprecatedWord : '', ...(mixed ? [c.system ?? ''] : [])]);
  const title = format === 'table' ? `${list.id} — ${list.title} (${list.codes.length} codes)\n\n` : '';
  return emit(title + renderRows(header, rows, format), values.output, ctx, lang);
}

/** Runs `serafin nomenclature lists`: which list each field of the published schemas uses. */
export async function listsCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature lists';
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
    lang,
    cmd,
  );
  if (values.help) return (await writer(ctx.stdout)(helpText(cmd, lang)), 0);
  const format = oneOf(values.format ?? 'table', FORMATS, '--format', lang, cmd)!;
  const types = positionals.length === 0 ? SCHEMA_TYPES : positionals.map((p) => oneOf(p, SCHEMA_TYPES, 'type', lang, cmd)!);
  const fields = types.flatMap((type) => boundFields(JSON.parse(readFileSync(schemaPath(type), 'utf8')) as Node, type));
  if (format === 'json') return emit(`${JSON.stringify(fields, null, 2)}\n`, values.output, ctx, lang);
  const header = headers.lists[lang];
  const rows = fields.map((f) => [f.typeDocument, f.path, f.list ?? '?', f.system]);
  return emit(renderRows(header, rows, format), values.output, ctx, lang);
}
