/**
 * `CodeSystem/$subsumes`, offline.
 */
import type { OperationOutcome, Parameters } from '@medplum/fhirtypes';
import { terminologyCodeSystem } from '../terminology/code-systems.js';
import { codesOf } from './code-input.js';
import { notParameters, operationError, parameterList, parameters, stringParam, type OperationOptions, languageOption } from './parameters.js';

/**
 * FHIR `CodeSystem/$subsumes`: input `system` + `codeA` + `codeB` (or
 * `codingA` + `codingB`, same system); output `outcome` (`equivalent`,
 * `subsumes`, `subsumed-by`, `not-subsumed`). SERAFIN-PH and the hierarchical
 * lists (TRE_R420, TRE_R403) follow their hierarchy; flat lists answer
 * `equivalent` or `not-subsumed`. Never throws.
 */
export function subsumesOperation(input: Parameters | unknown, options?: OperationOptions): Parameters | OperationOutcome {
  const lang = languageOption(options);
  const list = parameterList(input);
  if (list === undefined) return notParameters(lang, input);
  const system = stringParam(list, 'system');
  const a = codesOf(list, lang, { code: 'codeA', system: 'system', coding: 'codingA', ...(system === undefined ? {} : { defaultSystem: system }) });
  if (!Array.isArray(a)) return a;
  const b = codesOf(list, lang, { code: 'codeB', system: 'system', coding: 'codingB', ...(system === undefined ? {} : { defaultSystem: system }) });
  if (!Array.isArray(b)) return b;
  const cs = terminologyCodeSystem(a[0]!.system);
  if (cs === undefined)
    return operationError('not-found', { fr: `Système de codes inconnu du SDK : ${a[0]!.system}.`, en: `Code system not known to the SDK: ${a[0]!.system}.` }, lang);
  if (terminologyCodeSystem(b[0]!.system) !== cs)
    return operationError('invalid', { fr: 'Les deux codes doivent être du même système.', en: 'Both codes must be of the same system.' }, lang);
  for (const c of [a[0]!.code, b[0]!.code]) {
    if (cs.lookup(c) === undefined)
      return operationError('not-found', { fr: `Code ${JSON.stringify(c)} inconnu dans ${cs.name}.`, en: `Code ${JSON.stringify(c)} is not in ${cs.name}.` }, lang);
  }
  return parameters([{ name: 'outcome', valueCode: cs.subsumes(a[0]!.code, b[0]!.code) }]);
}
