/**
 * Business rules of the territorial convention.
 *
 * Règles métier de la convention territoriale.
 */
import type { RuleSet } from '../rule.js';

/** The rule set of the territorial convention. */
export const conventionRules: RuleSet<unknown, unknown> = { type: 'convention-territoriale', rules: [], facts: () => ({}) };
