/**
 * Generates `src/generated/rule-ids.ts` from the rule catalogue: the list of
 * every rule id and the `RuleId` union, so that a report's `ruleId` and the
 * `skipRules` option are typed with the ids that exist — a rule added to the
 * catalogue appears in the union at the next `pnpm generate`.
 */
import type { GeneratedFile, Generator } from '../../../../scripts/lib/generated-files.js';
import type { RuleDefinition } from '../../src/types.js';

/** Path of the generated module, relative to the package root. */
export const RULE_IDS_PATH = 'src/generated/rule-ids.ts';

type Banner = (generator: string, sources: readonly string[]) => string;

function list(ids: readonly string[]): string {
  return ids.length === 0 ? '[]' : `[\n${ids.map((id) => `  ${JSON.stringify(id)},`).join('\n')}\n]`;
}

/** The generator of the rule-id module. */
export function ruleIdsGenerator(rules: readonly RuleDefinition[], banner: Banner): Generator {
  return {
    name: 'rule-ids',
    run: (): GeneratedFile[] => {
      const ids = rules.map((r) => r.id);
      const content = [
        banner('scripts/generators/rule-ids.ts', ['src/rules-catalog.ts (RULES)']),
        '/** Every rule id of the catalogue, in catalogue order (structural checks, option check, business rules). */',
        `export const RULE_IDS = ${list(ids)} as const;`,
        '',
        '/** A rule id of the catalogue (`PAG-CONSENTEMENT-001`, `STRUCTURE-TYPE`…). */',
        'export type RuleId = (typeof RULE_IDS)[number];',
        '',
      ].join('\n');
      return [{ path: RULE_IDS_PATH, content }];
    },
  };
}
