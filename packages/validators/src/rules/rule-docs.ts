/**
 * The documentation of a business rule (title, description, source) lives
 * apart from its check, one file per family under `rules/<document>/docs/`:
 * the validators run the checks only, so a per-document entry point does not
 * ship the texts; the rule catalogue (`RULES`) joins both.
 *
 * Documentation des règles, à part de leurs vérifications.
 */
import type { RuleDefinition, RuleId } from '../types.js';

/** Title, description and source of one rule. */
export type RuleDoc = Pick<RuleDefinition, 'title' | 'description' | 'source'>;

/** The documentation of a set of rules, by rule id (a wrong id does not compile). */
export type RuleDocs = Readonly<Partial<Record<RuleId, RuleDoc>>>;

/** What a rule carries at run time: its definition without the documentation. */
export type RuleCheckDefinition = Omit<RuleDefinition, keyof RuleDoc>;

/**
 * The full definition of a rule: its run-time part and its documentation.
 * Throws when `docs` has no entry for the rule (a test of the registry makes
 * sure every rule has one).
 */
export function documented(definition: RuleCheckDefinition, docs: RuleDocs): RuleDefinition {
  const doc = docs[definition.id as RuleId];
  if (doc === undefined) throw new Error(`rule ${definition.id} has no documentation (rules/<document>/docs/)`);
  const { id, severity, documents, ...rest } = definition;
  return { id, severity, documents, title: doc.title, description: doc.description, source: doc.source, ...rest };
}
