/**
 * Shared rules of `validateCode` / `validateCoding`: code shape, status and
 * display checks, with messages in French (default) or English.
 */
import { normalizeDisplay } from '../text/normalize.js';
import type { ReferentielDesignation, ReferentielValidateCodeOptions, ReferentielValidateCodeResult } from './types.js';

/** What the checks need to know about a known concept. */
export interface CheckedConcept {
  readonly code: string;
  readonly display: string;
  readonly displayNormalized: string;
  readonly status?: 'active' | 'deprecated';
  readonly dateFin?: string;
  readonly deprecationDate?: string;
  readonly designations?: readonly ReferentielDesignation[];
}

const q = (s: string): string => `« ${s} »`;
const e = (s: string): string => JSON.stringify(s);

/** Language of messages. */
export type MessageLanguage = 'fr' | 'en';

function msg(lang: MessageLanguage | undefined, fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

/** True when `value` is a non-empty string. */
export function isCodeString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Result for a code that is not a non-empty string. */
export function invalidCode(list: string, lang?: MessageLanguage): ReferentielValidateCodeResult {
  return {
    result: false,
    issue: 'invalid-code',
    message: msg(lang, `Code absent ou invalide pour ${list} : une chaîne non vide est attendue`, `Missing or invalid code for ${list}: a non-empty string is expected`),
  };
}

/** Result for a code the list does not contain. */
export function unknownCode(code: string, list: string, version: string, lang?: MessageLanguage): ReferentielValidateCodeResult {
  return {
    result: false,
    issue: 'unknown-code',
    message: msg(lang, `Code ${q(code)} inconnu dans ${list} (version ${version})`, `Unknown code ${e(code)} in ${list} (version ${version})`),
  };
}

function sinceFr(c: CheckedConcept): string {
  const date = (c.deprecationDate ?? c.dateFin)?.slice(0, 10);
  return date === undefined ? '' : ` depuis le ${date}`;
}

function sinceEn(c: CheckedConcept): string {
  const date = (c.deprecationDate ?? c.dateFin)?.slice(0, 10);
  return date === undefined ? '' : ` since ${date}`;
}

/**
 * Checks status and display of a known concept.
 *
 * Order: deprecated with `activeOnly` (error), display mismatch (error),
 * deprecated (warning), display equal only after normalisation (warning).
 */
export function checkKnown(concept: CheckedConcept, list: string, options: ReferentielValidateCodeOptions): ReferentielValidateCodeResult {
  const inactive = concept.status === 'deprecated';
  const base = inactive ? ({ display: concept.display, inactive: true } as const) : ({ display: concept.display } as const);
  const code = concept.code;
  const { lang } = options;
  if (inactive && options.activeOnly === true) {
    return {
      result: false,
      issue: 'inactive',
      ...base,
      message: msg(
        lang,
        `Code ${q(code)} désactivé dans ${list}${sinceFr(concept)} (${q(concept.display)})`,
        `Code ${e(code)} is deprecated in ${list}${sinceEn(concept)} (${e(concept.display)})`,
      ),
    };
  }
  let normalizedOnly = false;
  if (options.display !== undefined) {
    const given = options.display;
    const labels = [concept.display, ...(concept.designations ?? []).map((d) => d.value)];
    if (!labels.includes(given)) {
      const g = normalizeDisplay(given);
      const accept = (options.displayMatch ?? 'normalized') === 'normalized' && labels.some((l) => normalizeDisplay(l) === g);
      if (!accept) {
        return {
          result: false,
          issue: 'display-mismatch',
          ...base,
          message: msg(
            lang,
            `Libellé ${q(given)} incorrect pour le code ${q(code)} de ${list} ; libellé officiel : ${q(concept.display)}`,
            `Display ${e(given)} does not match code ${e(code)} of ${list}; official display: ${e(concept.display)}`,
          ),
        };
      }
      normalizedOnly = true;
    }
  }
  if (inactive) {
    return {
      result: true,
      issue: 'inactive',
      ...base,
      message: msg(lang, `Code ${q(code)} valide mais désactivé dans ${list}${sinceFr(concept)}`, `Code ${e(code)} is valid but deprecated in ${list}${sinceEn(concept)}`),
    };
  }
  if (normalizedOnly) {
    return {
      result: true,
      issue: 'display-normalized',
      ...base,
      message: msg(
        lang,
        `Libellé accepté après normalisation (apostrophes, ligatures, espaces) ; libellé officiel : ${q(concept.display)}`,
        `Display accepted after normalisation (apostrophes, ligatures, spaces); official display: ${e(concept.display)}`,
      ),
    };
  }
  return { result: true, ...base };
}
