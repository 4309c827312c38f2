/**
 * `validateCode`, after FHIR `CodeSystem/$validate-code` and `ValueSet/$validate-code`.
 */
import type { SerafinCode } from '../generated/serafin-concepts.js';
import { isAmbiguous, toAns2023, type Numbering } from '../numbering/index.js';
import { normalizeDisplay } from '../text/normalize.js';
import { conceptOf } from './code-index.js';
import { ownOptions } from './own-option.js';
import { valueSet, type ValueSetRef } from './value-sets.js';

/** Language of messages: French by default. */
export type MessageLanguage = 'fr' | 'en';

/** Options of {@link validateCode}. */
export interface ValidateCodeOptions {
  /** Value set the code must belong to (`'J282'`…`'J285'`, `'prestations'` or a canonical URL). */
  readonly valueSet?: ValueSetRef;
  /** Display to check against the published one. */
  readonly display?: string;
  /** Reject deprecated concepts. */
  readonly activeOnly?: boolean;
  /** Numbering of `code`. **Defaults to `'ans-2023'`**; other numberings must translate `equivalent`. */
  readonly numbering?: Numbering;
  /** Language of `message` (default `'fr'`). */
  readonly lang?: MessageLanguage;
}

/** Why a code failed validation (stable identifiers, for programs). */
export type ValidateCodeIssue = 'unknown-code' | 'no-equivalent' | 'not-in-value-set' | 'inactive' | 'display-mismatch';

/** Result of {@link validateCode}. */
export interface ValidateCodeResult {
  /** True when the code is valid under every option given. */
  readonly result: boolean;
  /** The ANS 2023 code the input resolved to, when it resolved. */
  readonly code?: SerafinCode;
  /** The published display of the resolved concept (in the value set's spelling when a value set was given). */
  readonly display?: string;
  /** Why the code failed, when it failed (or `display-mismatch` kept as a note when only normalisation differs). */
  readonly issue?: ValidateCodeIssue;
  /** Human-readable explanation, in the requested language. */
  readonly message?: string;
  /** Present and true when the bare code names different concepts in other numberings (it was read as ans-2023). */
  readonly ambiguous?: true;
}

function msg(lang: MessageLanguage, fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

/**
 * Validates a code, optionally against a value set and a display. Never throws.
 * Only the own members of `options` are read
 * (never one inherited from `Object.prototype`); options that are not an
 * object (`null` from JavaScript) count as none.
 *
 * A display that differs from the published one only by apostrophes, ligatures
 * or spaces (as in the JDV files) is accepted, with a note.
 *
 * @example validateCode('2.3.3.1', { valueSet: 'J284' }).result // true
 */
export function validateCode(code: unknown, options?: ValidateCodeOptions): ValidateCodeResult {
  const o = ownOptions(options);
  const lang = o.lang ?? 'fr';
  const numbering = o.numbering ?? 'ans-2023';
  if (typeof code !== 'string') {
    return { result: false, issue: 'unknown-code', message: msg(lang, 'Le code doit être une chaîne de caractères.', 'The code must be a string.') };
  }
  const shown = JSON.stringify(code);
  let ansCode: SerafinCode | undefined;
  if (numbering === 'ans-2023') {
    ansCode = conceptOf(code)?.code;
    if (ansCode === undefined) {
      return {
        result: false,
        issue: 'unknown-code',
        message: msg(lang, `Code ${shown} inconnu dans SERAFIN-PH (numérotation ans-2023).`, `Code ${shown} is not in SERAFIN-PH (ans-2023 numbering).`),
      };
    }
  } else {
    ansCode = toAns2023(code, numbering);
    if (ansCode === undefined) {
      return {
        result: false,
        issue: 'no-equivalent',
        message: msg(
          lang,
          `Code ${shown} inconnu en numérotation ${numbering}, ou sans équivalent exact en ans-2023 (voir translate()).`,
          `Code ${shown} is unknown in the ${numbering} numbering, or has no exact ans-2023 equivalent (see translate()).`,
        ),
      };
    }
  }
  const concept = conceptOf(ansCode);
  if (concept === undefined) return { result: false, issue: 'unknown-code' };
  const base = {
    code: concept.code,
    ...(o.valueSet === undefined && numbering === 'ans-2023' && isAmbiguous(code) ? { ambiguous: true as const } : {}),
  };
  let display = concept.display;
  if (o.valueSet !== undefined) {
    let vs;
    try {
      vs = valueSet(o.valueSet);
    } catch (error) {
      return { result: false, ...base, issue: 'not-in-value-set', message: (error as Error).message };
    }
    if (!vs.has(concept.code)) {
      return {
        result: false,
        ...base,
        display,
        issue: 'not-in-value-set',
        message: msg(lang, `Le code ${concept.code} n'appartient pas au jeu de valeurs ${vs.name}.`, `Code ${concept.code} is not in value set ${vs.name}.`),
      };
    }
    display = vs.expand().find((e) => e.code === concept.code)?.display ?? display;
  }
  if (o.activeOnly === true && concept.status === 'deprecated') {
    const replacement = concept.replacedBy === undefined ? '' : concept.replacedBy;
    return {
      result: false,
      ...base,
      display,
      issue: 'inactive',
      message: msg(
        lang,
        `Le code ${concept.code} est désactivé (${concept.deprecationReason ?? 'désactivé'})${replacement ? ` : utiliser ${replacement}` : ''}.`,
        `Code ${concept.code} is deprecated (duplicate concept)${replacement ? `: use ${replacement}` : ''}.`,
      ),
    };
  }
  if (o.display !== undefined && o.display !== display && o.display !== concept.display) {
    if (normalizeDisplay(o.display) === concept.displayNormalized) {
      return {
        result: true,
        ...base,
        display,
        issue: 'display-mismatch',
        message: msg(
          lang,
          'Libellé accepté : il ne diffère du libellé publié que par la typographie.',
          'Display accepted: it differs from the published display only in typography.',
        ),
      };
    }
    return {
      result: false,
      ...base,
      display,
      issue: 'display-mismatch',
      message: msg(
        lang,
        `Le libellé fourni ne correspond pas au libellé publié du code ${concept.code}.`,
        `The display given does not match the published display of code ${concept.code}.`,
      ),
    };
  }
  return { result: true, ...base, display };
}
