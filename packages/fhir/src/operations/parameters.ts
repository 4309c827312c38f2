/**
 * Reading and writing FHIR `Parameters`, and the `OperationOutcome` an
 * operation returns when it cannot answer.
 */
import type { Coding, OperationOutcome, Parameters, ParametersParameter } from '@medplum/fhirtypes';
import type { FhirLang } from '../report/types.js';
import { optionValue } from '../options/option-value.js';

/** A message in French and English. */
export interface OperationMessage {
  /** French text. */
  readonly fr: string;
  /** English text. */
  readonly en: string;
}

/** Options shared by every operation. */
export interface OperationOptions {
  /** Language of messages (`fr` by default). */
  readonly lang?: FhirLang;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `input` read as JSON (a copy through `JSON.stringify`), or `undefined` when
 * it cannot be: a cycle, a BigInt, a getter or proxy that throws. The
 * operations read this copy only, so an odd in-memory value never throws.
 */
function asJson(input: unknown): unknown {
  try {
    const text = JSON.stringify(input);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** The language of an operation's messages: `en` when the options ask for it, else `fr`. */
export function languageOption(options: unknown): FhirLang {
  return optionValue(options, 'lang') === 'en' ? 'en' : 'fr';
}

/** The `parameter` entries of a Parameters resource (read as JSON), or `undefined` when `input` is not one. */
export function parameterList(input: unknown): ParametersParameter[] | undefined {
  const json = asJson(input);
  if (!isObject(json) || json['resourceType'] !== 'Parameters') return undefined;
  const list = json['parameter'];
  if (list === undefined) return [];
  return Array.isArray(list) ? (list.filter(isObject) as unknown as ParametersParameter[]) : undefined;
}

/** The first parameter named `name`. */
export function param(list: readonly ParametersParameter[], name: string): ParametersParameter | undefined {
  return list.find((p) => p.name === name);
}

/** A string value (`valueUri`, `valueCode`, `valueString`, `valueCanonical`, `valueUrl`) of the first parameter `name`. */
export function stringParam(list: readonly ParametersParameter[], name: string): string | undefined {
  const p = param(list, name);
  if (p === undefined) return undefined;
  for (const v of [p.valueUri, p.valueCode, p.valueString, p.valueCanonical, p.valueUrl]) if (typeof v === 'string') return v;
  return undefined;
}

/** An integer value (`valueInteger`, or a string of digits) of the first parameter `name`; `NaN` when it is not one. */
export function integerParam(list: readonly ParametersParameter[], name: string): number | undefined {
  const p = param(list, name);
  if (p === undefined) return undefined;
  if (typeof p.valueInteger === 'number' && Number.isInteger(p.valueInteger)) return p.valueInteger;
  const s = p.valueString ?? p.valueCode;
  return typeof s === 'string' && /^[0-9]{1,9}$/.test(s) ? Number(s) : Number.NaN;
}

/** A boolean value of the first parameter `name`. */
export function booleanParam(list: readonly ParametersParameter[], name: string): boolean | undefined {
  const p = param(list, name);
  if (p === undefined) return undefined;
  if (typeof p.valueBoolean === 'boolean') return p.valueBoolean;
  const s = p.valueString ?? p.valueCode;
  return s === 'true' ? true : s === 'false' ? false : undefined;
}

/** A Coding value of the first parameter `name`. */
export function codingParam(list: readonly ParametersParameter[], name: string): Coding | undefined {
  const p = param(list, name);
  return isObject(p?.valueCoding) ? p.valueCoding : undefined;
}

/** The codings of a CodeableConcept parameter `name`. */
export function conceptParam(list: readonly ParametersParameter[], name: string): Coding[] | undefined {
  const p = param(list, name);
  if (!isObject(p?.valueCodeableConcept)) return undefined;
  const coding = p.valueCodeableConcept.coding;
  return Array.isArray(coding) ? coding.filter(isObject) : [];
}

/** An `OperationOutcome` with one error issue. */
export function operationError(
  code: 'invalid' | 'required' | 'not-found' | 'not-supported' | 'too-costly',
  message: OperationMessage,
  lang: FhirLang | undefined,
): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text: lang === 'en' ? message.en : message.fr } }] };
}

/** The error returned when the input is not a `Parameters` resource (or not JSON at all). */
export function notParameters(lang: FhirLang | undefined, input?: unknown): OperationOutcome {
  if (input !== undefined && asJson(input) === undefined)
    return operationError(
      'invalid',
      {
        fr: 'L’entrée n’est pas du JSON (cycle, BigInt, accesseur ou proxy qui lève une exception) : elle doit être une ressource Parameters.',
        en: 'The input is not JSON (a cycle, a BigInt, a getter or proxy that throws): it must be a Parameters resource.',
      },
      lang,
    );
  return operationError('invalid', { fr: 'L’entrée doit être une ressource Parameters.', en: 'The input must be a Parameters resource.' }, lang);
}

/** A Parameters resource from its entries (`undefined` values left out). */
export function parameters(entries: readonly (ParametersParameter | undefined)[]): Parameters {
  return { resourceType: 'Parameters', parameter: entries.filter((e): e is ParametersParameter => e !== undefined) };
}

/**
 * The HTTP status a server should answer with for an operation's result:
 * 200 for a `Parameters` or a `ValueSet`, 404 for an outcome whose issue is
 * `not-found`, 501 for `not-supported`, otherwise 400.
 */
export function operationStatus(resource: { readonly resourceType: string; readonly issue?: readonly { readonly code: string }[] }): number {
  if (resource.resourceType !== 'OperationOutcome') return 200;
  const code = resource.issue?.[0]?.code;
  return code === 'not-found' ? 404 : code === 'not-supported' ? 501 : 400;
}
