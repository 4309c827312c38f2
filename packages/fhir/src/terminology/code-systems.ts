/**
 * The code systems the offline terminology operations answer for, behind one
 * small interface: SERAFIN-PH (ANS 2023), the CNSA 2018 and ROR TRE_R265
 * numberings, and every companion code system of the nomenclature.
 */
import { SERAFIN_SYSTEM, SERAFIN_VERSION, children, lookup, numberingCodes, numberingConcept, subsumes, type SubsumptionOutcome } from '@serafin-ph/nomenclature';
import { NUMBERING_SYSTEMS } from '@serafin-ph/nomenclature/fhir';
import { ALL_REFERENTIELS, CodeList, HierarchicalCodeList } from '@serafin-ph/nomenclature/referentiels';
import { canonicalSystem } from '../rules/code-rules.js';

/** A concept as the operations return it. */
export interface TerminologyConcept {
  /** The code. */
  readonly code: string;
  /** Official display, byte-exact. */
  readonly display: string;
  /** `true` when the concept is deprecated (or retired). */
  readonly inactive: boolean;
  /** Parent code, when the system is hierarchical. */
  readonly parent?: string;
  /** Child codes, when the system is hierarchical. */
  readonly children?: readonly string[];
  /** Alternative labels. */
  readonly designations?: readonly string[];
  /** Definition, when the list publishes one. */
  readonly definition?: string;
  /** For a deprecated SERAFIN-PH duplicate: the active code to use. */
  readonly replacedBy?: string;
}

/** A code system the operations know. */
export interface TerminologyCodeSystem {
  /** Canonical URL. */
  readonly url: string;
  /** Name of the code system. */
  readonly name: string;
  /** Version the SDK carries, when known. */
  readonly version?: string;
  /** The concept of `code`, or `undefined`. */
  readonly lookup: (code: string) => TerminologyConcept | undefined;
  /** Every code, in published order. */
  readonly codes: () => readonly string[];
  /** FHIR `$subsumes` outcome of two known codes. */
  readonly subsumes: (a: string, b: string) => SubsumptionOutcome;
}

function flatSubsumes(a: string, b: string): SubsumptionOutcome {
  return a === b ? 'equivalent' : 'not-subsumed';
}

const serafin: TerminologyCodeSystem = {
  url: SERAFIN_SYSTEM,
  name: 'SERAFIN-PH',
  version: SERAFIN_VERSION,
  lookup: (code) => {
    const c = lookup(code);
    if (c === undefined) return undefined;
    return {
      code: c.code,
      display: c.display,
      inactive: c.status === 'deprecated',
      ...(c.parent === null ? {} : { parent: c.parent }),
      children: children(c.code),
      ...(c.replacedBy === undefined ? {} : { replacedBy: c.replacedBy }),
    };
  },
  codes: () => numberingCodes('ans-2023'),
  subsumes,
};

function numbering(id: 'cnsa-2018' | 'ror-r265'): TerminologyCodeSystem {
  const system = NUMBERING_SYSTEMS[id];
  return {
    url: system.url,
    name: system.title,
    ...(system.version === undefined ? {} : { version: system.version }),
    lookup: (code) => {
      const c = numberingConcept(code, id);
      if (c === undefined) return undefined;
      return { code: c.code, display: c.display ?? '', inactive: c.status === 'retired' };
    },
    codes: () => numberingCodes(id),
    subsumes: flatSubsumes,
  };
}

function fromList(list: CodeList): TerminologyCodeSystem {
  const hierarchical = list instanceof HierarchicalCodeList ? list : undefined;
  return {
    url: list.system,
    name: list.metadata.id,
    version: list.metadata.version,
    lookup: (code) => {
      const c = list.lookup(code);
      if (c === undefined) return undefined;
      return {
        code: c.code,
        display: c.display,
        inactive: c.status === 'deprecated',
        ...(c.parent === undefined ? {} : { parent: c.parent }),
        ...(hierarchical === undefined ? {} : { children: hierarchical.children(c.code) }),
        ...(c.designations === undefined ? {} : { designations: c.designations.map((d) => d.value) }),
        ...(c.definition === undefined ? {} : { definition: c.definition }),
      };
    },
    codes: () => list.codes,
    subsumes: hierarchical === undefined ? flatSubsumes : (a, b) => hierarchical.subsumes(a, b),
  };
}

let systems: ReadonlyMap<string, TerminologyCodeSystem> | undefined;

function all(): ReadonlyMap<string, TerminologyCodeSystem> {
  if (systems === undefined) {
    const map = new Map<string, TerminologyCodeSystem>();
    for (const s of [serafin, numbering('cnsa-2018'), numbering('ror-r265')]) map.set(s.url, s);
    for (const list of ALL_REFERENTIELS) {
      if (list instanceof CodeList && list.metadata.resourceType === 'CodeSystem' && !map.has(list.system)) map.set(list.system, fromList(list));
    }
    systems = map;
  }
  return systems;
}

/** The code system of `url` (either ANS URL style, or its OID), or `undefined`. */
export function terminologyCodeSystem(url: string): TerminologyCodeSystem | undefined {
  const bar = url.indexOf('|');
  const bare = bar === -1 ? url : url.slice(0, bar);
  return all().get(bare) ?? all().get(canonicalSystem(bare));
}

/** Every code system the operations know. */
export function terminologyCodeSystems(): readonly TerminologyCodeSystem[] {
  return [...all().values()];
}
