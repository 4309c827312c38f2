/**
 * Builds the published JSON Schema (draft 2020-12) of a document type from its
 * zod schema. The committed files under `schemas/` are exactly this output.
 */
import * as z from 'zod';
import { DOCUMENT_SCHEMAS } from '../documents.js';
import { addEditorAnnotations } from './editor-annotations.js';
import { patternMessages } from './pattern-messages.js';
import { schemaRegistry } from '../metadata.js';
import { type DocumentType, schemaId } from '../version.js';

/** A JSON Schema object (plain JSON). */
export type JsonSchemaObject = { [key: string]: unknown };

/** Comment put at the top of every published schema. */
export const GENERATED_COMMENT =
  'GENERATED FILE, DO NOT EDIT. Generated from the zod schemas of @serafin-ph/pag-schema by packages/pag-schema/scripts/generate.ts; run `pnpm generate` to refresh it.';

/**
 * Returns the JSON Schema 2020-12 of a document type, with its stable
 * versioned `$id`, French titles and descriptions, exact code enumerations and
 * annotation keywords (see `ANNOTATION_KEYWORDS`).
 *
 * Dates carry both `format` (`date`, `date-time`) and the `pattern` zod
 * applies, so that a validator that treats `format` as an annotation (the
 * 2020-12 default) still gives the same verdict as zod.
 */
export function buildJsonSchema(type: DocumentType): JsonSchemaObject {
  const generated = z.toJSONSchema(DOCUMENT_SCHEMAS[type], {
    target: 'draft-2020-12',
    metadata: schemaRegistry,
    unrepresentable: 'throw',
    cycles: 'throw',
    reused: 'inline',
    io: 'output',
  }) as JsonSchemaObject;
  addPatternMessages(generated, patternMessages());
  addEditorAnnotations(generated);
  const { $schema, $defs, ...rest } = generated;
  if ($defs !== undefined) completeRefAnnotations(rest, $defs as JsonSchemaObject);
  for (const def of Object.values(($defs ?? {}) as JsonSchemaObject)) {
    completeRefAnnotations(def as JsonSchemaObject, $defs as JsonSchemaObject);
  }
  const ordered: JsonSchemaObject = {
    $schema,
    $id: schemaId(type),
    $comment: GENERATED_COMMENT,
    ...rest,
  };
  if ($defs !== undefined) ordered['$defs'] = sortKeys($defs as JsonSchemaObject);
  return ordered;
}

/**
 * zod omits, beside a `$ref`, the annotations equal to those of the referenced
 * definition. Editors show the annotations of the property node, so they are
 * copied back (annotations only: validation is unchanged).
 */
function completeRefAnnotations(node: unknown, defs: JsonSchemaObject): void {
  if (Array.isArray(node)) {
    for (const item of node) completeRefAnnotations(item, defs);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as JsonSchemaObject;
  const ref = o['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = defs[ref.slice('#/$defs/'.length)] as JsonSchemaObject | undefined;
    if (target !== undefined) {
      for (const key of ['title', 'description', 'x-title-en', 'x-description-en'] as const) {
        if (o[key] === undefined && target[key] !== undefined) o[key] = target[key];
      }
    }
  }
  for (const [key, value] of Object.entries(o)) {
    if (key === 'enum' || key === 'const' || key === 'examples') continue;
    completeRefAnnotations(value, defs);
  }
}

/** Adds `patternErrorMessage` beside every known `pattern` (annotation only). */
function addPatternMessages(node: unknown, messages: ReadonlyMap<string, string>): void {
  if (Array.isArray(node)) {
    for (const item of node) addPatternMessages(item, messages);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as JsonSchemaObject;
  const pattern = o['pattern'];
  if (typeof pattern === 'string' && messages.has(pattern)) o['patternErrorMessage'] = messages.get(pattern);
  for (const [key, value] of Object.entries(o)) {
    if (key !== 'enum' && key !== 'const') addPatternMessages(value, messages);
  }
}

function sortKeys(o: JsonSchemaObject): JsonSchemaObject {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/** Serialises a JSON Schema the way the committed files are written (2-space indent, final newline). */
export function serializeJsonSchema(schema: JsonSchemaObject): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
