/**
 * `ConceptMap/$translate`, offline, between the SERAFIN-PH numberings
 * (ANS 2023, CNSA 2018, ROR TRE_R265).
 */
import type { OperationOutcome, Parameters, ParametersParameter } from '@medplum/fhirtypes';
import { NUMBERINGS, translate, type Numbering } from '@serafin-ph/nomenclature';
import { CONCEPT_MAP_BASE_URL, NUMBERING_SYSTEMS } from '@serafin-ph/nomenclature/fhir';
import { canonicalSystem } from '../rules/code-rules.js';
import { codesOf } from './code-input.js';
import { notParameters, operationError, parameterList, parameters, stringParam, type OperationOptions, languageOption } from './parameters.js';

function numberingOf(system: string): Numbering | undefined {
  const canonical = canonicalSystem(system);
  return NUMBERINGS.find((n) => NUMBERING_SYSTEMS[n].url === canonical);
}

/**
 * FHIR `ConceptMap/$translate` between numberings: input `system` + `code`
 * (or `coding`) and `targetsystem` — or `url`, one of the ConceptMaps of
 * `@serafin-ph/nomenclature/fhir` (`…/ConceptMap/cnsa-2018-to-ans-2023`);
 * output `result`, `message` and one `match` per target (`equivalence`,
 * `concept`, `source`). Never throws.
 */
export function translateOperation(input: Parameters | unknown, options?: OperationOptions): Parameters | OperationOutcome {
  const lang = languageOption(options);
  const list = parameterList(input);
  if (list === undefined) return notParameters(lang, input);
  const url = stringParam(list, 'url');
  let from: Numbering | undefined;
  let to: Numbering | undefined;
  if (url !== undefined) {
    // `<from>-to-<to>`, split at the first `-to-` (a plain search: a lazy pattern here was polynomial)
    const tail = url.startsWith(CONCEPT_MAP_BASE_URL) ? url.slice(CONCEPT_MAP_BASE_URL.length) : '';
    const cut = tail.indexOf('-to-');
    from = cut > 0 ? NUMBERINGS.find((n) => n === tail.slice(0, cut)) : undefined;
    to = cut > 0 ? NUMBERINGS.find((n) => n === tail.slice(cut + 4)) : undefined;
    if (from === undefined || to === undefined)
      return operationError('not-found', { fr: `ConceptMap inconnue du SDK : ${url}.`, en: `ConceptMap not known to the SDK: ${url}.` }, lang);
  }
  const codes = codesOf(list, lang, { code: 'code', system: 'system', coding: 'coding', ...(from === undefined ? {} : { defaultSystem: NUMBERING_SYSTEMS[from].url }) });
  if (!Array.isArray(codes)) return codes;
  const source = codes[0]!;
  const sourceNumbering = numberingOf(source.system);
  if (sourceNumbering === undefined || (from !== undefined && sourceNumbering !== from)) {
    return operationError(
      'not-supported',
      { fr: `Système source non traduit par le SDK : ${source.system}.`, en: `Source system not translated by the SDK: ${source.system}.` },
      lang,
    );
  }
  if (to === undefined) {
    const target = stringParam(list, 'targetsystem');
    if (target === undefined)
      return operationError('required', { fr: 'Paramètre « targetsystem » (ou « url ») requis.', en: 'Parameter "targetsystem" (or "url") is required.' }, lang);
    to = numberingOf(target);
    if (to === undefined)
      return operationError('not-supported', { fr: `Système cible non traduit par le SDK : ${target}.`, en: `Target system not translated by the SDK: ${target}.` }, lang);
  }
  const result = translate(source.code, { from: sourceNumbering, to });
  const mapUrl = `${CONCEPT_MAP_BASE_URL}${sourceNumbering}-to-${to}`;
  if (result.status === 'unknown-code' || result.status === 'invalid-input') {
    return parameters([
      { name: 'result', valueBoolean: false },
      {
        name: 'message',
        valueString:
          lang === 'en'
            ? `Code ${JSON.stringify(source.code)} is not in the ${sourceNumbering} numbering.`
            : `Code ${JSON.stringify(source.code)} inconnu dans la numérotation ${sourceNumbering}.`,
      },
    ]);
  }
  if (result.status === 'unmatched') {
    return parameters([
      { name: 'result', valueBoolean: false },
      { name: 'message', valueString: lang === 'en' ? `No counterpart in ${to} (${result.reason}).` : `Sans correspondance en ${to} (${result.reason}).` },
      {
        name: 'match',
        part: [
          { name: 'equivalence', valueCode: 'unmatched' },
          { name: 'source', valueUri: mapUrl },
        ],
      },
    ]);
  }
  const target = NUMBERING_SYSTEMS[to];
  return parameters([
    { name: 'result', valueBoolean: true },
    ...result.matches.map((m): ParametersParameter => ({
      name: 'match',
      part: [
        { name: 'equivalence', valueCode: m.equivalence },
        { name: 'concept', valueCoding: { system: target.url, code: m.code, ...(m.display === null ? {} : { display: m.display }) } },
        { name: 'source', valueUri: mapUrl },
      ],
    })),
  ]);
}
