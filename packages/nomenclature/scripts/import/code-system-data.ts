/**
 * The project's data file for one imported CodeSystem version, in the format
 * of the transcribed lists of `data/referentiels/` (flat concepts with
 * `status`, `level`, `parent`, ANS dates and designations), with provenance.
 * Every property is mapped or the import stops: nothing is dropped silently.
 */
import { ImportError, kebabStem, oidOf, type FhirCodeSystem, type FhirConcept, type Json } from './fhir-resources.js';
import { DATA_FOLDERS } from './held-terminology.js';
import type { SourceProvenance } from './value-set-data.js';

/** Concept properties read, by value type. */
const CODE_PROPERTIES = new Set(['status', 'parent']);
const DATE_PROPERTIES = new Set(['dateValid', 'dateMaj', 'dateFin', 'deprecationDate', 'retirementDate']);
/** Derived from `parent` (or nesting), so not stored twice. */
const DERIVED_PROPERTIES = new Set(['child']);

/** Path of the data file of `cs`, relative to the package root. */
export function codeSystemDataFile(cs: FhirCodeSystem): string {
  const id = cs.id ?? cs.url.split('/').pop() ?? cs.url;
  return `${DATA_FOLDERS.codeSystems}/${kebabStem(id)}.v${cs.version}.json`;
}

function conceptsOf(file: string, concepts: readonly FhirConcept[], parent: string | undefined, depth: number, out: Json[]): void {
  for (const c of concepts) {
    if (typeof c.code !== 'string' || typeof c.display !== 'string') throw new ImportError(file, `concept ${JSON.stringify(c.code)} has no code or no display`);
    const o: Json = { code: c.code, display: c.display };
    if (c.definition !== undefined) o['definition'] = c.definition;
    let parentCode = parent;
    let level: number | undefined = parent !== undefined || (c.concept?.length ?? 0) > 0 ? depth : undefined;
    for (const p of c.property ?? []) {
      const key = p.code;
      if (DERIVED_PROPERTIES.has(key)) continue;
      if (CODE_PROPERTIES.has(key) && typeof p['valueCode'] === 'string') {
        if (key === 'parent') parentCode = p['valueCode'] as string;
        else o[key] = p['valueCode'];
      } else if (DATE_PROPERTIES.has(key) && typeof p['valueDateTime'] === 'string') o[key] = p['valueDateTime'];
      else if (key === 'niveau' && (typeof p['valueInteger'] === 'number' || typeof p['valueString'] === 'string' || typeof p['valueCode'] === 'string')) {
        level = Number(p['valueInteger'] ?? p['valueString'] ?? p['valueCode']);
      } else
        throw new ImportError(
          file,
          `concept ${c.code}: property ${JSON.stringify(key)} with value ${JSON.stringify(p)} is not mapped; map it in scripts/import/code-system-data.ts`,
        );
    }
    if (level !== undefined) o['level'] = level;
    if (parentCode !== undefined) o['parent'] = parentCode;
    if (c.designation !== undefined) {
      o['designations'] = c.designation.map((d) => ({
        ...(d.language !== undefined ? { language: d.language } : {}),
        ...(d.use !== undefined ? { use: `${d.use.system ?? ''}|${d.use.code ?? ''} (${d.use.display ?? ''})` } : {}),
        value: d.value,
      }));
    }
    out.push(o);
    if (c.concept !== undefined) conceptsOf(file, c.concept, c.code, depth + 1, out);
  }
}

/** Builds the data file of an imported CodeSystem; `previous` (same path) keeps its editorial `notes`. */
export function codeSystemData(file: string, cs: FhirCodeSystem, provenance: SourceProvenance, previous: Json | undefined): Json {
  if (cs.content !== undefined && cs.content !== 'complete')
    throw new ImportError(file, `content is ${JSON.stringify(cs.content)}: only a complete CodeSystem can be held (filters would be expanded from a part)`);
  const concepts: Json[] = [];
  conceptsOf(file, cs.concept ?? [], undefined, 1, concepts);
  const codes = new Set<string>();
  for (const c of concepts) {
    if (codes.has(c['code'] as string)) throw new ImportError(file, `code ${String(c['code'])} appears twice`);
    codes.add(c['code'] as string);
  }
  for (const c of concepts)
    if (c['parent'] !== undefined && !codes.has(c['parent'] as string))
      throw new ImportError(file, `concept ${String(c['code'])}: parent ${String(c['parent'])} is not a code of the CodeSystem`);
  if (cs.count !== undefined && cs.count !== concepts.length) throw new ImportError(file, `count is ${cs.count} but the resource holds ${concepts.length} concepts`);
  const d: Json = { name: cs.name ?? cs.id ?? cs.url, title: cs.title ?? cs.name ?? cs.url, resourceType: 'CodeSystem' };
  if (cs.description !== undefined) d['description'] = cs.description;
  d['url'] = cs.url;
  d['oid'] = oidOf(cs);
  d['version'] = cs.version;
  d['date'] = cs.date ?? null;
  d['status'] = cs.status;
  if (cs.hierarchyMeaning !== undefined) d['hierarchyMeaning'] = cs.hierarchyMeaning;
  d['declaredCount'] = cs.count ?? null;
  d['source'] = `${provenance.file} (SHA-256 ${provenance.sha256}), imported with pnpm import:terminology; ${provenance.origin}`;
  if (previous !== undefined && typeof previous['notes'] === 'string') d['notes'] = previous['notes'];
  d['provenance'] = { file: provenance.file, sha256: provenance.sha256, origin: provenance.origin };
  d['concepts'] = concepts;
  return d;
}
