/**
 * The parts of the ANS FHIR R4 publications the importer reads (CodeSystem and
 * ValueSet), with a structural check that names what is wrong instead of
 * guessing: an input the importer does not understand stops the import.
 */

/** A JSON object. */
export type Json = Record<string, unknown>;

/** `ValueSet.compose.include[].filter[]`. */
export interface FhirFilter {
  readonly property: string;
  readonly op: string;
  readonly value: string;
}

/** `ValueSet.compose.include[]` (or `exclude[]`). */
export interface FhirInclude {
  readonly system?: string;
  readonly version?: string;
  readonly concept?: readonly { readonly code: string; readonly display?: string }[];
  readonly filter?: readonly FhirFilter[];
  readonly valueSet?: readonly string[];
}

/** `ValueSet.expansion.contains[]`. */
export interface FhirContains {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly contains?: readonly FhirContains[];
}

/** A FHIR R4 ValueSet as published by the ANS. */
export interface FhirValueSet {
  readonly resourceType: 'ValueSet';
  readonly id?: string;
  readonly url: string;
  readonly version: string;
  readonly name?: string;
  readonly title?: string;
  readonly status: string;
  readonly date?: string;
  readonly description?: string;
  readonly identifier?: readonly { readonly system?: string; readonly value?: string }[];
  readonly compose?: { readonly include: readonly FhirInclude[]; readonly exclude?: readonly FhirInclude[] };
  readonly expansion?: { readonly timestamp?: string; readonly total?: number; readonly contains?: readonly FhirContains[] };
}

/** `CodeSystem.concept[]`. */
export interface FhirConcept {
  readonly code: string;
  readonly display?: string;
  readonly definition?: string;
  readonly designation?: readonly {
    readonly language?: string;
    readonly use?: { readonly system?: string; readonly code?: string; readonly display?: string };
    readonly value: string;
  }[];
  readonly property?: readonly ({ readonly code: string } & Json)[];
  readonly concept?: readonly FhirConcept[];
}

/** A FHIR R4 CodeSystem as published by the ANS. */
export interface FhirCodeSystem {
  readonly resourceType: 'CodeSystem';
  readonly id?: string;
  readonly url: string;
  readonly version: string;
  readonly name?: string;
  readonly title?: string;
  readonly status: string;
  readonly date?: string;
  readonly description?: string;
  readonly identifier?: readonly { readonly system?: string; readonly value?: string }[];
  readonly content?: string;
  readonly count?: number;
  readonly hierarchyMeaning?: string;
  readonly concept?: readonly FhirConcept[];
}

/** Either resource the importer reads. */
export type FhirTerminologyResource = FhirValueSet | FhirCodeSystem;

/** An input the importer refuses, with the file and the reason. */
export class ImportError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function requireString(file: string, o: Json, key: string): void {
  if (typeof o[key] !== 'string' || o[key] === '') throw new ImportError(file, `\`${key}\` must be a non-empty string`);
}

function checkInclude(file: string, where: string, inc: unknown): void {
  if (!isObject(inc)) throw new ImportError(file, `${where} must be an object`);
  if (inc['system'] === undefined && inc['valueSet'] === undefined) throw new ImportError(file, `${where} has neither \`system\` nor \`valueSet\``);
  const concepts = inc['concept'];
  if (concepts !== undefined) {
    if (!Array.isArray(concepts)) throw new ImportError(file, `${where}.concept must be an array`);
    concepts.forEach((c, i) => {
      if (!isObject(c) || typeof c['code'] !== 'string') throw new ImportError(file, `${where}.concept[${i}] has no code`);
    });
  }
  const filters = inc['filter'];
  if (filters !== undefined) {
    if (!Array.isArray(filters)) throw new ImportError(file, `${where}.filter must be an array`);
    filters.forEach((f, i) => {
      if (!isObject(f) || typeof f['property'] !== 'string' || typeof f['op'] !== 'string' || typeof f['value'] !== 'string') {
        throw new ImportError(file, `${where}.filter[${i}] must have string property, op and value`);
      }
    });
  }
}

/**
 * Parses and checks one publication.
 *
 * @param file - name used in error messages
 * @param text - the file's text (UTF-8, a BOM is refused rather than dropped)
 */
export function parseTerminologyResource(file: string, text: string): FhirTerminologyResource {
  if (text.charCodeAt(0) === 0xfeff) throw new ImportError(file, 'starts with a byte-order mark; the ANS files have none');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ImportError(file, `not JSON (${(e as Error).message})`);
  }
  if (!isObject(parsed)) throw new ImportError(file, 'not a JSON object');
  const type = parsed['resourceType'];
  if (type !== 'ValueSet' && type !== 'CodeSystem') throw new ImportError(file, `resourceType ${JSON.stringify(type)} is neither ValueSet nor CodeSystem`);
  for (const key of ['url', 'version', 'status']) requireString(file, parsed, key);
  if (type === 'ValueSet') {
    const compose = parsed['compose'];
    const expansion = parsed['expansion'];
    if (compose === undefined && expansion === undefined) throw new ImportError(file, 'ValueSet has neither compose nor expansion');
    if (compose !== undefined) {
      if (!isObject(compose) || !Array.isArray(compose['include'])) throw new ImportError(file, 'compose.include must be an array');
      compose['include'].forEach((inc, i) => checkInclude(file, `compose.include[${i}]`, inc));
      const exclude = compose['exclude'];
      if (exclude !== undefined) {
        if (!Array.isArray(exclude)) throw new ImportError(file, 'compose.exclude must be an array');
        exclude.forEach((inc, i) => checkInclude(file, `compose.exclude[${i}]`, inc));
      }
    }
    return parsed as unknown as FhirValueSet;
  }
  const concepts = parsed['concept'];
  if (!Array.isArray(concepts)) throw new ImportError(file, 'CodeSystem has no concept array');
  return parsed as unknown as FhirCodeSystem;
}

/** The OID of `identifier` `urn:oid:…`, or `null`. */
export function oidOf(resource: FhirTerminologyResource): string | null {
  for (const id of resource.identifier ?? []) {
    if (id.system === 'urn:ietf:rfc:3986' && typeof id.value === 'string' && id.value.startsWith('urn:oid:')) return id.value.slice('urn:oid:'.length);
  }
  return null;
}

/**
 * File stem for a resource id: `JDV-J264-ModeEtCentreDePriseEnCharge-MDPH` →
 * `jdv-j264-mode-et-centre-de-prise-en-charge-mdph`.
 */
export function kebabStem(id: string): string {
  return id
    .split(/[-_]/)
    .map((part) => (/^[A-Z0-9]+$/.test(part) ? part : part.replace(/([a-z0-9])([A-Z])/g, '$1-$2')))
    .join('-')
    .toLowerCase();
}
