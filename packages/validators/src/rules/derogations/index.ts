/**
 * Business rules of the table of delegated derogations.
 *
 * Règles métier du tableau des dérogations.
 */
import type { RuleSet } from '../rule.js';

/** The rule set of the table of delegated derogations. */
export const derogationsRules: RuleSet<unknown, unknown> = { type: 'tableau-derogations', rules: [], facts: () => ({}) };
