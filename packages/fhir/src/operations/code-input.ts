/**
 * The code an operation is about: `system` + `code` (+ `display`), or a
 * `coding`, or the codings of a `codeableConcept`, as the FHIR terminology
 * operations accept them.
 */
import type { Coding, OperationOutcome, ParametersParameter } from '@medplum/fhirtypes';
import type { FhirLang } from '../report/types.js';
import { codingParam, conceptParam, operationError, stringParam } from './parameters.js';

/** One code to look at. */
export interface CodeInput {
  /** System URL. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** Display given with it, if any. */
  readonly display?: string;
}

/**
 * The codes named by the parameters (`codeName` / `systemName` / `coding` /
 * `codeableConcept`), or an error outcome when none is given or one lacks its
 * system.
 */
export function codesOf(
  list: readonly ParametersParameter[],
  lang: FhirLang | undefined,
  names: { readonly code: string; readonly system: string; readonly coding: string; readonly concept?: string; readonly defaultSystem?: string },
): CodeInput[] | OperationOutcome {
  const fromCoding = (c: Coding): CodeInput | undefined =>
    typeof c.code === 'string' && typeof (c.system ?? names.defaultSystem) === 'string'
      ? { system: (c.system ?? names.defaultSystem)!, code: c.code, ...(typeof c.display === 'string' ? { display: c.display } : {}) }
      : undefined;
  const code = stringParam(list, names.code);
  if (code !== undefined) {
    const system = stringParam(list, names.system) ?? names.defaultSystem;
    if (system === undefined)
      return operationError(
        'required',
        { fr: `Paramètre « ${names.system} » requis avec « ${names.code} ».`, en: `Parameter "${names.system}" is required with "${names.code}".` },
        lang,
      );
    const display = stringParam(list, 'display');
    return [{ system, code, ...(display === undefined ? {} : { display }) }];
  }
  const coding = codingParam(list, names.coding);
  if (coding !== undefined) {
    const c = fromCoding(coding);
    return c === undefined ? operationError('invalid', { fr: `« ${names.coding} » sans system ou sans code.`, en: `"${names.coding}" without system or code.` }, lang) : [c];
  }
  if (names.concept !== undefined) {
    const codings = conceptParam(list, names.concept);
    if (codings !== undefined) {
      const out = codings.map(fromCoding).filter((c): c is CodeInput => c !== undefined);
      if (out.length > 0) return out;
      return operationError('invalid', { fr: `« ${names.concept} » sans coding complet.`, en: `"${names.concept}" has no complete coding.` }, lang);
    }
  }
  const expected = [names.code, names.coding, ...(names.concept === undefined ? [] : [names.concept])].map((n) => `« ${n} »`).join(', ');
  return operationError(
    'required',
    { fr: `Paramètre requis : ${expected}.`, en: `Required parameter: ${expected.replace(/[«»]/g, '"').replace(/" /g, '"').replace(/ "/g, '"')}.` },
    lang,
  );
}
