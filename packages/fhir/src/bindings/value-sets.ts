/**
 * The value sets the TDDUI and SDO profiles bind to SERAFIN-PH and MDPH
 * decision elements, with a membership test over the lists the SDK carries.
 *
 * Each entry cites its published compose (see `docs/reference/regles-fhir.md`
 * and the vendored `BINDINGS.md`). Where the nomenclature package carries the
 * value set itself (J282–J285, J401, J402, J408, J264), it is used; the other
 * decision value sets are defined here by their published compose over the
 * code system the nomenclature carries, until the nomenclature carries them.
 */
import { SERAFIN_SYSTEM, SERAFIN_VALUE_SETS, valueSet, type SerafinValueSetId } from '@serafin-ph/nomenclature';
import {
  jdvJ264ModePriseEnChargeMdph,
  jdvJ401CategorieDroitPrestationMs,
  jdvJ402TypeDroitPrestationMs,
  jdvJ408OrientationMs,
  treR240TemporaliteAccueil,
  treR327TypeDecision,
  treR417TypeDemandeCompensation,
  treR421MotifFinPag,
  treR422QualificationOrientation,
  type CodeList,
  type MultiSystemValueSet,
} from '@serafin-ph/nomenclature/referentiels';
import { canonicalSystem } from '../rules/code-rules.js';

/** One member of a value set. */
export interface ValueSetMember {
  /** Code system (canonical URL). */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** Display of the member. */
  readonly display: string;
}

/** A value set a profile binds to, as the checker reads it. */
export interface BoundValueSet {
  /** Canonical URL, as written in the profile's binding. */
  readonly url: string;
  /** Short name (`JDV_J285`, `tddui-serafin`). */
  readonly name: string;
  /** Members, in published order; `undefined` when the SDK does not carry the value set. */
  readonly members: (() => readonly ValueSetMember[]) | undefined;
  /** How the members are obtained, and any defect of the published definition. */
  readonly note: string;
}

/** URL of the TDDUI value set `tddui-serafin` (published as an empty intersection of J283 and J284). */
export const TDDUI_SERAFIN_URL = 'https://interop.esante.gouv.fr/ig/fhir/tddui/ValueSet/tddui-serafin';

function serafinMembers(ids: readonly SerafinValueSetId[]): () => readonly ValueSetMember[] {
  let cached: ValueSetMember[] | undefined;
  return () => (cached ??= ids.flatMap((id) => valueSet(id).expand().map((e) => ({ system: SERAFIN_SYSTEM, code: e.code, display: e.display }))));
}

function listMembers(list: CodeList, keep: (concept: CodeList['concepts'][number]) => boolean): () => readonly ValueSetMember[] {
  let cached: ValueSetMember[] | undefined;
  return () => (cached ??= list.concepts.filter(keep).map((c) => ({ system: list.system, code: c.code, display: c.display })));
}

function multiMembers(vs: MultiSystemValueSet): () => readonly ValueSetMember[] {
  let cached: ValueSetMember[] | undefined;
  return () => (cached ??= vs.expand().map((m) => ({ system: canonicalSystem(m.system), code: m.code, display: m.display })));
}

const active = (c: { readonly status?: string }): boolean => c.status !== 'deprecated';
const codes = (...list: string[]) => (c: { readonly code: string }): boolean => list.includes(c.code);

function serafinEntry(id: SerafinValueSetId): BoundValueSet {
  return { url: SERAFIN_VALUE_SETS[id].url, name: SERAFIN_VALUE_SETS[id].name, members: serafinMembers([id]), note: `@serafin-ph/nomenclature, ${SERAFIN_VALUE_SETS[id].name} ${SERAFIN_VALUE_SETS[id].version}` };
}

function singleEntry(url: string, name: string, list: CodeList): BoundValueSet {
  return { url, name, members: listMembers(list, () => true), note: `@serafin-ph/nomenclature, ${name} ${list.metadata.version}` };
}

/** Every value set bound by the TDDUI / SDO profiles the checker knows, by URL. */
export const BOUND_VALUE_SETS: readonly BoundValueSet[] = [
  serafinEntry('J282'),
  serafinEntry('J283'),
  serafinEntry('J284'),
  serafinEntry('J285'),
  {
    url: TDDUI_SERAFIN_URL,
    name: 'tddui-serafin',
    members: serafinMembers(['J283', 'J284']),
    note:
      'Published (TDDUI 2.2.0 and 2.4.0) as one include listing J283 and J284, that is their intersection, which is empty (J283 has only 3.x codes, J284 only 2.x). The evident intent, every prestation (J283 ∪ J284), is checked instead.',
  },
  {
    url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j398-type-decision-ms',
    name: 'JDV_J398',
    members: listMembers(treR327TypeDecision, codes('1', '5')),
    note: 'Compose 20260505120000: TRE_R327 codes 1 (Attribution) and 5 (Clôture de droit).',
  },
  { url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j399-motivation-ms', name: 'JDV_J399', members: undefined, note: 'Compose: tre-r419-motivation (status active); TRE_R419 is not carried by the SDK.' },
  {
    url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j400-nature-droit-prestation-ms',
    name: 'JDV_J400',
    members: listMembers(treR327TypeDecision, codes('1', '6', '7')),
    note: 'Compose 20260505120000: TRE_R327 codes 1 (Attribution), 6 (Renouvellement), 7 (Révision).',
  },
  singleEntry(jdvJ401CategorieDroitPrestationMs.metadata.url, 'JDV_J401', jdvJ401CategorieDroitPrestationMs),
  singleEntry(jdvJ402TypeDroitPrestationMs.metadata.url, 'JDV_J402', jdvJ402TypeDroitPrestationMs),
  {
    url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j403-motif-fin-pag-ms',
    name: 'JDV_J403',
    members: listMembers(treR421MotifFinPag, active),
    note: 'Compose 20260505120000: tre-r421-motif-fin-pag, filter status = active.',
  },
  {
    url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j404-qualification-orientation-ms',
    name: 'JDV_J404',
    members: listMembers(treR422QualificationOrientation, active),
    note: 'Compose 20260505120000: tre-r422-qualification-orientation, filter status = active.',
  },
  {
    url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j394-type-demande-compensation-ms',
    name: 'JDV_J394',
    members: listMembers(treR417TypeDemandeCompensation, active),
    note: 'Compose 20260505120000: tre-r417-type-demande-compensation, filter status = active.',
  },
  {
    url: 'https://mos.esante.gouv.fr/NOS/JDV_J30-TemporaliteAccueil-ROR/FHIR/JDV-J30-TemporaliteAccueil-ROR',
    name: 'JDV_J30',
    members: listMembers(treR240TemporaliteAccueil, codes('01', '02')),
    note: 'Compose 20200424120000: TRE_R240 codes 01 (Temporaire) and 02 (Permanent).',
  },
  { url: jdvJ408OrientationMs.metadata.url, name: 'JDV_J408', members: multiMembers(jdvJ408OrientationMs), note: `@serafin-ph/nomenclature, JDV_J408 ${jdvJ408OrientationMs.metadata.version}` },
  { url: jdvJ264ModePriseEnChargeMdph.metadata.url, name: 'JDV_J264', members: multiMembers(jdvJ264ModePriseEnChargeMdph), note: `@serafin-ph/nomenclature, JDV_J264 ${jdvJ264ModePriseEnChargeMdph.metadata.version}` },
];

const BY_URL: ReadonlyMap<string, BoundValueSet> = new Map(BOUND_VALUE_SETS.map((v) => [v.url, v]));

/** The bound value set of `url` (a `|version` suffix is ignored), or `undefined`. */
export function boundValueSet(url: string): BoundValueSet | undefined {
  const bar = url.indexOf('|');
  return BY_URL.get(bar === -1 ? url : url.slice(0, bar));
}

const tokenCache = new WeakMap<BoundValueSet, ReadonlySet<string>>();

/** True when `system` (either ANS URL style) + `code` is a member; `undefined` when the value set is not carried. */
export function contains(vs: BoundValueSet, system: string, code: string): boolean | undefined {
  if (vs.members === undefined) return undefined;
  let tokens = tokenCache.get(vs);
  if (tokens === undefined) {
    tokens = new Set(vs.members().map((m) => `${m.system}|${m.code}`));
    tokenCache.set(vs, tokens);
  }
  return tokens.has(`${canonicalSystem(system)}|${code}`);
}
