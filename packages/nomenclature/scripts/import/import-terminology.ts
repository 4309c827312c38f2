/**
 * `pnpm import:terminology <files…>`: vendors ANS FHIR R4 publications into
 * `data/sources/ans/`, writes the project's data files with their provenance,
 * and returns the review diff. Deterministic: importing the same files again
 * writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { expandValueSet } from './expand-value-set.js';
import { ImportError, kebabStem, oidOf, parseTerminologyResource, type FhirTerminologyResource, type Json } from './fhir-resources.js';
import { DATA_FOLDERS, loadHeldTerminology } from './held-terminology.js';
import { diffLists, type ListDiff } from './review-diff.js';
import { codeSystemData, codeSystemDataFile } from './code-system-data.js';
import { dataFileText, valueSetData, valueSetDataFile } from './value-set-data.js';

/** Folder of the vendored publications, relative to the package root. */
export const SOURCES_DIR = 'data/sources/ans';
/** Manifest of the vendored publications (url, version, date, OID, file, checksum, origin). */
export const SOURCES_MANIFEST = `${SOURCES_DIR}/SOURCES.json`;

/** One entry of the manifest. */
export interface SourceEntry {
  readonly file: string;
  readonly sha256: string;
  readonly resourceType: 'CodeSystem' | 'ValueSet';
  readonly url: string;
  readonly version: string;
  readonly date: string | null;
  readonly oid: string | null;
  readonly origin: string;
  readonly dataFile: string;
}

/** What to import. */
export interface ImportOptions {
  /** Root of `@serafin-ph/nomenclature`. */
  readonly packageRoot: string;
  /** Paths of the publications (absolute, or relative to `cwd`). */
  readonly files: readonly string[];
  readonly cwd?: string;
  /** Where the files were taken; required for a file not yet in the manifest. */
  readonly origin?: string;
}

/** What an import did. */
export interface ImportResult {
  readonly diffs: readonly ListDiff[];
  /** Package-relative paths written with new content. */
  readonly changedFiles: readonly string[];
  /** Compose displays that differ from their code system (kept as published). */
  readonly warnings: readonly string[];
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function readManifest(packageRoot: string): SourceEntry[] {
  const p = join(packageRoot, SOURCES_MANIFEST);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as SourceEntry[]) : [];
}

/** Vendored file name: the resource type, id and version, so that versions sit side by side. */
export function vendoredName(r: FhirTerminologyResource): string {
  return `${r.resourceType}-${r.id ?? kebabStem(r.url.split('/').pop() ?? 'resource')}_v${r.version}.json`;
}

function writeIfChanged(packageRoot: string, rel: string, content: string | Buffer, changed: string[]): void {
  const abs = join(packageRoot, rel);
  if (existsSync(abs) && Buffer.compare(readFileSync(abs), Buffer.from(content)) === 0) return;
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  changed.push(rel);
}

function readJsonIfExists(packageRoot: string, rel: string): Json | undefined {
  const abs = join(packageRoot, rel);
  return existsSync(abs) ? (JSON.parse(readFileSync(abs, 'utf8')) as Json) : undefined;
}

/** Imports the files (CodeSystems first, so that value sets expand from them). */
export function importTerminology(options: ImportOptions): ImportResult {
  const { packageRoot } = options;
  const cwd = options.cwd ?? process.cwd();
  const inputs = options.files.map((f) => {
    const abs = resolve(cwd, f);
    if (!existsSync(abs)) throw new ImportError(f, 'no such file');
    const bytes = readFileSync(abs);
    return { abs, bytes, resource: parseTerminologyResource(f, bytes.toString('utf8')) };
  });
  inputs.sort((a, b) => (a.resource.resourceType === b.resource.resourceType ? 0 : a.resource.resourceType === 'CodeSystem' ? -1 : 1));
  const manifest = readManifest(packageRoot);
  const changed: string[] = [];
  const diffs: ListDiff[] = [];
  const warnings: string[] = [];
  for (const input of inputs) {
    const r = input.resource;
    const vendored = `${SOURCES_DIR}/${vendoredName(r)}`;
    const vendoredAbs = join(packageRoot, vendored);
    if (existsSync(vendoredAbs) && resolve(vendoredAbs) !== input.abs && Buffer.compare(readFileSync(vendoredAbs), input.bytes) !== 0) {
      throw new ImportError(
        input.abs,
        `${r.url}|${r.version} is already vendored as ${vendored} with other bytes: the publisher changed a resource without changing its version; compare the two files by hand`,
      );
    }
    const entryBefore = manifest.find((e) => e.file === vendored);
    const givenOrigin = entryBefore?.origin ?? options.origin;
    const origin = givenOrigin ?? '';
    const held = loadHeldTerminology(packageRoot);
    const file = relative(cwd, input.abs) || basename(input.abs);
    const provenance = { file: vendored, sha256: sha256(input.bytes), origin };
    let dataFile: string;
    let data: Json;
    let previous: Json | undefined;
    if (r.resourceType === 'ValueSet') {
      dataFile = valueSetDataFile(r);
      const expansion = expandValueSet(file, r, held, dataFile);
      warnings.push(...expansion.displayWarnings);
      previous = readJsonIfExists(packageRoot, dataFile);
      data = valueSetData(r, expansion, provenance, previous);
    } else {
      dataFile = codeSystemDataFile(r);
      previous = readJsonIfExists(packageRoot, dataFile);
      data = codeSystemData(file, r, provenance, previous);
    }
    const heldVersions: readonly { url: string; version: string; dataFile: string }[] = r.resourceType === 'ValueSet' ? held.valueSets : held.codeSystemVersions;
    const vs = r;
    // Baseline: the same file, or else the held version of this list nearest to the new one (newest first).
    const others = heldVersions.filter((v) => v.url === vs.url && v.dataFile !== dataFile).sort((a, b) => (a.version < b.version ? 1 : -1));
    const newestOther = others[0];
    const sameVersion = others.find((o) => o.version === vs.version);
    const baselineFile = previous !== undefined ? dataFile : (sameVersion ?? newestOther)?.dataFile;
    const baseline = baselineFile === undefined ? undefined : (previous ?? readJsonIfExists(packageRoot, baselineFile));
    const olderThanHeld = newestOther !== undefined && newestOther.version > vs.version && previous === undefined && sameVersion === undefined;
    const meta = {
      dataFile,
      version: vs.version,
      baseline:
        previous !== undefined
          ? ({ kind: 'same-file', dataFile } as const)
          : baselineFile !== undefined
            ? ({ kind: sameVersion !== undefined ? 'same-file' : 'other-version', dataFile: baselineFile, version: String(baseline?.['version']) } as const)
            : ({ kind: 'none' } as const),
      olderThanHeld,
    };
    // Changes always read from the older version to the newer one.
    diffs.push(olderThanHeld && baseline !== undefined ? diffLists(baseline, data, meta) : diffLists(data, baseline, meta));
    // Checked after the expansion, so that a file that cannot be imported says why first.
    if (givenOrigin === undefined) throw new ImportError(input.abs, 'say where this file comes from with --origin "<repository, path, commit>"');
    // Written only once the resource was read and expanded: a refused file leaves nothing behind.
    writeIfChanged(packageRoot, vendored, input.bytes, changed);
    writeIfChanged(packageRoot, dataFile, dataFileText(data), changed);
    const entry: SourceEntry = {
      file: vendored,
      sha256: sha256(input.bytes),
      resourceType: r.resourceType,
      url: r.url,
      version: r.version,
      date: r.date ?? null,
      oid: oidOf(r),
      origin,
      dataFile,
    };
    const i = manifest.findIndex((e) => e.file === vendored);
    if (i >= 0) manifest[i] = entry;
    else manifest.push(entry);
  }
  manifest.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeIfChanged(packageRoot, SOURCES_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`, changed);
  return { diffs, changedFiles: changed, warnings };
}

export { DATA_FOLDERS };
