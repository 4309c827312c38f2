/**
 * Generator for the ANS companion lists of the PAG model (TRE / JDV) and the
 * project-defined list of legal protection measures.
 *
 * Input: the vendored JSON in `data/referentiels/` (see PROVENANCE.md there).
 * Output: one module per list in `src/generated/referentiels/`, plus an
 * `index.ts` re-exporting them all and a `registry.ts` listing them.
 * Strings are copied byte for byte; `displayNormalized` is computed here with
 * `normalizeDisplay`. Every source key must be mapped: an unknown key fails
 * the generation instead of being dropped silently.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsBanner, tsLiteral, type GeneratedFile, type Generator } from '../../../../scripts/lib/generated-files.js';
import { normalizeDisplay } from '../../src/text/normalize.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATOR = 'scripts/generators/referentiels.ts';
const DATA_DIR = 'data/referentiels';
/** Value sets written by `pnpm import:terminology` (scripts/import/). */
const IMPORTED_DIR = 'data/value-sets';
const OUT_DIR = 'src/generated/referentiels';

type Kind = 'code-system' | 'hierarchical' | 'value-set' | 'multi-system';
type ConceptShape = 'ReferentielConcept' | 'TreR403Concept' | 'TreR66Concept' | 'MesureProtectionJuridiqueConcept';

/** How one vendored file becomes one module. */
export interface ListSpec {
  /** Vendored file name in `data/referentiels/`. */
  readonly file: string;
  /** Generated module name (without `.ts`) in `src/generated/referentiels/`. */
  readonly module: string;
  /** Short identifier, also the prefix of the constants (`TRE_R421`). */
  readonly id: string;
  /** PascalCase stem of the type names (`TreR421`). */
  readonly stem: string;
  /** Name of the exported list object. */
  readonly object: string;
  readonly kind: Kind;
  readonly shape: ConceptShape;
  /** One-line TSDoc summary, French then English. */
  readonly summary: string;
  /** Folder of the data file, when it is not `data/referentiels` (imported value sets). */
  readonly dir?: string;
  /** Prefix of the constants when it is not `id` (an earlier version of a list). */
  readonly prefix?: string;
  /** True for an earlier version kept beside the newest (not in `ALL_REFERENTIELS`). */
  readonly earlierVersion?: boolean;
  /**
   * Package-relative JSON file of concepts re-read from the same source and
   * added to a partial extract (see `data/referentiels-supplements/PROVENANCE.md`).
   */
  readonly supplement?: string;
}

/** Every list, in the order of the registry. */
export const LIST_SPECS: readonly ListSpec[] = [
  {
    file: 'tre-r420-droit-prestation.json',
    module: 'tre-r420-droit-prestation',
    id: 'TRE_R420',
    stem: 'TreR420',
    object: 'treR420DroitPrestation',
    kind: 'hierarchical',
    shape: 'ReferentielConcept',
    summary: 'TRE_R420 Droit Prestation — catégories (niveau 1) et types (niveau 2) de droits et prestations décidés par la CDAPH / MDPH decision rights and benefits (draft)',
  },
  {
    file: 'jdv-j401-categorie-droit-prestation-ms.json',
    module: 'jdv-j401-categorie-droit-prestation-ms',
    id: 'JDV_J401',
    stem: 'JdvJ401',
    object: 'jdvJ401CategorieDroitPrestationMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J401 Catégorie droit prestation MS — les 14 codes de niveau 1 de TRE_R420 / the level-1 codes of TRE_R420 (draft)',
  },
  {
    file: 'jdv-j402-type-droit-prestation-ms.json',
    module: 'jdv-j402-type-droit-prestation-ms',
    id: 'JDV_J402',
    stem: 'JdvJ402',
    object: 'jdvJ402TypeDroitPrestationMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J402 Type droit prestation MS — les 62 codes de niveau 2 de TRE_R420 / the level-2 codes of TRE_R420 (draft)',
  },
  {
    file: 'tre-r421-motif-fin-pag.json',
    module: 'tre-r421-motif-fin-pag',
    id: 'TRE_R421',
    stem: 'TreR421',
    object: 'treR421MotifFinPag',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R421 Motif fin PAG — motifs de fin du plan d’accompagnement global / PAG end reasons (draft)',
  },
  {
    file: 'tre-r422-qualification-orientation.json',
    module: 'tre-r422-qualification-orientation',
    id: 'TRE_R422',
    stem: 'TreR422',
    object: 'treR422QualificationOrientation',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R422 Qualification orientation — orientation cible ou alternative / target or alternative orientation (draft)',
  },
  {
    file: 'tre-r327-type-decision.json',
    module: 'tre-r327-type-decision',
    id: 'TRE_R327',
    stem: 'TreR327',
    object: 'treR327TypeDecision',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R327 Type décision — type de décision de la CDAPH / CDAPH decision types',
  },
  {
    file: 'tre-r417-type-demande-compensation.json',
    module: 'tre-r417-type-demande-compensation',
    id: 'TRE_R417',
    stem: 'TreR417',
    object: 'treR417TypeDemandeCompensation',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R417 Type demande compensation — types de demandes de compensation / compensation request types (draft)',
  },
  {
    file: 'tre-r426-orientation.json',
    module: 'tre-r426-orientation',
    id: 'TRE_R426',
    stem: 'TreR426',
    object: 'treR426Orientation',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R426 Orientation — précision d’orientation SESSAD / SAFEP / SESSAD and SAFEP orientation precision (draft)',
  },
  {
    file: 'jdv-j408-orientation-ms.json',
    module: 'jdv-j408-orientation-ms',
    id: 'JDV_J408',
    stem: 'JdvJ408',
    object: 'jdvJ408OrientationMs',
    kind: 'multi-system',
    shape: 'ReferentielConcept',
    summary: 'JDV_J408 Orientation MS — précision d’orientation, multi-système (TRE_R408, TRE_R278, TRE_R426) / orientation precision, multi-system (draft)',
  },
  {
    file: 'tre-r403-public-activite-smsse-regulee.json',
    module: 'tre-r403-public-activite-smsse-regulee',
    id: 'TRE_R403',
    stem: 'TreR403',
    object: 'treR403PublicActivite',
    kind: 'hierarchical',
    shape: 'TreR403Concept',
    summary: 'TRE_R403 Public activité SMSSE régulée — publics accueillis (3 niveaux, ex-clientèles FINESS) / publics served (3 levels)',
  },
  {
    file: 'tre-r213-mode-prise-en-charge.json',
    module: 'tre-r213-mode-prise-en-charge',
    id: 'TRE_R213',
    stem: 'TreR213',
    object: 'treR213ModePriseEnCharge',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R213 Mode prise en charge — modes de prise en charge / care modes',
  },
  {
    file: 'tre-r240-temporalite-accueil.json',
    module: 'tre-r240-temporalite-accueil',
    id: 'TRE_R240',
    stem: 'TreR240',
    object: 'treR240TemporaliteAccueil',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary: 'TRE_R240 Temporalité accueil — accueil temporaire ou permanent / temporary or permanent stay',
  },
  {
    file: 'jdv-j264-mode-et-centre-de-prise-en-charge-mdph.json',
    module: 'jdv-j264-mode-et-centre-de-prise-en-charge-mdph',
    id: 'JDV_J264',
    stem: 'JdvJ264',
    object: 'jdvJ264ModePriseEnChargeMdph',
    kind: 'multi-system',
    shape: 'ReferentielConcept',
    summary: 'JDV_J264 Mode et centre de prise en charge MDPH — multi-système (TRE_R213, TRE_R397) / care modes for MDPH decisions, multi-system',
  },
  {
    file: 'tre-r66-categorie-etablissement-extrait-ph.json',
    module: 'tre-r66-categorie-etablissement-extrait-ph',
    id: 'TRE_R66',
    stem: 'TreR66',
    object: 'treR66CategorieEtablissement',
    kind: 'code-system',
    shape: 'TreR66Concept',
    summary:
      'TRE_R66 Catégorie établissement — EXTRAIT PARTIEL (81 des 322 codes : secteur handicap, et 500 EHPAD) / PARTIAL extract (81 of 322 codes: disability sector, and 500 EHPAD)',
    supplement: 'data/referentiels-supplements/tre-r66-supplement.json',
  },
  {
    file: 'tre-r217-protection-juridique.json',
    module: 'tre-r217-protection-juridique',
    id: 'TRE_R217',
    stem: 'TreR217',
    object: 'treR217ProtectionJuridique',
    kind: 'code-system',
    shape: 'ReferentielConcept',
    summary:
      'TRE_R217 Protection juridique — RÔLE de la personne protectrice (tuteur, curateur, mandataire de sauvegarde), pas le type de mesure / role of the protector, not the measure type',
  },
  {
    file: 'jdv-j11-relation-patient-cisis.json',
    module: 'jdv-j11-relation-patient-cisis',
    id: 'JDV_J11',
    stem: 'JdvJ11',
    object: 'jdvJ11RelationPatientCisis',
    kind: 'multi-system',
    shape: 'ReferentielConcept',
    summary: 'JDV_J11 Relation patient CI-SIS — relations (TRE_R216) et rôles de protection (TRE_R217), multi-système / relationships and protection roles, multi-system',
  },
  {
    file: 'jdv-j398-type-decision-ms.v20260505120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j398-type-decision-ms',
    id: 'JDV_J398',
    stem: 'JdvJ398',
    object: 'jdvJ398TypeDecisionMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J398 Type décision MS — types de décision transmis aux DUI (TRE_R327 1, 5) / decision types sent to the DUI (draft)',
  },
  {
    file: 'jdv-j400-nature-droit-prestation-ms.v20260505120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j400-nature-droit-prestation-ms',
    id: 'JDV_J400',
    stem: 'JdvJ400',
    object: 'jdvJ400NatureDroitPrestationMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J400 Nature droit prestation MS — attribution, renouvellement, révision (TRE_R327 1, 6, 7) / nature of the right (draft)',
  },
  {
    file: 'jdv-j403-motif-fin-pag-ms.v20260505120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j403-motif-fin-pag-ms',
    id: 'JDV_J403',
    stem: 'JdvJ403',
    object: 'jdvJ403MotifFinPagMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J403 Motif fin PAG MS — codes actifs de TRE_R421 / active codes of TRE_R421 (draft)',
  },
  {
    file: 'jdv-j404-qualification-orientation-ms.v20260505120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j404-qualification-orientation-ms',
    id: 'JDV_J404',
    stem: 'JdvJ404',
    object: 'jdvJ404QualificationOrientationMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J404 Qualification orientation MS — codes actifs de TRE_R422 / active codes of TRE_R422 (draft)',
  },
  {
    file: 'jdv-j394-type-demande-compensation-ms.v20260505120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j394-type-demande-compensation-ms',
    id: 'JDV_J394',
    stem: 'JdvJ394',
    object: 'jdvJ394TypeDemandeCompensationMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J394 Type demande compensation MS — codes actifs de TRE_R417 / active codes of TRE_R417 (draft)',
  },
  {
    file: 'jdv-j399-motivation-ms.v20260601120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j399-motivation-ms',
    id: 'JDV_J399',
    stem: 'JdvJ399',
    object: 'jdvJ399MotivationMs',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J399 Motivation MS — motivations des décisions de la CDAPH (TRE_R419, codes actifs, expansion publiée) / grounds of CDAPH decisions (draft)',
  },
  {
    file: 'jdv-j30-temporalite-accueil-ror.v20200424120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j30-temporalite-accueil-ror',
    id: 'JDV_J30',
    stem: 'JdvJ30',
    object: 'jdvJ30TemporaliteAccueilRor',
    kind: 'value-set',
    shape: 'ReferentielConcept',
    summary: 'JDV_J30 Temporalité accueil ROR — temporaire ou permanent (TRE_R240) / temporary or permanent stay',
  },
  {
    file: 'jdv-j264-mode-et-centre-de-prise-en-charge-mdph.v20260601120000.json',
    dir: IMPORTED_DIR,
    module: 'jdv-j264-mode-et-centre-de-prise-en-charge-mdph-v20260601120000',
    id: 'JDV_J264',
    prefix: 'JDV_J264_V20260601120000',
    stem: 'JdvJ264V20260601120000',
    object: 'jdvJ264ModePriseEnChargeMdphV20260601120000',
    kind: 'multi-system',
    shape: 'ReferentielConcept',
    earlierVersion: true,
    summary:
      'JDV_J264 version 20260601120000 (ANCIENNE : TRE_R213 46–49, sans TRE_R397 238 ; la version par défaut est 20260730120000) / EARLIER version of JDV_J264, kept for documents that cite it',
  },
  {
    file: 'serafin-ph-mesure-protection-juridique.json',
    module: 'mesure-protection-juridique',
    id: 'MESURE_PROTECTION_JURIDIQUE',
    stem: 'MesureProtectionJuridique',
    object: 'mesureProtectionJuridique',
    kind: 'code-system',
    shape: 'MesureProtectionJuridiqueConcept',
    summary:
      'Mesures de protection juridique des majeurs — liste DÉFINIE PAR LE PROJET serafin-ph (aucune liste ANS) / project-defined list of legal protection measures (not ANS)',
  },
];

type Json = Record<string, unknown>;

/** Concept keys copied as they are, in output order. */
const COMMON_KEYS = ['code', 'display', 'definition', 'status', 'level', 'parent', 'dateValid', 'dateMaj', 'dateFin', 'deprecationDate'] as const;

/** Source key → output key for list-specific concept properties. */
const EXTRA_KEYS: Readonly<Record<ConceptShape, Readonly<Record<string, string>>>> = {
  ReferentielConcept: {},
  TreR403Concept: { finess: 'finess' },
  TreR66Concept: {
    inJDV_J254_ESSMS_PH: 'inJdvJ254EssmsPh',
    displayInJDV_J254: 'displayInJdvJ254',
    disabilityRelated: 'disabilityRelated',
    parentInTRE_R397: 'parentInTreR397',
  },
  MesureProtectionJuridiqueConcept: {
    articlesCodeCivil: 'articlesCodeCivil',
    reference: 'reference',
    modeProtection: 'modeProtection',
    modeProtectionBasis: 'modeProtectionBasis',
    representation: 'representation',
    representationPersonnePossible: 'representationPersonnePossible',
    representationPersonneBasis: 'representationPersonneBasis',
    notes: 'notes',
  },
};

/** Top-level keys that go into the metadata object; the others go to `<ID>_SOURCE_DETAILS`. */
const METADATA_KEYS = new Set([
  'name',
  'title',
  'description',
  'url',
  'oid',
  'version',
  'date',
  'status',
  'declaredCount',
  'expansionTotal',
  'resourceType',
  'origin',
  'source',
  'notes',
  'compose',
  'hierarchyMeaning',
  'concepts',
]);

function dataFileOf(spec: ListSpec): string {
  return `${spec.dir ?? DATA_DIR}/${spec.file}`;
}

function prefixOf(spec: ListSpec): string {
  return spec.prefix ?? spec.id;
}

function readJson(spec: ListSpec): Json {
  const d = JSON.parse(readFileSync(join(packageRoot, dataFileOf(spec)), 'utf8')) as Json;
  if (spec.supplement === undefined) return d;
  return withSupplement(d, JSON.parse(readFileSync(join(packageRoot, spec.supplement), 'utf8')) as Json, spec.supplement);
}

/**
 * The vendored list `d` with the concepts of a supplement file inserted in code
 * order, and a `supplement` member (file, source, codes, reason) that goes to
 * `<ID>_SOURCE_DETAILS`. A code already in the list fails the generation.
 */
export function withSupplement(d: Json, supplement: Json, file: string): Json {
  const concepts = [...(d['concepts'] as Json[])];
  const added = supplement['concepts'] as Json[];
  for (const c of added) {
    const code = c['code'] as string;
    if (concepts.some((x) => x['code'] === code)) throw new Error(`${file}: ${code} is already in the vendored list`);
    const at = concepts.findIndex((x) => (x['code'] as string) > code);
    concepts.splice(at === -1 ? concepts.length : at, 0, c);
  }
  return { ...d, concepts, supplement: { file, source: supplement['source'], reason: supplement['reason'], codes: added.map((c) => c['code']) } };
}

/** Parses `"http://snomed.info/sct|900000000000013009 (synonym)"`. */
export function parseDesignationUse(use: string): { system: string; code: string; display: string } {
  const m = /^(\S+)\|(\S+) \((.+)\)$/.exec(use);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) throw new Error(`Unparsable designation use: ${use}`);
  return { system: m[1], code: m[2], display: m[3] };
}

function convertConcept(spec: ListSpec, c: Json, dropSystem: boolean): Json {
  const extra = EXTRA_KEYS[spec.shape];
  const allowed = new Set<string>([...COMMON_KEYS, 'designations', ...Object.keys(extra)]);
  if (dropSystem) allowed.add('system');
  for (const k of Object.keys(c)) {
    if (!allowed.has(k)) throw new Error(`${spec.file}: concept ${String(c['code'])} has unmapped key ${k}`);
  }
  if (typeof c['code'] !== 'string' || typeof c['display'] !== 'string') throw new Error(`${spec.file}: bad concept ${JSON.stringify(c)}`);
  const out: Json = { code: c['code'], display: c['display'], displayNormalized: normalizeDisplay(c['display']) };
  for (const k of COMMON_KEYS) {
    if (k !== 'code' && k !== 'display' && c[k] !== undefined) out[k] = c[k];
  }
  if (c['designations'] !== undefined) {
    out['designations'] = (c['designations'] as Json[]).map((d) => ({
      language: d['language'],
      use: parseDesignationUse(d['use'] as string),
      value: d['value'],
    }));
  }
  for (const [from, to] of Object.entries(extra)) {
    if (c[from] !== undefined) out[to] = c[from];
  }
  return out;
}

function convertMember(spec: ListSpec, c: Json): Json {
  const allowed = new Set(['system', 'code', 'display', 'systemVersion', 'displaySource']);
  for (const k of Object.keys(c)) {
    if (!allowed.has(k)) throw new Error(`${spec.file}: member ${String(c['code'])} has unmapped key ${k}`);
  }
  const out: Json = { system: c['system'], code: c['code'], display: c['display'], displayNormalized: normalizeDisplay(c['display'] as string) };
  if (c['systemVersion'] !== undefined) out['systemVersion'] = c['systemVersion'];
  if (c['displaySource'] !== undefined) out['displaySource'] = c['displaySource'];
  return out;
}

function metadataOf(spec: ListSpec, d: Json, system: string | undefined): Json {
  const status = d['status'];
  if (status !== 'draft' && status !== 'active') throw new Error(`${spec.file}: unexpected status ${String(status)}`);
  const extract = d['extract'] as Json | undefined;
  const meta: Json = {
    id: spec.id,
    resourceType: d['resourceType'] ?? 'CodeSystem',
    name: d['name'],
    title: d['title'],
  };
  if (d['description'] !== undefined) meta['description'] = d['description'];
  meta['url'] = d['url'];
  if (system !== undefined) meta['system'] = system;
  meta['oid'] = d['oid'];
  meta['version'] = d['version'];
  meta['date'] = d['date'];
  meta['status'] = status;
  meta['declaredCount'] = d['declaredCount'] ?? d['expansionTotal'] ?? null;
  meta['partial'] = extract !== undefined && extract['complete'] === false;
  meta['origin'] = d['origin'] ?? 'ans';
  meta['hierarchical'] = spec.kind === 'hierarchical';
  meta['source'] = d['source'];
  if (d['notes'] !== undefined) meta['notes'] = d['notes'];
  if (d['compose'] !== undefined) meta['compose'] = d['compose'];
  meta['dataFile'] = dataFileOf(spec);
  return meta;
}

function sourceDetailsOf(d: Json): Json | undefined {
  const rest: Json = {};
  for (const [k, v] of Object.entries(d)) if (!METADATA_KEYS.has(k)) rest[k] = v;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function doc(lines: string | readonly string[]): string {
  const all = typeof lines === 'string' ? [lines] : lines;
  return all.length === 1 ? `/** ${all[0]} */` : ['/**', ...all.map((l) => (l === '' ? ' *' : ` * ${l}`)), ' */'].join('\n');
}

function emitSourceDetails(spec: ListSpec, d: Json): string[] {
  const details = sourceDetailsOf(d);
  if (details === undefined) return [];
  return [
    doc(`Other fields of the vendored file, verbatim (${Object.keys(details).join(', ')}).`),
    `export const ${prefixOf(spec)}_SOURCE_DETAILS = ${tsLiteral(details)} as const;`,
    '',
  ];
}

function draftWarning(d: Json): string[] {
  return d['status'] === 'draft' ? ['', 'Statut **draft** : les codes peuvent encore changer / **draft** status: codes may still change.'] : [];
}

function emitSingleSystem(spec: ListSpec, d: Json): string {
  const concepts = d['concepts'] as Json[];
  const isValueSet = spec.kind === 'value-set';
  let system: string;
  if (isValueSet) {
    const systems = new Set(concepts.map((c) => c['system']));
    const only = [...systems][0];
    if (systems.size !== 1 || typeof only !== 'string') throw new Error(`${spec.file}: a single-system value set must have one system`);
    system = only;
  } else {
    system = d['url'] as string;
  }
  const codes = concepts.map((c) => c['code'] as string);
  if (new Set(codes).size !== codes.length) throw new Error(`${spec.file}: duplicate codes`);
  const codeType = `${spec.stem}Code`;
  const conceptType = `${spec.shape}<${codeType}>`;
  const cls = spec.kind === 'hierarchical' ? 'HierarchicalCodeList' : 'CodeList';
  const typeImports = ['ReferentielMetadata', spec.shape].filter((v, i, a) => a.indexOf(v) === i);
  const out: string[] = [
    tsBanner(GENERATOR, spec.supplement === undefined ? [dataFileOf(spec)] : [dataFileOf(spec), spec.supplement]),
    ...(cls === 'CodeList' || spec.id === 'TRE_R403' ? ["import { CodeList } from '../../referentiels/code-list.js';"] : []),
    ...(cls === 'HierarchicalCodeList' ? ["import { HierarchicalCodeList } from '../../referentiels/hierarchical-code-list.js';"] : []),
    `import type { ${typeImports.join(', ')} } from '../../referentiels/types.js';`,
    '',
    doc([`Codes of ${spec.summary}, in source order.`, ...draftWarning(d)]),
    `export const ${prefixOf(spec)}_CODES = ${tsLiteral(codes)} as const;`,
    '',
    doc(`A code of ${spec.id}.`),
    `export type ${codeType} = (typeof ${prefixOf(spec)}_CODES)[number];`,
    '',
    doc(`Code system of the ${spec.id} codes (canonical URL used in codings).`),
    `export const ${prefixOf(spec)}_SYSTEM = ${JSON.stringify(system)};`,
    '',
    doc(`Metadata of ${spec.id}, copied from the vendored file.`),
    `export const ${prefixOf(spec)}_METADATA = ${tsLiteral(metadataOf(spec, d, system))} as const satisfies ReferentielMetadata;`,
    '',
    ...emitSourceDetails(spec, d),
    doc(`Concepts of ${spec.id}, in source order; strings byte-exact.`),
    `export const ${prefixOf(spec)}_CONCEPTS: readonly ${conceptType}[] = ${tsLiteral(concepts.map((c) => convertConcept(spec, c, isValueSet)))};`,
    '',
    doc([spec.summary, ...draftWarning(d)]),
    `export const ${spec.object}: ${cls}<${codeType}, ${conceptType}, typeof ${prefixOf(spec)}_SYSTEM> = /* @__PURE__ */ new ${cls}(`,
    `  ${prefixOf(spec)}_METADATA,`,
    `  ${prefixOf(spec)}_SYSTEM,`,
    `  ${prefixOf(spec)}_CODES,`,
    `  ${prefixOf(spec)}_CONCEPTS,`,
    ');',
    '',
    doc(`True when \`value\` is a code of ${spec.id} (deprecated included).`),
    `export function is${codeType}(value: unknown): value is ${codeType} {`,
    `  return ${spec.object}.has(value);`,
    '}',
    '',
  ];
  if (spec.id === 'TRE_R403') out.push(...emitJdvJ328(d));
  if (spec.shape === 'MesureProtectionJuridiqueConcept') out.push(...emitRepresentationCodes(spec, concepts));
  return out.join('\n');
}

/**
 * The codes of the protection measures by representation flag, so that the
 * helpers answering for a measure type (`isRepresentationMeasure`…) read two
 * short lists, not the concepts with their definitions and notes (what a
 * validator bundle would otherwise ship).
 */
function emitRepresentationCodes(spec: ListSpec, concepts: readonly Json[]): string[] {
  const flagged = (key: string): string[] =>
    concepts
      .filter((c) => {
        if (typeof c[key] !== 'boolean') throw new Error(`${spec.file}: ${String(c['code'])} has no boolean ${key}`);
        return c[key] === true;
      })
      .map((c) => c['code'] as string);
  const code = `${spec.stem}Code`;
  return [
    doc(`Codes of ${spec.id} whose concept has \`representation: true\` (representation measures), in source order.`),
    `export const ${prefixOf(spec)}_REPRESENTATION_CODES: readonly ${code}[] = ${tsLiteral(flagged('representation'))};`,
    '',
    doc(`Codes of ${spec.id} whose concept has \`representationPersonnePossible: true\` (the representation may extend to the person), in source order.`),
    `export const ${prefixOf(spec)}_REPRESENTATION_PERSONNE_CODES: readonly ${code}[] = ${tsLiteral(flagged('representationPersonnePossible'))};`,
    '',
  ];
}

/** JDV_J328: the level-3 concepts of TRE_R403 (its compose is the filter `niveau = 3`). */
function emitJdvJ328(d: Json): string[] {
  const jdv = d['jdvJ328'] as Json;
  const level3 = (d['concepts'] as Json[]).filter((c) => c['level'] === 3).map((c) => c['code'] as string);
  const deprecated = Object.fromEntries(
    (d['concepts'] as Json[]).filter((c) => c['level'] === 3 && c['status'] === 'deprecated').map((c) => [c['code'] as string, String(c['deprecationDate']).slice(0, 10)]),
  );
  const meta: Json = {
    id: 'JDV_J328',
    resourceType: 'ValueSet',
    name: jdv['name'],
    title: jdv['name'],
    description: jdv['description'],
    url: jdv['url'],
    system: d['url'],
    oid: jdv['oid'],
    version: jdv['version'],
    date: d['date'],
    status: jdv['status'],
    declaredCount: null,
    partial: false,
    origin: 'ans',
    hierarchical: false,
    source: jdv['source'],
    notes: `${String(jdv['members'])}. Date is the date of TRE_R403; the JDV_J328 definition is stored inside the TRE_R403 file (key jdvJ328).`,
    compose: jdv['compose'],
    dataFile: `${DATA_DIR}/tre-r403-public-activite-smsse-regulee.json`,
  };
  return [
    doc('Codes of JDV_J328 Public activité SMSSE régulée FINESS: the level-3 codes of TRE_R403 (former FINESS clientèle codes), deprecated included.'),
    `export const JDV_J328_CODES = ${tsLiteral(level3)} as const;`,
    '',
    doc('A code of JDV_J328.'),
    'export type JdvJ328Code = (typeof JDV_J328_CODES)[number];',
    '',
    doc('Metadata of JDV_J328, from the `jdvJ328` entry of the TRE_R403 file.'),
    `export const JDV_J328_METADATA = ${tsLiteral(meta)} as const satisfies ReferentielMetadata;`,
    '',
    doc('Concepts of JDV_J328: the level-3 concepts of TRE_R403, in source order.'),
    'export const JDV_J328_CONCEPTS: readonly TreR403Concept<JdvJ328Code>[] = /* @__PURE__ */ TRE_R403_CONCEPTS.filter(',
    '  (c): c is TreR403Concept<JdvJ328Code> => c.level === 3,',
    ');',
    '',
    doc('JDV_J328 — publics hors agrégat (niveau 3 de TRE_R403) / publics without aggregates (level 3 of TRE_R403).'),
    'export const jdvJ328PublicActiviteFiness: CodeList<JdvJ328Code, TreR403Concept<JdvJ328Code>, typeof TRE_R403_SYSTEM> = /* @__PURE__ */ new CodeList(',
    '  JDV_J328_METADATA,',
    '  TRE_R403_SYSTEM,',
    '  JDV_J328_CODES,',
    '  JDV_J328_CONCEPTS,',
    ');',
    '',
    doc(
      'Deprecated codes of JDV_J328 and the day the ANS deprecated each (`deprecationDate`, YYYY-MM-DD): what a validator needs to report them without the concepts (labels, synonyms).',
    ),
    `export const JDV_J328_DEPRECATION_DATES: Readonly<Partial<Record<JdvJ328Code, string>>> = ${tsLiteral(deprecated)};`,
    '',
    doc('True when `value` is a code of JDV_J328 (deprecated included).'),
    'export function isJdvJ328Code(value: unknown): value is JdvJ328Code {',
    '  return jdvJ328PublicActiviteFiness.has(value);',
    '}',
    '',
  ];
}

function emitMultiSystem(spec: ListSpec, d: Json): string {
  const members = (d['concepts'] as Json[]).map((c) => convertMember(spec, c));
  const pairs = members.map((m) => ({ system: m['system'], code: m['code'] }));
  const tokens = members.map((m) => `${String(m['system'])}|${String(m['code'])}`);
  if (new Set(tokens).size !== tokens.length) throw new Error(`${spec.file}: duplicate system|code pairs`);
  const pairType = `${spec.stem}Coding`;
  const tokenType = `${spec.stem}Token`;
  return [
    tsBanner(GENERATOR, spec.supplement === undefined ? [dataFileOf(spec)] : [dataFileOf(spec), spec.supplement]),
    "import { MultiSystemValueSet } from '../../referentiels/multi-system-value-set.js';",
    "import type { MultiSystemMember, ReferentielMetadata } from '../../referentiels/types.js';",
    '',
    doc([
      `Members of ${spec.summary}, as \`system\` + \`code\` pairs in expansion order.`,
      '',
      'Codes are not unique across systems: always pair the code with its system.',
      ...draftWarning(d),
    ]),
    `export const ${prefixOf(spec)}_CODINGS = ${tsLiteral(pairs)} as const;`,
    '',
    doc(`A member of ${spec.id} (\`system\` + \`code\`).`),
    `export type ${pairType} = (typeof ${prefixOf(spec)}_CODINGS)[number];`,
    '',
    doc(`Members of ${spec.id} as FHIR tokens \`"<system>|<code>"\`, in expansion order.`),
    `export const ${prefixOf(spec)}_TOKENS = ${tsLiteral(tokens)} as const;`,
    '',
    doc(`A member of ${spec.id} as a token \`"<system>|<code>"\`.`),
    `export type ${tokenType} = (typeof ${prefixOf(spec)}_TOKENS)[number];`,
    '',
    doc(`Metadata of ${spec.id}, copied from the vendored file.`),
    `export const ${prefixOf(spec)}_METADATA = ${tsLiteral(metadataOf(spec, d, undefined))} as const satisfies ReferentielMetadata;`,
    '',
    ...emitSourceDetails(spec, d),
    doc(`Members of ${spec.id} with their displays, byte-exact.`),
    `export const ${prefixOf(spec)}_MEMBERS: readonly (MultiSystemMember & ${pairType})[] = ${tsLiteral(members)};`,
    '',
    doc([spec.summary, ...draftWarning(d)]),
    `export const ${spec.object}: MultiSystemValueSet<${pairType}> = /* @__PURE__ */ new MultiSystemValueSet(${prefixOf(spec)}_METADATA, ${prefixOf(spec)}_MEMBERS);`,
    '',
    doc(`True when \`value\` is an object whose \`system\` + \`code\` name a member of ${spec.id}.`),
    `export function is${pairType}(value: unknown): value is ${pairType} {`,
    `  return ${spec.object}.has(value);`,
    '}',
    '',
    doc(`True when \`value\` is a token \`"<system>|<code>"\` of ${spec.id}.`),
    `export function is${tokenType}(value: unknown): value is ${tokenType} {`,
    `  return ${spec.object}.hasToken(value);`,
    '}',
    '',
  ].join('\n');
}

function emitIndex(): string {
  return [tsBanner(GENERATOR, LIST_SPECS.map(dataFileOf)), ...LIST_SPECS.map((s) => `export * from './${s.module}.js';`), ''].join('\n');
}

function emitRegistry(): string {
  const latest = [
    ...LIST_SPECS.filter((s) => s.earlierVersion !== true).map((s) => ({ object: s.object, module: s.module })),
    { object: 'jdvJ328PublicActiviteFiness', module: 'tre-r403-public-activite-smsse-regulee' },
  ];
  const earlier = LIST_SPECS.filter((s) => s.earlierVersion === true).map((s) => ({ object: s.object, module: s.module }));
  const byModule = new Map<string, string[]>();
  for (const o of [...latest, ...earlier]) byModule.set(o.module, [...(byModule.get(o.module) ?? []), o.object]);
  return [
    tsBanner(GENERATOR, LIST_SPECS.map(dataFileOf)),
    "import type { CodeList } from '../../referentiels/code-list.js';",
    "import type { MultiSystemValueSet } from '../../referentiels/multi-system-value-set.js';",
    ...[...byModule].map(([m, names]) => `import { ${names.join(', ')} } from './${m}.js';`),
    '',
    doc('Every companion list of this package, each in its newest version (importing this array keeps them all in a bundle).'),
    `export const ALL_REFERENTIELS: readonly (CodeList | MultiSystemValueSet)[] = [`,
    ...latest.map((o) => `  ${o.object},`),
    '];',
    '',
    doc('Earlier versions kept beside the newest, for documents that cite them (`findReferentiel(ref, { version })`).'),
    `export const EARLIER_REFERENTIEL_VERSIONS: readonly (CodeList | MultiSystemValueSet)[] = [`,
    ...earlier.map((o) => `  ${o.object},`),
    '];',
    '',
  ].join('\n');
}

/** Generates every referentiels module from the vendored JSON. */
export function generateReferentiels(): GeneratedFile[] {
  const files: GeneratedFile[] = LIST_SPECS.map((spec) => {
    const d = readJson(spec);
    const content = spec.kind === 'multi-system' ? emitMultiSystem(spec, d) : emitSingleSystem(spec, d);
    return { path: `${OUT_DIR}/${spec.module}.ts`, content };
  });
  files.push({ path: `${OUT_DIR}/index.ts`, content: emitIndex() });
  files.push({ path: `${OUT_DIR}/registry.ts`, content: emitRegistry() });
  return files;
}

export const referentielsGenerator: Generator = { name: 'referentiels', run: generateReferentiels };
