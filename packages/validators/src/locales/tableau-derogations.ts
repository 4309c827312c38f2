/**
 * The catalogues of the messages of the rules of the table of delegated
 * derogations, French and English (`@serafin-ph/validators/tableau-derogations`
 * carries the French one and exports the English one).
 */
import type { MessageCatalogue } from '../messages.js';
import { en as STRUCTURE_EN } from '../structure/locales/en.js';
import { fr as STRUCTURE_FR } from '../structure/locales/fr.js';
import { TABLEAU_DEROGATIONS_MESSAGES_EN } from '../rules/derogations/messages/en.js';
import { TABLEAU_DEROGATIONS_MESSAGES_FR } from '../rules/derogations/messages/fr.js';

/** French messages of the rules of the table of delegated derogations and of the structural check. */
export const TABLEAU_DEROGATIONS_FR: MessageCatalogue = /* @__PURE__ */ Object.freeze({
  lang: 'fr',
  rules: /* @__PURE__ */ Object.freeze({ 'tableau-derogations': TABLEAU_DEROGATIONS_MESSAGES_FR }),
  structure: STRUCTURE_FR,
});

/**
 * English messages of the rules of the table of delegated derogations and of
 * the structural check: what
 * `@serafin-ph/validators/tableau-derogations` needs for `lang: 'en'` or
 * `messages: 'both'`.
 *
 * @example
 * import { validateTableauDerogations, TABLEAU_DEROGATIONS_EN } from '@serafin-ph/validators/tableau-derogations';
 * validateTableauDerogations(document, { lang: 'en', catalogues: [TABLEAU_DEROGATIONS_EN] });
 */
export const TABLEAU_DEROGATIONS_EN: MessageCatalogue = /* @__PURE__ */ Object.freeze({
  lang: 'en',
  rules: /* @__PURE__ */ Object.freeze({ 'tableau-derogations': TABLEAU_DEROGATIONS_MESSAGES_EN }),
  structure: STRUCTURE_EN,
});
