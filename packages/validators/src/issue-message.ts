/**
 * The message of an issue in a given language.
 */
import type { Lang, ValidationIssue } from './types.js';

/**
 * The message of `issue` in `lang`: from `issue.messages` when the validation
 * asked for both languages (`messages: 'both'`), otherwise `issue.message`
 * when no other language is available (it is then in the language the
 * validation used).
 *
 * @example
 * const result = validate(doc, { messages: 'both' });
 * for (const i of result.issues) show(message(i, 'fr'), message(i, 'en'));
 */
export function message(issue: ValidationIssue, lang: Lang): string {
  return issue.messages?.[lang] ?? issue.message;
}
