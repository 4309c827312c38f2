/**
 * Business rules of the territorial convention, one file per family. A
 * derogation table embedded in the convention is also checked with the rules
 * of the derogation table.
 */
import type { ConventionTerritoriale } from '@serafin-ph/pag-schema';
import { at } from '../../json/access.js';
import { derogationsRules } from '../derogations/index.js';
import { info as conventionInfo } from '../../generated/structure/convention-territoriale-info.js';
import type { RuleSet } from '../rule.js';
import { annexeRules } from './annexe.js';
import { cadreRules } from './cadre.js';
import type { ConventionFacts } from './convention-rule.js';
import { instructionRules } from './instruction.js';
import { signatairesRules } from './signataires.js';

/** The rule set of the territorial convention. */
export const conventionRules: RuleSet<ConventionTerritoriale, ConventionFacts> = {
  type: 'convention-territoriale',
  info: conventionInfo,
  rules: [...signatairesRules, ...cadreRules, ...instructionRules, ...annexeRules],
  facts: () => ({}),
  embedded: [
    {
      at: '/annexeTableauDerogations/tableau',
      set: derogationsRules,
      applies: (root) => at(root, 'annexeTableauDerogations', 'mode') === 'integre',
    },
  ],
};
