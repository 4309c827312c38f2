/**
 * The catalogues of the PAG rules' messages, French and English. The
 * per-document entry point `@serafin-ph/validators/pag` carries
 * {@link PAG_FR} and exports {@link PAG_EN} (pass it in `catalogues` to get
 * English messages there); the main entry point carries both.
 */
import type { MessageCatalogue } from '../messages.js';
import { en as STRUCTURE_EN } from '../structure/locales/en.js';
import { fr as STRUCTURE_FR } from '../structure/locales/fr.js';
import { PAG_MESSAGES_EN } from '../rules/pag/messages/en.js';
import { PAG_MESSAGES_FR } from '../rules/pag/messages/fr.js';

/** French messages of the PAG rules and of the structural check. */
export const PAG_FR: MessageCatalogue = /* @__PURE__ */ Object.freeze({ lang: 'fr', rules: /* @__PURE__ */ Object.freeze({ pag: PAG_MESSAGES_FR }), structure: STRUCTURE_FR });

/**
 * English messages of the PAG rules and of the structural check: what `@serafin-ph/validators/pag` needs
 * for `lang: 'en'` or `messages: 'both'`.
 *
 * @example
 * import { validatePag, PAG_EN } from '@serafin-ph/validators/pag';
 * validatePag(document, { lang: 'en', catalogues: [PAG_EN] });
 */
export const PAG_EN: MessageCatalogue = /* @__PURE__ */ Object.freeze({ lang: 'en', rules: /* @__PURE__ */ Object.freeze({ pag: PAG_MESSAGES_EN }), structure: STRUCTURE_EN });
