/**
 * Shared state of one conversion, in each direction: the entries written so
 * far (to FHIR), the entries read and the report (from FHIR).
 */
import type { BundleEntry, Extension, Resource } from '@medplum/fhirtypes';
import type { FullUrlGenerator } from './ids.js';
import { decodeObject, encodeObject } from './object-extension.js';
import type { PagExtensionDefinition } from './extensions.js';
import type { NotMappedCollector } from './report.js';

/** Writing side. */
export class WriteContext {
  readonly entries: BundleEntry[] = [];
  constructor(
    readonly next: FullUrlGenerator,
    readonly departement: string,
  ) {}

  /** Adds a resource under a new (or given) full URL and returns that URL. */
  add(resource: Resource, fullUrl: string = this.next()): string {
    this.entries.push({ fullUrl, resource });
    return fullUrl;
  }
}

/** The project extension carrying `object`, or `undefined` when it would be empty. */
export function objectExtension(def: PagExtensionDefinition, object: Record<string, unknown> | undefined): Extension | undefined {
  if (object === undefined) return undefined;
  const extension = encodeObject(object, def.spec);
  return extension.length === 0 ? undefined : { url: def.url, extension };
}

/** One entry of the bundle being read. */
export interface ReadEntry {
  readonly index: number;
  readonly fullUrl: string | undefined;
  readonly resource: Record<string, unknown>;
}

/** Reading side. */
export class ReadContext {
  readonly byUrl = new Map<string, ReadEntry>();
  readonly consumed = new Set<number>();
  constructor(
    readonly entries: readonly ReadEntry[],
    readonly report: NotMappedCollector,
  ) {
    for (const e of entries) if (e.fullUrl !== undefined && !this.byUrl.has(e.fullUrl)) this.byUrl.set(e.fullUrl, e);
  }

  /** FHIRPath-like location of an entry's resource. */
  where(entry: ReadEntry): string {
    return `Bundle.entry[${entry.index}].resource`;
  }

  /** Resolves a reference (`urn:uuid:…`, or a full URL / `Type/id` matching an entry) and marks the entry read. */
  resolve(reference: unknown, where: string, type?: string): ReadEntry | undefined {
    const ref = typeof reference === 'object' && reference !== null ? (reference as { reference?: unknown }).reference : undefined;
    if (typeof ref !== 'string') return undefined;
    let entry = this.byUrl.get(ref);
    if (entry === undefined) {
      entry = this.entries.find(
        (e) => e.fullUrl !== undefined && (e.fullUrl.endsWith(`/${ref}`) || `${e.resource['resourceType'] as string}/${e.resource['id'] as string}` === ref),
      );
    }
    if (entry === undefined || (type !== undefined && entry.resource['resourceType'] !== type)) {
      this.report.add(
        where,
        'unresolved-reference',
        `Référence sans entrée correspondante${type ? ` (${type} attendu)` : ''}.`,
        `Reference to no entry of the bundle${type ? ` (${type} expected)` : ''}.`,
      );
      return undefined;
    }
    this.consumed.add(entry.index);
    return entry;
  }

  /** Entries of `type` whose `field` references `target`, in bundle order (marked read). */
  referencing(type: string, field: string, target: string): ReadEntry[] {
    const out: ReadEntry[] = [];
    for (const e of this.entries) {
      if (e.resource['resourceType'] !== type) continue;
      const v = e.resource[field];
      const refs = (Array.isArray(v) ? v : [v]).map((r) => (typeof r === 'object' && r !== null ? (r as { reference?: unknown }).reference : undefined));
      if (refs.includes(target)) {
        out.push(e);
        this.consumed.add(e.index);
      }
    }
    return out;
  }

  /**
   * Reports the elements of a read resource outside `known`, and its
   * extensions whose url is not in `knownExtensions`; returns the known
   * extensions by url.
   */
  checkResource(resource: Record<string, unknown>, where: string, known: readonly string[], knownExtensions: readonly string[] = []): Map<string, Record<string, unknown>> {
    const found = new Map<string, Record<string, unknown>>();
    for (const key of Object.keys(resource)) {
      if (key === 'resourceType' || key === 'id' || key === 'meta' || key === 'extension' || known.includes(key)) continue;
      this.report.add(`${where}.${key}`, 'no-pag-equivalent', `Élément « ${key} » sans équivalent dans le PAG.`, `Element “${key}” has no PAG equivalent.`);
    }
    const list = resource['extension'];
    if (Array.isArray(list)) {
      list.forEach((e, i) => {
        const url = typeof e === 'object' && e !== null ? (e as { url?: unknown }).url : undefined;
        if (typeof url === 'string' && knownExtensions.includes(url) && !found.has(url)) found.set(url, e as Record<string, unknown>);
        else
          this.report.add(
            `${where}.extension[${i}]`,
            'unknown-extension',
            `Extension inconnue${typeof url === 'string' ? ` « ${url} »` : ''}.`,
            `Unknown extension${typeof url === 'string' ? ` “${url}”` : ''}.`,
          );
      });
    }
    return found;
  }

  /** Decodes a project extension found by {@link checkResource}. */
  decode(def: PagExtensionDefinition, found: Map<string, Record<string, unknown>>, where: string): Record<string, unknown> | undefined {
    const ext = found.get(def.url);
    if (ext === undefined) return undefined;
    return decodeObject(ext['extension'], def.spec, `${where}.extension('${def.id}')`, this.report);
  }
}
