/**
 * Shape of the information extracted from each published JSON Schema at
 * generation time (see `scripts/generators/structure.ts`).
 *
 * Informations extraites des schémas JSON publiés.
 */

/** What the messages need to know about one schema node (short keys: the tables are generated). */
export interface SchemaNodeInfo {
  /** French `title` of the node. */
  readonly t?: string;
  /** The node holds personal data (`x-donnees-personnelles`). */
  readonly p?: true;
  /** Code system of a coded field (`x-systeme-codes`). */
  readonly s?: string;
  /** Numbering of SERAFIN-PH codes (`x-numerotation`). */
  readonly n?: string;
  /** String `format`. */
  readonly f?: string;
  /** French message of a `pattern` (`patternErrorMessage`, an editor annotation of the published schemas). */
  readonly m?: string;
}

/** One discriminating property of a union: the values each branch accepts, and whether the branch requires it. */
export interface UnionDiscriminatorInfo {
  readonly property: string;
  readonly branches: readonly { readonly values: readonly unknown[]; readonly required: boolean }[];
}

/** A union (`anyOf`/`oneOf`) of a schema. */
export interface UnionInfo {
  readonly keyword: 'anyOf' | 'oneOf';
  readonly branchCount: number;
  readonly discriminators: readonly UnionDiscriminatorInfo[];
}

/** Information about one published schema. */
export interface SchemaInfo {
  /** `$id` of the schema. */
  readonly schemaId: string;
  /** Nodes, by JSON Pointer inside the schema (`/$defs/Pag/properties/statut`). */
  readonly nodes: Readonly<Record<string, SchemaNodeInfo>>;
  /** JSON Pointer patterns (`*` = any index or key) of the values holding personal data. */
  readonly personalData: readonly string[];
  /** Unions, by JSON Pointer of their keyword (`/$defs/Operateur/oneOf`). */
  readonly unions: Readonly<Record<string, UnionInfo>>;
  /** Instance pointer patterns of the SERAFIN-PH code objects (`{ code, numerotation?, libelle? }`). */
  readonly codes: readonly { readonly pattern: string; readonly kind: 'besoin' | 'prestation-directe' }[];
  /** Instance pointer patterns of the dates and date-times. */
  readonly dates: readonly { readonly pattern: string; readonly format: 'date' | 'date-time' }[];
  /**
   * Instance pointer patterns of the fields coded in a public list (SERAFIN-PH,
   * ANS lists) that are not personal themselves: quoted even inside a
   * personal-data area.
   */
  readonly publicCodes: readonly string[];
  /** Title of the items of each array, by instance pointer pattern of the array (`/engagements` → `Engagement`). */
  readonly arrayItems: Readonly<Record<string, string>>;
}
