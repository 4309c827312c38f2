/**
 * The rule ids at run time: a guard for ids that come from outside the type
 * system (command lines, configuration files).
 */
import { RULE_IDS, type RuleId } from './generated/rule-ids.js';

export { RULE_IDS, type RuleId } from './generated/rule-ids.js';

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** True when `id` is the id of a rule of the catalogue ({@link RULE_IDS}). */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && KNOWN.has(id);
}
