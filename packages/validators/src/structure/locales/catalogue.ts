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
  /**
   * An array item, as people count it (`position` is 1-based), by its own
   * identifier when it has one, with the title of the list.
   */
  readonly item: (position: number, title: string | undefined, identifier: string | undefined) => string;
  /** An ordinal as people write it (« 1er », « 2e » / "1st", "2nd"). */
  readonly ordinal: (position: number) => string;
  /** How a value found in the document is quoted. */
  readonly quote: (value: string) => string;
  /** An unknown key that is not shown (personal-data area): its position in its object. */
  readonly maskedKey: (position: number | undefined) => string;
  readonly required: (label: string) => string;
  readonly unknownProperty: (key: string | undefined, suggestion: string | undefined) => string;
  /** The unknown property that stands for a missing required one (a misspelling): one issue for both. */
  readonly misspeltProperty: (key: string | undefined, expected: string) => string;
  readonly invalidKey: (key: string | undefined, expected: string) => string;
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
  readonly duplicates: (label: string, first: number, second: number) => string;
  readonly propertyCount: (label: string, limit: string) => string;
  readonly bound: Readonly<Record<BoundKeyword, (label: string, limit: string) => string>>;
  readonly noSuchVariant: (value: string | undefined, property: string, list: string) => string;
  readonly severalVariants: (label: string) => string;
  readonly noVariant: (label: string) => string;
  readonly otherConstraint: (label: string, keyword: string) => string;
  readonly truncated: (omitted: number) => string;
  readonly internal: string;
  readonly typeNames: Readonly<Record<JsonTypeName, string>>;
  readonly formatNames: Readonly<Record<FormatName, string>>;
  readonly patternNames: Readonly<Record<PatternName, string>>;
}

/** Upper-cases the first letter of a label, unless it starts with a quotation. */
export function capitalize(s: string): string {
  if (s.startsWith('« ') || s.startsWith("'")) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
