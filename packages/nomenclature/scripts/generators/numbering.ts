/**
 * Generator for the numbering modules: the reviewed correspondence table
 * between the ANS 2023, CNSA 2018 and ROR TRE_R265 numberings of SERAFIN-PH.
 *
 * Input: `data/numbering/` (mapping.json, cnsa-2018.json, evidence.json, all
 * reviewed by hand, see data/numbering/README.md) checked against the vendored
 * sources `data/serafin/ans-2023.json`, `data/serafin/ror-tre-r265.json` and
 * `data/serafin/REPORT.md`.
 *
 * Output:
 * - `src/generated/numbering-table.ts`: the compact table used by `translate`,
 *   `interpretations` and `toAns2023` (codes, evidence ids, label flags); it
 *   ends up in the core entry, so it carries no evidence text;
 * - `src/generated/numbering-labels.ts`: the CNSA labels and ROR displays that
 *   cannot be read from the ANS displays (core entry too, so nothing is stored
 *   twice: the full ROR lists are in the `./ror` entry);
 * - `src/generated/numbering-evidence.ts`: notes, reasons and evidence texts,
 *   imported only by the FHIR ConceptMap module (`./fhir` entry).
 *
 * The data is checked before anything is written: every evidence quote must
 * occur in the vendored field it cites, every code of each numbering must be
 * covered exactly once, every CNSA label must come from its evidence. Any
 * problem aborts the generation (and fails the "generated files up to date" test).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsBanner, tsLiteral, type GeneratedFile, type Generator } from '../../../../scripts/lib/generated-files.js';
import { NUMBERINGS } from '../../src/numbering/numbering.js';
import { normalizeDisplay } from '../../src/text/normalize.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATOR = 'scripts/generators/numbering.ts';
const SOURCES = {
  mapping: 'data/numbering/mapping.json',
  cnsa: 'data/numbering/cnsa-2018.json',
  evidence: 'data/numbering/evidence.json',
  ans: 'data/serafin/ans-2023.json',
  ror: 'data/serafin/ror-tre-r265.json',
  report: 'data/serafin/REPORT.md',
} as const;

/** The three numberings, in the column order of mapping.json. */
export const NUMBERING_COLUMNS = NUMBERINGS;
type Column = (typeof NUMBERING_COLUMNS)[number];
type Review = 'quoted' | 'inferred';

/** A piece of evidence (data/numbering/evidence.json). */
export interface EvidenceEntry {
  id: string;
  kind: 'quote' | 'absence' | 'external';
  source: string;
  supports: string;
  file?: string;
  key?: string;
  records?: string[];
  field?: string;
  quote?: string;
  pattern?: string;
  url?: string;
  note?: string;
}

/** A concept of the CNSA 2018 numbering (data/numbering/cnsa-2018.json). */
export interface CnsaConceptEntry {
  code: string;
  level: number;
  parent: string | null;
  label: string | null;
  labelStatus: 'quoted' | 'not-established';
  labelEvidence: string | null;
  existence: 'attested' | 'inferred';
  evidence: string[];
  note?: string;
}

/** One aligned concept (data/numbering/mapping.json, `rows`). */
export interface MappingRowEntry {
  id: string;
  'ans-2023': string | null;
  'cnsa-2018': string | null;
  'ror-r265': string | null;
  review: Review;
  evidence: string[];
  absent: Partial<Record<Column, string>>;
  note?: string;
}

/** A directed, non-equivalent relation (data/numbering/mapping.json, `related`). */
export interface RelatedEntry {
  id: string;
  from: { numbering: Column; code: string };
  to: { numbering: Column; code: string };
  equivalence: 'wider' | 'narrower';
  review: Review;
  evidence: string[];
  note: string;
}

/** The whole reviewed data set, with the vendored sources it is checked against. */
export interface NumberingData {
  mapping: {
    version: string;
    date: string;
    description: string;
    whyItMatters: string[];
    rows: MappingRowEntry[];
    related: RelatedEntry[];
    reasons: Record<string, { text: string; evidence: string[] }>;
  };
  cnsa: {
    numbering: 'cnsa-2018';
    title: string;
    system: string;
    systemNote: string;
    description: string;
    versionEvidence: string[];
    concepts: CnsaConceptEntry[];
    notIncluded: { code: string; evidence: string[]; note: string }[];
  };
  evidence: { description: string; evidence: EvidenceEntry[] };
  ans: { concepts: { code: string; [field: string]: unknown }[] };
  ror: { id: string; libelle_court: string; libelle_adapte: string; [field: string]: unknown }[];
  /** Vendored research report (Markdown), quoted as a whole text. */
  report: string;
}

function readJson<T>(root: string, path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** Reads the numbering data and its vendored sources from a package root. */
export function loadNumberingData(root: string = packageRoot): NumberingData {
  return {
    mapping: readJson(root, SOURCES.mapping),
    cnsa: readJson(root, SOURCES.cnsa),
    evidence: readJson(root, SOURCES.evidence),
    ans: readJson(root, SOURCES.ans),
    ror: readJson(root, SOURCES.ror),
    report: readFileSync(join(root, SOURCES.report), 'utf8'),
  };
}

/**
 * The CNSA number carried by a ROR "libellé court" as published: `BLOC 2` → `2`,
 * `2,1` → `2.1`, `(2.3.4.4)` → `2.3.4.4`, `2.2.1.1` unchanged.
 */
export function rorCnsaNumber(libelleCourt: string): string {
  const inner = libelleCourt.replace(/^\((.*)\)$/, '$1');
  return inner.startsWith('BLOC ') ? inner.slice('BLOC '.length) : inner.replace(/,/g, '.');
}

/**
 * The CNSA label carried by a ROR "libellé adapté": the designation without
 * its leading CNSA number ("2.2.1.1 ", "BLOC 2 ") and, for the parenthesised
 * entry 032, without the parentheses. The checker requires it to equal the
 * quoted CNSA label; a test checks that the numbering API gives it back.
 */
export function stripRorNumber(libelleAdapte: string): string {
  const inner = libelleAdapte.startsWith('(') && libelleAdapte.endsWith(')') ? libelleAdapte.slice(1, -1) : libelleAdapte;
  const match = /^(?:BLOC \d+|\d+(?:\.\d+)*) (.+)$/.exec(inner);
  return match?.[1] ?? inner;
}

/** The row id implied by a row's codes: `ans:<code>` when it has an ANS code, else `cnsa:<code>`. */
export function impliedRowId(row: Pick<MappingRowEntry, 'ans-2023' | 'cnsa-2018'>): string {
  return row['ans-2023'] !== null ? `ans:${row['ans-2023']}` : `cnsa:${row['cnsa-2018'] ?? ''}`;
}

function recordsOf(data: NumberingData, file: string | undefined): Map<string, Record<string, unknown>> | undefined {
  if (file === SOURCES.ans) return new Map(data.ans.concepts.map((c) => [c.code, c]));
  if (file === SOURCES.ror) return new Map(data.ror.map((r) => [r.id, r as Record<string, unknown>]));
  return undefined;
}

/**
 * Every problem found in the data, as readable sentences (empty when the data
 * is consistent). Checked: evidence quotes and absences against the vendored
 * files, references between the three data files, coverage of every code of
 * every numbering exactly once, CNSA labels against their evidence.
 */
export function checkNumberingData(data: NumberingData): string[] {
  const problems: string[] = [];
  const evidence = new Map<string, EvidenceEntry>();
  for (const e of data.evidence.evidence) {
    if (evidence.has(e.id)) problems.push(`evidence ${e.id}: duplicate id`);
    evidence.set(e.id, e);
    if (e.supports.trim() === '') problems.push(`evidence ${e.id}: empty "supports"`);
    if (e.kind === 'quote' && e.file === SOURCES.report) {
      if (!e.quote || !data.report.includes(e.quote)) problems.push(`evidence ${e.id}: quote not found in ${e.file}`);
    } else if (e.kind === 'quote') {
      const records = recordsOf(data, e.file);
      if (!records || !e.records?.length || !e.field || !e.quote) {
        problems.push(`evidence ${e.id}: a quote needs a vendored file, records, a field and a quote`);
        continue;
      }
      for (const key of e.records) {
        const value = records.get(key)?.[e.field];
        if (typeof value !== 'string' || !value.includes(e.quote)) {
          problems.push(`evidence ${e.id}: quote not found in ${e.file} [${key}].${e.field}`);
        }
      }
    } else if (e.kind === 'absence') {
      const records = recordsOf(data, e.file);
      if (!records || !e.field || !e.pattern) {
        problems.push(`evidence ${e.id}: an absence needs a vendored file, a field and a pattern`);
        continue;
      }
      const pattern = new RegExp(e.pattern);
      for (const [key, record] of records) {
        const value = record[e.field];
        if (typeof value === 'string' && pattern.test(value)) problems.push(`evidence ${e.id}: ${e.file} [${key}] matches ${e.pattern}`);
      }
    } else if (!e.quote || e.quote.trim() === '') {
      problems.push(`evidence ${e.id}: an external evidence needs a quote`);
    }
  }
  const cite = (where: string, ids: readonly string[]): void => {
    if (ids.length === 0) problems.push(`${where}: no evidence`);
    for (const id of ids) if (!evidence.has(id)) problems.push(`${where}: unknown evidence ${id}`);
  };

  cite('cnsa-2018.json versionEvidence', data.cnsa.versionEvidence);
  cite('mapping.json whyItMatters', data.mapping.whyItMatters);
  for (const [key, reason] of Object.entries(data.mapping.reasons)) cite(`reason ${key}`, reason.evidence);

  // Codes of each numbering, from the sources.
  const universe: Record<Column, Set<string>> = {
    'ans-2023': new Set(data.ans.concepts.map((c) => c.code)),
    'cnsa-2018': new Set(data.cnsa.concepts.map((c) => c.code)),
    'ror-r265': new Set(data.ror.map((r) => r.id)),
  };
  const rorById = new Map(data.ror.map((r) => [r.id, r]));

  // Rows: ids, evidence, absences, coverage.
  const seen: Record<Column, Map<string, string>> = { 'ans-2023': new Map(), 'cnsa-2018': new Map(), 'ror-r265': new Map() };
  const rowIds = new Set<string>();
  const rowOfCnsa = new Map<string, MappingRowEntry>();
  for (const row of data.mapping.rows) {
    if (rowIds.has(row.id)) problems.push(`row ${row.id}: duplicate id`);
    rowIds.add(row.id);
    if (row.id !== impliedRowId(row)) problems.push(`row ${row.id}: id should be ${impliedRowId(row)}`);
    cite(`row ${row.id}`, row.evidence);
    let present = 0;
    for (const column of NUMBERING_COLUMNS) {
      const code = row[column];
      const reason = row.absent[column];
      if (code === null) {
        if (reason === undefined) problems.push(`row ${row.id}: no ${column} code and no reason in "absent"`);
        else if (!(reason in data.mapping.reasons)) problems.push(`row ${row.id}: unknown reason ${reason}`);
        continue;
      }
      present += 1;
      if (reason !== undefined) problems.push(`row ${row.id}: has a ${column} code and an "absent" reason`);
      if (!universe[column].has(code)) problems.push(`row ${row.id}: ${column} code ${code} does not exist`);
      const previous = seen[column].get(code);
      if (previous !== undefined) problems.push(`${column} ${code}: in rows ${previous} and ${row.id}`);
      seen[column].set(code, row.id);
    }
    if (present === 0) problems.push(`row ${row.id}: no code at all`);
    if (row['cnsa-2018'] !== null) rowOfCnsa.set(row['cnsa-2018'], row);
    // A ROR entry is matched to the CNSA number of its published libellé court.
    const ror = row['ror-r265'] === null ? undefined : rorById.get(row['ror-r265']);
    if (ror && rorCnsaNumber(ror.libelle_court) !== row['cnsa-2018']) {
      problems.push(`row ${row.id}: ROR ${ror.id} carries CNSA number ${rorCnsaNumber(ror.libelle_court)}, not ${String(row['cnsa-2018'])}`);
    }
  }
  for (const column of NUMBERING_COLUMNS) {
    for (const code of universe[column]) if (!seen[column].has(code)) problems.push(`${column} ${code}: in no row`);
  }

  // Related (non-equivalent) relations.
  for (const rel of data.mapping.related) {
    cite(`related ${rel.id}`, rel.evidence);
    if (rowIds.has(rel.id)) problems.push(`related ${rel.id}: id used by a row`);
    if (rel.from.numbering === rel.to.numbering) problems.push(`related ${rel.id}: same numbering on both sides`);
    if (!universe[rel.from.numbering]?.has(rel.from.code)) problems.push(`related ${rel.id}: unknown source ${rel.from.code}`);
    if (!universe[rel.to.numbering]?.has(rel.to.code)) problems.push(`related ${rel.id}: unknown target ${rel.to.code}`);
    if (rel.note.trim() === '') problems.push(`related ${rel.id}: a non-equivalent relation needs a note`);
  }

  // CNSA concepts: levels, parents, labels.
  for (const c of data.cnsa.concepts) {
    const where = `cnsa ${c.code}`;
    cite(where, c.evidence);
    const segments = c.code.split('.');
    if (c.level !== segments.length) problems.push(`${where}: level ${c.level} but ${segments.length} segments`);
    const parent = segments.length > 1 ? segments.slice(0, -1).join('.') : null;
    if (c.parent !== parent) problems.push(`${where}: parent should be ${String(parent)}`);
    if (parent !== null && !universe['cnsa-2018'].has(parent)) problems.push(`${where}: parent ${parent} missing`);
    if (c.label === null) {
      if (c.labelStatus !== 'not-established' || c.labelEvidence !== null) problems.push(`${where}: null label must be "not-established" without labelEvidence`);
      if (!c.note) problems.push(`${where}: a label that is not established needs a note`);
    } else {
      const e = c.labelEvidence === null ? undefined : evidence.get(c.labelEvidence);
      if (c.labelStatus !== 'quoted' || !e) problems.push(`${where}: a label needs labelStatus "quoted" and a known labelEvidence`);
      else if (!e.quote?.includes(c.label) || !e.quote.replace(/[()]/g, '').includes(c.code)) {
        problems.push(`${where}: label and code must both occur in the quote of ${e.id}`);
      }
      const ror = rowOfCnsa.get(c.code)?.['ror-r265'];
      const rorEntry = ror ? rorById.get(ror) : undefined;
      if (rorEntry && stripRorNumber(rorEntry.libelle_adapte) !== c.label) {
        problems.push(`${where}: label differs from the ROR libellé adapté of ${rorEntry.id}`);
      }
    }
  }
  for (const n of data.cnsa.notIncluded) {
    cite(`cnsa notIncluded ${n.code}`, n.evidence);
    if (universe['cnsa-2018'].has(n.code)) problems.push(`cnsa notIncluded ${n.code}: also in concepts`);
  }
  return problems;
}

function union(values: readonly string[]): string {
  return values.length === 0 ? 'never' : values.map((v) => JSON.stringify(v)).join(' | ');
}

/** The label of every CNSA concept that has one (quoted), by CNSA code. */
function cnsaLabels(data: NumberingData): Map<string, string> {
  return new Map(data.cnsa.concepts.flatMap((c) => (c.label === null ? [] : [[c.code, c.label] as const])));
}

/**
 * Packs the rows into one string (the core entry must stay small): rows are
 * separated by `|`, fields by `,`: `ans,cnsa,ror,flags`.
 * - a missing code is written `!k`, k being the index of its reason in `UNMATCHED_REASONS`;
 * - cnsa `=` means "same code as ans";
 * - flags: `i` = the CNSA concept's existence is inferred; `a` = its quoted CNSA
 *   label is byte-identical to the ANS display of the row, `n` = it is the
 *   normalised ANS display (`normalizeDisplay`: straight apostrophe, `oe`), so
 *   it is not stored twice; any other quoted CNSA label is in `CNSA_LABELS`
 *   (numbering-labels.ts), and a CNSA concept with none of these has no
 *   established label; `r` = the ROR entry of the row is retired.
 * Trailing empty fields are dropped. `src/numbering/rows.ts` unpacks it.
 */
export function packRows(data: NumberingData): string {
  const reasons = Object.keys(data.mapping.reasons).sort();
  const cnsa = new Map(data.cnsa.concepts.map((c) => [c.code, c]));
  const ansDisplay = new Map(data.ans.concepts.map((c) => [c.code, c['display']]));
  const rorById = new Map(data.ror.map((r) => [r.id, r]));
  return data.mapping.rows
    .map((row) => {
      const field = (column: Column): string => {
        const code = row[column];
        return code !== null ? code : `!${reasons.indexOf(row.absent[column] ?? '')}`;
      };
      const concept = row['cnsa-2018'] === null ? undefined : cnsa.get(row['cnsa-2018']);
      const display = row['ans-2023'] === null ? undefined : ansDisplay.get(row['ans-2023']);
      let flags = '';
      if (concept?.existence === 'inferred') flags += 'i';
      if (concept?.label != null && typeof display === 'string') {
        if (display === concept.label) flags += 'a';
        else if (normalizeDisplay(display) === concept.label) flags += 'n';
      }
      const ror = row['ror-r265'] === null ? undefined : rorById.get(row['ror-r265']);
      if (ror !== undefined && rorStatus(ror) === 'retired') flags += 'r';
      const cnsaField = row['cnsa-2018'] !== null && row['cnsa-2018'] === row['ans-2023'] ? '=' : field('cnsa-2018');
      return [field('ans-2023'), cnsaField, field('ror-r265'), flags].join(',').replace(/,+$/, '');
    })
    .join('|');
}

/** `active` or `retired`, from the status of a TRE_R265 entry as vendored (`retired (dateFin)`). */
function rorStatus(ror: NumberingData['ror'][number]): 'active' | 'retired' {
  return ror['status'] === 'active' ? 'active' : 'retired';
}

/**
 * The labels the packed table cannot derive, each stored once:
 * - `cnsa`: the quoted CNSA labels that are neither the ANS display of their
 *   row nor its normalised form (flags `a`, `n`), by CNSA code;
 * - `ror`: the TRE_R265 FHIR displays that differ from the CNSA label of
 *   their row (the ROR shortened them to 80 characters, or put them in
 *   parentheses), by ROR id. Every other ROR display is the CNSA label.
 * Throws when a ROR entry has no CNSA label to fall back on.
 */
export function labelsToStore(data: NumberingData): { cnsa: Record<string, string>; ror: Record<string, string> } {
  const labels = cnsaLabels(data);
  const ansDisplay = new Map(data.ans.concepts.map((c) => [c.code, c['display']]));
  const rorById = new Map(data.ror.map((r) => [r.id, r]));
  const cnsa: Record<string, string> = {};
  const ror: Record<string, string> = {};
  for (const row of data.mapping.rows) {
    const code = row['cnsa-2018'];
    const label = code === null ? undefined : labels.get(code);
    if (code !== null && label !== undefined) {
      const display = row['ans-2023'] === null ? undefined : ansDisplay.get(row['ans-2023']);
      if (typeof display !== 'string' || (display !== label && normalizeDisplay(display) !== label)) cnsa[code] = label;
    }
    const entry = row['ror-r265'] === null ? undefined : rorById.get(row['ror-r265']);
    if (entry === undefined) continue;
    if (label === undefined) throw new Error(`ror ${entry.id}: no CNSA label to derive its display from`);
    const display = entry['display'];
    if (typeof display !== 'string') throw new Error(`ror ${entry.id}: no display`);
    if (display !== label) ror[entry.id] = display;
  }
  return { cnsa, ror };
}

function tableModule(data: NumberingData): string {
  const reasons = Object.keys(data.mapping.reasons).sort();
  const related = data.mapping.related.map((r) => ({
    id: r.id,
    from: r.from.numbering,
    fromCode: r.from.code,
    to: r.to.numbering,
    toCode: r.to.code,
    equivalence: r.equivalence,
  }));
  return [
    tsBanner(GENERATOR, [SOURCES.mapping, SOURCES.cnsa, SOURCES.ans, SOURCES.ror]),
    `/** Version of the reviewed correspondence table (data/numbering/mapping.json). */`,
    `export const NUMBERING_TABLE_VERSION = ${JSON.stringify(data.mapping.version)};`,
    '',
    `/** Review date of the correspondence table. */`,
    `export const NUMBERING_TABLE_DATE = ${JSON.stringify(data.mapping.date)};`,
    '',
    `/** Why a concept has no counterpart in a numbering (keys of \`reasons\` in data/numbering/mapping.json). */`,
    `export const UNMATCHED_REASONS = ${JSON.stringify(reasons)} as const;`,
    '',
    `/** Why a concept has no counterpart in a numbering. */`,
    `export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];`,
    '',
    `/**`,
    ` * The ${data.mapping.rows.length} aligned concepts of data/numbering/mapping.json, in CNSA order, packed`,
    ` * (see \`packRows\` in ${GENERATOR}): rows separated by \`|\`, fields \`ans,cnsa,ror,flags\`;`,
    ` * \`!k\` = no counterpart, for reason UNMATCHED_REASONS[k]; cnsa \`=\` = same code as ans;`,
    ` * flags \`i\` = CNSA existence inferred, \`a\` = CNSA label identical to the ANS display,`,
    ` * \`n\` = CNSA label equal to the normalised ANS display, \`r\` = ROR entry retired.`,
    ` */`,
    `export const NUMBERING_TABLE = ${JSON.stringify(packRows(data))};`,
    '',
    `/** A directed relation that is not an equivalence (the target is wider or narrower than the source). */`,
    `export interface NumberingRelatedRow {`,
    `  readonly id: string;`,
    `  readonly from: ${union(NUMBERING_COLUMNS)};`,
    `  readonly fromCode: string;`,
    `  readonly to: ${union(NUMBERING_COLUMNS)};`,
    `  readonly toCode: string;`,
    `  readonly equivalence: 'wider' | 'narrower';`,
    `}`,
    '',
    `/** The ${related.length} non-equivalent relations. */`,
    `export const NUMBERING_RELATED: readonly NumberingRelatedRow[] = ${tsLiteral(related)};`,
    '',
  ].join('\n');
}

function labelsModule(data: NumberingData): string {
  const { cnsa, ror } = labelsToStore(data);
  return [
    tsBanner(GENERATOR, [SOURCES.cnsa, SOURCES.ans, SOURCES.ror]),
    `/**`,
    ` * The ${Object.keys(cnsa).length} quoted CNSA 2018 labels that differ from the ANS display of their row and`,
    ` * from its normalised form, by CNSA code; the others are read from the ANS display`,
    ` * (flags \`a\` and \`n\` of NUMBERING_TABLE). Byte-exact (data/numbering/cnsa-2018.json).`,
    ` */`,
    `export const CNSA_LABELS: Readonly<Record<string, string>> = ${tsLiteral(cnsa)};`,
    '',
    `/**`,
    ` * The ${Object.keys(ror).length} TRE_R265 FHIR displays that differ from the CNSA label of their row`,
    ` * (shortened by the ROR to 80 characters, or in parentheses), by ROR id; every`,
    ` * other TRE_R265 display is the CNSA label. Byte-exact (data/serafin/ror-tre-r265.json).`,
    ` */`,
    `export const ROR_DISPLAYS: Readonly<Record<string, string>> = ${tsLiteral(ror)};`,
    '',
  ].join('\n');
}

function evidenceModule(data: NumberingData): string {
  const evidence: Record<string, Record<string, string>> = {};
  for (const e of data.evidence.evidence) {
    const text: Record<string, string> = { kind: e.kind, source: e.source, supports: e.supports };
    if (e.quote !== undefined) text['quote'] = e.quote;
    if (e.kind === 'quote' && e.file && e.field && e.records) text['locator'] = `${e.file} [${e.records.join(', ')}].${e.field}`;
    if (e.kind === 'quote' && e.file === SOURCES.report) text['locator'] = e.file;
    if (e.kind === 'absence' && e.file && e.field && e.pattern) text['locator'] = `${e.file} : aucun ${e.field} ne vérifie /${e.pattern}/`;
    if (e.url !== undefined) text['url'] = e.url;
    if (e.note !== undefined) text['note'] = e.note;
    evidence[e.id] = text;
  }
  const notes: Record<string, { review: Review; evidence: string[]; note?: string }> = {};
  for (const r of [...data.mapping.rows, ...data.mapping.related]) {
    notes[r.id] = { review: r.review, evidence: r.evidence, ...(r.note !== undefined ? { note: r.note } : {}) };
  }
  const cnsaNotes: Record<string, { label: string | null; existence: string; evidence: string[]; labelEvidence?: string; note?: string }> = {};
  for (const c of data.cnsa.concepts) {
    cnsaNotes[c.code] = {
      label: c.label,
      existence: c.existence,
      evidence: c.evidence,
      ...(c.labelEvidence !== null ? { labelEvidence: c.labelEvidence } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
    };
  }
  return [
    tsBanner(GENERATOR, [SOURCES.mapping, SOURCES.cnsa, SOURCES.evidence]),
    `/** The project-defined system URI of the CNSA 2018 numbering, and why it exists. */`,
    `export const CNSA_2018_SYSTEM = ${tsLiteral({ url: data.cnsa.system, title: data.cnsa.title, note: data.cnsa.systemNote })} as const;`,
    '',
    `/** Description of the correspondence table (data/numbering/mapping.json). */`,
    `export const NUMBERING_TABLE_DESCRIPTION = ${JSON.stringify(data.mapping.description)};`,
    '',
    `/** One piece of evidence: its source, the exact quote or checked absence, what it supports. */`,
    `export interface NumberingEvidenceText {`,
    `  /** \`quote\`: an exact quote; \`absence\`: a checked absence; \`external\`: a source outside the vendored files. */`,
    `  readonly kind: 'quote' | 'absence' | 'external';`,
    `  /** The source document (publisher, title, version). */`,
    `  readonly source: string;`,
    `  /** What the piece of evidence supports. */`,
    `  readonly supports: string;`,
    `  /** The exact quote, byte-exact. */`,
    `  readonly quote?: string;`,
    `  /** Where in the source the quote is (file and path, page…). */`,
    `  readonly locator?: string;`,
    `  /** Address of the source. */`,
    `  readonly url?: string;`,
    `  /** Reviewer note. */`,
    `  readonly note?: string;`,
    `}`,
    '',
    `/** Every piece of evidence, by id (data/numbering/evidence.json). */`,
    `export const NUMBERING_EVIDENCE: Readonly<Record<string, NumberingEvidenceText>> = ${tsLiteral(evidence)};`,
    '',
    `/** Review status, evidence ids and note of every row and relation, by id. */`,
    `export const NUMBERING_ROW_NOTES: Readonly<Record<string, { readonly review: 'quoted' | 'inferred'; readonly evidence: readonly string[]; readonly note?: string }>> = ${tsLiteral(notes)};`,
    '',
    `/** Why a concept has no counterpart, by reason key. */`,
    `export const NUMBERING_REASONS: Readonly<Record<string, { readonly text: string; readonly evidence: readonly string[] }>> = ${tsLiteral(data.mapping.reasons)};`,
    '',
    `/** Label, existence and evidence of every CNSA 2018 concept, by code. */`,
    `export const CNSA_2018_NOTES: Readonly<Record<string, { readonly label: string | null; readonly existence: string; readonly evidence: readonly string[]; readonly labelEvidence?: string; readonly note?: string }>> = ${tsLiteral(cnsaNotes)};`,
    '',
  ].join('\n');
}

/** The generated files for the given data; throws when the data is inconsistent. */
export function buildNumberingFiles(data: NumberingData): GeneratedFile[] {
  const problems = checkNumberingData(data);
  if (problems.length > 0) throw new Error(`data/numbering is inconsistent:\n  ${problems.join('\n  ')}`);
  return [
    { path: 'src/generated/numbering-table.ts', content: tableModule(data) },
    { path: 'src/generated/numbering-labels.ts', content: labelsModule(data) },
    { path: 'src/generated/numbering-evidence.ts', content: evidenceModule(data) },
  ];
}

export const numberingGenerator: Generator = { name: 'numbering', run: () => buildNumberingFiles(loadNumberingData()) };
