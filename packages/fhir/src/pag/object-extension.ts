/**
 * A small, declarative codec between a plain object of the PAG and a complex
 * FHIR extension: one sub-extension per field (its `url` is the field name, as
 * in the TDDUI extensions), repeated for a list, nested for an object. The
 * same field specifications generate the StructureDefinitions and the docs
 * pages, so the three cannot drift.
 */
import type { Extension, Timing } from '@medplum/fhirtypes';
import type { NotMappedCollector } from './report.js';
import { frequenceToTiming, timingToFrequence } from './timing.js';

/** FHIR primitive (or Timing) type of a field. */
export type PrimitiveFieldType = 'string' | 'code' | 'date' | 'dateTime' | 'boolean' | 'integer' | 'decimal' | 'uri' | 'time' | 'timing';

/** One field of an object mapped to a sub-extension. */
export interface FieldSpec {
  /** `url` of the sub-extension, also the name of the PAG field unless `key` says otherwise. */
  readonly name: string;
  /** Name of the PAG field when it differs from the sub-extension `url` (`$schema`). */
  readonly key?: string;
  /** FHIR type of the value, or the fields of a nested object. */
  readonly type: PrimitiveFieldType | ObjectSpec;
  /** The field is a list: one sub-extension per item, in order. */
  readonly many?: boolean;
  /** For a list the PAG may omit: an empty list is written as `<name>Vide` (`valueBoolean: true`) so it reads back empty, not absent. */
  readonly optionalList?: boolean;
  /** For a list the PAG always holds (possibly empty): absent reads back as `[]`. */
  readonly requiredList?: boolean;
  /** Allowed codes of a `code` field (documented in the StructureDefinition). */
  readonly codes?: readonly string[];
  /** French description. */
  readonly fr: string;
  /** English description. */
  readonly en: string;
}

/** The fields of an object. */
export interface ObjectSpec {
  /** Each field, in the order it is written. */
  readonly fields: readonly FieldSpec[];
}

const VALUE_KEY: Record<Exclude<PrimitiveFieldType, 'timing'>, string> = {
  string: 'valueString',
  code: 'valueCode',
  date: 'valueDate',
  dateTime: 'valueDateTime',
  boolean: 'valueBoolean',
  integer: 'valueInteger',
  decimal: 'valueDecimal',
  uri: 'valueUri',
  time: 'valueTime',
};

/** The `value[x]` property name of a primitive field type. */
export function valueKey(type: PrimitiveFieldType): string {
  return type === 'timing' ? 'valueTiming' : VALUE_KEY[type];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sub-extension written alone in the extension of an object that holds no field (`{}`, e.g. a holder of
 * parental authority of whom nothing is known yet): FHIR's ext-1 forbids an extension with neither
 * sub-extensions nor a value, and the object must read back as `{}`, not vanish.
 */
export const EMPTY_OBJECT_URL = 'vide';

function encodeValue(field: FieldSpec, value: unknown): Extension | undefined {
  if (typeof field.type === 'object') {
    if (!isObject(value)) return undefined;
    const extension = encodeObject(value, field.type);
    return { url: field.name, extension: extension.length > 0 ? extension : [{ url: EMPTY_OBJECT_URL, valueBoolean: true }] };
  }
  if (field.type === 'timing') return { url: field.name, valueTiming: frequenceToTiming(value as never) };
  if (value === undefined) return undefined;
  if (field.type === 'dateTime' && (typeof value !== 'string' || !FHIR_DATE_TIME.test(value))) return { url: field.name, valueString: String(value) };
  return { url: field.name, [VALUE_KEY[field.type]]: field.type === 'time' ? `${String(value)}:00` : value } as Extension;
}

/** Encodes `object` as the sub-extensions of a complex extension, in the order of the spec. */
export function encodeObject(object: Record<string, unknown>, spec: ObjectSpec): Extension[] {
  const out: Extension[] = [];
  for (const field of spec.fields) {
    const value = object[field.key ?? field.name];
    if (value === undefined) continue;
    if (field.many) {
      if (!Array.isArray(value)) continue;
      if (value.length === 0 && field.optionalList) out.push({ url: `${field.name}Vide`, valueBoolean: true });
      for (const item of value) {
        const e = encodeValue(field, item);
        if (e !== undefined) out.push(e);
      }
    } else {
      const e = encodeValue(field, value);
      if (e !== undefined) out.push(e);
    }
  }
  return out;
}

/** FHIR R4 `dateTime` (offsets from -14:00… to +14:00, as the spec's regex); a PAG date-time outside it is kept as `valueString`. */
export const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

const CHECK: Record<Exclude<PrimitiveFieldType, 'timing'>, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  code: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string',
  dateTime: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  decimal: (v) => typeof v === 'number' && Number.isFinite(v),
  uri: (v) => typeof v === 'string',
  time: (v) => typeof v === 'string' && /^\d\d:\d\d:00$/.test(v),
};

function decodeValue(field: FieldSpec, ext: Record<string, unknown>, where: string, report: NotMappedCollector): { ok: true; value: unknown } | { ok: false } {
  if (typeof field.type === 'object') {
    return { ok: true, value: decodeObject(ext['extension'], field.type, where, report, true) };
  }
  if (field.type === 'timing') {
    const f = timingToFrequence(ext['valueTiming'] as Timing | undefined);
    if (f !== undefined) return { ok: true, value: f };
  } else {
    const v = field.type === 'dateTime' && typeof ext['valueString'] === 'string' ? ext['valueString'] : ext[VALUE_KEY[field.type]];
    if (CHECK[field.type](v)) return { ok: true, value: field.type === 'time' ? (v as string).slice(0, 5) : v };
  }
  report.add(
    where,
    'invalid-value',
    `Valeur de type inattendu pour « ${field.name} » (${valueKey(field.type)} attendu).`,
    `Unexpected value type for “${field.name}” (${valueKey(field.type)} expected).`,
  );
  return { ok: false };
}

/**
 * Decodes the sub-extensions of a complex extension into an object. Unknown
 * sub-extensions and values of the wrong type go to the report.
 */
export function decodeObject(extensions: unknown, spec: ObjectSpec, where: string, report: NotMappedCollector, nested = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const list = Array.isArray(extensions) ? extensions : [];
  list.forEach((ext, i) => {
    const at = `${where}.extension[${i}]`;
    if (!isObject(ext) || typeof ext['url'] !== 'string') {
      report.add(at, 'invalid-value', 'Sous-extension sans url.', 'Sub-extension without url.');
      return;
    }
    const url = ext['url'];
    if (url === EMPTY_OBJECT_URL && nested && ext['valueBoolean'] === true && list.length === 1) return;
    const empty = spec.fields.find((f) => f.many && f.optionalList && `${f.name}Vide` === url);
    if (empty !== undefined) {
      if (out[empty.key ?? empty.name] === undefined) out[empty.key ?? empty.name] = [];
      return;
    }
    const field = spec.fields.find((f) => f.name === url);
    if (field === undefined) {
      report.add(at, 'unknown-extension', `Sous-extension inconnue « ${url} ».`, `Unknown sub-extension “${url}”.`);
      return;
    }
    const decoded = decodeValue(field, ext, at, report);
    if (!decoded.ok) return;
    const key = field.key ?? field.name;
    if (field.many) {
      const current = out[key];
      if (Array.isArray(current)) current.push(decoded.value);
      else out[key] = [decoded.value];
    } else if (out[key] !== undefined) {
      report.add(at, 'invalid-value', `« ${url} » répété alors qu’il n’admet qu’une valeur.`, `“${url}” repeated though it takes one value.`);
    } else {
      out[key] = decoded.value;
    }
  });
  for (const f of spec.fields) if (f.many && !f.optionalList && out[f.key ?? f.name] === undefined && f.requiredList) out[f.key ?? f.name] = [];
  return out;
}
