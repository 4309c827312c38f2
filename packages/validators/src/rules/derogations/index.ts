/**
 * Business rules of the table of delegated derogations, one file per family.
 */
import type { TableauDerogations } from '@serafin-ph/pag-schema';
import { info as derogationsInfo } from '../../generated/structure/tableau-derogations-info.js';
import type { RuleSet } from '../rule.js';
import { delegationsRules } from './delegations.js';
import { doublonsRules } from './doublons.js';
import { lignesRules } from './lignes.js';
import { parametresRules } from './parametres.js';
import { publicsFermesRules } from './publics-fermes.js';
import type { TableauFacts } from './tableau-rule.js';

/** The rule set of the table of delegated derogations (also run on a table embedded in a convention). */
export const derogationsRules: RuleSet<TableauDerogations, TableauFacts> = {
  type: 'tableau-derogations',
  info: derogationsInfo,
  rules: [...lignesRules, ...parametresRules, ...publicsFermesRules, ...doublonsRules, ...delegationsRules],
  facts: () => ({}),
};
