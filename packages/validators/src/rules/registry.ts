/**
 * The registry of the business rules: one rule set per document type, each
 * made of the rule families (one source file per family), and the
 * documentation of each rule (one file per family under `<document>/docs/`).
 */
import { DOCUMENT_TYPES, type DocumentType, type RuleDefinition } from '../types.js';
import type { AnyRuleSet } from './rule.js';
import { conventionRules } from './convention/index.js';
import { derogationsRules } from './derogations/index.js';
import { pagRules } from './pag/index.js';
import { CONVENTION_RULE_DOCS } from './convention/docs/index.js';
import { DEROGATIONS_RULE_DOCS } from './derogations/docs/index.js';
import { PAG_RULE_DOCS } from './pag/docs/index.js';
import { documented, type RuleDocs } from './rule-docs.js';

/** The rule set of each document type. */
export const RULE_SETS: Readonly<Record<DocumentType, AnyRuleSet>> = {
  pag: pagRules,
  'convention-territoriale': conventionRules,
  'tableau-derogations': derogationsRules,
};

/** The documentation of the rules of each document type. */
export const RULE_DOCS: Readonly<Record<DocumentType, RuleDocs>> = {
  pag: PAG_RULE_DOCS,
  'convention-territoriale': CONVENTION_RULE_DOCS,
  'tableau-derogations': DEROGATIONS_RULE_DOCS,
};

/** Definitions of every business rule with their documentation, in registry order. */
export const BUSINESS_RULES: readonly RuleDefinition[] = DOCUMENT_TYPES.flatMap((type) => RULE_SETS[type].rules.map((r) => documented(r.definition, RULE_DOCS[type])));
