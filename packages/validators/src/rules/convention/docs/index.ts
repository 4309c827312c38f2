/**
 * Documentation of every rule of the territorial convention, by rule id (one file per family).
 */
import type { RuleDocs } from '../../rule-docs.js';
import { annexeDocs } from './annexe.js';
import { cadreDocs } from './cadre.js';
import { instructionDocs } from './instruction.js';
import { signatairesDocs } from './signataires.js';

/** Title, description and source of each rule of the territorial convention, by rule id. */
export const CONVENTION_RULE_DOCS: RuleDocs = {
  ...annexeDocs,
  ...cadreDocs,
  ...instructionDocs,
  ...signatairesDocs,
};
