/**
 * The shape of `details` for the rules whose details are fixed: the
 * structural checks and the option check. Narrowing an issue on its `ruleId`
 * types its details:
 *
 * ```ts
 * if (issue.ruleId === 'STRUCTURE-OBLIGATOIRE') console.log(issue.details?.property);
 * ```
 *
 * Business rules give details of their own (codes, counts, related paths),
 * documented with each rule and typed `Record<string, unknown>`.
 *
 * Forme des détails des contrôles structurels et du contrôle des options.
 */
import type { ReadProblemKind } from './json/read-document.js';

/** Added to the details of any issue whose path went through an object key holding personal data (see `includePersonalData`). */
export interface MaskedKeyDetails {
  /** The key was replaced in the path; `position` is its 1-based rank in its object, when known. */
  cleMasquee?: { position?: number };
}

/** Details of each structural check and of the option check, by rule id. */
export interface IssueDetailsByRule {
  /** The input is not a JSON value (cycle, unreadable value, over the size limit, non-JSON value). */
  'STRUCTURE-JSON': { kind: ReadProblemKind; found: string };
  /** No details. */
  'STRUCTURE-TYPE-DOCUMENT': never;
  /** A required property is missing (`foundAt`/`foundAs`: where a misspelt form of it was found). */
  'STRUCTURE-OBLIGATOIRE': { keyword: 'required'; property: string; title?: string; foundAt?: string; foundAs?: string };
  /** A property the schema does not know (`property` left out when it is personal data). */
  'STRUCTURE-INCONNU': { keyword: 'additionalProperties' | 'propertyNames'; property?: string; suggestion?: string };
  /** A value of the wrong JSON type; `expected` lists the JSON Schema type names. */
  'STRUCTURE-TYPE': { keyword: 'type'; expected: string[] };
  /** A value outside the allowed values (`allowedValues` up to 50 of them, `allowedCount` beyond; `value` when it may be shown). */
  'STRUCTURE-VALEUR': {
    keyword: 'enum' | 'const';
    allowedValues?: unknown[];
    allowedCount?: number;
    codeSystem?: string;
    numbering?: string;
    value?: unknown;
  };
  /** A string that does not follow its format or pattern. */
  'STRUCTURE-FORMAT': { keyword: 'format' | 'pattern'; format?: string };
  /** Too few or too many items or members, or duplicate items (`i`, `j`: 0-based indexes of two equal items). */
  'STRUCTURE-CARDINALITE': { keyword: 'minItems' | 'maxItems' | 'uniqueItems' | 'minProperties' | 'maxProperties'; limit?: number; i?: number; j?: number };
  /** A number or a length outside its bounds. */
  'STRUCTURE-BORNE': { keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'multipleOf' | 'minLength' | 'maxLength'; limit: number };
  /** No variant of a union fits (`discriminator` and `allowedValues` when a discriminating property names none). */
  'STRUCTURE-VARIANTE': { keyword: 'anyOf' | 'oneOf'; discriminator?: string; allowedValues?: unknown[] };
  /** Another schema constraint, named by its keyword. */
  'STRUCTURE-AUTRE': { keyword: string };
  /** How many issues were left out past the limit. */
  'STRUCTURE-TRONQUE': { omitted: number };
  /** The name of the unexpected error (never its message). */
  'STRUCTURE-INTERNE': { error: string };
  /** The option concerned, and what was given or expected. */
  'OPTIONS-INVALIDES': { option: string; [detail: string]: unknown };
}

/** The rule ids whose details have a fixed shape. */
export type RuleIdWithFixedDetails = keyof IssueDetailsByRule;

/**
 * The details of an issue of rule `R`: the fixed shape for the structural and
 * option checks (still readable as a record, so code that reads any issue's
 * details generically keeps working), a record otherwise.
 */
export type IssueDetails<R extends string> = R extends RuleIdWithFixedDetails
  ? IssueDetailsByRule[R] & MaskedKeyDetails & Readonly<Record<string, unknown>>
  : Record<string, unknown>;
