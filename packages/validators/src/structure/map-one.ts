/**
 * One Ajv error → one issue: the rule id of its kind, the JSON Pointer of the
 * value concerned, the message from the catalogue of the requested language,
 * and structured details for programs.
 *
 * Conversion d'une erreur Ajv en anomalie.
 */
import { child } from '../json/pointer.js';
import { valueAtPointer } from '../json/value-at.js';
import { structureIssue } from '../issues.js';
import type { ValidationIssue } from '../types.js';
import type { AjvError } from './ajv-error.js';
import { labelOf } from './labels.js';
import type { BoundKeyword, FormatName, JsonTypeName } from './locales/catalogue.js';
import { STRUCTURE_MESSAGES } from './locales/index.js';
import type { MapContext } from './map-context.js';
import { EXTENSION_KEY_SOURCE, PATTERN_KINDS } from './pattern-names.js';
import { quotable, quoteValue, shownKey } from './quote.js';
import { findNode, nodePointerOf } from './schema-nodes.js';
import { STRUCTURE } from './structure-ids.js';

const BOUNDS = new Set<string>(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength']);

/** The issue of one Ajv error (unions already resolved). */
export function mapOne(e: AjvError, ctx: MapContext): ValidationIssue | undefined {
  const m = STRUCTURE_MESSAGES[ctx.lang];
  const nodePtr = nodePointerOf(e.schemaPath);
  const path = e.instancePath;
  const node = (): ReturnType<typeof findNode> => findNode(ctx.info, nodePtr);
  switch (e.keyword) {
    case 'required': {
      const prop = String(e.params['missingProperty'] ?? '');
      const target = child(path, prop);
      const n = findNode(ctx.info, child(`${nodePtr}/properties`, prop));
      return structureIssue(STRUCTURE.obligatoire, target, m.required(labelOf(m, n, target)), {
        keyword: 'required',
        property: prop,
        ...(n?.t === undefined ? {} : { title: n.t }),
      });
    }
    case 'additionalProperties': {
      const prop = String(e.params['additionalProperty'] ?? '');
      const target = child(path, prop);
      const shown = shownKey(ctx, target, prop);
      return structureIssue(STRUCTURE.inconnu, target, m.unknownProperty(shown, undefined), {
        keyword: 'additionalProperties',
        ...(shown === undefined ? {} : { property: shown }),
      });
    }
    case 'propertyNames': {
      const prop = String(e.params['propertyName'] ?? '');
      const target = child(path, prop);
      const shown = shownKey(ctx, target, prop);
      return structureIssue(STRUCTURE.inconnu, target, m.invalidKey(shown, m.patternNames[PATTERN_KINDS[EXTENSION_KEY_SOURCE] ?? 'cleExtension']), {
        keyword: 'propertyNames',
        ...(shown === undefined ? {} : { property: shown }),
      });
    }
    case 'type': {
      const types = String(e.params['type'] ?? '').split(',');
      const names = types.map((x) => m.typeNames[x as JsonTypeName] ?? x);
      return structureIssue(STRUCTURE.type, path, m.type(labelOf(m, node(), path), names), { keyword: 'type', expected: types });
    }
    case 'enum':
    case 'const': {
      const n = node();
      const allowed = e.keyword === 'const' ? [e.params['allowedValue']] : ((e.params['allowedValues'] as unknown[] | undefined) ?? []);
      const value = valueAtPointer(ctx.root, path);
      const show = quotable(ctx, path, value);
      const system = n?.s;
      let expected: string;
      if (allowed.length <= 12) {
        const list = allowed.map((v) => JSON.stringify(v)).join(', ');
        expected = allowed.length === 1 ? m.expectedValue(list) : m.allowedValues(list);
      } else {
        expected = system === undefined ? m.allowedCount(allowed.length) : m.notInCodeSystem(system);
      }
      return structureIssue(STRUCTURE.valeur, path, m.valueNotAllowed(show ? quoteValue(m, value) : undefined, labelOf(m, n, path), expected), {
        keyword: e.keyword,
        ...(allowed.length <= 50 ? { allowedValues: allowed } : { allowedCount: allowed.length }),
        ...(system === undefined ? {} : { codeSystem: system }),
        ...(n?.n === undefined ? {} : { numbering: n.n }),
        ...(show ? { value } : {}),
      });
    }
    case 'format':
    case 'pattern': {
      const n = node();
      const label = labelOf(m, n, path);
      const fmt = e.keyword === 'format' ? String(e.params['format'] ?? '') : n?.f;
      const kind = e.keyword === 'pattern' ? PATTERN_KINDS[String(e.params['pattern'] ?? '')] : undefined;
      const described = (fmt === undefined ? undefined : m.formatNames[fmt as FormatName]) ?? (kind === undefined ? undefined : m.patternNames[kind]);
      // The schema's own message (patternErrorMessage, in French) is preferred where the catalogue uses it.
      const schemaMessage = n?.m === undefined ? undefined : m.withSchemaMessage(label, n.m);
      const message = schemaMessage ?? (described === undefined ? m.badFormat(label) : m.mustBe(label, described));
      return structureIssue(STRUCTURE.format, path, message, { keyword: e.keyword, ...(fmt === undefined ? {} : { format: fmt }) });
    }
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
    case 'minProperties':
    case 'maxProperties': {
      const label = labelOf(m, node(), path);
      const limit = e.params['limit'];
      const message =
        e.keyword === 'minItems'
          ? m.minItems(label, Number(limit))
          : e.keyword === 'maxItems'
            ? m.maxItems(label, Number(limit))
            : e.keyword === 'uniqueItems'
              ? m.duplicates(label, Number(e.params['j']), Number(e.params['i']))
              : m.propertyCount(label, String(limit));
      return structureIssue(STRUCTURE.cardinalite, path, message, { keyword: e.keyword, ...e.params });
    }
    case 'anyOf':
    case 'oneOf': {
      const allowedVariants = e.params['allowedValues'];
      if (Array.isArray(allowedVariants)) {
        const prop = String(e.params['discriminator'] ?? '');
        const value = valueAtPointer(ctx.root, path);
        const shown = quotable(ctx, path, value) ? quoteValue(m, value) : undefined;
        const list = allowedVariants.map((v) => JSON.stringify(v)).join(', ');
        return structureIssue(STRUCTURE.variante, path, m.noSuchVariant(shown, prop, list), { keyword: e.keyword, discriminator: prop, allowedValues: allowedVariants });
      }
      const label = labelOf(m, node(), path);
      const several = Array.isArray(e.params['passingSchemas']);
      return structureIssue(STRUCTURE.variante, path, several ? m.severalVariants(label) : m.noVariant(label), { keyword: e.keyword });
    }
    default: {
      const label = labelOf(m, node(), path);
      if (BOUNDS.has(e.keyword)) {
        const limit = e.params['limit'] ?? e.params['multipleOf'];
        return structureIssue(STRUCTURE.borne, path, m.bound[e.keyword as BoundKeyword](label, String(limit ?? '')), { keyword: e.keyword, limit });
      }
      return structureIssue(STRUCTURE.autre, path, m.otherConstraint(label, e.keyword), { keyword: e.keyword });
    }
  }
}
