/**
 * The catalogue of every rule: structural checks, the option check and the
 * business rules, with their documentation. `docs/reference/regles.md` is
 * generated from it.
 */
import { OPTIONS_RULE } from './options-rules.js';
import { BUSINESS_RULES } from './rules/registry.js';
import { STRUCTURE_RULES } from './structure/structure-rules.js';
import type { RuleDefinition } from './types.js';

/**
 * Every rule, structural checks first, then the option check, then the
 * business rules of the PAG, the convention and the derogation table.
 */
export const RULES: readonly RuleDefinition[] = [...STRUCTURE_RULES, OPTIONS_RULE, ...BUSINESS_RULES];

/** The definition of a rule, or `undefined` when the id is unknown. */
export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
