/**
 * What the project already holds: the code systems and value sets of
 * `data/referentiels/` (transcribed snapshot) and of `data/value-sets/` /
 * `data/code-systems/` (written by this importer). Expansions read them, never
 * a network.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from './fhir-resources.js';

/** A concept of a held code system, in the project's data format. */
export interface HeldConcept {
  readonly code: string;
  readonly display: string;
  readonly definition?: string;
  readonly status?: string;
  readonly level?: number;
  readonly parent?: string;
}

/** A held code system. */
export interface HeldCodeSystem {
  readonly url: string;
  readonly version: string;
  /** Path relative to the package root. */
  readonly dataFile: string;
  /** True when the file holds only an extract (a filter cannot be expanded from it). */
  readonly partial: boolean;
  readonly concepts: readonly HeldConcept[];
  readonly byCode: ReadonlyMap<string, HeldConcept>;
}

/** A member of a held value set (used for displays the compose does not give). */
export interface HeldMember {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly dataFile: string;
}

/** A held value set (any version). */
export interface HeldValueSet {
  readonly url: string;
  readonly version: string;
  readonly dataFile: string;
  readonly members: readonly HeldMember[];
}

/** Everything held, indexed. */
export interface HeldTerminology {
  /** The newest held version of each code system, by URL (what expansions read). */
  readonly codeSystems: ReadonlyMap<string, HeldCodeSystem>;
  /** Every held code system version (transcribed and imported). */
  readonly codeSystemVersions: readonly HeldCodeSystem[];
  readonly valueSets: readonly HeldValueSet[];
}

/** Folders of the data files, relative to the package root. */
export const DATA_FOLDERS = { transcribed: 'data/referentiels', valueSets: 'data/value-sets', codeSystems: 'data/code-systems' } as const;

function jsonFiles(packageRoot: string, folder: string): string[] {
  const dir = join(packageRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${folder}/${f}`);
}

/** Reads every held code system and value set under `packageRoot`. */
export function loadHeldTerminology(packageRoot: string): HeldTerminology {
  const codeSystems = new Map<string, HeldCodeSystem>();
  const valueSets: HeldValueSet[] = [];
  const codeSystemVersions: HeldCodeSystem[] = [];
  const files = [...jsonFiles(packageRoot, DATA_FOLDERS.transcribed), ...jsonFiles(packageRoot, DATA_FOLDERS.codeSystems), ...jsonFiles(packageRoot, DATA_FOLDERS.valueSets)];
  for (const dataFile of files) {
    const d = JSON.parse(readFileSync(join(packageRoot, dataFile), 'utf8')) as Json;
    const concepts = (d['concepts'] ?? []) as Json[];
    if (d['resourceType'] === 'ValueSet') {
      valueSets.push({
        url: d['url'] as string,
        version: d['version'] as string,
        dataFile,
        members: concepts.map((c) => ({ system: c['system'] as string, code: c['code'] as string, display: c['display'] as string, dataFile })),
      });
      continue;
    }
    if (d['origin'] === 'serafin-ph') continue;
    const held = concepts.map((c) => c as unknown as HeldConcept);
    const extract = d['extract'] as Json | undefined;
    const cs: HeldCodeSystem = {
      url: d['url'] as string,
      version: d['version'] as string,
      dataFile,
      partial: extract !== undefined && extract['complete'] === false,
      concepts: held,
      byCode: new Map(held.map((c) => [c.code, c])),
    };
    codeSystemVersions.push(cs);
    const previous = codeSystems.get(cs.url);
    // Several versions of one code system: the newest is the one expansions use unless a version is asked for.
    if (previous === undefined || previous.version < cs.version) codeSystems.set(cs.url, cs);
  }
  return { codeSystems, codeSystemVersions, valueSets };
}
