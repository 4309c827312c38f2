/**
 * Schema metadata: the registry that carries the French title and
 * description of every field, their English translation, its annotation
 * keywords, and the helpers that attach them.
 *
 * Métadonnées des schémas : registre des titres, descriptions (en français,
 * puis traduits en anglais) et mots-clés d'annotation de chaque champ.
 *
 * The package uses its own zod registry, not `z.globalRegistry`: importing it
 * never adds entries (or duplicate ids) to the application's global registry,
 * even when the ESM and CJS builds are both loaded.
 */
import * as z from 'zod';

/**
 * Annotation keywords that the published JSON Schemas use beside the standard
 * ones. Register them before compiling with Ajv in strict mode:
 * `ajv.addVocabulary([...ANNOTATION_KEYWORDS])`.
 *
 * - `x-donnees-personnelles`: `true` on a field that holds personal data (to redact in logs).
 * - `x-systeme-codes`: canonical URL (or project URN) of the code system whose codes the field holds.
 * - `x-numerotation`: numbering of the SERAFIN-PH codes of a branch (`ans-2023` or `cnsa-2018`).
 * - `x-source`: the text (law, CNSA document, ANS model) the field comes from; `INFERRED` marks a design inference.
 * - `x-title-en`, `x-description-en`: the English translation of `title` and `description` (which
 *   stay French, the document's language); the generated TypeScript declarations and the API
 *   reference show both.
 * - `patternErrorMessage`: the French message editors (VS Code) show instead of a raw `pattern`.
 * - `enumDescriptions`, `markdownEnumDescriptions`: the label of each code of an enumeration, in
 *   its order (VS Code shows them in completion and hover).
 * - `errorMessage`: the French message editors (VS Code) show for a wrong type, a value outside
 *   the enumeration or constant, or a property not provided for (a string; with the ajv-errors
 *   plugin it replaces Ajv's own messages for that node).
 */
export const ANNOTATION_KEYWORDS = [
  'x-donnees-personnelles',
  'x-systeme-codes',
  'x-numerotation',
  'x-source',
  'x-title-en',
  'x-description-en',
  'patternErrorMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'errorMessage',
] as const;

/** One of the annotation keywords of {@link ANNOTATION_KEYWORDS}. */
export type AnnotationKeyword = (typeof ANNOTATION_KEYWORDS)[number];

/** Metadata carried by the schemas of the package, emitted verbatim into the JSON Schemas. */
export interface FieldMeta {
  /** Name of a reusable definition (`$defs` key); only on named types, never on fields. */
  id?: string;
  /** Short French title. */
  title: string;
  /** French description: what the field holds, its unit, its rules. */
  description: string;
  /** English translation of {@link FieldMeta.title}. */
  'x-title-en'?: string;
  /** English translation of {@link FieldMeta.description}. */
  'x-description-en'?: string;
  /** `true` when the field holds personal data. */
  'x-donnees-personnelles'?: true;
  /** Canonical URL of the code system of a coded field. */
  'x-systeme-codes'?: string;
  /** Numbering of SERAFIN-PH codes (`ans-2023` or `cnsa-2018`). */
  'x-numerotation'?: string;
  /** Source of the field (legal text, CNSA outline, ANS model); `INFERRED` marks a design inference. */
  'x-source'?: string;
  /** `true` on a form a later schema version replaces: still accepted, to be written the new way (JSON Schema 2020-12 `deprecated`). */
  deprecated?: true;
}

/**
 * The registry holding the metadata of every schema of this package. Pass it as
 * `metadata` to `z.toJSONSchema` to get the titles and descriptions.
 */
export const schemaRegistry: z.core.$ZodRegistry<FieldMeta> = z.registry<FieldMeta>();

/** Metadata of one field (internal helper options, in French like the schema texts). */
export interface FieldOptions {
  /** Short French title. */
  titre: string;
  /** French description. */
  description: string;
  /**
   * English title, translating {@link FieldOptions.titre} (domain words such as PAG, MDPH,
   * CDAPH, GOS, ESMS stay as they are). A test fails on a field of a published schema without it.
   */
  titleEn?: string;
  /** English description, translating {@link FieldOptions.description}. */
  descriptionEn?: string;
  /** The field holds personal data. */
  personnel?: boolean;
  /** Canonical URL of the code system of the field. */
  systeme?: string;
  /** Numbering of the SERAFIN-PH codes the field holds. */
  numerotation?: string;
  /** Source text of the field. */
  source?: string;
  /** The field is a deprecated form, still accepted (emitted as `deprecated: true`). */
  obsolete?: boolean;
}

function toMeta(o: FieldOptions): FieldMeta {
  const meta: FieldMeta = { title: o.titre, description: o.description };
  if (o.titleEn !== undefined) meta['x-title-en'] = o.titleEn;
  if (o.descriptionEn !== undefined) meta['x-description-en'] = o.descriptionEn;
  if (o.personnel === true) meta['x-donnees-personnelles'] = true;
  if (o.systeme !== undefined) meta['x-systeme-codes'] = o.systeme;
  if (o.numerotation !== undefined) meta['x-numerotation'] = o.numerotation;
  if (o.source !== undefined) meta['x-source'] = o.source;
  if (o.obsolete === true) meta.deprecated = true;
  return meta;
}

/**
 * Returns a copy of `schema` carrying the metadata of one field.
 *
 * The copy is a zod clone: it validates exactly like `schema`, and when
 * `schema` is a named type the JSON Schema shows a `$ref` with the field's own
 * title and description beside it.
 *
 * @internal
 */
export function field<T extends z.ZodType>(schema: T, options: FieldOptions): T {
  const copy = schema.clone();
  schemaRegistry.add(copy as z.ZodType, toMeta(options));
  return copy;
}

/**
 * Names a reusable type: registers `schema` itself under `id`, so that it
 * becomes a `$defs` entry of the JSON Schemas and a named interface in the
 * declarations generated from them.
 *
 * @internal
 */
export function named<T extends z.ZodType>(id: string, schema: T, options: FieldOptions): T {
  schemaRegistry.add(schema as z.ZodType, { id, ...toMeta(options) });
  return schema;
}

/**
 * Registers the metadata of a document root (no `id`: the root of each JSON
 * Schema file is the document itself, not a `$ref`).
 *
 * @internal
 */
export function documentRoot<T extends z.ZodType>(schema: T, options: FieldOptions): T {
  schemaRegistry.add(schema as z.ZodType, toMeta(options));
  return schema;
}
