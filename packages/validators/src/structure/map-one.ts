/**
 * One Ajv error → one issue: the rule id of its kind, the JSON Pointer of the
 * value concerned, the message from the catalogue of the requested language,
 * and structured details for programs.
 *
 * Conversion d'une erreur Ajv en anomalie.
 */
import { child, unescapeToken } from '../json/pointer.js';
import { valueAtPointer } from '../json/value-at.js';
import { structureIssue } from '../issues.js';
import { closestName } from '../suggest.js';
import type { StructureMessages } from './locales/catalogue.js';
import type { SchemaInfo } from './schema-info.js';
import type { ValidationIssue } from '../types.js';
import type { AjvError } from './ajv-error.js';
import { labelOf, located } from './labels.js';
import type { BoundKeyword, FormatName, JsonTypeName } from './locales/catalogue.js';
import type { MapContext } from './map-context.js';
import { EXTENSION_KEY_SOURCE, PATTERN_KINDS } from './pattern-names.js';
import { quotableOutsideList, quoteValue, shownKey } from './quote.js';
import { findNode, nodePointerOf } from './schema-nodes.js';
import { STRUCTURE } from './structure-ids.js';
import { param } from './error-param.js';

const BOUNDS = new Set<string>(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength']);

/** The issue of one Ajv error (unions already resolved). */
export function mapOne(e: AjvError, ctx: MapContext): ValidationIssue | undefined {
  const m = ctx.m;
  const nodePtr = nodePointerOf(e.schemaPath);
  const path = e.instancePath;
  const node = (): ReturnType<typeof findNode> => findNode(ctx.info, nodePtr);
  const at = (message: string): string => located(m, ctx, path, message);
  const number = (v: unknown): string => (typeof v === 'number' ? m.number(v) : String(v ?? ''));
  switch (e.keyword) {
    case 'required': {
      const prop = String(param(e, 'missingProperty') ?? '');
      const target = child(path, prop);
      const n = findNode(ctx.info, child(`${nodePtr}/properties`, prop));
      const label = labelOf(m, ctx, n, target);
      const found = param(e, 'misspeltAs');
      const misspelt = typeof found === 'string' ? found : undefined;
      const shown = misspelt === undefined ? undefined : shownKey(ctx, child(path, misspelt), misspelt, path);
      const message = misspelt === undefined ? m.required(label) : m.misspeltProperty(keyText(m, ctx, path, misspelt, shown), label);
      return structureIssue(STRUCTURE.obligatoire, target, located(m, ctx, target, message), {
        keyword: 'required',
        property: prop,
        ...(n?.t === undefined ? {} : { title: n.t }),
        ...(misspelt === undefined ? {} : { foundAt: child(path, misspelt), ...(shown === undefined ? {} : { foundAs: shown }) }),
      });
    }
    case 'additionalProperties': {
      const prop = String(param(e, 'additionalProperty') ?? '');
      const target = child(path, prop);
      const shown = shownKey(ctx, target, prop, path);
      const suggestion = shown === undefined ? undefined : closestName(prop, propertiesOf(ctx.info, nodePtr));
      return structureIssue(STRUCTURE.inconnu, target, located(m, ctx, target, m.unknownProperty(keyText(m, ctx, path, prop, shown), suggestion)), {
        keyword: 'additionalProperties',
        ...(shown === undefined ? {} : { property: shown }),
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    case 'propertyNames': {
      const prop = String(param(e, 'propertyName') ?? '');
      const target = child(path, prop);
      const shown = shownKey(ctx, target, prop, path);
      const message = m.invalidKey(keyText(m, ctx, path, prop, shown), m.patternNames[PATTERN_KINDS[EXTENSION_KEY_SOURCE] ?? 'cleExtension']);
      return structureIssue(STRUCTURE.inconnu, target, located(m, ctx, target, message), {
        keyword: 'propertyNames',
        ...(shown === undefined ? {} : { property: shown }),
      });
    }
    case 'type': {
      const types = String(param(e, 'type') ?? '').split(',');
      const names = types.map((x) => m.typeNames[x as JsonTypeName] ?? x);
      return structureIssue(STRUCTURE.type, path, at(m.type(labelOf(m, ctx, node(), path), names)), { keyword: 'type', expected: types });
    }
    case 'enum':
    case 'const': {
      const n = node();
      const allowed = e.keyword === 'const' ? [param(e, 'allowedValue')] : ((param(e, 'allowedValues') as unknown[] | undefined) ?? []);
      const value = valueAtPointer(ctx.root, path);
      const show = quotableOutsideList(ctx, path, value, allowed);
      const system = n?.s;
      let expected: string;
      if (allowed.length <= 12) {
        const list = allowed.map((v) => JSON.stringify(v)).join(', ');
        expected = allowed.length === 1 ? m.expectedValue(list) : m.allowedValues(list);
      } else {
        expected = system === undefined ? m.allowedCount(allowed.length) : m.notInCodeSystem(system);
      }
      return structureIssue(STRUCTURE.valeur, path, at(m.valueNotAllowed(show ? quoteValue(m, value) : undefined, labelOf(m, ctx, n, path), expected)), {
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
      const label = labelOf(m, ctx, n, path);
      const fmt = e.keyword === 'format' ? String(param(e, 'format') ?? '') : n?.f;
      const kind = e.keyword === 'pattern' ? PATTERN_KINDS[String(param(e, 'pattern') ?? '')] : undefined;
      const described = (fmt === undefined ? undefined : m.formatNames[fmt as FormatName]) ?? (kind === undefined ? undefined : m.patternNames[kind]);
      // The schema's own message (patternErrorMessage, in French) is preferred where the catalogue uses it.
      const schemaMessage = n?.m === undefined ? undefined : m.withSchemaMessage(label, n.m);
      const message = schemaMessage ?? (described === undefined ? m.badFormat(label) : m.mustBe(label, described));
      return structureIssue(STRUCTURE.format, path, at(message), { keyword: e.keyword, ...(fmt === undefined ? {} : { format: fmt }) });
    }
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
    case 'minProperties':
    case 'maxProperties': {
      const label = labelOf(m, ctx, node(), path);
      const limit = param(e, 'limit');
      const message =
        e.keyword === 'minItems'
          ? m.minItems(label, Number(limit))
          : e.keyword === 'maxItems'
            ? m.maxItems(label, Number(limit))
            : e.keyword === 'uniqueItems'
              ? m.duplicates(label, Number(param(e, 'j')) + 1, Number(param(e, 'i')) + 1)
              : m.propertyCount(label, String(limit));
      return structureIssue(STRUCTURE.cardinalite, path, at(message), { keyword: e.keyword, ...e.params });
    }
    case 'anyOf':
    case 'oneOf': {
      const allowedVariants = param(e, 'allowedValues');
      if (Array.isArray(allowedVariants)) {
        const prop = String(param(e, 'discriminator') ?? '');
        const value = valueAtPointer(ctx.root, path);
        const shown = quotableOutsideList(ctx, path, value, allowedVariants) ? quoteValue(m, value) : undefined;
        const list = allowedVariants.map((v) => JSON.stringify(v)).join(', ');
        return structureIssue(STRUCTURE.variante, path, at(m.noSuchVariant(shown, prop, list)), { keyword: e.keyword, discriminator: prop, allowedValues: allowedVariants });
      }
      const label = labelOf(m, ctx, node(), path);
      const several = Array.isArray(param(e, 'passingSchemas'));
      return structureIssue(STRUCTURE.variante, path, at(several ? m.severalVariants(label) : m.noVariant(label)), { keyword: e.keyword });
    }
    default: {
      const label = labelOf(m, ctx, node(), path);
      if (BOUNDS.has(e.keyword)) {
        const limit = param(e, 'limit') ?? param(e, 'multipleOf');
        return structureIssue(STRUCTURE.borne, path, at(m.bound[e.keyword as BoundKeyword](label, number(limit))), { keyword: e.keyword, limit });
      }
      return structureIssue(STRUCTURE.autre, path, at(m.otherConstraint(label, e.keyword)), { keyword: e.keyword });
    }
  }
}

/** A key as the message writes it: quoted when it may be shown, else described by its position in its object. */
function keyText(m: StructureMessages, ctx: MapContext, objectPath: string, key: string, shown: string | undefined): string {
  if (shown !== undefined) return m.quoteKey(shown);
  const object = valueAtPointer(ctx.root, objectPath);
  const index = object !== null && typeof object === 'object' && !Array.isArray(object) ? Object.keys(object).indexOf(key) : -1;
  return `(${m.maskedKey(index < 0 ? undefined : index + 1)})`;
}

const PROPERTIES = new WeakMap<SchemaInfo, Map<string, string[]>>();

/** The property names the schema node at `nodePtr` defines (for suggestions). */
export function propertiesOf(info: SchemaInfo, nodePtr: string): readonly string[] {
  let byNode = PROPERTIES.get(info);
  if (byNode === undefined) {
    byNode = new Map();
    for (const ptr of Object.keys(info.nodes)) {
      const cut = ptr.lastIndexOf('/properties/');
      if (cut < 0) continue;
      const name = ptr.slice(cut + '/properties/'.length);
      if (name.includes('/')) continue;
      const owner = ptr.slice(0, cut);
      const list = byNode.get(owner) ?? [];
      list.push(unescapeToken(name));
      byNode.set(owner, list);
    }
    PROPERTIES.set(info, byNode);
  }
  return byNode.get(nodePtr) ?? [];
}
