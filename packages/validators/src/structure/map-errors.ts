/**
 * Turns the raw errors of the precompiled Ajv validators into issues: one
 * issue per problem, at the JSON Pointer of the value concerned, with a
 * French or English message that names the field by its schema title and
 * never quotes personal data.
 *
 * Unions (`anyOf`/`oneOf`) are resolved: instead of the errors of every
 * branch, the branch the value was meant for (from its discriminating
 * properties, else the one with the fewest errors) is re-checked alone and its
 * errors are reported.
 *
 * Conversion des erreurs Ajv en anomalies bilingues.
 */
import { isPersonalData } from '../personal-data.js';
import type { JsonValue } from '../json/read-document.js';
import { tokens } from '../json/pointer.js';
import { valueAtPointer } from '../json/value-at.js';
import { guillemets, listOf } from '../messages.js';
import type { Lang, TypeDocument, ValidationIssue } from '../types.js';
import type { SchemaInfo, SchemaNodeInfo, UnionInfo } from './schema-info.js';
import { STRUCTURE } from './structure-rules.js';

/** An error as Ajv reports it. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set by Ajv on the errors about a key checked by `propertyNames`. */
  propertyName?: string;
}

/** Options a precompiled validator accepts (Ajv standalone calling convention). */
export interface ValidatorCallOptions {
  instancePath?: string;
  parentData?: unknown;
  parentDataProperty?: string | number;
  rootData?: unknown;
}

/** A precompiled validator. */
export interface StructureValidator {
  (data: unknown, options?: ValidatorCallOptions): boolean;
  errors?: AjvError[] | null;
}

/** What the mapper needs. */
export interface MapContext {
  readonly type: TypeDocument;
  readonly lang: Lang;
  readonly includePersonalData: boolean;
  readonly info: SchemaInfo;
  readonly branches: Readonly<Record<string, StructureValidator>>;
  readonly root: JsonValue;
}

/** Maximum number of structural issues detailed in a report. */
export const MAX_STRUCTURE_ISSUES = 500;

const MAX_UNION_DEPTH = 16;

/** The value at a JSON Pointer, or `undefined`. */
export const valueAt = valueAtPointer;

function within(path: string, base: string): boolean {
  return base === '' || path === base || path.startsWith(`${base}/`);
}

function branchMatches(union: UnionInfo, index: number, value: JsonValue | undefined): boolean {
  if (union.discriminators.length === 0) return false;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const d of union.discriminators) {
    const b = d.branches[index];
    if (b === undefined) return false;
    const v = Object.prototype.hasOwnProperty.call(value, d.property) ? value[d.property] : undefined;
    if (v === undefined) {
      if (b.required) return false;
    } else if (!b.values.includes(v)) {
      return false;
    }
  }
  return true;
}

/** A discriminating property whose value no variant accepts, with every accepted value. */
function unknownDiscriminator(union: UnionInfo, value: JsonValue | undefined): { property: string; allowed: unknown[] } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const d of union.discriminators) {
    if (!Object.prototype.hasOwnProperty.call(value, d.property)) continue;
    const v = value[d.property];
    if (d.branches.some((b) => b.values.includes(v))) continue;
    return { property: d.property, allowed: d.branches.flatMap((b) => [...b.values]) };
  }
  return undefined;
}

/**
 * Replaces the errors of each failed union by the errors of the branch the
 * value was meant for. Ajv emits the errors of the branches just before the
 * union's own error, all inside the union's instance path.
 */
export function resolveUnions(errors: readonly AjvError[], ctx: MapContext, depth = 0): AjvError[] {
  const chunks: AjvError[][] = [];
  let k = errors.length - 1;
  while (k >= 0) {
    const e = errors[k] as AjvError;
    if ((e.keyword === 'anyOf' || e.keyword === 'oneOf') && depth < MAX_UNION_DEPTH) {
      const base = e.instancePath;
      let j = k;
      while (j > 0 && within((errors[j - 1] as AjvError).instancePath, base)) j--;
      const unionPointer = schemaPointer(e.schemaPath);
      const union = ctx.info.unions[unionPointer];
      const passing = e.params['passingSchemas'];
      if (union === undefined || Array.isArray(passing)) {
        chunks.push([e]);
      } else {
        const value = valueAt(ctx.root, base);
        const all = Array.from({ length: union.branchCount }, (_, i) => i);
        const candidates = all.filter((i) => branchMatches(union, i, value));
        const unknown = candidates.length === 0 ? unknownDiscriminator(union, value) : undefined;
        if (unknown !== undefined) {
          // The value names a variant that does not exist (`type: "hopital"`): say so, rather than guess one.
          chunks.push([{ instancePath: `${base}/${unknown.property.replace(/~/g, '~0').replace(/\//g, '~1')}`, schemaPath: e.schemaPath, keyword: e.keyword, params: { allowedValues: unknown.allowed, discriminator: unknown.property } }]);
          k = j - 1;
          continue;
        }
        const tried = candidates.length >= 1 ? candidates : all;
        let best: AjvError[] | undefined;
        for (const i of tried) {
          const validator = ctx.branches[`${unionPointer}/${i}`];
          if (validator === undefined) continue;
          validator(value, { instancePath: base, rootData: ctx.root });
          const errs = validator.errors ?? [];
          if (best === undefined || errs.length < best.length) best = errs;
        }
        if (best === undefined || best.length === 0) chunks.push([e]);
        else chunks.push(resolveUnions(best, ctx, depth + 1));
      }
      k = j - 1;
    } else {
      chunks.push([e]);
      k--;
    }
  }
  const out: AjvError[] = [];
  for (let i = chunks.length - 1; i >= 0; i--) out.push(...(chunks[i] as AjvError[]));
  return out;
}

/** A schema path as a plain JSON Pointer (Ajv writes it as a URI fragment: `$` is `%24`). */
function schemaPointer(schemaPath: string): string {
  const p = schemaPath.startsWith('#') ? schemaPath.slice(1) : schemaPath;
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function nodePointerOf(schemaPath: string): string {
  const p = schemaPointer(schemaPath);
  const cut = p.lastIndexOf('/');
  return cut < 0 ? '' : p.slice(0, cut);
}

function lastToken(path: string): string {
  const t = tokens(path);
  return t.length === 0 ? '' : (t[t.length - 1] as string);
}

function labelOf(node: SchemaNodeInfo | undefined, path: string, lang: Lang): string {
  const key = lastToken(path);
  const title = node?.t;
  if (lang === 'en') {
    if (key === '') return 'the document';
    if (/^\d+$/.test(key)) return title === undefined ? `item ${key}` : `'${title}' (item ${key})`;
    return title === undefined ? `'${key}'` : `'${key}' (${title})`;
  }
  if (key === '') return 'le document';
  if (/^\d+$/.test(key)) return title === undefined ? `l’élément ${key}` : `${guillemets(title)} (élément ${key})`;
  return title === undefined ? guillemets(key) : `${guillemets(title)} (${key})`;
}

function findNode(info: SchemaInfo, pointer: string): SchemaNodeInfo | undefined {
  const direct = info.nodes[pointer];
  if (direct?.t !== undefined) return direct;
  // Array items and union branches carry no title of their own: use the nearest titled parent.
  if (pointer.endsWith('/items')) return findNode(info, pointer.slice(0, -'/items'.length)) ?? direct;
  const m = /^(.*)\/(?:anyOf|oneOf|allOf)\/\d+$/.exec(pointer);
  if (m !== null) return findNode(info, m[1] as string) ?? direct;
  return direct;
}

const TYPE_NAMES: Readonly<Record<string, { fr: string; en: string }>> = {
  string: { fr: 'une chaîne de caractères', en: 'a string' },
  number: { fr: 'un nombre', en: 'a number' },
  integer: { fr: 'un nombre entier', en: 'an integer' },
  boolean: { fr: 'un booléen (true ou false)', en: 'a boolean (true or false)' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'un tableau', en: 'an array' },
  null: { fr: 'null', en: 'null' },
};

const FORMAT_NAMES: Readonly<Record<string, { fr: string; en: string }>> = {
  date: { fr: 'une date existante au format AAAA-MM-JJ', en: 'an existing date in the YYYY-MM-DD format' },
  'date-time': {
    fr: 'une date-heure ISO 8601 avec secondes et décalage horaire (par exemple 2025-03-14T09:30:00+01:00)',
    en: 'an ISO 8601 date-time with seconds and a UTC offset (e.g. 2025-03-14T09:30:00+01:00)',
  },
  time: { fr: 'une heure au format HH:MM', en: 'a time in the HH:MM format' },
};

/** Known patterns of @serafin-ph/pag-schema, described instead of quoted. */
// The characters JavaScript's `\s` matches, spelt out as the schemas' patterns write them.
const BLANK = '\\t-\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const END = '(?![\\s\\S])';
/** The pattern of extension keys (also named by `propertyNames` errors). */
const EXTENSION_KEY_SOURCE = `^[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+${END}`;

/** What each pattern of the published schemas expects, by pattern source (a test checks that every pattern has one). */
export const PATTERN_NAMES: Readonly<Record<string, { fr: string; en: string }>> = {
  [`^(?:[0-9]{2}|2[AB])[0-9]{7}${END}`]: { fr: 'un numéro FINESS (9 caractères, département en tête)', en: 'a FINESS number (9 characters, département first)' },
  [`^[0-9]{14}${END}`]: { fr: 'un numéro SIRET (14 chiffres)', en: 'a SIRET number (14 digits)' },
  [`^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])${END}`]: { fr: 'un code de département (01 à 95, 2A, 2B, 971 à 974, 976)', en: 'a département code (01 to 95, 2A, 2B, 971 to 974, 976)' },
  [`^[^${BLANK}@]+@[^${BLANK}@][^${BLANK}@.]*\\.[^${BLANK}@]+${END}`]: { fr: 'une adresse électronique', en: 'an e-mail address' },
  [`^\\+?[0-9][0-9 .-]{5,19}${END}`]: { fr: 'un numéro de téléphone', en: 'a phone number' },
  [`^https?:\\/\\/[^${BLANK}]+${END}`]: { fr: 'une adresse web http(s)', en: 'an http(s) web address' },
  [`^(?:[01][0-9]|2[0-3]):[0-5][0-9]${END}`]: { fr: 'une heure HH:MM (00:00 à 23:59)', en: 'a time HH:MM (00:00 to 23:59)' },
  [EXTENSION_KEY_SOURCE]: {
    fr: 'une clé à espace de noms (par exemple « fr.mon-editeur »)',
    en: 'a namespaced key (e.g. "fr.my-vendor")',
  },
};

const SAFE_VALUE = /^[A-Za-z0-9._:-]{1,40}$/;
const SAFE_KEY = /^[A-Za-z0-9_$.-]{1,64}$/;

function quotable(ctx: MapContext, path: string, value: JsonValue | undefined): boolean {
  if (value === undefined) return false;
  if (!ctx.includePersonalData && isPersonalData(ctx.type, path)) return false;
  if (typeof value === 'string') return ctx.includePersonalData || SAFE_VALUE.test(value);
  return value === null || typeof value === 'number' || typeof value === 'boolean';
}

function showValue(value: JsonValue | undefined, lang: Lang): string {
  if (typeof value === 'string' && lang === 'fr') return guillemets(value);
  return JSON.stringify(value) ?? 'undefined';
}

function t(lang: Lang, fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

function mapOne(e: AjvError, ctx: MapContext): ValidationIssue | undefined {
  const { lang } = ctx;
  const nodePtr = nodePointerOf(e.schemaPath);
  const path = e.instancePath;
  switch (e.keyword) {
    case 'required': {
      const prop = String(e.params['missingProperty'] ?? '');
      const target = `${path}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const node = findNode(ctx.info, `${nodePtr}/properties/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      const label = labelOf(node, target, lang);
      return {
        ruleId: STRUCTURE.obligatoire,
        severity: 'error',
        path: target,
        message: t(lang, `Champ obligatoire absent : ${label}.`, `Missing required field ${label}.`),
        details: { keyword: 'required', property: prop, ...(node?.t === undefined ? {} : { title: node.t }) },
      };
    }
    case 'additionalProperties': {
      const prop = String(e.params['additionalProperty'] ?? '');
      const target = `${path}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const shown = SAFE_KEY.test(prop) || ctx.includePersonalData ? prop : undefined;
      return {
        ruleId: STRUCTURE.inconnu,
        severity: 'error',
        path: target,
        message:
          shown === undefined
            ? t(lang, 'Propriété inconnue : le schéma ne la prévoit pas ici (les données propres à un éditeur vont dans « extensions »).', 'Unknown property: the schema does not define it here (vendor data goes into "extensions").')
            : t(
                lang,
                `Propriété inconnue ${guillemets(shown)} : le schéma ne la prévoit pas ici (les données propres à un éditeur vont dans « extensions »).`,
                `Unknown property '${shown}': the schema does not define it here (vendor data goes into "extensions").`,
              ),
        details: { keyword: 'additionalProperties', ...(shown === undefined ? {} : { property: shown }) },
      };
    }
    case 'propertyNames': {
      const prop = String(e.params['propertyName'] ?? '');
      const target = `${path}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const shown = SAFE_KEY.test(prop) || ctx.includePersonalData ? prop : undefined;
      const key = PATTERN_NAMES[EXTENSION_KEY_SOURCE] as { fr: string; en: string };
      return {
        ruleId: STRUCTURE.inconnu,
        severity: 'error',
        path: target,
        message: t(
          lang,
          `Nom de clé invalide${shown === undefined ? '' : ` ${guillemets(shown)}`} : attendu ${key.fr}.`,
          `Invalid key name${shown === undefined ? '' : ` '${shown}'`}: expected ${key.en}.`,
        ),
        details: { keyword: 'propertyNames', ...(shown === undefined ? {} : { property: shown }) },
      };
    }
    case 'type': {
      const node = findNode(ctx.info, nodePtr);
      const label = labelOf(node, path, lang);
      const types = String(e.params['type'] ?? '').split(',');
      const names = types.map((x) => TYPE_NAMES[x]?.[lang] ?? x);
      return {
        ruleId: STRUCTURE.type,
        severity: 'error',
        path,
        message: t(lang, `${capitalize(label)} doit être ${listOf('fr', names).replace(/ et /, ' ou ')}.`, `${capitalize(label)} must be ${listOf('en', names).replace(/ and /, ' or ')}.`),
        details: { keyword: 'type', expected: types },
      };
    }
    case 'enum':
    case 'const': {
      const node = findNode(ctx.info, nodePtr);
      const label = labelOf(node, path, lang);
      const allowed = e.keyword === 'const' ? [e.params['allowedValue']] : ((e.params['allowedValues'] as unknown[] | undefined) ?? []);
      const value = valueAt(ctx.root, path);
      const show = quotable(ctx, path, value);
      const valuePart = show ? ` ${showValue(value, lang)}` : '';
      const system = node?.s;
      let expected: string;
      if (allowed.length <= 12) {
        const list = allowed.map((v) => JSON.stringify(v)).join(', ');
        expected = t(lang, allowed.length === 1 ? `attendu : ${list}` : `valeurs admises : ${list}`, allowed.length === 1 ? `expected: ${list}` : `allowed values: ${list}`);
      } else {
        expected =
          system === undefined
            ? t(lang, `${allowed.length} valeurs admises (voir le schéma)`, `${allowed.length} allowed values (see the schema)`)
            : t(lang, `code inconnu du système ${system}`, `code not in the code system ${system}`);
      }
      return {
        ruleId: STRUCTURE.valeur,
        severity: 'error',
        path,
        message: t(lang, `Valeur${valuePart} non admise pour ${label} : ${expected}.`, `Value${valuePart} not allowed for ${label}: ${expected}.`),
        details: {
          keyword: e.keyword,
          ...(allowed.length <= 50 ? { allowedValues: allowed } : { allowedCount: allowed.length }),
          ...(system === undefined ? {} : { codeSystem: system }),
          ...(node?.n === undefined ? {} : { numbering: node.n }),
          ...(show ? { value } : {}),
        },
      };
    }
    case 'format':
    case 'pattern': {
      const node = findNode(ctx.info, nodePtr);
      const label = labelOf(node, path, lang);
      const fmt = e.keyword === 'format' ? String(e.params['format'] ?? '') : node?.f;
      const described =
        (fmt === undefined ? undefined : FORMAT_NAMES[fmt]) ?? (e.keyword === 'pattern' ? PATTERN_NAMES[String(e.params['pattern'] ?? '')] : undefined);
      // The schema's own French message (patternErrorMessage) is preferred in French.
      const schemaMessage = lang === 'fr' ? node?.m : undefined;
      return {
        ruleId: STRUCTURE.format,
        severity: 'error',
        path,
        message: schemaMessage !== undefined
          ? `${capitalize(label)} : ${schemaMessage}`
          : described === undefined
            ? t(lang, `${capitalize(label)} n’a pas le format attendu.`, `${capitalize(label)} does not have the expected format.`)
            : t(lang, `${capitalize(label)} doit être ${described.fr}.`, `${capitalize(label)} must be ${described.en}.`),
        details: { keyword: e.keyword, ...(fmt === undefined ? {} : { format: fmt }) },
      };
    }
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
    case 'minProperties':
    case 'maxProperties': {
      const node = findNode(ctx.info, nodePtr);
      const label = labelOf(node, path, lang);
      const limit = e.params['limit'];
      let fr: string;
      let en: string;
      if (e.keyword === 'minItems') {
        fr = `${capitalize(label)} doit contenir au moins ${String(limit)} élément${limit === 1 ? '' : 's'}.`;
        en = `${capitalize(label)} must contain at least ${String(limit)} item${limit === 1 ? '' : 's'}.`;
      } else if (e.keyword === 'maxItems') {
        fr = `${capitalize(label)} doit contenir au plus ${String(limit)} élément${limit === 1 ? '' : 's'}.`;
        en = `${capitalize(label)} must contain at most ${String(limit)} item${limit === 1 ? '' : 's'}.`;
      } else if (e.keyword === 'uniqueItems') {
        fr = `${capitalize(label)} contient des doublons (éléments ${String(e.params['j'])} et ${String(e.params['i'])}).`;
        en = `${capitalize(label)} contains duplicates (items ${String(e.params['j'])} and ${String(e.params['i'])}).`;
      } else {
        fr = `${capitalize(label)} n’a pas le nombre de propriétés attendu (limite ${String(limit)}).`;
        en = `${capitalize(label)} does not have the expected number of properties (limit ${String(limit)}).`;
      }
      return { ruleId: STRUCTURE.cardinalite, severity: 'error', path, message: t(lang, fr, en), details: { keyword: e.keyword, ...e.params } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
    case 'minLength':
    case 'maxLength': {
      const node = findNode(ctx.info, nodePtr);
      const label = capitalize(labelOf(node, path, lang));
      const limit = String(e.params['limit'] ?? e.params['multipleOf'] ?? '');
      const texts: Record<string, [string, string]> = {
        minimum: [`${label} doit être supérieur ou égal à ${limit}.`, `${label} must be greater than or equal to ${limit}.`],
        maximum: [`${label} doit être inférieur ou égal à ${limit}.`, `${label} must be less than or equal to ${limit}.`],
        exclusiveMinimum: [`${label} doit être strictement supérieur à ${limit}.`, `${label} must be greater than ${limit}.`],
        exclusiveMaximum: [`${label} doit être strictement inférieur à ${limit}.`, `${label} must be less than ${limit}.`],
        multipleOf: [`${label} doit être un multiple de ${limit}.`, `${label} must be a multiple of ${limit}.`],
        minLength:
          limit === '1'
            ? [`${label} ne doit pas être vide.`, `${label} must not be empty.`]
            : [`${label} doit compter au moins ${limit} caractères.`, `${label} must have at least ${limit} characters.`],
        maxLength: [`${label} doit compter au plus ${limit} caractères.`, `${label} must have at most ${limit} characters.`],
      };
      const [fr, en] = texts[e.keyword] as [string, string];
      return { ruleId: STRUCTURE.borne, severity: 'error', path, message: t(lang, fr, en), details: { keyword: e.keyword, limit: e.params['limit'] ?? e.params['multipleOf'] } };
    }
    case 'anyOf':
    case 'oneOf': {
      const allowedVariants = e.params['allowedValues'];
      if (Array.isArray(allowedVariants)) {
        const prop = String(e.params['discriminator'] ?? '');
        const value = valueAt(ctx.root, path);
        const valuePart = quotable(ctx, path, value) ? ` ${showValue(value, lang)}` : '';
        const list = allowedVariants.map((v) => JSON.stringify(v)).join(', ');
        return {
          ruleId: STRUCTURE.variante,
          severity: 'error',
          path,
          message: t(lang, `Valeur${valuePart} de « ${prop} » ne désignant aucune variante admise : ${list}.`, `Value${valuePart} of '${prop}' names no allowed variant: ${list}.`),
          details: { keyword: e.keyword, discriminator: prop, allowedValues: allowedVariants },
        };
      }
      const node = findNode(ctx.info, nodePtr);
      const label = capitalize(labelOf(node, path, lang));
      const several = Array.isArray(e.params['passingSchemas']);
      return {
        ruleId: STRUCTURE.variante,
        severity: 'error',
        path,
        message: several
          ? t(lang, `${label} correspond à plusieurs variantes alors qu’une seule est permise.`, `${label} matches several variants where only one is allowed.`)
          : t(lang, `${label} ne correspond à aucune des variantes admises.`, `${label} matches none of the allowed variants.`),
        details: { keyword: e.keyword },
      };
    }
    default: {
      const node = findNode(ctx.info, nodePtr);
      const label = capitalize(labelOf(node, path, lang));
      return {
        ruleId: STRUCTURE.autre,
        severity: 'error',
        path,
        message: t(lang, `${label} ne respecte pas une contrainte du schéma (${e.keyword}).`, `${label} does not meet a schema constraint (${e.keyword}).`),
        details: { keyword: e.keyword },
      };
    }
  }
}

function capitalize(s: string): string {
  if (s.startsWith('« ') || s.startsWith("'")) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Maps raw Ajv errors to issues (unions resolved, duplicates removed, at most {@link MAX_STRUCTURE_ISSUES}). */
export function mapErrors(errors: readonly AjvError[], ctx: MapContext): ValidationIssue[] {
  const resolved = resolveUnions(errors, ctx);
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  const seenRaw = new Set<string>();
  for (const e of resolved) {
    // The inner errors of `propertyNames` (about the key string) are summarised by the `propertyNames` error.
    if (e.keyword !== 'propertyNames' && e.propertyName !== undefined) continue;
    if (out.length >= MAX_STRUCTURE_ISSUES) {
      // Past the limit, errors are only counted (one per value and kind of check: a pattern and a format on the same value count once).
      const raw = `${e.instancePath}\u0000${e.keyword === 'format' ? 'pattern' : e.keyword}\u0000${String(e.params['missingProperty'] ?? e.params['additionalProperty'] ?? '')}`;
      if (!seenRaw.has(raw)) {
        seenRaw.add(raw);
        omitted++;
      }
      continue;
    }
    const issue = mapOne(e, ctx);
    if (issue === undefined) continue;
    const key = `${issue.ruleId}\u0000${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  if (omitted > 0) {
    out.push({
      ruleId: STRUCTURE.tronque,
      severity: 'info',
      path: '',
      message: t(ctx.lang, `${omitted} autres erreurs de structure ne sont pas détaillées.`, `${omitted} more structural errors are not detailed.`),
      details: { omitted },
    });
  }
  return out;
}
