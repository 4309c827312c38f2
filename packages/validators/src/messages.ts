/**
 * Small helpers for bilingual messages.
 *
 * Outils pour les messages bilingues.
 */
import type { Lang, LocalizedText } from './types.js';

/** Picks the text of the requested language. */
export function pick(lang: Lang, text: LocalizedText): string {
  return lang === 'en' ? text.en : text.fr;
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
