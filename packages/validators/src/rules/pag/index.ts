/**
 * Business rules of the PAG.
 *
 * Règles métier du PAG.
 */
import type { RuleSet } from '../rule.js';

/** The rule set of the PAG. */
export const pagRules: RuleSet<unknown, unknown> = { type: 'pag', rules: [], facts: () => ({}) };
