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
import { ALL_REFERENTIELS, CodeList, findReferentiel } from '@serafin-ph/nomenclature/referentiels';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { helpText } from '../help.js';
import type { Lang } from '../i18n/messages.js';
import { emit } from './nomenclature-command.js';
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

/**
 * The list named `ref`: `SERAFIN-PH` (in `numbering`), a SERAFIN-PH value set
 * (`J285`, `JDV_J285`, `prestations`), or a companion list by identifier
 * (`TRE_R420`, `R420`, `JDV_J264`, `J264`), canonical URL or OID; `undefined`
 * when none. Identifiers are matched without regard to case.
 */
export function resolveList(ref: string, numbering: Numbering = 'ans-2023'): ListedList | undefined {
  const upper = ref.trim().toUpperCase();
  if (upper === 'SERAFIN-PH' || upper === 'SERAFIN') {
    return {
      id: 'SERAFIN-PH',
      title: `SERAFIN-PH (${numbering})`,
      codes: numberingCodes(numbering).map((code) => {
        const concept = numberingConcept(code, numbering);
        return { code, display: concept?.display ?? null, deprecated: concept?.status === 'deprecated' };
      }),
    };
  }
  const jdv = upper.replace(/^JDV_/, '');
  const serafinSet = SERAFIN_VALUE_SETS.find((v) => v.toUpperCase() === jdv);
  if (serafinSet !== undefined) {
    const vs = valueSet(serafinSet);
    return {
      id: serafinSet === 'prestations' ? 'prestations' : `JDV_${serafinSet}`,
      title: vs.name,
      codes: vs.expand().map((e) => ({ code: e.code, display: e.display, deprecated: e.inactive === true })),
    };
  }
  const candidates = [ref.trim(), upper, `TRE_${upper}`, `JDV_${upper}`];
  const byId = ALL_REFERENTIELS.find((l) => candidates.includes(l.metadata.id.toUpperCase()));
  const list = byId ?? findReferentiel(ref.trim());
  if (list === undefined) return undefined;
  const codes: ListedCode[] =
    list instanceof CodeList
      ? list.concepts.map((c) => ({ code: c.code, display: c.display, deprecated: c.status === 'deprecated' }))
      : list.members.map((m) => ({ code: m.code, display: m.display, deprecated: false, system: m.system }));
  return { id: list.metadata.id, title: list.metadata.title, codes };
}

/** A field of a published schema bound to a list. */
export interface BoundField {
  /** Document type of the schema. */
  readonly typeDocument: (typeof SCHEMA_TYPES)[number];
  /** Path of the field, `*` standing for any array item (`/contexte/besoins/*​/besoin/code`). */
  readonly path: string;
  /** The list's system or value-set URL, as written in `x-systeme-codes`. */
  readonly system: string;
  /** Identifier of the list, when the nomenclature package holds it. */
  readonly list?: string;
}

type Node = { readonly [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every field of `schema` that carries `x-systeme-codes`, following local `$ref`s (each at most once per path). */
export function boundFields(schema: Node, typeDocument: (typeof SCHEMA_TYPES)[number]): BoundField[] {
  const out: BoundField[] = [];
  const seen = new Set<string>();
  const defs = isNode(schema['$defs']) ? schema['$defs'] : {};
  const visit = (node: unknown, path: string, stack: readonly string[]): void => {
    if (!isNode(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const name = ref.slice('#/$defs/'.length);
      if (!stack.includes(name)) visit(defs[name], path, [...stack, name]);
    }
    const system = node['x-systeme-codes'];
    if (typeof system === 'string') {
      const key = `${path} ${system}`;
      if (!seen.has(key)) {
        seen.add(key);
        const list = resolveSystem(system);
        out.push(list === undefined ? { typeDocument, path: path || '/', system } : { typeDocument, path: path || '/', system, list });
      }
    }
    if (isNode(node['properties'])) for (const [k, v] of Object.entries(node['properties'])) visit(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, stack);
    if (node['items'] !== undefined) visit(node['items'], `${path}/*`, stack);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) for (const b of branches) visit(b, path, stack);
    }
  };
  visit(schema, '', []);
  return out;
}

function resolveSystem(system: string): string | undefined {
  if (system === 'https://smt.esante.gouv.fr/terminologie-SERAFINPH') return 'SERAFIN-PH';
  const list =
    ALL_REFERENTIELS.find((l) => l.metadata.url === system) ??
    ALL_REFERENTIELS.find((l) => l instanceof CodeList && l.metadata.resourceType === 'CodeSystem' && l.system === system);
  if (list !== undefined) return list.metadata.id;
  return system.includes('cnsa-2018') ? 'SERAFIN-PH (cnsa-2018)' : undefined;
}

function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function renderRows(header: readonly string[], rows: readonly (readonly string[])[], format: 'table' | 'csv'): string {
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
    throw new UsageError(
      lang === 'fr'
        ? 'donnez une liste, par exemple TRE_R420, JDV_J285 ou SERAFIN-PH (« serafin nomenclature lists » montre celles des schémas)'
        : 'give one list, e.g. TRE_R420, JDV_J285 or SERAFIN-PH ("serafin nomenclature lists" shows those the schemas use)',
      cmd,
    );
  }
  const list = resolveList(positionals[0]!, numbering);
  if (list === undefined) {
    oneOf(positionals[0], listIdentifiers(), lang === 'fr' ? 'liste' : 'list', lang, cmd);
    throw new UsageError(lang === 'fr' ? `liste inconnue : ${positionals[0]}` : `unknown list: ${positionals[0]}`, cmd);
  }
  const deprecatedWord = lang === 'fr' ? 'désactivé' : 'deprecated';
  const noLabel = lang === 'fr' ? '(libellé non établi par les sources)' : '(label not established by the sources)';
  if (format === 'json') return emit(`${JSON.stringify(list, null, 2)}\n`, values.output, ctx, lang);
  const mixed = list.codes.some((c) => c.system !== undefined);
  const header = lang === 'fr' ? ['code', 'libellé', 'statut', ...(mixed ? ['système'] : [])] : ['code', 'label', 'status', ...(mixed ? ['system'] : [])];
  const rows = list.codes.map((c) => [
    c.code,
    c.display ?? noLabel,
    c.deprecated ? deprecatedWord : '',
    ...(mixed ? [c.system ?? ''] : []),
  ]);
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
  const header = lang === 'fr' ? ['document', 'champ', 'liste', 'système'] : ['document', 'field', 'list', 'system'];
  const rows = fields.map((f) => [f.typeDocument, f.path, f.list ?? '?', f.system]);
  return emit(renderRows(header, rows, format), values.output, ctx, lang);
}
