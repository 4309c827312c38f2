/**
 * The one home of bilingual text in the validators: a text is written once
 * with {@link text} (French first, then English) and read in the requested
 * language with {@link pick}. Structural messages, rule messages and option
 * messages all go through these two functions.
 */
import type { Lang, LocalizedText } from './types.js';

/** A bilingual text (French first). */
export function text(fr: string, en: string): LocalizedText {
  return { fr, en };
}

/** The text of the requested language. */
export function pick(lang: Lang, value: LocalizedText): string {
  return lang === 'en' ? value.en : value.fr;
}

/** French quotation of a label: « label ». */
export function guillemets(label: string): string {
  return `« ${label} »`;
}

/** Joins items as a French or English list (`a, b et c` / `a, b and c`). */
export function listOf(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'et'} ${last}`;
}
