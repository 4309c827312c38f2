/**
 * What the mapping of structural errors (Ajv's shape) to issues needs to know about the call.
 */
import type { JsonValue } from '../json/read-document.js';
import type { Lang, DocumentType } from '../types.js';
import type { StructureValidator } from './ajv-error.js';
import type { StructureMessages } from './locales/catalogue.js';
import type { SchemaInfo } from './schema-info.js';

/** What the mapper needs. */
export interface MapContext {
  readonly type: DocumentType;
  readonly lang: Lang;
  /** The structural messages of `lang` (from the entry point's catalogue of that language). */
  readonly m: StructureMessages;
  readonly includePersonalData: boolean;
  readonly info: SchemaInfo;
  /** Validator of a union branch, by `<union pointer>/<index>`. */
  readonly branch: (pointer: string) => StructureValidator;
  /** The document checked (the JSON copy). */
  readonly root: JsonValue;
}
