/**
 * The registry of the business rules: one rule set per document type, each
 * made of the rule families (one source file per family).
 */
import { DOCUMENT_TYPES, type DocumentType, type RuleDefinition } from '../types.js';
import type { AnyRuleSet } from './rule.js';
import { conventionRules } from './convention/index.js';
import { derogationsRules } from './derogations/index.js';
import { pagRules } from './pag/index.js';

/** The rule set of each document type. */
export const RULE_SETS: Readonly<Record<DocumentType, AnyRuleSet>> = {
  pag: pagRules,
  'convention-territoriale': conventionRules,
  'tableau-derogations': derogationsRules,
};

/** Definitions of every business rule, in registry order. */
export const BUSINESS_RULES: readonly RuleDefinition[] = DOCUMENT_TYPES.flatMap((type) => RULE_SETS[type].rules.map((r) => r.definition));
