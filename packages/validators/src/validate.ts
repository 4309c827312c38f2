/**
 * `validate()` and the typed entry points: structure (the published JSON
 * Schema, precompiled) then business rules, in one report. Never throws.
 *
 * Validation d'un document : structure puis règles métier, un seul rapport.
 */
import { DATE_REGEX } from './structure/formats.js';
import { readDocument, type JsonValue } from './json/read-document.js';
import { OPTIONS_RULE_ID } from './options-rules.js';
import { RULE_SETS } from './rules/registry.js';
import { translateIncomingCodes } from './codes/translate-incoming.js';
import { SCHEMA_INFO } from './personal-data.js';
import type { ResolvedOptions } from './rules/rule.js';
import { relabelStructural, runRules } from './rules/run-rules.js';
import { checkStructure, fastMatchesSchema } from './structure/check-structure.js';
import { STRUCTURE } from './structure/structure-rules.js';
import { TYPES_DOCUMENT, type Lang, type Numbering, type TypeDocument, type ValidateOptions, type ValidationIssue, type ValidationReport } from './types.js';
import { ValidationError } from './validation-error.js';

const NUMBERINGS: readonly Numbering[] = ['ans-2023', 'cnsa-2018', 'ror-r265'];

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function safeGet(o: unknown, key: string): unknown {
  try {
    // Own properties only: a `typeDocument` (or an option) inherited from a polluted Object.prototype is not honoured.
    return o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

interface Resolved {
  readonly options: ResolvedOptions;
  readonly typeDocument: TypeDocument | undefined;
  readonly skip: ReadonlySet<string>;
  readonly issues: ValidationIssue[];
}

function resolveOptions(raw: unknown): Resolved {
  const issues: ValidationIssue[] = [];
  const langRaw = safeGet(raw, 'lang');
  const lang: Lang = langRaw === 'en' ? 'en' : 'fr';
  const bad = (option: string, fr: string, en: string): void => {
    issues.push({ ruleId: OPTIONS_RULE_ID, severity: 'error', path: '', message: lang === 'en' ? en : fr, details: { option } });
  };
  if (langRaw !== undefined && langRaw !== 'fr' && langRaw !== 'en') bad('lang', 'Option « lang » inconnue : fr ou en ; le français est utilisé.', 'Unknown "lang" option: fr or en; French is used.');

  const numberingRaw = safeGet(raw, 'numbering');
  let numbering: Numbering = 'ans-2023';
  if (numberingRaw !== undefined) {
    if (NUMBERINGS.includes(numberingRaw as Numbering)) numbering = numberingRaw as Numbering;
    else bad('numbering', 'Option « numbering » inconnue : ans-2023, cnsa-2018 ou ror-r265 ; ans-2023 est utilisée.', 'Unknown "numbering" option: ans-2023, cnsa-2018 or ror-r265; ans-2023 is used.');
  }

  const dateRaw = safeGet(raw, 'referenceDate');
  let referenceDate: string | undefined;
  if (dateRaw !== undefined) {
    if (typeof dateRaw === 'string' && DATE_REGEX.test(dateRaw)) referenceDate = dateRaw;
    else bad('referenceDate', 'Option « referenceDate » invalide : date AAAA-MM-JJ attendue ; la date du jour est utilisée.', 'Invalid "referenceDate" option: a YYYY-MM-DD date is expected; today is used.');
  }

  const deprecatedRaw = safeGet(raw, 'deprecatedCodes');
  let deprecatedCodes: 'error' | 'warning' = 'warning';
  if (deprecatedRaw === 'error' || deprecatedRaw === 'warning') deprecatedCodes = deprecatedRaw;
  else if (deprecatedRaw !== undefined) bad('deprecatedCodes', 'Option « deprecatedCodes » inconnue : error ou warning.', 'Unknown "deprecatedCodes" option: error or warning.');

  const typeRaw = safeGet(raw, 'typeDocument');
  let typeDocument: TypeDocument | undefined;
  if (typeRaw !== undefined) {
    if (TYPES_DOCUMENT.includes(typeRaw as TypeDocument)) typeDocument = typeRaw as TypeDocument;
    else bad('typeDocument', 'Option « typeDocument » inconnue : pag, convention-territoriale ou tableau-derogations.', 'Unknown "typeDocument" option: pag, convention-territoriale or tableau-derogations.');
  }

  const skipRaw = safeGet(raw, 'skipRules');
  const skip = new Set<string>();
  if (skipRaw !== undefined) {
    if (Array.isArray(skipRaw)) {
      for (const id of skipRaw as unknown[]) if (typeof id === 'string') skip.add(id);
    } else {
      bad('skipRules', 'Option « skipRules » invalide : liste d’identifiants de règles attendue.', 'Invalid "skipRules" option: a list of rule ids is expected.');
    }
  }

  return {
    options: {
      lang,
      numbering,
      referenceDate: referenceDate ?? today(),
      deprecatedCodes,
      includePersonalData: safeGet(raw, 'includePersonalData') === true,
      codeTranslations: [],
    },
    typeDocument,
    skip,
    issues,
  };
}

function finish(typeDocument: TypeDocument | null, issues: ValidationIssue[], rulesNotRun: { ruleId: string; blockedBy: string }[]): ValidationReport {
  return { valid: !issues.some((i) => i.severity === 'error'), typeDocument, issues, rulesNotRun };
}

function describeNonJson(found: string): { fr: string; en: string } {
  switch (found) {
    case 'undefined':
      return { fr: 'valeur indéfinie dans un tableau', en: 'missing value in an array' };
    case 'sparse-array':
      return { fr: 'case vide de tableau', en: 'hole in an array' };
    case 'function':
      return { fr: 'fonction', en: 'function' };
    case 'symbol':
      return { fr: 'symbole', en: 'symbol' };
    case 'bigint':
      return { fr: 'grand entier (bigint)', en: 'bigint' };
    case 'NaN':
    case 'Infinity':
    case '-Infinity':
      return { fr: 'nombre non fini', en: 'non-finite number' };
    default:
      return { fr: `objet de classe ${found}`, en: `instance of ${found}` };
  }
}

/** The document type a `typeDocument` value names, or `undefined`. */
function declaredType(value: unknown): TypeDocument | undefined {
  return TYPES_DOCUMENT.includes(value as TypeDocument) ? (value as TypeDocument) : undefined;
}

/**
 * The common case, without the defensive copy: a plain JSON tree (what
 * `JSON.parse` returns) that follows the published schema of its type, read
 * with the default numbering. The fast structural check answers both (see
 * `scripts/generators/fast-structure.ts`); for such a value the copy would be
 * equal to it, its reading would report no problem and the structural stage
 * no issue, so the rules run on the value itself (they only read it). Returns
 * the document type, or `undefined` when the document goes the careful way:
 * copy, structure with every error, rules.
 */
function directPath(document: unknown, resolved: Resolved, forced: TypeDocument | undefined): TypeDocument | undefined {
  if (resolved.options.numbering !== 'ans-2023') return undefined;
  const type = forced ?? resolved.typeDocument ?? declaredType(safeGet(document, 'typeDocument'));
  if (type === undefined) return undefined;
  try {
    return fastMatchesSchema(type, document) ? type : undefined;
  } catch {
    // A getter or a proxy that throws: the careful reader reports it.
    return undefined;
  }
}

function run(document: unknown, rawOptions: unknown, forced: TypeDocument | undefined): ValidationReport {
  const resolved = resolveOptions(rawOptions);
  const { options } = resolved;
  const lang = options.lang;
  const issues: ValidationIssue[] = [...resolved.issues];

  const direct = directPath(document, resolved, forced);
  if (direct !== undefined) {
    const outcome = runRules(RULE_SETS[direct], document as JsonValue, { ...options, codeTranslations: [] }, [], resolved.skip);
    issues.push(...outcome.issues);
    return finish(direct, issues, outcome.notRun);
  }

  const read = readDocument(document);
  for (const p of read.problems) {
    const what =
      p.kind === 'cycle'
        ? { fr: 'cycle (la valeur se contient elle-même)', en: 'cycle (the value contains itself)' }
        : p.kind === 'unreadable'
          ? { fr: 'valeur illisible (un accesseur a échoué)', en: 'unreadable value (a getter failed)' }
          : p.kind === 'too-large'
            ? { fr: 'document trop volumineux', en: 'document too large' }
            : describeNonJson(p.found);
    issues.push({
      ruleId: STRUCTURE.json,
      severity: 'error',
      path: p.path,
      message: lang === 'en' ? `Value not representable in JSON: ${what.en}.` : `Valeur non représentable en JSON : ${what.fr}.`,
      details: { kind: p.kind, found: p.found },
    });
  }
  const root = read.value;

  const declared = safeGet(root, 'typeDocument');
  const typeDocument = forced ?? resolved.typeDocument ?? declaredType(declared);
  if (typeDocument === undefined) {
    const isObj = root !== null && typeof root === 'object' && !Array.isArray(root);
    issues.push({
      ruleId: STRUCTURE.typeDocument,
      severity: 'error',
      path: isObj ? '/typeDocument' : '',
      message: !isObj
        ? lang === 'en'
          ? 'The document must be a JSON object.'
          : 'Le document doit être un objet JSON.'
        : declared === undefined
          ? lang === 'en'
            ? 'The document has no "typeDocument": pag, convention-territoriale or tableau-derogations expected.'
            : 'Le document n’a pas de « typeDocument » : pag, convention-territoriale ou tableau-derogations attendu.'
          : lang === 'en'
            ? 'Unknown "typeDocument": pag, convention-territoriale or tableau-derogations expected.'
            : '« typeDocument » inconnu : pag, convention-territoriale ou tableau-derogations attendu.',
    });
    return finish(null, issues, []);
  }

  // The `numbering` option: bare codes are translated to ans-2023 on our copy (never the caller's value) before any check.
  const codeTranslations = translateIncomingCodes(root, SCHEMA_INFO[typeDocument].codes, options.numbering);
  const documentOptions: ResolvedOptions = { ...options, codeTranslations };

  const set = RULE_SETS[typeDocument];
  const structural = relabelStructural(set, root, checkStructure(typeDocument, root, lang, options.includePersonalData), documentOptions, resolved.skip);
  issues.push(...structural);
  const blocked = [...read.problems.map((p) => p.path), ...structural.filter((i) => i.severity === 'error').map((i) => i.path)];
  const outcome = runRules(set, root, documentOptions, blocked, resolved.skip);
  issues.push(...outcome.issues);
  return finish(typeDocument, issues, outcome.notRun);
}

function safeRun(document: unknown, options: unknown, forced: TypeDocument | undefined): ValidationReport {
  try {
    return run(document, options, forced);
  } catch (error) {
    const en = safeGet(options, 'lang') === 'en';
    return {
      valid: false,
      typeDocument: null,
      issues: [
        {
          ruleId: STRUCTURE.interne,
          severity: 'error',
          path: '',
          message: en ? 'Validation failed unexpectedly.' : 'La validation a échoué de façon inattendue.',
          details: { error: error instanceof Error ? error.name : 'unknown' },
        },
      ],
      rulesNotRun: [],
    };
  }
}

/**
 * Validates a PAG, a territorial convention or a table of delegated
 * derogations: the type is read from `typeDocument` (or forced with
 * `options.typeDocument`), the structure is checked against the published
 * JSON Schema, then the business rules run where the structure they read is
 * sound. **Never throws**, whatever it is given, and never writes to it. A
 * plain JSON tree (what `JSON.parse` returns) that follows the schema is read
 * as it is — members defined by getters included, which may then be read
 * more than once; anything else (and any value whose reading throws) is first
 * copied into one, and what is not JSON in it is reported (`STRUCTURE-JSON`).
 *
 * @example
 * const report = validate(JSON.parse(text), { lang: 'fr', referenceDate: '2025-06-30' });
 * if (!report.valid) for (const i of report.issues) console.log(i.ruleId, i.path, i.message);
 */
export function validate(document: unknown, options?: ValidateOptions): ValidationReport {
  return safeRun(document, options, undefined);
}

/** Validates `document` as a PAG (whatever its `typeDocument` says). Never throws. */
export function validatePag(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationReport {
  return safeRun(document, options, 'pag');
}

/** Validates `document` as a territorial convention. Never throws. */
export function validateConvention(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationReport {
  return safeRun(document, options, 'convention-territoriale');
}

/** Validates `document` as a table of delegated derogations. Never throws. */
export function validateTableauDerogations(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationReport {
  return safeRun(document, options, 'tableau-derogations');
}

/**
 * Validates and throws a {@link ValidationError} carrying every issue when the
 * document has at least one error-level issue.
 */
export function assertValid(document: unknown, options?: ValidateOptions): void {
  const report = validate(document, options);
  if (report.valid) return;
  const errors = report.issues.filter((i) => i.severity === 'error');
  const en = options?.lang === 'en';
  const first = errors[0];
  const head = en ? `Invalid document: ${errors.length} error(s)` : `Document invalide : ${errors.length} erreur(s)`;
  throw new ValidationError(first === undefined ? head : `${head}; ${first.ruleId} at "${first.path}": ${first.message}`, report.issues, report.typeDocument);
}
