/**
 * Bilingual message helper of the rules.
 *
 * Messages bilingues des règles.
 */
import type { LocalizedText } from '../types.js';

/** A bilingual text (French first). */
export function text(fr: string, en: string): LocalizedText {
  return { fr, en };
}
