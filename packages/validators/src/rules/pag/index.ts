/**
 * Business rules of the PAG, one file per family.
 *
 * Règles métier du PAG.
 */
import type { Pag } from '@serafin-ph/pag-schema';
import type { JsonValue } from '../../json/read-document.js';
import { info as pagInfo } from '../../generated/structure/pag-info.js';
import type { RuleSet } from '../rule.js';
import { besoinsRules } from './besoins.js';
import { codesRules } from './codes.js';
import { consentementRules } from './consentement.js';
import { cycleDeVieRules } from './cycle-de-vie.js';
import { datesRules } from './dates.js';
import { demandeRules } from './demande.js';
import { droitsPrestationsRules } from './droits-prestations.js';
import { emploiDuTempsRules } from './emploi-du-temps.js';
import { engagementsRules } from './engagements.js';
import { pagFacts, type PagFacts } from './support/facts.js';
import { orientationsRules } from './orientations.js';
import { paroleRules } from './parole.js';
import { situationRules } from './situation.js';
import { suiviRules } from './suivi.js';

/** The rule set of the PAG. */
export const pagRules: RuleSet<Pag, PagFacts> = {
  type: 'pag',
  info: pagInfo,
  rules: [
    ...cycleDeVieRules,
    ...demandeRules,
    ...consentementRules,
    ...situationRules,
    ...paroleRules,
    ...orientationsRules,
    ...droitsPrestationsRules,
    ...codesRules,
    ...besoinsRules,
    ...engagementsRules,
    ...suiviRules,
    ...emploiDuTempsRules,
    ...datesRules,
  ],
  facts: (document, options) => pagFacts(document as unknown as JsonValue, options),
};
