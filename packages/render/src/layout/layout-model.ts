/**
 * The layout model: what the renderer knows of a document type, extracted at
 * generation time from the published JSON Schema (titles, kinds, code systems,
 * personal-data marks, property order). The renderer walks a document against
 * it, so a field added to the schema is shown without touching the renderer.
 *
 * Modèle de mise en page : titres, natures, systèmes de codes et données
 * personnelles de chaque champ, tirés du schéma JSON publié.
 */

/** Kinds of leaf value a layout node can hold. */
export type LeafKind = 'text' | 'date' | 'date-time' | 'boolean' | 'number' | 'integer' | 'any';

/** Fields shared by every layout node. */
export interface LayoutBase {
  /** French title of the field (schema `title`). */
  readonly t: string;
  /** The field holds personal data (`x-donnees-personnelles`). */
  readonly p?: true;
}

/** A leaf holding free text, a date, a boolean or a number. */
export interface LeafNode extends LayoutBase {
  /** Kind of value. */
  readonly k: LeafKind;
}

/** A coded value: the code of a code system, shown with its official label. */
export interface CodeNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'code';
  /** Canonical URL (or project URN) of the code system (`x-systeme-codes`). */
  readonly s: string;
}

/** A value of a project-defined enumeration (no official code system). */
export interface EnumNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'enum';
  /** The allowed values, in schema order. */
  readonly v: readonly (string | number | boolean | null)[];
  /** Descriptions of the values (`enumDescriptions`), same order, when the schema gives them. */
  readonly d?: readonly string[];
}

/** A constant value (a discriminant such as `typeDocument`). */
export interface ConstNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'const';
  /** The constant. */
  readonly v: string | number | boolean | null;
}

/** An object with named properties. */
export interface ObjectNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'object';
  /** Properties, in schema order: `[name, node]`. */
  readonly props: readonly (readonly [string, LayoutNode])[];
  /** Any property is allowed (free-form object such as `extensions`). */
  readonly open?: true;
}

/** An array. */
export interface ArrayNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'array';
  /** Layout of the items. */
  readonly items: LayoutNode;
  /**
   * Always drawn as a table, one row per item, whatever the items hold (their
   * nested lists go inside the cells): set by the layout generator for the
   * arrays the documents present as tables.
   */
  readonly table?: true;
}

/** A union (`anyOf` / `oneOf`): the branch is chosen by the value. */
export interface UnionNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'union';
  /** The branches, in schema order. */
  readonly of: readonly LayoutNode[];
}

/** A reference to a named definition (`$defs`), with the field's own title. */
export interface RefNode extends LayoutBase {
  /** Kind discriminant. */
  readonly k: 'ref';
  /** Name of the definition in {@link DocumentLayout.defs}. */
  readonly ref: string;
}

/** Any node of the layout model. */
export type LayoutNode = LeafNode | CodeNode | EnumNode | ConstNode | ObjectNode | ArrayNode | UnionNode | RefNode;

/** The layout of one document type. */
export interface DocumentLayout {
  /** `$id` of the JSON Schema the layout was extracted from. */
  readonly schemaId: string;
  /** The document root. */
  readonly root: LayoutNode;
  /** Named definitions, by `$defs` key. */
  readonly defs: Readonly<Record<string, LayoutNode>>;
}
