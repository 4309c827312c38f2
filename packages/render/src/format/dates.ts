/**
 * Dates in words: `2025-03-01` → « 1er mars 2025 » (French) or « 1 March 2025 ».
 * Written by hand rather than with `Intl`, so that the output is the same on
 * every runtime (Node built with small ICU, browsers).
 */
import type { RenderLang } from './i18n.js';

const MONTHS: Readonly<Record<RenderLang, readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A `AAAA-MM-JJ` date in words, or `undefined` when the text is not such a date. */
export function formatDate(value: string, lang: RenderLang): string | undefined {
  const m = DATE.exec(value);
  if (m === null) return undefined;
  const month = MONTHS[lang][Number(m[2]) - 1];
  const day = Number(m[3]);
  if (month === undefined || day < 1 || day > 31) return undefined;
  const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${month} ${m[1]}`;
}

/** A date-time with offset in words (« 14 mars 2025 à 10 h 30 (UTC+01:00) »), or `undefined`. */
export function formatDateTime(value: string, lang: RenderLang): string | undefined {
  const m = DATE_TIME.exec(value);
  if (m === null) return undefined;
  const date = formatDate(m[1]!, lang);
  if (date === undefined) return undefined;
  const offset = m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`;
  return lang === 'fr' ? `${date} à ${m[2]} h ${m[3]} (${offset})` : `${date} at ${m[2]}:${m[3]} (${offset})`;
}
