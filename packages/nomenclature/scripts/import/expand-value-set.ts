/**
 * Expands a ValueSet compose from the terminology the project holds: concept
 * lists, filters on `niveau` and `status`, `valueSet` imports and excludes.
 * Nothing is guessed: a code system that is not held, a partial extract, an
 * unknown filter or a code missing from its code system stops the import.
 */
import type { FhirContains, FhirInclude, FhirValueSet } from './fhir-resources.js';
import { ImportError } from './fhir-resources.js';
import type { HeldCodeSystem, HeldConcept, HeldTerminology } from './held-terminology.js';

/** One member of an expansion, with where its display was read. */
export interface ExpandedMember {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly definition?: string;
  /** `compose`, `expansion`, or the data file the display was read in. */
  readonly displaySource: string;
}

/** A code system version an expansion read. */
export interface UsedCodeSystem {
  readonly system: string;
  readonly version: string;
  readonly dataFile: string;
}

/** The expansion and what it rests on. */
export interface ValueSetExpansion {
  readonly method: 'compose' | 'expansion';
  readonly members: readonly ExpandedMember[];
  readonly usedCodeSystems: readonly UsedCodeSystem[];
  readonly usedValueSets: readonly string[];
  /** Compose displays that differ from the code system's display (byte-level). */
  readonly displayWarnings: readonly string[];
}

const token = (system: string, code: string): string => `${system}|${code}`;

function heldSystem(file: string, held: HeldTerminology, inc: FhirInclude): HeldCodeSystem | undefined {
  if (inc.system === undefined) return undefined;
  const cs = held.codeSystems.get(inc.system);
  if (cs !== undefined && inc.version !== undefined && inc.version !== cs.version) {
    throw new ImportError(file, `include pins ${inc.system} version ${inc.version}, the project holds version ${cs.version} (${cs.dataFile}); import that version first`);
  }
  return cs;
}

function matchesFilter(file: string, cs: HeldCodeSystem, c: HeldConcept, property: string, op: string, value: string): boolean {
  if (op !== '=') throw new ImportError(file, `filter op ${JSON.stringify(op)} on ${property} is not supported (only "=")`);
  if (property === 'niveau') {
    if (c.level === undefined) throw new ImportError(file, `filter niveau = ${value}: ${cs.dataFile} has no level for code ${c.code}`);
    return String(c.level) === value;
  }
  if (property === 'status') {
    if (c.status === undefined) throw new ImportError(file, `filter status = ${value}: ${cs.dataFile} has no status for code ${c.code}`);
    return c.status === value;
  }
  throw new ImportError(file, `filter on property ${JSON.stringify(property)} is not supported (niveau, status)`);
}

function displayElsewhere(held: HeldTerminology, system: string, code: string, self: string): { display: string; source: string } | undefined {
  for (const vs of held.valueSets) {
    if (vs.dataFile === self) continue;
    const m = vs.members.find((x) => x.system === system && x.code === code);
    if (m !== undefined && typeof m.display === 'string') return { display: m.display, source: m.dataFile };
  }
  return undefined;
}

function includeMembers(
  file: string,
  self: string,
  held: HeldTerminology,
  inc: FhirInclude,
  used: Map<string, UsedCodeSystem>,
  usedValueSets: Set<string>,
  warnings: string[],
): ExpandedMember[] {
  let fromSystem: ExpandedMember[] | undefined;
  if (inc.system !== undefined) {
    const system = inc.system;
    const cs = heldSystem(file, held, inc);
    if (cs !== undefined) used.set(system, { system, version: cs.version, dataFile: cs.dataFile });
    const member = (c: HeldConcept, display: string, displaySource: string): ExpandedMember => ({
      system,
      code: c.code,
      display,
      ...(c.definition !== undefined ? { definition: c.definition } : {}),
      displaySource,
    });
    if (inc.concept !== undefined) {
      if (inc.filter !== undefined) throw new ImportError(file, `an include of ${system} has both concept and filter`);
      fromSystem = inc.concept.map((ref) => {
        const c = cs?.byCode.get(ref.code);
        if (cs !== undefined && c === undefined && !cs.partial) throw new ImportError(file, `code ${ref.code} is not in ${system} version ${cs.version} (${cs.dataFile})`);
        if (ref.display !== undefined) {
          if (c !== undefined && c.display !== ref.display)
            warnings.push(
              `${token(system, ref.code)}: compose display ${JSON.stringify(ref.display)} ≠ code system display ${JSON.stringify(c.display)} (${cs?.dataFile ?? ''}); the compose display is kept`,
            );
          return c !== undefined ? member(c, ref.display, 'compose') : { system, code: ref.code, display: ref.display, displaySource: 'compose' };
        }
        if (c !== undefined) return member(c, c.display, cs?.dataFile ?? '');
        const other = displayElsewhere(held, system, ref.code, self);
        if (other === undefined)
          throw new ImportError(file, `no display for ${token(system, ref.code)}: the compose gives none and the project holds neither ${system} nor a value set with this code`);
        return { system, code: ref.code, display: other.display, displaySource: other.source };
      });
    } else {
      if (cs === undefined)
        throw new ImportError(
          file,
          `cannot expand ${inc.filter !== undefined ? 'a filter on' : 'all of'} ${system}: the project does not hold this code system; import its CodeSystem first`,
        );
      if (cs.partial) throw new ImportError(file, `cannot expand ${system} from ${cs.dataFile}: the project holds only an extract`);
      fromSystem = cs.concepts.filter((c) => (inc.filter ?? []).every((f) => matchesFilter(file, cs, c, f.property, f.op, f.value))).map((c) => member(c, c.display, cs.dataFile));
    }
  }
  if (inc.valueSet === undefined) return fromSystem ?? [];
  let result = fromSystem;
  for (const ref of inc.valueSet) {
    const [url, version] = ref.split('|');
    const candidates = held.valueSets.filter((v) => v.url === url && (version === undefined || v.version === version));
    const chosen = candidates.sort((a, b) => (a.version < b.version ? 1 : -1))[0];
    if (chosen === undefined) throw new ImportError(file, `imports value set ${ref}, which the project does not hold; import it first`);
    usedValueSets.add(`${chosen.url}|${chosen.version}`);
    const imported = chosen.members.map((m) => ({ system: m.system, code: m.code, display: m.display, displaySource: m.dataFile }));
    // Within one include, every criterion must hold: value sets are intersected with each other and with the system part.
    result = result === undefined ? imported : result.filter((m) => imported.some((x) => x.system === m.system && x.code === m.code));
  }
  return result ?? [];
}

function flatten(contains: readonly FhirContains[] | undefined, out: FhirContains[] = []): FhirContains[] {
  for (const c of contains ?? []) {
    if (c.code !== undefined) out.push(c);
    flatten(c.contains, out);
  }
  return out;
}

/**
 * The expansion of `vs`: from its compose, checked against its published
 * expansion when it has one, or its published expansion alone.
 * `selfDataFile` (the file about to be written) is never read for displays.
 */
export function expandValueSet(file: string, vs: FhirValueSet, held: HeldTerminology, selfDataFile = ''): ValueSetExpansion {
  const used = new Map<string, UsedCodeSystem>();
  const usedValueSets = new Set<string>();
  const warnings: string[] = [];
  const published = vs.expansion?.contains !== undefined ? flatten(vs.expansion.contains) : undefined;
  if (vs.compose === undefined) {
    if (published === undefined) throw new ImportError(file, 'neither compose nor expansion.contains');
    const members = published.map((c) => {
      if (c.system === undefined || c.code === undefined || c.display === undefined)
        throw new ImportError(file, `expansion member ${JSON.stringify(c)} lacks system, code or display`);
      return { system: c.system, code: c.code, display: c.display, displaySource: 'expansion' };
    });
    return { method: 'expansion', members, usedCodeSystems: [], usedValueSets: [], displayWarnings: [] };
  }
  const members: ExpandedMember[] = [];
  const seen = new Set<string>();
  for (const inc of vs.compose.include) {
    for (const m of includeMembers(file, selfDataFile, held, inc, used, usedValueSets, warnings)) {
      const t = token(m.system, m.code);
      if (!seen.has(t)) {
        seen.add(t);
        members.push(m);
      }
    }
  }
  const excluded = new Set<string>();
  for (const exc of vs.compose.exclude ?? []) for (const m of includeMembers(file, selfDataFile, held, exc, used, usedValueSets, warnings)) excluded.add(token(m.system, m.code));
  const kept = members.filter((m) => !excluded.has(token(m.system, m.code)));
  if (published !== undefined) {
    const a = kept.map((m) => token(m.system, m.code)).sort();
    const b = published.map((c) => token(c.system ?? '', c.code ?? '')).sort();
    if (a.join('\n') !== b.join('\n'))
      throw new ImportError(file, `the published expansion (${b.length} codes) differs from the compose expanded from the held code systems (${a.length} codes)`);
  }
  return { method: 'compose', members: kept, usedCodeSystems: [...used.values()], usedValueSets: [...usedValueSets].sort(), displayWarnings: warnings };
}

/** One line per include/exclude, readable in a review. */
export function composeSummary(vs: FhirValueSet): string {
  const part = (verb: string, inc: FhirInclude): string => {
    const bits: string[] = [];
    if (inc.system !== undefined) bits.push(inc.version !== undefined ? `${inc.system}|${inc.version}` : inc.system);
    if (inc.concept !== undefined) bits.push(`codes ${inc.concept.map((c) => c.code).join(', ')}`);
    if (inc.filter !== undefined) bits.push(`where ${inc.filter.map((f) => `${f.property} ${f.op} ${f.value}`).join(' and ')}`);
    if (inc.valueSet !== undefined) bits.push(`${inc.system !== undefined ? 'and in' : 'in'} ${inc.valueSet.join(' and ')}`);
    return `${verb} ${bits.join(' ')}`;
  };
  if (vs.compose === undefined) return 'expansion only (no compose published)';
  return [...vs.compose.include.map((i) => part('include', i)), ...(vs.compose.exclude ?? []).map((e) => part('exclude', e))].join('; ');
}
