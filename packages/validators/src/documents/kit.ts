/**
 * What the validation engine needs to check one document type: its
 * precompiled structural checks and its rule set (which carries the schema
 * information). One kit per type, in its own module, so that a per-document
 * entry point (`@serafin-ph/validators/pag`…) bundles only its own type.
 */
import type { AnyRuleSet } from '../rules/rule.js';
import type { CompiledStructure } from '../structure/compiled.js';
import type { DocumentType } from '../types.js';

/** The checks of one document type. */
export interface DocumentKit {
  readonly type: DocumentType;
  readonly structure: CompiledStructure;
  readonly rules: AnyRuleSet;
}

/** The kits an entry point knows, by type (the all-types entry knows the three). */
export type KitTable = Readonly<Partial<Record<DocumentType, DocumentKit>>>;
