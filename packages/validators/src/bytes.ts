/**
 * @packageDocumentation
 * `@serafin-ph/validators/bytes` : des octets d’un fichier à son texte, comme
 * les lisent `serafin validate` et la page de validation hors ligne — UTF-8
 * (marque d’ordre des octets ôtée) ou UTF-16 reconnu ; sinon, la raison et la
 * position du premier octet fautif (données binaires, UTF-16 mal formé, octets
 * qui ne sont pas de l’UTF-8, avec ligne, colonne et soupçon de Windows-1252),
 * pour ne jamais déclarer valide un fichier abîmé. Sans module Node ni
 * génération de code : utilisable dans un navigateur. Les messages restent à
 * l’appelant, dans sa langue.
 *
 * From a file's bytes to its text, as `serafin validate` and the offline
 * validator page read them: UTF-8 (byte order mark dropped) or recognised
 * UTF-16; otherwise why, and where the first byte at fault is (binary data,
 * malformed UTF-16, bytes that are not UTF-8 with their line, column and a
 * suspected Windows-1252), so that a mangled file is never called valid. No
 * Node module and no code generation: browser-safe. The messages are the
 * caller's, in its own language.
 *
 * @module \@serafin-ph/validators/bytes
 */
export {
  decodeBytes,
  hasUtf8Bom,
  invalidUtf16Offset,
  invalidUtf8Offset,
  textPosition,
  utf16Encoding,
  type BytesProblem,
  type DecodeBytesOptions,
  type DecodedBytes,
  type TextPosition,
  type Utf16Encoding,
} from './json/decode-bytes.js';
export { looksLikeWindows1252, windows1252Character } from './json/windows-1252.js';
