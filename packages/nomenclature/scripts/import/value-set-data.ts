/**
 * The project's data file for one imported ValueSet version: the published
 * metadata byte for byte, the stored expansion, and the provenance of the
 * vendored source.
 */
import { composeSummary, type ValueSetExpansion } from './expand-value-set.js';
import { kebabStem, oidOf, type FhirValueSet, type Json } from './fhir-resources.js';
import { DATA_FOLDERS } from './held-terminology.js';

/** Where a vendored source came from and what it is. */
export interface SourceProvenance {
  /** Path of the vendored copy, relative to the package root. */
  readonly file: string;
  /** SHA-256 of the vendored bytes, hex. */
  readonly sha256: string;
  /** Where the bytes were taken (repository, path, commit, IG version). */
  readonly origin: string;
}

/** Path of the data file of `vs`, relative to the package root. */
export function valueSetDataFile(vs: FhirValueSet): string {
  const id = vs.id ?? vs.url.split('/').pop() ?? vs.url;
  return `${DATA_FOLDERS.valueSets}/${kebabStem(id)}.v${vs.version}.json`;
}

/**
 * Builds the data file. `previous` is the file this one replaces (same path),
 * whose editorial `notes` are kept: every other field is derived from the
 * source, so importing the same source twice writes the same bytes.
 */
export function valueSetData(vs: FhirValueSet, expansion: ValueSetExpansion, provenance: SourceProvenance, previous: Json | undefined): Json {
  const d: Json = {
    name: vs.name ?? vs.id ?? vs.url,
    title: vs.title ?? vs.name ?? vs.id ?? vs.url,
    resourceType: 'ValueSet',
  };
  if (vs.description !== undefined) d['description'] = vs.description;
  d['url'] = vs.url;
  d['oid'] = oidOf(vs);
  d['version'] = vs.version;
  d['date'] = vs.date ?? null;
  d['status'] = vs.status;
  d['compose'] = composeSummary(vs);
  d['expansionTotal'] = expansion.members.length;
  d['source'] = `${provenance.file} (SHA-256 ${provenance.sha256}), imported with pnpm import:terminology; ${provenance.origin}`;
  if (previous !== undefined && typeof previous['notes'] === 'string') d['notes'] = previous['notes'];
  d['provenance'] = { file: provenance.file, sha256: provenance.sha256, origin: provenance.origin };
  d['expansion'] = {
    method: expansion.method,
    usedCodeSystems: expansion.usedCodeSystems,
    ...(expansion.usedValueSets.length > 0 ? { usedValueSets: expansion.usedValueSets } : {}),
  };
  const displaySources: Json = {};
  for (const m of expansion.members) if (m.displaySource !== 'compose') displaySources[`${m.system}|${m.code}`] = m.displaySource;
  if (Object.keys(displaySources).length > 0) d['displaySources'] = displaySources;
  // As in a FHIR expansion: system, code, display (definitions stay in their code system).
  d['concepts'] = expansion.members.map((m) => ({ system: m.system, code: m.code, display: m.display }));
  return d;
}

/** Serialises a data file the way every data file of the project is written. */
export function dataFileText(d: Json): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
