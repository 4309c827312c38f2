/**
 * The validation engine shared by every entry point: options, JSON reading,
 * structure (the published JSON Schema, precompiled) then business rules, in
 * one report, for the document types of the kits it is given. Never throws.
 *
 * Moteur de validation commun à toutes les entrées : structure puis règles
 * métier, un seul rapport.
 */
import { NUMBERINGS } from '@serafin-ph/nomenclature';
import { maskIssue, maskPath } from './mask-keys.js';
import { isCalendarDate } from './structure/formats.js';
import { DEFAULT_READ_LIMITS, readDocument, type JsonValue } from './json/read-document.js';
import { objectPrototypeIsPolluted } from './json/prototype-keys.js';
import { internalIssue, optionIssue, structureIssue } from './issues.js';
import { markOwnCatalogue, pick, renderMessage, text, type MessageCatalogue, type MessageTemplate, type NestedText, type RuleMessages } from './messages.js';
import type { DocumentKit, KitTable } from './documents/kit.js';
import { translateIncomingCodes } from './codes/translate-incoming.js';
import type { ResolvedOptions } from './rules/rule.js';
import { relabelStructural, runRules } from './rules/run-rules.js';
import { checkStructureWith } from './structure/check-structure.js';
import type { StructureMessages } from './structure/locales/catalogue.js';
import { STRUCTURE } from './structure/structure-ids.js';
import { isRuleId } from './rule-ids.js';
import { closestName } from './suggest.js';
import { copyOptions, OPTION_NAMES, optionsKind, quoteFew, UNREADABLE } from './options-read.js';
import { DOCUMENT_TYPES, type Lang, type Numbering, type RuleId, type DocumentType, type ValidationIssue, type ValidationReport, type ValidationResult } from './types.js';
import { ValidationError } from './validation-error.js';

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
  readonly typeDocument: DocumentType | undefined;
  readonly skip: ReadonlySet<string>;
  /** The programmer's option problems, reported apart from the document's issues. */
  readonly optionIssues: ValidationIssue[];
  /** `messages: 'both'` asked for, and both languages available. */
  readonly bothLanguages: boolean;
  /** The structural check's messages, in the language of the rules' messages. */
  readonly structureMessages: StructureMessages;
}

/** The catalogues an entry point carries, and the types of the documents it checks. */
export interface EntryPoint {
  readonly kits: KitTable;
  readonly catalogues: readonly MessageCatalogue[];
}

type MessagesByType = Readonly<Partial<Record<DocumentType, RuleMessages>>>;

/** The messages of `lang` by document type, from the first catalogue of that language that covers each type. */
function messagesIn(catalogues: readonly MessageCatalogue[], lang: Lang): Partial<Record<DocumentType, RuleMessages>> {
  // Without a prototype, and filled from own members only: a type no catalogue covers reads `undefined` whatever `Object.prototype` holds.
  const out: Partial<Record<DocumentType, RuleMessages>> = Object.create(null);
  for (const c of catalogues) {
    if (c.lang !== lang) continue;
    for (const type of DOCUMENT_TYPES) {
      const rules = safeGet(c.rules, type) as RuleMessages | undefined;
      if (out[type] === undefined && rules !== undefined) out[type] = rules;
    }
  }
  return out;
}

/**
 * The structural check's messages of `lang`: those of the first catalogue of
 * that language that carries them (the exported catalogues do; see `locales/`).
 */
function structureIn(catalogues: readonly MessageCatalogue[], lang: Lang): StructureMessages | undefined {
  for (const c of catalogues) {
    if (c.lang !== lang) continue;
    const structure = safeGet(c, 'structure');
    if (structure !== null && typeof structure === 'object') return structure as StructureMessages;
  }
  return undefined;
}

/** Messages by language, and whether each language covers the entry's document types. */
interface LanguageTable {
  readonly byLang: Readonly<Record<Lang, MessagesByType>>;
  readonly structure: Readonly<Record<Lang, StructureMessages | undefined>>;
  readonly covers: Readonly<Record<Lang, boolean>>;
}

function languageTable(catalogues: readonly MessageCatalogue[], kits: KitTable): LanguageTable {
  const byLang = { fr: messagesIn(catalogues, 'fr'), en: messagesIn(catalogues, 'en') };
  const structure = { fr: structureIn(catalogues, 'fr'), en: structureIn(catalogues, 'en') };
  const covers = { fr: structure.fr !== undefined && coversKits(byLang.fr, kits), en: structure.en !== undefined && coversKits(byLang.en, kits) };
  return { byLang, structure, covers };
}

/** The built-in table of each entry point, computed once. */
const builtIn = new WeakMap<EntryPoint, LanguageTable>();

function builtInTable(entry: EntryPoint): LanguageTable {
  let t = builtIn.get(entry);
  if (t === undefined) {
    t = languageTable(entry.catalogues, entry.kits);
    // The entry's catalogues are module constants: their renderers read their entries once (see rendererOf).
    for (const c of entry.catalogues)
      for (const type of DOCUMENT_TYPES) {
        const rules = safeGet(c.rules, type) as RuleMessages | undefined;
        if (rules !== undefined) markOwnCatalogue(rules);
      }
    builtIn.set(entry, t);
  }
  return t;
}

/** The structural messages of `lang`; every entry point carries French ones (their absence is a defect of ours, reported as an internal issue). */
function structureMessagesOf(table: LanguageTable, lang: Lang): StructureMessages {
  const m = table.structure[lang];
  if (m === undefined) throw new Error(`no structural messages in ${lang}`);
  return m;
}

/**
 * A copy of the list `value`, or `undefined` when it is not an array or fails
 * when read (a proxy, a getter that throws): an option list is read once,
 * here, so that nothing the caller gave can fail later in the validation.
 */
function readList(value: unknown): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const copy: unknown[] = [];
    for (const item of value as unknown[]) copy.push(item);
    return copy;
  } catch {
    return undefined;
  }
}

/**
 * A caller's catalogue, read once: for each document type the entry point
 * has messages for, a table whose entries never fail. Each entry reads the
 * caller's entry when the message is written (as `renderMessage` does); one
 * that throws, is missing, or gives no text is written from the entry point's
 * own catalogue instead, and `failed` is told. Its structural messages are
 * kept as given. `undefined` when `value` is not a catalogue (no `fr`/`en`
 * language, rules that are not an object or fail when read).
 */
function guardCatalogue(value: unknown, own: LanguageTable, failed: (key: string) => void): MessageCatalogue | undefined {
  const lang = safeGet(value, 'lang');
  const rules = safeGet(value, 'rules');
  if ((lang !== 'fr' && lang !== 'en') || rules === null || typeof rules !== 'object') return undefined;
  const guarded: Partial<Record<DocumentType, RuleMessages>> = Object.create(null);
  try {
    for (const type of DOCUMENT_TYPES) {
      // Read, then kept only when own (never inherited from a polluted `Object.prototype`); a read that throws makes the catalogue unreadable, below.
      const read = (rules as Record<string, unknown>)[type];
      const table = (read !== undefined && Object.hasOwn(rules, type) ? read : undefined) as Record<string, unknown> | undefined;
      const ownLang: Lang = own.byLang[lang][type] === undefined ? (lang === 'en' ? 'fr' : 'en') : lang;
      const fallback = own.byLang[ownLang][type];
      if (table === undefined || fallback === undefined) continue;
      if (table === null || typeof table !== 'object') return undefined;
      const entries: Record<string, MessageTemplate> = {};
      for (const key of Object.keys(fallback))
        entries[key] = (params: unknown, nested: (part: NestedText) => string): string => {
          try {
            const entry = table[key];
            const written: unknown = typeof entry === 'function' ? (entry as (p: unknown, n: unknown) => unknown)(params, nested) : entry;
            if (typeof written === 'string') return written;
          } catch {
            // Written from the entry point's own catalogue, as an entry that gives no text.
          }
          failed(key);
          return renderMessage(fallback, ownLang, { key, params });
        };
      guarded[type] = entries;
    }
  } catch {
    return undefined;
  }
  return { lang, rules: guarded, structure: safeGet(value, 'structure') } as MessageCatalogue;
}

/** True when `messages` has the rules' messages of every document type of `kits` (and of the table a convention embeds). */
function coversKits(messages: MessagesByType, kits: KitTable): boolean {
  for (const type of DOCUMENT_TYPES) {
    const kit = safeGet(kits, type) as DocumentKit | undefined;
    if (kit === undefined) continue;
    if (messages[type] === undefined) return false;
    for (const e of (Object.hasOwn(kit.rules, 'embedded') ? kit.rules.embedded : undefined) ?? []) if (messages[e.set.type] === undefined) return false;
  }
  return true;
}

/** The options whose value is one of a list, with that list. */
const CHOICES: readonly (readonly [string, readonly unknown[]])[] = [
  ['lang', ['fr', 'en']],
  ['typeDocument', DOCUMENT_TYPES],
  ['numbering', NUMBERINGS],
  ['deprecatedCodes', ['error', 'warning']],
  ['includePersonalData', [true, false]],
  ['messages', ['lang', 'both']],
  ['optionNames', ['api', 'cli']],
];

function resolveOptions(given: unknown, entry: EntryPoint): Resolved {
  const optionIssues: ValidationIssue[] = [];
  // Read once: an option whose getter throws is reported below and left out; the checks read the copy.
  const raw = copyOptions(given);
  const names = Object.keys(raw);
  const langRaw = raw['lang'] === UNREADABLE ? undefined : raw['lang'];
  const requested: Lang = langRaw === 'en' ? 'en' : 'fr';
  // Option problems are written in the requested language (the engine's own texts are always in both).
  const lang: Lang = requested;
  const bad = (option: string, fr: string, en: string, details: Record<string, unknown> = {}): void => {
    optionIssues.push(optionIssue(lang, option, text(fr, en), details));
  };
  // Options that are no object (a string, a number, an array, a function…) give no option: said, never silently dropped.
  // `undefined` and `null` are no options, as usual in JavaScript.
  const kind = optionsKind(given);
  if (kind !== 'object' && kind !== 'none')
    bad('', `Options invalides : un objet est attendu (reçu : ${kind}) ; elles sont ignorées.`, `Invalid options: an object is expected (received: ${kind}); they are ignored.`, {
      received: kind,
    });
  for (const name of names)
    if (raw[name] === UNREADABLE) {
      raw[name] = undefined;
      bad(name, `Option « ${name} » illisible ; ignorée.`, `Unreadable "${name}" option; ignored.`);
    }
  const unknownNames = names.filter((name) => !(OPTION_NAMES as readonly string[]).includes(name));
  if (unknownNames.length > 0) {
    const near = closestName(unknownNames[0] as string, OPTION_NAMES);
    bad(
      unknownNames[0] as string,
      `Option inconnue, ignorée : ${quoteFew(unknownNames, false)}${near === undefined ? '' : ` (vouliez-vous dire ${near} ?)`}.`,
      `Unknown option, ignored: ${quoteFew(unknownNames, true)}${near === undefined ? '' : ` (did you mean ${near}?)`}.`,
      { unknown: unknownNames },
    );
  }
  // An option with a list of values: a value outside it is said, then left out (its default applies).
  for (const [option, values] of CHOICES)
    if (raw[option] !== undefined && !values.includes(raw[option])) {
      raw[option] = undefined;
      bad(
        option,
        `Option « ${option} » invalide, ignorée ; valeurs possibles : ${values.join(', ')}.`,
        `Invalid "${option}" option, ignored; possible values: ${values.join(', ')}.`,
      );
    }
  const numbering = (raw['numbering'] ?? 'ans-2023') as Numbering;

  const dateRaw = raw['referenceDate'];
  let referenceDate: string | undefined;
  if (dateRaw !== undefined) {
    if (typeof dateRaw === 'string' && isCalendarDate(dateRaw)) referenceDate = dateRaw;
    else
      bad(
        'referenceDate',
        'Option « referenceDate » invalide : date AAAA-MM-JJ attendue ; la date du jour est utilisée.',
        'Invalid "referenceDate" option: a YYYY-MM-DD date is expected; today is used.',
      );
  }

  const deprecatedCodes = (raw['deprecatedCodes'] ?? 'warning') as 'error' | 'warning';

  // Catalogues: the entry's own, then the caller's (which may add a language the entry does not carry).
  const cataloguesRaw = raw['catalogues'];
  const ownTable = builtInTable(entry);
  let table = ownTable;
  if (cataloguesRaw !== undefined) {
    // A message of the caller's that fails is written from the entry point's own catalogue, and said once.
    let failureSaid = false;
    const failed = (key: string): void => {
      if (failureSaid) return;
      failureSaid = true;
      bad(
        'catalogues',
        `Option « catalogues » : le message ${key} n’a pas donné de texte ; celui du point d’entrée est utilisé.`,
        `"catalogues" option: message ${key} gave no text; the entry point's own is used.`,
        { key },
      );
    };
    const list = readList(cataloguesRaw)?.map((c) => guardCatalogue(c, ownTable, failed));
    if (list === undefined || list.some((c) => c === undefined))
      bad(
        'catalogues',
        'Option « catalogues » invalide : liste de catalogues de messages attendue (PAG_EN…) ; elle est ignorée.',
        'Invalid "catalogues" option: a list of message catalogues is expected (PAG_EN…); it is ignored.',
      );
    else if (list.length > 0) table = languageTable([...entry.catalogues, ...(list as MessageCatalogue[])], entry.kits);
  }
  // A language whose catalogue the entry point lacks: French, said in optionIssues (never a silent fallback).
  let messageLang: Lang = requested;
  const both = raw['messages'] === 'both';
  if (requested === 'en' && !table.covers.en) {
    messageLang = 'fr';
    bad(
      'lang',
      'Messages en anglais demandés sans le catalogue anglais de ce point d’entrée : passez-le dans « catalogues » (PAG_EN, CONVENTION_EN ou TABLEAU_DEROGATIONS_EN) ; les messages sont en français.',
      'English messages asked for without the English catalogue of this entry point: pass it in "catalogues" (PAG_EN, CONVENTION_EN or TABLEAU_DEROGATIONS_EN); messages are in French.',
    );
  } else if (both && !table.covers[requested === 'en' ? 'fr' : 'en']) {
    bad(
      'messages',
      'Option « messages » : both demande le catalogue anglais de ce point d’entrée, à passer dans « catalogues » (PAG_EN, CONVENTION_EN ou TABLEAU_DEROGATIONS_EN) ; seule la langue demandée est donnée.',
      '"messages" option: both needs the English catalogue of this entry point, to pass in "catalogues" (PAG_EN, CONVENTION_EN or TABLEAU_DEROGATIONS_EN); only the requested language is given.',
    );
  }

  const typeDocument = raw['typeDocument'] as DocumentType | undefined;

  const skipRaw = raw['skipRules'];
  const skip = new Set<string>();
  if (skipRaw !== undefined) {
    const skipList = readList(skipRaw);
    if (skipList !== undefined) {
      const unknown: string[] = [];
      const structural: string[] = [];
      for (const id of skipList) {
        // The structural checks and the option check always run: such an id is said, not taken.
        if (!isRuleId(id)) unknown.push(typeof id === 'string' ? id : typeof id);
        else if (/^(STRUCTURE|OPTIONS)-/.test(id)) structural.push(id);
        else skip.add(id);
      }
      // Rule ids are public names of the catalogue, never personal data: the message quotes them (a few, cut: see quoteFew).
      if (unknown.length > 0)
        bad(
          'skipRules',
          `Option « skipRules » : identifiant de règle inconnu ${quoteFew(unknown, false)} (voir RULE_IDS) ; il est ignoré.`,
          `"skipRules" option: unknown rule id ${quoteFew(unknown, true)} (see RULE_IDS); it is ignored.`,
          { unknown },
        );
      if (structural.length > 0)
        bad(
          'skipRules',
          `Option « skipRules » : ${quoteFew(structural, false)}, contrôle de structure, ne s’ignore pas.`,
          `"skipRules" option: ${quoteFew(structural, true)}, a structural check, cannot be skipped.`,
          { structural },
        );
    } else {
      bad('skipRules', 'Option « skipRules » invalide : liste d’identifiants de règles attendue.', 'Invalid "skipRules" option: a list of rule ids is expected.');
    }
  }

  return {
    options: {
      lang: messageLang,
      numbering,
      referenceDate: referenceDate ?? today(),
      deprecatedCodes,
      includePersonalData: raw['includePersonalData'] === true,
      optionName: raw['optionNames'] === 'cli' ? cliOptionName : apiOptionName,
      codeTranslations: [],
      messages: table.byLang[messageLang],
    },
    bothLanguages: both && table.covers.fr && table.covers.en,
    structureMessages: structureMessagesOf(table, messageLang),
    typeDocument,
    skip,
    optionIssues,
  };
}

const CLI_FLAGS = { includePersonalData: '--include-personal-data', numbering: '--numbering', deprecatedCodes: '--deprecated-codes' } as const;
const apiOptionName = (option: keyof typeof CLI_FLAGS): string => option;
const cliOptionName = (option: keyof typeof CLI_FLAGS): string => CLI_FLAGS[option];

function finish(
  typeDocument: DocumentType | null,
  document: unknown,
  issues: ValidationIssue[],
  rulesNotRun: { ruleId: RuleId; blockedBy: string }[],
  optionIssues: ValidationIssue[],
): ValidationResult {
  const valid = typeDocument !== null && !issues.some((i) => i.severity === 'error');
  // A valid document is, by construction, a plain JSON tree that follows the schema of its type.
  return (valid ? { valid, typeDocument, document, issues, rulesNotRun, optionIssues } : { valid, typeDocument, issues, rulesNotRun, optionIssues }) as ValidationResult;
}

function describeNonJson(found: string): { fr: string; en: string } {
  switch (found) {
    case 'undefined':
      return {
        fr: 'valeur indéfinie (une propriété absente s’omet, un tableau n’a pas de case vide)',
        en: 'missing value (leave an absent property out; an array has no empty item)',
      };
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
function declaredType(value: unknown): DocumentType | undefined {
  return DOCUMENT_TYPES.includes(value as DocumentType) ? (value as DocumentType) : undefined;
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
function directPath(kits: KitTable, document: unknown, resolved: Resolved, forced: DocumentType | undefined): DocumentType | undefined {
  if (resolved.options.numbering !== 'ans-2023') return undefined;
  const type = forced ?? resolved.typeDocument ?? declaredType(safeGet(document, 'typeDocument'));
  const kit = type === undefined ? undefined : (safeGet(kits, type) as DocumentKit | undefined);
  if (kit === undefined) return undefined;
  try {
    return kit.structure.isValid(document) ? kit.type : undefined;
  } catch {
    // A getter or a proxy that throws: the careful reader reports it.
    return undefined;
  }
}

function run(entry: EntryPoint, document: unknown, rawOptions: unknown, forced: DocumentType | undefined): ValidationResult {
  const kits = entry.kits;
  const resolved = resolveOptions(rawOptions, entry);
  const { options, optionIssues } = resolved;
  const lang = options.lang;
  const issues: ValidationIssue[] = [];

  // A polluted Object.prototype: the caller's objects seem to have its members; only a copy without prototypes is read.
  const polluted = objectPrototypeIsPolluted();
  const direct = polluted ? undefined : directPath(kits, document, resolved, forced);
  const directKit = direct === undefined ? undefined : kits[direct];
  if (direct !== undefined && directKit !== undefined) {
    // `options` is this call's own object, and has no code translation on this path (ans-2023): no copy.
    const outcome = runRules(directKit.rules, document as JsonValue, options, [], resolved.skip);
    return finish(direct, document, outcome.issues, outcome.notRun, optionIssues);
  }

  const read = readDocument(document, DEFAULT_READ_LIMITS, polluted);
  for (const p of read.problems) {
    const what =
      p.kind === 'cycle'
        ? { fr: 'cycle (la valeur se contient elle-même)', en: 'cycle (the value contains itself)' }
        : p.kind === 'unreadable'
          ? { fr: 'valeur illisible (un accesseur a échoué)', en: 'unreadable value (a getter failed)' }
          : p.kind === 'too-large'
            ? { fr: 'document trop volumineux', en: 'document too large' }
            : describeNonJson(p.found);
    issues.push(
      structureIssue(STRUCTURE.json, p.path, pick(lang, text(`Valeur non représentable en JSON : ${what.fr}.`, `Value not representable in JSON: ${what.en}.`)), {
        kind: p.kind,
        found: p.found,
      }),
    );
  }
  const root = read.value;

  const declared = safeGet(root, 'typeDocument');
  const typeDocument = forced ?? resolved.typeDocument ?? declaredType(declared);
  const kit = typeDocument === undefined ? undefined : (safeGet(kits, typeDocument) as DocumentKit | undefined);
  if (typeDocument === undefined || kit === undefined) {
    const isObj = root !== null && typeof root === 'object' && !Array.isArray(root);
    const message = !isObj
      ? text('Le document doit être un objet JSON.', 'The document must be a JSON object.')
      : declared === undefined
        ? text(
            'Le document n’a pas de « typeDocument » : pag, convention-territoriale ou tableau-derogations attendu.',
            'The document has no "typeDocument": pag, convention-territoriale or tableau-derogations expected.',
          )
        : text(
            '« typeDocument » inconnu : pag, convention-territoriale ou tableau-derogations attendu.',
            'Unknown "typeDocument": pag, convention-territoriale or tableau-derogations expected.',
          );
    issues.push(structureIssue(STRUCTURE.typeDocument, isObj ? '/typeDocument' : '', pick(lang, message)));
    return finish(null, undefined, issues, [], optionIssues);
  }

  // The `numbering` option: bare codes are translated to ans-2023 on our copy (never the caller's value) before any check.
  const set = kit.rules;
  const codeTranslations = translateIncomingCodes(root, set.info.codes, options.numbering);
  const documentOptions: ResolvedOptions = { ...options, codeTranslations };

  const structural = relabelStructural(
    set,
    root,
    checkStructureWith(kit.structure, set.info, typeDocument, root, lang, resolved.structureMessages, options.includePersonalData),
    documentOptions,
    resolved.skip,
  );
  issues.push(...structural);
  const blocked = [...read.problems.map((p) => p.path), ...structural.filter((i) => i.severity === 'error').map((i) => i.path)];
  const outcome = runRules(set, root, documentOptions, blocked, resolved.skip);
  issues.push(...outcome.issues);
  if (options.includePersonalData) return finish(typeDocument, root, issues, outcome.notRun, optionIssues);
  // Keys the schema does not define, inside personal-data areas, are hidden in every path (see mask-keys.ts).
  const masked = issues.map((i) => maskIssue(set.info, root, i));
  const notRun = outcome.notRun.map((n) => ({ ...n, blockedBy: maskPath(set.info, root, n.blockedBy).path }));
  return finish(typeDocument, root, masked, notRun, optionIssues);
}

/**
 * Validates `document` with the checks of `entry.kits`, messages from
 * `entry.catalogues` (and those of `options.catalogues`): the type is
 * `forced`, or read from `options.typeDocument` or the document's
 * `typeDocument`; a type without a kit is reported like an unknown type.
 * Never throws.
 */
export function validateWith(entry: EntryPoint, document: unknown, options: unknown, forced: DocumentType | undefined): ValidationResult {
  try {
    if (safeGet(options, 'messages') === 'both') return withBothLanguages(entry, document, options, forced);
    return run(entry, document, options, forced);
  } catch (error) {
    const en = safeGet(options, 'lang') === 'en';
    const failed = text('La validation a échoué de façon inattendue.', 'Validation failed unexpectedly.');
    const issue = internalIssue(en ? 'en' : 'fr', failed, error);
    if (safeGet(options, 'messages') === 'both') issue.messages = failed;
    return {
      valid: false,
      typeDocument: null,
      issues: [issue],
      rulesNotRun: [],
      optionIssues: [],
    };
  }
}

/** Copies `issue` with the messages of both languages. */
function bilingual(issue: ValidationIssue, other: ValidationIssue | undefined, lang: Lang): ValidationIssue {
  // The two runs read the same document with the same options: same issues, in the same order.
  if (other === undefined || other.ruleId !== issue.ruleId || other.path !== issue.path || other.details?.['option'] !== issue.details?.['option']) return issue;
  return { ...issue, messages: lang === 'en' ? { fr: other.message, en: issue.message } : { fr: issue.message, en: other.message } };
}

/**
 * `messages: 'both'`: every issue carries its message in French and English
 * (`messages`), besides `message` in the requested language. The second
 * language's messages come from a second pass of the same checks over the
 * same document (one call for the caller; twice the work).
 */
function withBothLanguages(entry: EntryPoint, document: unknown, options: unknown, forced: DocumentType | undefined): ValidationResult {
  // Every option but the languages, read once (an unreadable option and an unknown name travel in the copy, to be reported).
  const { lang: langRaw, messages: _messages, ...own } = copyOptions(options);
  const lang: Lang = langRaw === 'en' ? 'en' : 'fr';
  const primaryOptions = langRaw === undefined ? own : { ...own, lang: langRaw };
  // Without the other language's catalogue, one pass: resolveOptions reports it (optionIssues), and no issue carries `messages`.
  if (!resolveOptions({ ...primaryOptions, messages: 'both' }, entry).bothLanguages) return run(entry, document, { ...primaryOptions, messages: 'both' }, forced);
  const primary = run(entry, document, primaryOptions, forced);
  const secondary = run(entry, document, { ...own, lang: lang === 'en' ? 'fr' : 'en' }, forced);
  // The same option problems in the same order, but for those of the `lang` option, which only the primary pass can have
  // (the secondary one names a language whose catalogue is there); an option may have several (skipRules).
  let k = 0;
  return {
    ...primary,
    issues: primary.issues.map((issue, i) => bilingual(issue, secondary.issues[i], lang)),
    optionIssues: primary.optionIssues.map((issue) => (issue.details?.['option'] === 'lang' ? issue : bilingual(issue, secondary.optionIssues[k++], lang))),
  } as ValidationResult;
}

/**
 * Throws a {@link ValidationError} carrying every issue when `report` has at
 * least one error-level issue.
 */
export function throwUnlessValid(report: ValidationReport, options: unknown): void {
  if (report.valid) return;
  const errors = report.issues.filter((i) => i.severity === 'error');
  const en = safeGet(options, 'lang') === 'en';
  const first = errors[0];
  const head = en ? `Invalid document: ${errors.length} error(s)` : `Document invalide : ${errors.length} erreur(s)`;
  throw new ValidationError(first === undefined ? head : `${head}; ${first.ruleId} at "${first.path}": ${first.message}`, report.issues, report.typeDocument);
}
