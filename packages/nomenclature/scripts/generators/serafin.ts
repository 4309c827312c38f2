/**
 * Generator for the SERAFIN-PH modules: the ANS CodeSystem concepts, their
 * definitions, the value sets JDV_J282–J285 and the ROR lists TRE_R265/R266.
 *
 * Input: the vendored snapshot in `data/serafin/` (see data/PROVENANCE.md).
 * Output: `src/generated/serafin-*.ts` (core entry, definitions apart) and
 * `src/generated/ror.ts` (the ROR lists as published, `./ror` entry).
 * Strings are copied byte for byte; nothing is normalised here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsBanner, tsLiteral, type GeneratedFile, type Generator } from '../../../../scripts/lib/generated-files.js';
import { labelWords } from '../../src/text/label-words.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATOR = 'scripts/generators/serafin.ts';

interface SourceConcept {
  code: string;
  display: string;
  parent: string | null;
  definition?: string;
  definition_omitted_invisible_chars?: number;
  branch: 'besoins' | 'prestations_directes' | 'prestations_indirectes';
  depth: number;
  smt_type: string | null;
  deprecated: boolean;
  deprecation_reason?: string;
  created: string;
  modified?: string;
  /** Children as published (the `child` property values, in the resource's order). */
  children: string[];
  source_order: number;
}

interface SourceCodeSystem {
  codesystem_url: string;
  codesystem_version: string;
  codesystem_name: string;
  codesystem_title: string;
  codesystem_date: string;
  status: string;
  content: string;
  count_declared: number;
  concepts: SourceConcept[];
}

interface SourceValueSet {
  name: string;
  oid: string;
  url: string;
  version: string;
  status: string;
  description: string;
  date: string;
  publisher: string;
  system?: string;
  codes: string[];
  concepts: { code: string; display: string }[];
}

interface SourceR265 {
  id: string;
  display: string;
  libelle_court: string;
  libelle_adapte: string;
  dateValid: string;
  dateMaj: string;
  dateFin?: string;
  status: string;
  in_JDV_J51: boolean;
}

interface SourceR266 {
  id: string;
  label: string;
  designation_short?: string;
  dateValid: string;
  dateMaj: string;
  status: string;
  in_JDV_J51: boolean;
}

function readData<T>(path: string): T {
  return JSON.parse(readFileSync(join(packageRoot, path), 'utf8')) as T;
}

/** Published "Niveau N" / "BLOC" type as a number; null when not published (deprecated concepts). */
function publishedLevel(smtType: string | null): number | null {
  if (smtType === null) return null;
  if (smtType === 'BLOC') return 1;
  const m = /^Niveau ([1-9])$/.exec(smtType);
  if (!m) throw new Error(`Unexpected SMT type ${smtType}`);
  return Number(m[1]);
}

function literalUnion(codes: readonly string[]): string {
  return codes.map((c) => JSON.stringify(c)).join(' | ');
}

/**
 * The concept rows as positional calls of `row()` (defined in the generated module): 107 objects written
 * with their keys repeated cost about 1.5 KiB gzipped in every bundle that reads the CodeSystem.
 * `row()` rebuilds each object with the keys in the order below; `test/serafin-data.test.ts` compares
 * every row, keys and order included, with `data/serafin/ans-2023.json`.
 */
function conceptRowCalls(cs: SourceCodeSystem): string {
  const created = mostCommon(cs.concepts.map((c) => c.created));
  const lines = cs.concepts.map((c) => {
    const args: string[] = [
      JSON.stringify(c.code),
      JSON.stringify(c.display),
      JSON.stringify(c.parent),
      JSON.stringify(publishedLevel(c.smt_type)),
      JSON.stringify(c.smt_type),
      BRANCH_CONSTANTS[c.branch],
      c.deprecated ? '1' : '0',
      c.created === created ? 'CREATED' : JSON.stringify(c.created),
    ];
    const tail = [c.modified, c.deprecation_reason];
    while (tail.length > 0 && tail[tail.length - 1] === undefined) tail.pop();
    for (const value of tail) args.push(value === undefined ? 'undefined' : JSON.stringify(value));
    return `  /* @__PURE__ */ row(${args.join(', ')}),`;
  });
  return `/** Creation date shared by most concepts, as published. */
const CREATED = ${JSON.stringify(created)};
const BESOINS = 'besoins';
const DIRECTES = 'prestations-directes';
const INDIRECTES = 'prestations-indirectes';

/** One row, keys in the published order (the optional ones only when published). */
function row(
  code: SerafinCode,
  display: string,
  parent: SerafinCode | null,
  level: SerafinConceptRow['level'],
  type: SerafinConceptRow['type'],
  branch: SerafinConceptRow['branch'],
  deprecated: 0 | 1,
  created: string,
  modified?: string,
  deprecationReason?: string,
): SerafinConceptRow {
  const status = deprecated === 1 ? 'deprecated' : 'active';
  const r: SerafinConceptRow =
    deprecationReason === undefined
      ? { code, display, parent, level, type, branch, status, created }
      : { code, display, parent, level, type, branch, status, deprecationReason, created };
  return modified === undefined ? r : { ...r, modified };
}

/** The 107 concepts, in the order of {@link SERAFIN_CODES}. */
export const SERAFIN_CONCEPTS: readonly SerafinConceptRow[] = [
${lines.join('\n')}
];`;
}

const BRANCH_CONSTANTS = {
  besoins: 'BESOINS',
  prestations_directes: 'DIRECTES',
  prestations_indirectes: 'INDIRECTES',
} as const;

/** The codes of one branch, in the CodeSystem's order. */
function branchCodes(cs: SourceCodeSystem, branch: SourceConcept['branch']): string[] {
  return cs.concepts.filter((c) => c.branch === branch).map((c) => c.code);
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

function conceptsModule(cs: SourceCodeSystem): string {
  const codesOf = (b: SourceConcept['branch']) => branchCodes(cs, b);
  const besoins = codesOf('besoins');
  const directes = codesOf('prestations_directes');
  const indirectes = codesOf('prestations_indirectes');
  const all = cs.concepts.map((c) => c.code);
  return `${tsBanner(GENERATOR, ['data/serafin/ans-2023.json'])}
/** Canonical URL of the ANS CodeSystem "Nomenclature des besoins et des prestations" (SERAFIN-PH). */
export const SERAFIN_SYSTEM = ${JSON.stringify(cs.codesystem_url)};

/** Version of the ANS CodeSystem encoded by this package. */
export const SERAFIN_VERSION = ${JSON.stringify(cs.codesystem_version)};

/** Metadata of the ANS CodeSystem, as published. */
export const SERAFIN_CODE_SYSTEM = ${tsLiteral({
    url: cs.codesystem_url,
    version: cs.codesystem_version,
    name: cs.codesystem_name,
    title: cs.codesystem_title,
    date: cs.codesystem_date,
    status: cs.status,
    content: cs.content,
    count: cs.count_declared,
  })} as const;

/** Every code of the CodeSystem (107, deprecated included), sorted segment by segment. */
export const SERAFIN_CODES = ${tsLiteral(all)} as const;

/** Codes of branch 1, "Besoins" (35, deprecated included; = JDV_J285). */
export const BESOIN_CODES = ${tsLiteral(besoins)} as const;

/** Codes of branch 2, "Prestations directes - Soins et d’accompagnement" (37, deprecated included; = JDV_J284). */
export const PRESTATION_DIRECTE_CODES = ${tsLiteral(directes)} as const;

/** Codes of branch 3, "Prestations indirectes - Pilotage et fonctions supports" (35, deprecated included; = JDV_J283). */
export const PRESTATION_INDIRECTE_CODES = ${tsLiteral(indirectes)} as const;

/** A code of the SERAFIN-PH CodeSystem, ANS 2023 numbering. */
export type SerafinCode = ${literalUnion(all)};

/** A code of branch 1 (besoins), ANS 2023 numbering. */
export type BesoinCode = ${literalUnion(besoins)};

/** A code of branch 2 (prestations directes), ANS 2023 numbering. */
export type PrestationDirecteCode = ${literalUnion(directes)};

/** A code of branch 3 (prestations indirectes), ANS 2023 numbering. */
export type PrestationIndirecteCode = ${literalUnion(indirectes)};

/** One concept row as published (display byte-exact; parent as published, null when absent). */
export interface SerafinConceptRow {
  readonly code: SerafinCode;
  readonly display: string;
  readonly parent: SerafinCode | null;
  readonly level: 1 | 2 | 3 | 4 | null;
  readonly type: 'BLOC' | 'Niveau 2' | 'Niveau 3' | 'Niveau 4' | null;
  readonly branch: 'besoins' | 'prestations-directes' | 'prestations-indirectes';
  readonly status: 'active' | 'deprecated';
  readonly deprecationReason?: string;
  readonly created: string;
  readonly modified?: string;
}

${conceptRowCalls(cs)}
`;
}

function definitionsModule(cs: SourceCodeSystem): string {
  const defs: Record<string, string> = {};
  const omitted: Record<string, number> = {};
  for (const c of cs.concepts) {
    if (c.definition !== undefined) defs[c.code] = c.definition;
    if (c.definition_omitted_invisible_chars !== undefined) omitted[c.code] = c.definition_omitted_invisible_chars;
  }
  return `${tsBanner(GENERATOR, ['data/serafin/ans-2023.json'])}
import type { SerafinCode } from './serafin-concepts.js';

/**
 * Definitions (concept property \`note\`, skos:note) of the 100 concepts that publish one:
 * the CNSA descriptive sheets (DESCRIPTION, CODES CIF CORRESPONDANTS, CE QUE CE N’EST PAS,
 * BESOINS AUXQUELS LA PRESTATION REPOND). Newlines and tabs as published.
 */
export const SERAFIN_DEFINITIONS: Readonly<Partial<Record<SerafinCode, string>>> = ${tsLiteral(defs)};

/**
 * Per concept, the number of places where the published definition holds one extra
 * non-rendering character (most likely a private-use bullet glyph) between a newline
 * and a tab. It could not be identified and is not included in {@link SERAFIN_DEFINITIONS}.
 */
export const SERAFIN_DEFINITION_OMITTED_CHARACTERS: Readonly<Partial<Record<SerafinCode, number>>> = ${tsLiteral(omitted)};
`;
}

const VALUE_SET_KEYS = {
  JDV_J282_TransportsLiesAuProjetIndividuel_SERAFIN: 'J282',
  JDV_J283_PrestationsIndirects_SERAFIN: 'J283',
  JDV_J284_PrestationsDirects_SERAFIN: 'J284',
  JDV_J285_Besoins_SERAFIN: 'J285',
} as const;

function valueSetsModule(cs: SourceCodeSystem, valueSets: SourceValueSet[]): string {
  const displayOf = new Map(cs.concepts.map((c) => [c.code, c.display]));
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(VALUE_SET_KEYS)) {
    const vs = valueSets.find((v) => v.name === name);
    if (!vs) throw new Error(`Value set ${name} missing from data/serafin/valuesets.json`);
    if (vs.system !== cs.codesystem_url) throw new Error(`${name} is not on ${cs.codesystem_url}`);
    const displays: Record<string, string> = {};
    for (const c of vs.concepts) {
      if (!displayOf.has(c.code)) throw new Error(`${name} has unknown code ${c.code}`);
      if (displayOf.get(c.code) !== c.display) displays[c.code] = c.display;
    }
    out[key] = {
      name: vs.name,
      oid: vs.oid,
      url: vs.url,
      version: vs.version,
      status: vs.status,
      date: vs.date,
      publisher: vs.publisher,
      description: vs.description,
      codes: vs.concepts.map((c) => c.code),
      displays,
    };
  }
  // A value set whose members are exactly one branch of the CodeSystem, in the same order (J283, J284, J285),
  // points at that branch's list instead of repeating it: same array contents, a smaller bundle.
  const branchLists: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['BESOIN_CODES', branchCodes(cs, 'besoins')],
    ['PRESTATION_DIRECTE_CODES', branchCodes(cs, 'prestations_directes')],
    ['PRESTATION_INDIRECTE_CODES', branchCodes(cs, 'prestations_indirectes')],
  ];
  const imported: string[] = [];
  for (const entry of Object.values(out) as { codes: unknown }[]) {
    const codes = entry.codes as string[];
    const same = branchLists.find(([, list]) => list.length === codes.length && list.every((c, i) => c === codes[i]));
    if (same === undefined) continue;
    entry.codes = `\u0000${same[0]}\u0000`;
    imported.push(same[0]);
  }
  const literal = tsLiteral(out).replace(/"\\u0000([A-Z_]+)\\u0000"/g, '$1');
  return `${tsBanner(GENERATOR, ['data/serafin/valuesets.json', 'data/serafin/ans-2023.json'])}
${imported.length > 0 ? `import { ${[...new Set(imported)].sort().join(', ')} } from './serafin-concepts.js';\n` : ''}import type { SerafinCode } from './serafin-concepts.js';

/** Identifier of an ANS value set built on the SERAFIN-PH CodeSystem. */
export type SerafinValueSetId = ${literalUnion(Object.values(VALUE_SET_KEYS))};

/** A value set as published: metadata, members in published order, and the displays that differ from the CodeSystem's. */
export interface SerafinValueSetRow {
  /** Name of the value set as published (e.g. \`JDV_J285_Besoins_SERAFIN\`). */
  readonly name: string;
  /** OID of the value set. */
  readonly oid: string;
  /** Canonical URL of the value set. */
  readonly url: string;
  /** Version of the value set. */
  readonly version: string;
  /** Publication status. */
  readonly status: string;
  /** Date of the published version. */
  readonly date: string;
  /** Publisher (ANS). */
  readonly publisher: string;
  /** Description as published. */
  readonly description: string;
  /** Member codes, in published order. */
  readonly codes: readonly SerafinCode[];
  /** Display used by the value set where it differs from the CodeSystem display (apostrophe ’/', œ/oe). */
  readonly displays: Readonly<Partial<Record<SerafinCode, string>>>;
}

/** The ANS value sets JDV_J282, J283, J284 and J285. */
export const SERAFIN_VALUE_SETS: Readonly<Record<SerafinValueSetId, SerafinValueSetRow>> = ${literal};
`;
}

const R265_META = {
  name: 'TRE_R265_PrestationPilotageSerafin',
  url: 'https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin',
  oid: '1.2.250.1.213.3.3.60',
  version: '20230718120000',
};
const R266_META = {
  name: 'TRE_R266_FamilleActiviteOperationnelleHorsSerafin',
  url: 'https://mos.esante.gouv.fr/NOS/TRE_R266-FamilleActiviteOperationnelleHorsSerafin/FHIR/TRE-R266-FamilleActiviteOperationnelleHorsSerafin',
  oid: '1.2.250.1.213.3.3.61',
  version: '20230718120000',
};

function rorModule(r265: SourceR265[], r266: SourceR266[]): string {
  const rows265 = r265.map((r) => {
    const row: Record<string, unknown> = {
      code: r.id,
      display: r.display,
      libelleCourt: r.libelle_court,
      libelleAdapte: r.libelle_adapte,
      status: r.status === 'active' ? 'active' : 'retired',
      dateValid: r.dateValid,
      dateMaj: r.dateMaj,
    };
    if (r.dateFin !== undefined) row.dateFin = r.dateFin;
    row.inJdvJ51 = r.in_JDV_J51;
    return row;
  });
  const rows266 = r266.map((r) => {
    const row: Record<string, unknown> = { code: r.id, display: r.label };
    if (r.designation_short !== undefined) row.libelleCourt = r.designation_short;
    row.status = r.status === 'active' ? 'active' : 'retired';
    row.dateValid = r.dateValid;
    row.dateMaj = r.dateMaj;
    row.inJdvJ51 = r.in_JDV_J51;
    return row;
  });
  const codes265 = r265.map((r) => r.id);
  const codes266 = r266.map((r) => r.id);
  return `${tsBanner(GENERATOR, ['data/serafin/ror-tre-r265.json', 'data/serafin/ror-tre-r266.json'])}
/** Metadata of the ROR list TRE_R265 (prestations SERAFIN-PH, CNSA numbering). */
export const ROR_R265_LIST = ${tsLiteral(R265_META)} as const;

/** Metadata of the ROR list TRE_R266 (activity families outside SERAFIN-PH). */
export const ROR_R266_LIST = ${tsLiteral(R266_META)} as const;

/** The 72 TRE_R265 identifiers (001–072). */
export const ROR_R265_CODES = ${tsLiteral(codes265)} as const;

/** The 4 TRE_R266 identifiers. */
export const ROR_R266_CODES = ${tsLiteral(codes266)} as const;

/** A TRE_R265 identifier. */
export type RorR265Code = ${literalUnion(codes265)};

/** A TRE_R266 identifier. */
export type RorR266Code = ${literalUnion(codes266)};

/** One ROR entry as published (labels byte-exact). */
export interface RorEntryRow<C extends string> {
  /** The ROR identifier of the entry. */
  readonly code: C;
  /** The FHIR display (TRE_R265: the label shortened to 80 characters). */
  readonly display: string;
  /** Designation "LibelleCourt" (TRE_R265: the CNSA number as published, e.g. "2,1" or "(2.3.4.4)"). */
  readonly libelleCourt?: string;
  /** Designation "LibelleAdapte" (TRE_R265: CNSA number and full label; the display of JDV_J51). */
  readonly libelleAdapte?: string;
  /** \`retired\` for an entry closed in the ROR. */
  readonly status: 'active' | 'retired';
  /** Date from which the entry is valid. */
  readonly dateValid: string;
  /** Date of the last update of the entry. */
  readonly dateMaj: string;
  /** Date at which the entry was closed, if it was. */
  readonly dateFin?: string;
  /** Whether the entry is a member of JDV_J51_FamilleActiviteOperationnelle_ROR. */
  readonly inJdvJ51: boolean;
}

/** The 72 entries of TRE_R265. */
export const ROR_R265_ENTRIES: readonly RorEntryRow<RorR265Code>[] = ${tsLiteral(rows265)};

/** The 4 entries of TRE_R266. */
export const ROR_R266_ENTRIES: readonly RorEntryRow<RorR266Code>[] = ${tsLiteral(rows266)};
`;
}

/** Order of the concepts in the published resource (for the FHIR export). */
function publishedOrderModule(cs: SourceCodeSystem): string {
  const order = [...cs.concepts].sort((a, b) => a.source_order - b.source_order).map((c) => c.code);
  const children: Record<string, string[]> = {};
  for (const code of order) {
    const c = cs.concepts.find((x) => x.code === code);
    if (c !== undefined && c.children.length > 0) children[code] = c.children;
  }
  return `${tsBanner(GENERATOR, ['data/serafin/ans-2023.json'])}
import type { SerafinCode } from './serafin-concepts.js';

/** Codes in the order of the published FHIR resource (used by \`toFhirCodeSystem\`). */
export const SERAFIN_PUBLISHED_ORDER: readonly SerafinCode[] = ${tsLiteral(order)};

/**
 * The \`child\` property values of each concept that has children, in the order of the
 * published resource (\`1\` → 1.3, 1.2, 1.1), not sorted by code.
 */
export const SERAFIN_PUBLISHED_CHILDREN: Readonly<Partial<Record<SerafinCode, readonly SerafinCode[]>>> = ${tsLiteral(children)};
`;
}

interface SourceSynonyms {
  note: string;
  entries: { query: string; words: string[]; reason: string }[];
}

/** The folded table: query (folded, stop words dropped) → words; checks each entry (reason given, words folded, no query twice). */
function synonymTable(src: SourceSynonyms): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const e of src.entries) {
    const key = labelWords(e.query).join(' ');
    if (key === '') throw new Error(`search-synonyms.json: query « ${e.query} » has no search word`);
    if (table[key] !== undefined) throw new Error(`search-synonyms.json: query « ${e.query} » given twice`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 10) throw new Error(`search-synonyms.json: query « ${e.query} » has no reason`);
    for (const w of e.words) {
      if (labelWords(w).join(' ') !== w) throw new Error(`search-synonyms.json: word « ${w} » of « ${e.query} » is not folded (expected « ${labelWords(w).join(' ')} »)`);
    }
    table[key] = e.words;
  }
  return table;
}

function synonymsModule(src: SourceSynonyms): string {
  return `${tsBanner(GENERATOR, ['data/serafin/search-synonyms.json'])}
/**
 * Search aid curated by this project (NOT an official list; each entry's reason is in
 * \`data/serafin/search-synonyms.json\`): a folded query word or phrase (stop words
 * dropped) and the folded words the labels of the lists use for the same notion (a
 * synonym of several words matches a label holding each). Widens search only.
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = ${tsLiteral(synonymTable(src))};
`;
}

export const serafinGenerator: Generator = {
  name: 'serafin',
  run(): GeneratedFile[] {
    const cs = readData<SourceCodeSystem>('data/serafin/ans-2023.json');
    const valueSets = readData<SourceValueSet[]>('data/serafin/valuesets.json');
    const r265 = readData<SourceR265[]>('data/serafin/ror-tre-r265.json');
    const r266 = readData<SourceR266[]>('data/serafin/ror-tre-r266.json');
    return [
      { path: 'src/generated/serafin-concepts.ts', content: conceptsModule(cs) },
      { path: 'src/generated/serafin-definitions.ts', content: definitionsModule(cs) },
      { path: 'src/generated/serafin-value-sets.ts', content: valueSetsModule(cs, valueSets) },
      { path: 'src/generated/serafin-published-order.ts', content: publishedOrderModule(cs) },
      { path: 'src/generated/ror.ts', content: rorModule(r265, r266) },
      { path: 'src/generated/search-synonyms.ts', content: synonymsModule(readData<SourceSynonyms>('data/serafin/search-synonyms.json')) },
    ];
  },
};
