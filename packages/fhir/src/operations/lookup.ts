/**
 * `CodeSystem/$lookup`, offline.
 */
import type { OperationOutcome, Parameters, ParametersParameter } from '@medplum/fhirtypes';
import { terminologyCodeSystem } from '../terminology/code-systems.js';
import { codesOf } from './code-input.js';
import { notParameters, operationError, parameterList, parameters, type OperationOptions, languageOption } from './parameters.js';

function property(code: string, value: ParametersParameter): ParametersParameter {
  return {
    name: 'property',
    part: [
      { name: 'code', valueCode: code },
      { ...value, name: 'value' },
    ],
  };
}

/**
 * FHIR `CodeSystem/$lookup` over the code systems the SDK carries: input
 * `system` + `code` (or `coding`), output `name`, `version`, `display`,
 * `designation` and the properties `parent`, `child`, `inactive`,
 * `definition` and, for a deprecated SERAFIN-PH duplicate, `replacedBy`.
 * A CNSA 2018 code is looked up under the project's `cnsa-2018` system, a ROR
 * id under TRE_R265. Returns an `OperationOutcome` (`not-found`,
 * `required`…) when it cannot answer; never throws.
 */
export function lookupOperation(input: Parameters | unknown, options?: OperationOptions): Parameters | OperationOutcome {
  const lang = languageOption(options);
  const list = parameterList(input);
  if (list === undefined) return notParameters(lang, input);
  const codes = codesOf(list, lang, { code: 'code', system: 'system', coding: 'coding' });
  if (!Array.isArray(codes)) return codes;
  const { system, code } = codes[0]!;
  const cs = terminologyCodeSystem(system);
  if (cs === undefined) return operationError('not-found', { fr: `Système de codes inconnu du SDK : ${system}.`, en: `Code system not known to the SDK: ${system}.` }, lang);
  const concept = cs.lookup(code);
  if (concept === undefined)
    return operationError('not-found', { fr: `Code ${JSON.stringify(code)} inconnu dans ${cs.name}.`, en: `Code ${JSON.stringify(code)} is not in ${cs.name}.` }, lang);
  return parameters([
    { name: 'name', valueString: cs.name },
    cs.version === undefined ? undefined : { name: 'version', valueString: cs.version },
    { name: 'display', valueString: concept.display },
    ...(concept.designations ?? []).map((value): ParametersParameter => ({ name: 'designation', part: [{ name: 'value', valueString: value }] })),
    concept.definition === undefined ? undefined : property('definition', { name: 'value', valueString: concept.definition }),
    property('inactive', { name: 'value', valueBoolean: concept.inactive }),
    concept.parent === undefined ? undefined : property('parent', { name: 'value', valueCode: concept.parent }),
    ...(concept.children ?? []).map((c) => property('child', { name: 'value', valueCode: c })),
    concept.replacedBy === undefined ? undefined : property('replacedBy', { name: 'value', valueCode: concept.replacedBy }),
  ]);
}
