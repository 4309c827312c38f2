/**
 * The catalogues of the territorial convention rules' messages, French and
 * English; each also covers the rules of a table of derogations embedded in
 * the convention (`@serafin-ph/validators/convention` carries the French one
 * and exports the English one).
 */
import type { MessageCatalogue } from '../messages.js';
import { en as STRUCTURE_EN } from '../structure/locales/en.js';
import { fr as STRUCTURE_FR } from '../structure/locales/fr.js';
import { CONVENTION_MESSAGES_EN } from '../rules/convention/messages/en.js';
import { CONVENTION_MESSAGES_FR } from '../rules/convention/messages/fr.js';
import { TABLEAU_DEROGATIONS_MESSAGES_EN } from '../rules/derogations/messages/en.js';
import { TABLEAU_DEROGATIONS_MESSAGES_FR } from '../rules/derogations/messages/fr.js';

/** French messages of the convention rules, of an embedded table's rules and of the structural check. */
export const CONVENTION_FR: MessageCatalogue = /* @__PURE__ */ Object.freeze({
  lang: 'fr',
  rules: /* @__PURE__ */ Object.freeze({ 'convention-territoriale': CONVENTION_MESSAGES_FR, 'tableau-derogations': TABLEAU_DEROGATIONS_MESSAGES_FR }),
  structure: STRUCTURE_FR,
});

/**
 * English messages of the convention rules, of an embedded table's rules and
 * of the structural check:
 * what `@serafin-ph/validators/convention` needs for `lang: 'en'` or
 * `messages: 'both'`.
 *
 * @example
 * import { validateConvention, CONVENTION_EN } from '@serafin-ph/validators/convention';
 * validateConvention(document, { lang: 'en', catalogues: [CONVENTION_EN] });
 */
export const CONVENTION_EN: MessageCatalogue = /* @__PURE__ */ Object.freeze({
  lang: 'en',
  rules: /* @__PURE__ */ Object.freeze({ 'convention-territoriale': CONVENTION_MESSAGES_EN, 'tableau-derogations': TABLEAU_DEROGATIONS_MESSAGES_EN }),
  structure: STRUCTURE_EN,
});
