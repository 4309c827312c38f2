/**
 * Where a value sits in the input: a chain of keys from the root, turned into
 * a JSON Pointer and a FHIRPath expression only when an issue is reported.
 */
import { escapeToken } from '@serafin-ph/pag-schema/types';

/** A node of the input with the chain of keys that leads to it. */
export interface Location {
  /** The enclosing location, `null` at the root. */
  readonly parent: Location | null;
  /** Member name or array index from the parent; `null` at the root. */
  readonly key: string | number | null;
}

/** The root location. */
export const ROOT: Location = { parent: null, key: null };

/** The location of `key` under `parent`. */
export function at(parent: Location, key: string | number): Location {
  return { parent, key };
}

function keysOf(location: Location): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let l: Location | null = location; l !== null && l.key !== null; l = l.parent) keys.push(l.key);
  return keys.reverse();
}

/** JSON Pointer (RFC 6901) of a location. */
export function pointerOf(location: Location): string {
  let out = '';
  for (const key of keysOf(location)) out += `/${escapeToken(key)}`;
  return out;
}

/** FHIR data types that name the variants of a choice element (`value[x]`). */
const CHOICE_TYPES = new Set([
  'Base64Binary',
  'Boolean',
  'Canonical',
  'Code',
  'Date',
  'DateTime',
  'Decimal',
  'Id',
  'Instant',
  'Integer',
  'Markdown',
  'Oid',
  'PositiveInt',
  'String',
  'Time',
  'UnsignedInt',
  'Uri',
  'Url',
  'Uuid',
  'Address',
  'Age',
  'Annotation',
  'Attachment',
  'CodeableConcept',
  'Coding',
  'ContactPoint',
  'Count',
  'Distance',
  'Duration',
  'HumanName',
  'Identifier',
  'Money',
  'Period',
  'Quantity',
  'Range',
  'Ratio',
  'Reference',
  'SampledData',
  'Signature',
  'Timing',
  'ContactDetail',
  'Contributor',
  'DataRequirement',
  'Expression',
  'ParameterDefinition',
  'RelatedArtifact',
  'TriggerDefinition',
  'UsageContext',
  'Dosage',
  'Meta',
]);
const PRIMITIVE = /^(Base64Binary|Boolean|Canonical|Code|Date|DateTime|Decimal|Id|Instant|Integer|Markdown|Oid|PositiveInt|String|Time|UnsignedInt|Uri|Url|Uuid)$/;
const CHOICE_TYPE = /^[A-Z][A-Za-z0-9]*$/;
const LOWER_NAME = /^[a-z]+$/;

/**
 * Splits a choice element name (`valueCodeableConcept`) at its first capital
 * letter into the element and the type, or `null`. A plain scan: the lazy
 * pattern that did this was polynomial on long names.
 */
function splitChoice(key: string): [string, string] | null {
  let i = 1;
  while (i < key.length && !(key.charCodeAt(i) >= 65 && key.charCodeAt(i) <= 90)) i++;
  const head = key.slice(0, i);
  const type = key.slice(i);
  return LOWER_NAME.test(head) && CHOICE_TYPE.test(type) ? [head, type] : null;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function member(key: string): string {
  const choice = splitChoice(key);
  if (choice !== null && CHOICE_TYPES.has(choice[1])) {
    const type = PRIMITIVE.test(choice[1]) ? choice[1].charAt(0).toLowerCase() + choice[1].slice(1) : choice[1];
    return `.${choice[0]}.ofType(${type})`;
  }
  return IDENTIFIER.test(key) ? `.${key}` : `.\`${key.replace(/[`\\]/g, (c) => `\\${c}`)}\``;
}

/**
 * FHIRPath expression of a location, starting with the root resource's type
 * (`Bundle.entry[1].resource.input[0].value.ofType(CodeableConcept).coding[0]`).
 * Choice elements are written `value.ofType(T)`, as FHIRPath requires.
 */
export function expressionOf(location: Location, rootType: string): string {
  let out = IDENTIFIER.test(rootType) ? rootType : 'Resource';
  for (const key of keysOf(location)) out += typeof key === 'number' ? `[${key}]` : member(key);
  return out;
}
