import { describe, expect, it } from 'vitest';
import { info as pagInfo } from '../generated/structure/pag-info.js';
import type { JsonValue } from '../json/read-document.js';
import { text } from '../messages.js';
import { defineRule } from './define.js';
import type { AnyRuleSet, ResolvedOptions, Rule } from './rule.js';
import { runRules } from './run-rules.js';

const options: ResolvedOptions = {
  lang: 'fr',
  numbering: 'ans-2023',
  referenceDate: '2026-01-15',
  deprecatedCodes: 'warning',
  includePersonalData: false,
  optionName: (o) => o,
  codeTranslations: [],
  messages: {},
};

function rule(id: string, check: Rule['check'], extra: { reads?: string[]; severityOption?: 'deprecatedCodes' } = {}): Rule {
  return defineRule({
    id,
    severity: 'error',
    document: 'pag',
    family: 'test',
    reads: extra.reads ?? [],
    check,
    ...(extra.severityOption === undefined ? {} : { severityOption: extra.severityOption }),
  });
}

const say = text('fr', 'en');

function set(rules: Rule[], facts: AnyRuleSet['facts'] = () => ({})): AnyRuleSet {
  return { type: 'pag', info: pagInfo, rules, facts };
}

const doc = { a: 1 } as unknown as JsonValue;

describe('runRules', () => {
  it('runs every rule once, in order, with the rule id and severity of the rule emitting', () => {
    const s = set([
      rule('R-1', ({ emit }) => emit('/a', say)),
      rule('R-2', ({ emit }) => emit('/b', say, { x: 1 }, 'warning')),
      rule('R-3', ({ emit }) => emit('/c', say), { severityOption: 'deprecatedCodes' }),
    ]);
    const out = runRules(s, doc, options, [], new Set());
    expect(out.issues).toEqual([
      { ruleId: 'R-1', severity: 'error', path: '/a', message: 'fr' },
      { ruleId: 'R-2', severity: 'warning', path: '/b', message: 'fr', details: { x: 1 } },
      { ruleId: 'R-3', severity: 'warning', path: '/c', message: 'fr' },
    ]);
    expect(runRules(s, doc, { ...options, deprecatedCodes: 'error' }, [], new Set()).issues[2]?.severity).toBe('error');
    expect(out.notRun).toEqual([]);
  });

  it('drops the issues of a rule that throws midway and reports it not run; the next rules run', () => {
    const s = set([
      rule('R-1', ({ emit }) => {
        emit('/a', say);
        throw new Error('boom');
      }),
      rule('R-2', ({ emit }) => emit('/b', say)),
    ]);
    const out = runRules(s, doc, options, [], new Set());
    expect(out.issues.map((i) => i.ruleId)).toEqual(['R-2']);
    expect(out.notRun).toEqual([{ ruleId: 'R-1', blockedBy: 'internal-error' }]);
  });

  it('reports every rule not run when the facts fail, and computes them once', () => {
    let calls = 0;
    const s = set([rule('R-1', () => undefined), rule('R-2', () => undefined)], () => {
      calls++;
      throw new Error('facts');
    });
    expect(runRules(s, doc, options, [], new Set()).notRun).toEqual([
      { ruleId: 'R-1', blockedBy: 'internal-error' },
      { ruleId: 'R-2', blockedBy: 'internal-error' },
    ]);
    expect(calls).toBe(1);
  });

  it('skips the rules asked, and blocks those reading a part with a structural error', () => {
    const ran: string[] = [];
    const s = set([
      rule('R-1', () => ran.push('R-1'), { reads: ['/engagements/*/identifiant'] }),
      rule('R-2', () => ran.push('R-2'), { reads: ['/suivi'] }),
      rule('R-3', () => ran.push('R-3')),
    ]);
    const out = runRules(s, doc, options, ['/engagements/2'], new Set(['R-3']));
    expect(ran).toEqual(['R-2']);
    expect(out.notRun).toEqual([{ ruleId: 'R-1', blockedBy: '/engagements/2' }]);
  });

  it('does not compute the facts when no rule runs', () => {
    let calls = 0;
    const s = set([rule('R-1', () => undefined)], () => {
      calls++;
      return {};
    });
    runRules(s, doc, options, [], new Set(['R-1']));
    expect(calls).toBe(0);
  });
});
