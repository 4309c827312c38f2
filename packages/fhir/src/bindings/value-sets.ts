/**
 * The value sets the TDDUI and SDO profiles bind to SERAFIN-PH and MDPH
 * decision elements, with a membership test over the lists the SDK carries.
 *
 * Every value set comes from `@serafin-ph/nomenclature` (J282–J285, J30,
 * J264, J394, J398, J399, J400–J404, J408), which holds them with their
 * provenance, except `tddui-serafin`, whose published compose is defective
 * (see its note). JDV_J399 is the expansion the ANS published (352 TRE_R419
 * codes, 20260601120000), since TRE_R419 itself is not held.
 *
 * A value set held in several versions (JDV_J264: 20260601120000 and
 * 20260730120000) is checked against the version the caller pins
 * (`valueSetVersions`), else the one in force at `referenceDate` (the newest
 * whose date is not after it), else the newest.
 */
import { SERAFIN_SYSTEM, SERAFIN_VALUE_SETS, valueSet, type SerafinValueSetId } from '@serafin-ph/nomenclature';
import {
  CodeList,
  jdvJ264ModePriseEnChargeMdph,
  jdvJ30TemporaliteAccueilRor,
  jdvJ394TypeDemandeCompensationMs,
  jdvJ398TypeDecisionMs,
  jdvJ399MotivationMs,
  jdvJ400NatureDroitPrestationMs,
  jdvJ401CategorieDroitPrestationMs,
  jdvJ402TypeDroitPrestationMs,
  jdvJ403MotifFinPagMs,
  jdvJ404QualificationOrientationMs,
  jdvJ408OrientationMs,
  referentielVersions,
  type AnyReferentiel,
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
  /** Resource version of these members, when the SDK holds the value set itself. */
  readonly version?: string;
  /** Date of that version (`YYYY-MM-DD`). */
  readonly date?: string;
  /** Every version held, oldest first (this one included), when there are several. */
  readonly versions?: readonly BoundValueSet[];
}

/** URL of the TDDUI value set `tddui-serafin` (published as an empty intersection of J283 and J284). */
export const TDDUI_SERAFIN_URL = 'https://interop.esante.gouv.fr/ig/fhir/tddui/ValueSet/tddui-serafin';

function serafinMembers(ids: readonly SerafinValueSetId[]): () => readonly ValueSetMember[] {
  let cached: ValueSetMember[] | undefined;
  return () =>
    (cached ??= ids.flatMap((id) =>
      valueSet(id)
        .expand()
        .map((e) => ({ system: SERAFIN_SYSTEM, code: e.code, display: e.display })),
    ));
}

function listMembers(list: CodeList): () => readonly ValueSetMember[] {
  let cached: ValueSetMember[] | undefined;
  return () => (cached ??= list.concepts.map((c) => ({ system: list.system, code: c.code, display: c.display })));
}

function multiMembers(vs: MultiSystemValueSet): () => readonly ValueSetMember[] {
  let cached: ValueSetMember[] | undefined;
  return () => (cached ??= vs.expand().map((m) => ({ system: canonicalSystem(m.system), code: m.code, display: m.display })));
}

function serafinEntry(id: SerafinValueSetId): BoundValueSet {
  const vs = SERAFIN_VALUE_SETS[id];
  return { url: vs.url, name: vs.name, members: serafinMembers([id]), note: `@serafin-ph/nomenclature, ${vs.name} ${vs.version}`, version: vs.version };
}

function versionEntry(name: string, list: AnyReferentiel): BoundValueSet {
  return {
    url: list.metadata.url,
    name,
    members: list instanceof CodeList ? listMembers(list) : multiMembers(list),
    note: `@serafin-ph/nomenclature, ${name} ${list.metadata.version}${list.metadata.compose !== undefined ? ` (${list.metadata.compose})` : ''}`,
    version: list.metadata.version,
    date: list.metadata.date.slice(0, 10),
  };
}

/** The entry of a list the nomenclature holds, with every version it holds. */
function listEntry(name: string, newest: AnyReferentiel): BoundValueSet {
  const held = referentielVersions(newest.metadata.url);
  const entry = versionEntry(name, newest);
  if (held.length <= 1) return entry;
  const heldNote = `; versions held: ${held.map((l) => l.metadata.version).join(', ')} — checked: the one pinned by valueSetVersions, else the one in force at referenceDate, else the newest`;
  const newestEntry: BoundValueSet = { ...entry, note: entry.note + heldNote };
  const versions = held.map((l) => (l.metadata.version === newest.metadata.version ? newestEntry : { ...versionEntry(name, l), note: versionEntry(name, l).note + heldNote }));
  return { ...newestEntry, versions };
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
    note: 'Published (TDDUI 2.2.0 and 2.4.0) as one include listing J283 and J284, that is their intersection, which is empty (J283 has only 3.x codes, J284 only 2.x). The evident intent, every prestation (J283 ∪ J284), is checked instead.',
  },
  listEntry('JDV_J398', jdvJ398TypeDecisionMs),
  listEntry('JDV_J399', jdvJ399MotivationMs),
  listEntry('JDV_J400', jdvJ400NatureDroitPrestationMs),
  listEntry('JDV_J401', jdvJ401CategorieDroitPrestationMs),
  listEntry('JDV_J402', jdvJ402TypeDroitPrestationMs),
  listEntry('JDV_J403', jdvJ403MotifFinPagMs),
  listEntry('JDV_J404', jdvJ404QualificationOrientationMs),
  listEntry('JDV_J394', jdvJ394TypeDemandeCompensationMs),
  listEntry('JDV_J30', jdvJ30TemporaliteAccueilRor),
  listEntry('JDV_J408', jdvJ408OrientationMs),
  listEntry('JDV_J264', jdvJ264ModePriseEnChargeMdph),
];

const BY_URL: ReadonlyMap<string, BoundValueSet> = new Map(BOUND_VALUE_SETS.map((v) => [v.url, v]));

/** The bound value set of `url` (a `|version` suffix is ignored), or `undefined`. */
export function boundValueSet(url: string): BoundValueSet | undefined {
  const bar = url.indexOf('|');
  return BY_URL.get(bar === -1 ? url : url.slice(0, bar));
}

/** How a caller chooses among the versions held of a value set. */
export interface VersionChoice {
  /** Version to use, by value-set name (`JDV_J264`) or canonical URL. */
  readonly valueSetVersions?: Readonly<Record<string, string>>;
  /** Date (`YYYY-MM-DD`) whose version in force is used when none is pinned. */
  readonly referenceDate?: string;
}

/**
 * The version of `vs` to check against: the pinned one (`undefined` when the
 * SDK does not hold it: never another in its place), else the newest whose
 * date is not after `referenceDate` (the oldest held when all are later),
 * else the newest. A `|version` in the binding's canonical pins it too.
 */
export function chooseVersion(vs: BoundValueSet, choice: VersionChoice, bindingUrl?: string): BoundValueSet | undefined {
  const all = vs.versions ?? [vs];
  const bar = bindingUrl?.indexOf('|') ?? -1;
  const pinned = choice.valueSetVersions?.[vs.name] ?? choice.valueSetVersions?.[vs.url] ?? (bar >= 0 ? bindingUrl!.slice(bar + 1) : undefined);
  if (pinned !== undefined) return all.find((v) => v.version === pinned);
  if (choice.referenceDate !== undefined && all.length > 1) {
    const inForce = all.filter((v) => v.date !== undefined && v.date <= choice.referenceDate!);
    return inForce[inForce.length - 1] ?? all[0];
  }
  return vs;
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
