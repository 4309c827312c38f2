/**
 * Documentation of every rule of the derogation table, by rule id (one file per family).
 */
import type { RuleDocs } from '../../rule-docs.js';
import { delegationsDocs } from './delegations.js';
import { doublonsDocs } from './doublons.js';
import { lignesDocs } from './lignes.js';
import { parametresDocs } from './parametres.js';

/** Title, description and source of each rule of the derogation table, by rule id. */
export const DEROGATIONS_RULE_DOCS: RuleDocs = {
  ...delegationsDocs,
  ...doublonsDocs,
  ...lignesDocs,
  ...parametresDocs,
};
