/**
 * XML escaping for the JUnit report.
 */

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE, U+FFFF). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces characters XML 1.0 forbids with U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD');
}

/** Escapes text content. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted), keeping line breaks and tabs as character references. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
