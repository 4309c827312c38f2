/**
 * Runs the business rules of a document type: each rule runs only when none
 * of the parts it reads has a structural error, and once per document; the
 * facts the rules share are computed once.
 *
 * Exécution des règles métier.
 */
import type { JsonValue } from '../json/read-document.js';
import { overlaps, tokens } from '../json/pointer.js';
import { isPersonalData } from '../personal-data.js';
import type { LocalizedText, Severity, ValidationIssue } from '../types.js';
import type { ResolvedOptions, RuleSet, RulesOutcome } from './rule.js';

/** Placeholder shown instead of a personal value. */
export const MASKED: LocalizedText = { fr: '[donnée personnelle masquée]', en: '[personal data hidden]' };

/**
 * Runs `set` on `document`.
 *
 * @param structuralPaths - JSON Pointers of the structural errors found before
 * @param skip - rule ids not to run
 */
export function runRules<D, F>(
  set: RuleSet<D, F>,
  document: JsonValue,
  options: ResolvedOptions,
  structuralPaths: readonly string[],
  skip: ReadonlySet<string>,
): RulesOutcome {
  const issues: ValidationIssue[] = [];
  const notRun: { ruleId: string; blockedBy: string }[] = [];
  const blocked = structuralPaths.map((p) => ({ path: p, tokens: tokens(p) }));
  const lang = options.lang;
  const show = (path: string, value: string | number): string =>
    options.includePersonalData || !isPersonalData(set.type, path) ? String(value) : lang === 'en' ? MASKED.en : MASKED.fr;
  let facts: F | undefined;
  let factsFailed = false;
  for (const rule of set.rules) {
    const def = rule.definition;
    if (skip.has(def.id)) continue;
    let blocker: string | undefined;
    for (const read of def.reads) {
      const rt = tokens(read);
      const hit = blocked.find((b) => overlaps(rt, b.tokens));
      if (hit !== undefined) {
        blocker = hit.path;
        break;
      }
    }
    if (blocker !== undefined) {
      notRun.push({ ruleId: def.id, blockedBy: blocker });
      continue;
    }
    if (facts === undefined && !factsFailed) {
      try {
        facts = set.facts(document as unknown as D, options);
      } catch {
        factsFailed = true;
      }
    }
    if (facts === undefined) {
      notRun.push({ ruleId: def.id, blockedBy: 'internal-error' });
      continue;
    }
    const severity: Severity = def.severityOption === 'deprecatedCodes' ? options.deprecatedCodes : def.severity;
    const produced: ValidationIssue[] = [];
    try {
      rule.check({
        document: document as unknown as D,
        facts,
        options,
        show,
        emit: (path, message, details, sev) => {
          produced.push({
            ruleId: def.id,
            severity: sev ?? severity,
            path,
            message: lang === 'en' ? message.en : message.fr,
            ...(details === undefined ? {} : { details }),
          });
        },
      });
      issues.push(...produced);
    } catch {
      notRun.push({ ruleId: def.id, blockedBy: 'internal-error' });
    }
  }
  return { issues, notRun };
}
