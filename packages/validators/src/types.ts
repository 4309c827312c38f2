/**
 * Public types of the validators: issues, reports, options, rule definitions.
 *
 * Types publics des validateurs : anomalies, rapports, options, définitions de règles.
 */

import type { Numbering as NomenclatureNumbering } from '@serafin-ph/nomenclature';
import type { ConventionTerritoriale, DocumentType, Pag, TableauDerogations } from '@serafin-ph/pag-schema/types';
import { DOCUMENT_TYPES } from '@serafin-ph/pag-schema/types';
import type { RuleId } from './generated/rule-ids.js';
import type { IssueDetails, RuleIdWithFixedDetails } from './issue-details.js';
import type { MessageCatalogue } from './messages.js';

export type { ConventionTerritoriale, Pag, TableauDerogations } from '@serafin-ph/pag-schema/types';

export type { RuleId } from './generated/rule-ids.js';
export type { IssueDetails, IssueDetailsByRule, MaskedKeyDetails, RuleIdWithFixedDetails } from './issue-details.js';
export type { ReadProblemKind } from './json/read-document.js';

export { DOCUMENT_TYPES, type DocumentType } from '@serafin-ph/pag-schema/types';

/**
 * The three document types, values of the `typeDocument` discriminator.
 *
 * @deprecated The same type as {@link DocumentType} (defined once, in
 * `@serafin-ph/pag-schema`); use that name.
 */
export type TypeDocument = DocumentType;

/**
 * The document of each type: the interfaces generated from the published JSON
 * Schemas (`@serafin-ph/pag-schema/types`, which import nothing — exact even
 * where zod is not installed).
 */
export interface DocumentTypes {
  /** A PAG. */
  pag: Pag;
  /** A territorial convention. */
  'convention-territoriale': ConventionTerritoriale;
  /** A table of delegated derogations. */
  'tableau-derogations': TableauDerogations;
}

/** The document of the type `T` (of any of the three types by default). */
export type DocumentOf<T extends DocumentType = DocumentType> = DocumentTypes[T];

/**
 * Every document type, in a stable order.
 *
 * @deprecated The same list as {@link DOCUMENT_TYPES} (defined once, in
 * `@serafin-ph/pag-schema`); use that name.
 */
export const TYPES_DOCUMENT: readonly DocumentType[] = DOCUMENT_TYPES;

/**
 * Severity of an issue. Only `error` makes a document invalid; `warning` asks
 * for a human check; `info` is a note.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Language of the messages: French (default) or English. */
export type Lang = 'fr' | 'en';

/** Numbering of incoming SERAFIN-PH codes (the `Numbering` of `@serafin-ph/nomenclature`, where the list is defined). */
export type Numbering = NomenclatureNumbering;

/** A text in French and English. */
export interface LocalizedText {
  /** French text. */
  readonly fr: string;
  /** English text. */
  readonly en: string;
}

/** What every issue has, whatever its rule. */
export interface IssueBase {
  /** Severity of this occurrence (a rule's default severity, or the one chosen by an option). */
  severity: Severity;
  /** JSON Pointer (RFC 6901) of the value concerned; `''` is the document root. */
  path: string;
  /**
   * Message in the requested language. It never contains personal data (names,
   * birth dates, identifiers, free text) unless `includePersonalData` is true.
   */
  message: string;
  /**
   * The message in French and in English, when the call asked for both
   * (`messages: 'both'`); read it with {@link message}.
   */
  messages?: LocalizedText;
}

/** An issue of the rule (or rules) `R`, with the details of that rule. */
export interface IssueOf<R extends RuleId> extends IssueBase {
  /** Stable, documented identifier of the rule (`PAG-CONSENTEMENT-001`, `STRUCTURE-TYPE`…), one of {@link RULE_IDS}. */
  ruleId: R;
  /**
   * Structured data for programs (codes, counts, expected values, related
   * paths): typed per rule for the structural and option checks (see
   * {@link IssueDetailsByRule}), a record for business rules.
   */
  details?: IssueDetails<R>;
}

/**
 * One finding about a document. A union discriminated by `ruleId`: testing
 * the id of a structural or option issue types its `details`
 * (`if (issue.ruleId === 'STRUCTURE-OBLIGATOIRE') issue.details?.property`).
 */
export type ValidationIssue = { [R in RuleIdWithFixedDetails]: IssueOf<R> }[RuleIdWithFixedDetails] | IssueOf<Exclude<RuleId, RuleIdWithFixedDetails>>;

/** The result of a validation. */
export interface ValidationReport {
  /** True when no issue has the severity `error`. */
  valid: boolean;
  /** The document type the document was checked as, or `null` when it could not be determined. */
  typeDocument: DocumentType | null;
  /** Every issue: structural ones first, then the business rules, each group in document order. */
  issues: ValidationIssue[];
  /**
   * Business rules not run because the part of the document they read is
   * structurally invalid (each with the first structural path that blocked it).
   * Rules skipped through `skipRules` are not listed. Always set by
   * {@link validate}; optional so that callers can build reports of their own.
   */
  rulesNotRun?: { ruleId: RuleId; blockedBy: string }[];
  /**
   * Problems with the options given (`referenceDate: '2025-13-45'`, an unknown
   * id in `skipRules`, an option whose getter throws, a name that is no
   * option…): a programmer's mistake, reported apart, with the rule id
   * `OPTIONS-INVALIDES`; they never make the document invalid (the default
   * value is used). Always set by {@link validate}.
   */
  optionIssues?: ValidationIssue[];
}

/** A valid result: it carries the document, typed. */
export interface ValidResult<T extends DocumentType = DocumentType> extends ValidationReport {
  /** No issue has the severity `error`. */
  valid: true;
  /** The document type the document was checked as. */
  typeDocument: T;
  /**
   * The document that was checked: the value given itself when it was a plain
   * JSON tree, otherwise its JSON copy (what both stages read); under a
   * polluted `Object.prototype` (an enumerable member), always that copy,
   * made of objects without a prototype.
   */
  document: DocumentOf<T>;
  /** Rules not run (see {@link ValidationReport.rulesNotRun}). */
  rulesNotRun: { ruleId: RuleId; blockedBy: string }[];
  /** Option problems (see {@link ValidationReport.optionIssues}). */
  optionIssues: ValidationIssue[];
}

/** An invalid result: no document. */
export interface InvalidResult<T extends DocumentType = DocumentType> extends ValidationReport {
  /** At least one issue has the severity `error`. */
  valid: false;
  /** The type the document was checked as, or `null` when it could not be determined. */
  typeDocument: T | null;
  /** Never set on an invalid result. */
  document?: undefined;
  /** Rules not run (see {@link ValidationReport.rulesNotRun}). */
  rulesNotRun: { ruleId: RuleId; blockedBy: string }[];
  /** Option problems (see {@link ValidationReport.optionIssues}). */
  optionIssues: ValidationIssue[];
}

/**
 * What {@link validate} and the typed entry points return: a report that,
 * when `valid` is true, carries the typed `document`. With the three types,
 * narrow on `typeDocument` too.
 */
export type ValidationResult<T extends DocumentType = DocumentType> = { [K in T]: ValidResult<K> }[T] | InvalidResult<T>;

/**
 * Options of {@link validate} and the typed entry points. An option set to
 * `undefined` is an option left out (its default applies), so that a caller
 * can pass its own optional settings through, `exactOptionalPropertyTypes`
 * or not. Each option is read once; one whose value is outside its list, or
 * whose getter throws, and a name that is no option are reported in the
 * report's `optionIssues` (never silently ignored).
 */
export interface ValidateOptions {
  /** Language of the messages (`fr` by default). */
  lang?: Lang | undefined;
  /** Check the document as this type instead of reading its `typeDocument`. */
  typeDocument?: DocumentType | undefined;
  /**
   * Numbering of the SERAFIN-PH codes that carry no `numerotation` of their own
   * (`ans-2023` by default). With `cnsa-2018` or `ror-r265`, such codes are
   * translated to the ANS 2023 numbering before the business rules check them.
   */
  numbering?: Numbering | undefined;
  /**
   * Reference date `YYYY-MM-DD` for time-based rules ("nothing in the future").
   * Defaults to the current date of the machine, read once per call.
   */
  referenceDate?: string | undefined;
  /**
   * Rule ids not to run (structural checks cannot be skipped: a `STRUCTURE-*`
   * or `OPTIONS-INVALIDES` id given here is reported in `optionIssues`, and
   * its check runs). Only ids of the catalogue compile; an unknown id that
   * reaches `validate()` anyway (from JavaScript, or a cast) is reported in
   * the report's `optionIssues`.
   */
  skipRules?: readonly RuleId[] | undefined;
  /**
   * Severity of deprecated codes — SERAFIN-PH codes the ANS deactivated (`PAG-CODES-001`) and public codes of
   * TRE_R403 closed in 2021 in a derogation table (`TAB-PARAMETRES-006`): `warning` (default) or `error`.
   */
  deprecatedCodes?: 'error' | 'warning' | undefined;
  /** Let messages quote personal data (names, dates of birth, identifiers, free text). `false` by default. */
  includePersonalData?: boolean | undefined;
  /**
   * `both`: every issue also carries its message in French and English
   * (`issue.messages`), so that an interface can show either without
   * validating again; `message` stays in `lang`. `lang` (default): only the
   * requested language.
   */
  messages?: 'lang' | 'both' | undefined;
  /**
   * Catalogues of rule messages to add to those the entry point carries. The
   * main entry point (`@serafin-ph/validators`) carries French and English
   * for every document type and needs none. A per-document entry point
   * (`@serafin-ph/validators/pag`, `/convention`, `/tableau-derogations`)
   * carries French only, so that a French page ships no English text: for
   * `lang: 'en'` or `messages: 'both'` there, pass its English catalogue
   * (`PAG_EN`, `CONVENTION_EN`, `TABLEAU_DEROGATIONS_EN`, exported by that
   * entry). Without it the messages stay in French and `optionIssues` says
   * why.
   *
   * @example
   * import { validatePag, PAG_EN } from '@serafin-ph/validators/pag';
   * validatePag(document, { lang: 'en', catalogues: [PAG_EN] });
   */
  catalogues?: readonly MessageCatalogue[] | undefined;
  /**
   * How messages name the options they mention: `api` (default) names the
   * options of this function (`includePersonalData`, `numbering`); `cli` names
   * the flags of `serafin validate` (`--include-personal-data`, `--numbering`),
   * for command-line tools that pass their users' flags through.
   */
  optionNames?: 'api' | 'cli' | undefined;
}

/** Kind of source a rule rests on. */
export type RuleSourceKind = 'loi' | 'cnsa' | 'ans' | 'bonne-pratique';

/** The text a rule rests on. */
export interface RuleSource {
  /** Law, CNSA guidance, ANS specification, or good practice of this project. */
  readonly kind: RuleSourceKind;
  /** Citation (article, document, section). */
  readonly reference: string;
  /** Address of the source, when public. */
  readonly url?: string;
}

/** Stage a rule belongs to: the structural check (JSON Schema) or the business rules. */
export type RuleStage = 'structure' | 'regles';

/** Documentation of one rule, as listed in {@link RULES} and in the rule catalogue. */
export interface RuleDefinition {
  /** Stable identifier. */
  readonly id: string;
  /** Default severity. */
  readonly severity: Severity;
  /** Document types the rule applies to. */
  readonly documents: readonly DocumentType[];
  /** Short title. */
  readonly title: LocalizedText;
  /** What the rule checks and why. */
  readonly description: LocalizedText;
  /** Where the rule comes from. */
  readonly source: RuleSource;
  /** Structural check or business rule. */
  readonly stage: RuleStage;
  /** Family of the rule (`consentement`, `engagements`…), one source file per family. */
  readonly family: string;
  /**
   * JSON Pointer patterns of the parts of the document the rule reads (`*`
   * matches one array index or key). The rule runs only when none of them has
   * a structural error. Empty for structural checks.
   */
  readonly reads: readonly string[];
  /** Set when an option can change the severity (e.g. `deprecatedCodes`). */
  readonly severityOption?: 'deprecatedCodes';
  /**
   * For a rule the published schema already enforces in part: the places
   * (JSON Pointer patterns) whose structural issues are reported under this
   * rule's id instead of a generic `STRUCTURE-…` id.
   */
  readonly schemaPaths?: readonly string[];
}
