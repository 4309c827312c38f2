/**
 * `ValueSet/$expand`, offline, with `filter`, `count` and `offset`.
 */
import type { OperationOutcome, Parameters, ValueSet, ValueSetExpansionContains, ValueSetExpansionParameter } from '@medplum/fhirtypes';
import { foldForSearch } from '@serafin-ph/nomenclature';
import { terminologyCodeSystem } from '../terminology/code-systems.js';
import { terminologyValueSet } from '../terminology/value-sets.js';
import { booleanParam, integerParam, notParameters, operationError, parameterList, stringParam, type OperationOptions, languageOption } from './parameters.js';
import { optionValue } from '../options/option-value.js';

/** Options of {@link expandOperation}. */
export interface ExpandOptions extends OperationOptions {
  /** `expansion.timestamp` (default: now). Give one for reproducible output. */
  readonly timestamp?: string;
  /** Largest `count` accepted (default 1000); larger requests get a `too-costly` outcome. */
  readonly maxCount?: number;
}

function words(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w !== '');
}

/**
 * FHIR `ValueSet/$expand` of a value set the SDK knows: input `url`,
 * `filter` (every word must start a word of the code or display, case and
 * accents ignored), `count`, `offset`, `activeOnly`; output the `ValueSet`
 * with its `expansion` (`total`, `offset`, `parameter`, `contains`). As FHIR
 * specifies for an operation whose only output is a resource, the ValueSet is
 * returned itself, not wrapped in Parameters. Never throws.
 */
export function expandOperation(input: Parameters | unknown, options?: ExpandOptions): ValueSet | OperationOutcome {
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
  const count = integerParam(list, 'count');
  const offset = integerParam(list, 'offset');
  for (const [name, value] of [
    ['count', count],
    ['offset', offset],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      return operationError('invalid', { fr: `« ${name} » doit être un entier positif ou nul.`, en: `"${name}" must be a non-negative integer.` }, lang);
    }
  }
  const askedMax = optionValue(options, 'maxCount');
  const maxCount = typeof askedMax === 'number' && askedMax >= 0 ? askedMax : 1000;
  if (count !== undefined && count > maxCount) return operationError('too-costly', { fr: `« count » dépasse ${maxCount}.`, en: `"count" exceeds ${maxCount}.` }, lang);
  const filter = stringParam(list, 'filter');
  const activeOnly = booleanParam(list, 'activeOnly') === true;
  const wanted = filter === undefined ? [] : words(filter);
  const all: ValueSetExpansionContains[] = [];
  for (const m of vs.members()) {
    const inactive = terminologyCodeSystem(m.system)?.lookup(m.code)?.inactive === true;
    if (activeOnly && inactive) continue;
    if (wanted.length > 0) {
      const have = words(`${m.code} ${m.display}`);
      if (!wanted.every((w) => have.some((h) => h.startsWith(w)))) continue;
    }
    all.push({ system: m.system, code: m.code, display: m.display, ...(inactive ? { inactive: true } : {}) });
  }
  const start = offset ?? 0;
  const contains = all.slice(start, count === undefined ? undefined : start + count);
  const parameter: ValueSetExpansionParameter[] = [
    ...(filter === undefined ? [] : [{ name: 'filter', valueString: filter }]),
    ...(count === undefined ? [] : [{ name: 'count', valueInteger: count }]),
    ...(offset === undefined ? [] : [{ name: 'offset', valueInteger: offset }]),
    ...(activeOnly ? [{ name: 'activeOnly', valueBoolean: true }] : []),
  ];
  return {
    resourceType: 'ValueSet',
    url: vs.url,
    name: vs.name.replace(/[^A-Za-z0-9_]/g, '_'),
    status: 'active',
    expansion: {
      timestamp: timestampOption(options),
      total: all.length,
      offset: start,
      ...(parameter.length === 0 ? {} : { parameter }),
      ...(contains.length === 0 ? {} : { contains }),
    },
  };
}

/** The expansion's timestamp: the one asked for, else now. */
function timestampOption(options: unknown): string {
  const asked = optionValue(options, 'timestamp');
  return typeof asked === 'string' ? asked : new Date().toISOString();
}
