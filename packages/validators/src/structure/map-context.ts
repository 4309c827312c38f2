/**
 * What the mapping of Ajv errors to issues needs to know about the call.
 */
import type { JsonValue } from '../json/read-document.js';
import type { Lang, DocumentType } from '../types.js';
import type { StructureValidator } from './ajv-error.js';
import type { SchemaInfo } from './schema-info.js';

/** What the mapper needs. */
export interface MapContext {
  readonly type: DocumentType;
  readonly lang: Lang;
  readonly includePersonalData: boolean;
  readonly info: SchemaInfo;
  /** Validators of each union branch, by `<union pointer>/<index>`. */
  readonly branches: Readonly<Record<string, StructureValidator>>;
  /** The document checked (the JSON copy). */
  readonly root: JsonValue;
}
