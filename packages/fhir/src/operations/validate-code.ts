/**
 * `CodeSystem/$validate-code` and `ValueSet/$validate-code`, offline, with the
 * same code rules as {@link checkFhir} (numberings, deprecations, displays).
 */
import type { OperationOutcome, Parameters } from '@medplum/fhirtypes';
import { contains } from '../bindings/value-sets.js';
import { checkCode } from '../rules/code-rules.js';
import { resolveSystem } from '../systems/resolve-system.js';
import { terminologyCodeSystem } from '../terminology/code-systems.js';
import { terminologyValueSet } from '../terminology/value-sets.js';
import { CheckContext } from '../walk/context.js';
import { ROOT, at } from '../walk/location.js';
import { codesOf, type CodeInput } from './code-input.js';
import { notParameters, operationError, parameterList, parameters, stringParam, type OperationOptions, languageOption } from './parameters.js';

interface Verdict {
  readonly ok: boolean;
  readonly messages: string[];
  readonly display?: string;
}

function verdict(input: CodeInput, lang: 'fr' | 'en'): Verdict {
  const ctx = new CheckContext('Parameters', lang, false, 20);
  checkCode(ctx, { system: input.system, code: input.code, display: input.display, systemAt: at(ROOT, 'system'), codeAt: at(ROOT, 'code'), displayAt: at(ROOT, 'display') });
  const display = terminologyCodeSystem(input.system)?.lookup(input.code)?.display;
  return { ok: !ctx.issues.some((i) => i.severity === 'error'), messages: ctx.issues.map((i) => i.message), ...(display === undefined ? {} : { display }) };
}

function answer(result: boolean, messages: readonly string[], display: string | undefined, input: CodeInput): Parameters {
  return parameters([
    { name: 'result', valueBoolean: result },
    messages.length === 0 ? undefined : { name: 'message', valueString: messages.join(' ') },
    display === undefined ? undefined : { name: 'display', valueString: display },
    { name: 'code', valueCode: input.code },
    { name: 'system', valueUri: input.system },
  ]);
}

/**
 * FHIR `CodeSystem/$validate-code`: input `url` (or `system`) + `code`
 * (+ `display`), or `coding`, or `codeableConcept`; output `result`,
 * `message`, `display`. A CNSA 2018 code or a ROR id under the SERAFIN-PH
 * system gives `result: false` with the ANS 2023 translation in `message`.
 * A code outside the extract of a list the SDK holds only in part (TRE_R66)
 * is not refused: `result: true`, and `message` says it was not checked.
 * Never throws.
 */
export function validateCodeOperation(input: Parameters | unknown, options?: OperationOptions): Parameters | OperationOutcome {
  const lang = languageOption(options);
  const list = parameterList(input);
  if (list === undefined) return notParameters(lang, input);
  const url = stringParam(list, 'url');
  const codes = codesOf(list, lang, { code: 'code', system: 'system', coding: 'coding', concept: 'codeableConcept', ...(url === undefined ? {} : { defaultSystem: url }) });
  if (!Array.isArray(codes)) return codes;
  const known = codes.filter((c) => resolveSystem(c.system).kind !== 'other');
  if (known.length === 0)
    return operationError('not-found', { fr: `Système de codes inconnu du SDK : ${codes[0]!.system}.`, en: `Code system not known to the SDK: ${codes[0]!.system}.` }, lang);
  const verdicts = known.map((c) => ({ input: c, v: verdict(c, lang) }));
  const good = verdicts.find((x) => x.v.ok);
  const chosen = good ?? verdicts[0]!;
  return answer(good !== undefined, chosen.v.messages, chosen.v.display, chosen.input);
}

/**
 * FHIR `ValueSet/$validate-code`: input `url` (a value set the SDK knows, see
 * {@link BOUND_VALUE_SETS}) and `system` + `code` (+ `display`), `coding` or
 * `codeableConcept`; output `result`, `message`, `display`. The published
 * `tddui-serafin` is read as J283 ∪ J284 (its evident intent). Never throws.
 */
export function validateCodeInValueSetOperation(input: Parameters | unknown, options?: OperationOptions): Parameters | OperationOutcome {
  const lang = languageOption(options);
  const list = parameterList(input);
  if (list === undefined) return notParameters(lang, input);
  const url = stringParam(list, 'url');
  if (url === undefined) return operationError('required', { fr: 'Paramètre « url » (jeu de valeurs) requis.', en: 'Parameter "url" (value set) is required.' }, lang);
  const vs = terminologyValueSet(url);
  if (vs === undefined) return operationError('not-found', { fr: `Jeu de valeurs inconnu du SDK : ${url}.`, en: `Value set not known to the SDK: ${url}.` }, lang);
  if (vs.members === undefined)
    return operationError(
      'not-supported',
      { fr: `Le SDK ne porte pas le contenu de ${vs.name} (${vs.note}).`, en: `The SDK does not carry the content of ${vs.name} (${vs.note}).` },
      lang,
    );
  const codes = codesOf(list, lang, { code: 'code', system: 'system', coding: 'coding', concept: 'codeableConcept' });
  if (!Array.isArray(codes)) return codes;
  const verdicts = codes.map((c) => ({ input: c, member: contains(vs, c.system, c.code) === true, v: verdict(c, lang) }));
  const good = verdicts.find((x) => x.member && x.v.ok);
  const chosen = good ?? verdicts.find((x) => x.member) ?? verdicts[0]!;
  const messages = [...chosen.v.messages];
  if (!chosen.member) {
    messages.unshift(
      lang === 'en'
        ? `Code ${JSON.stringify(chosen.input.code)} is not in value set ${vs.name}.`
        : `Le code ${JSON.stringify(chosen.input.code)} n’appartient pas au jeu de valeurs ${vs.name}.`,
    );
  }
  const display =
    vs.members().find((m) => m.code === chosen.input.code && m.system === (terminologyCodeSystem(chosen.input.system)?.url ?? chosen.input.system))?.display ?? chosen.v.display;
  return answer(good !== undefined, messages, display, chosen.input);
}
