/**
 * The shape of a language's catalogue of structural messages: every sentence
 * the structural check writes, as a function of its parts. One catalogue per
 * language (`fr.ts`, `en.ts`); a test checks that both have every entry.
 *
 * Forme d'un catalogue de messages de structure.
 */
import type { PatternName } from '../../generated/pattern-kinds.js';

/** JSON types, as Ajv names them in `type` errors. */
export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** String formats the schemas use. */
export type FormatName = 'date' | 'date-time' | 'time';

/** The patterns of the published schemas, by what they stand for (see `pattern-names.ts`). */
export type { PatternName };

/** Bounds on a number or a string length. */
export type BoundKeyword = 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'multipleOf' | 'minLength' | 'maxLength';

/** Every structural message of one language. */
export interface StructureMessages {
  /** How the document root is named. */
  readonly document: string;
  /** A property, by its key and schema title. */
  readonly property: (key: string, title: string | undefined) => string;
  /** A message about a value inside list items, prefixed by those items in words (`where`: « 2e créneau »). */
  readonly located: (where: string, message: string) => string;
  /** A number as the language writes it (decimal comma in French). */
  readonly number: (value: number) => string;
  /** How a value found in the document is quoted. */
  readonly quote: (value: string) => string;
  /** How a hidden key is named (personal-data area): its position in its object, when known. */
  readonly maskedKey: (position: number | undefined) => string;
  readonly required: (label: string) => string;
  /** `key` is already quoted (or a hidden key's description in parentheses); `suggestion` is the closest property the schema defines here. */
  readonly unknownProperty: (key: string, suggestion: string | undefined) => string;
  /** The unknown property that stands for a missing required one (a misspelling): one issue for both. `expected` is the label of the missing field, `key` the quoted key found. */
  readonly misspeltProperty: (key: string, expected: string) => string;
  /** `key` is already quoted, or a hidden key's description. */
  readonly invalidKey: (key: string, expected: string) => string;
  /** How a key found in the document is quoted. */
  readonly quoteKey: (key: string) => string;
  readonly type: (label: string, types: readonly string[]) => string;
  readonly expectedValue: (list: string) => string;
  readonly allowedValues: (list: string) => string;
  readonly allowedCount: (count: number) => string;
  readonly notInCodeSystem: (system: string) => string;
  readonly valueNotAllowed: (value: string | undefined, label: string, expected: string) => string;
  /** `patternErrorMessage` of the schema (written in French) is used when this returns a string. */
  readonly withSchemaMessage: (label: string, schemaMessage: string) => string | undefined;
  readonly badFormat: (label: string) => string;
  readonly mustBe: (label: string, described: string) => string;
  readonly minItems: (label: string, limit: number) => string;
  readonly maxItems: (label: string, limit: number) => string;
  /** Two equal items; `first` and `second` are 1-based positions, as people count. */
  readonly duplicates: (label: string, first: number, second: number) => string;
  readonly propertyCount: (label: string, limit: string) => string;
  readonly bound: Readonly<Record<BoundKeyword, (label: string, limit: string) => string>>;
  readonly noSuchVariant: (value: string | undefined, property: string, list: string) => string;
  readonly severalVariants: (label: string) => string;
  readonly noVariant: (label: string) => string;
  readonly otherConstraint: (label: string, keyword: string) => string;
  readonly truncated: (omitted: number) => string;
  readonly typeNames: Readonly<Record<JsonTypeName, string>>;
  readonly formatNames: Readonly<Record<FormatName, string>>;
  readonly patternNames: Readonly<Record<PatternName, string>>;
}

/** Upper-cases the first letter of a label, unless it starts with a quotation. */
export function capitalize(s: string): string {
  if (s.startsWith('« ') || s.startsWith("'")) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter of a message that goes after a location (« Champ… » → « champ… »), unless it starts with a quotation or an acronym. */
export function lowerFirst(s: string): string {
  if (s.length < 2 || s.charAt(1) !== s.charAt(1).toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}
