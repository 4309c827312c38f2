import { describe, expect, it } from 'vitest';
import { BESOIN_CODES, lookup } from '@serafin-ph/nomenclature';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';
import { answers, PRESTATIONS_POUR_BESOIN, prestationsForBesoin } from './support/besoins-prestations.js';

describeRule('PAG-BESOINS-001', (t) => {
  t.passes(cleanPag());
  const uncovered = mutate(cleanPag(), (d) => { d.contexte.besoins.push({ besoin: { code: '1.3.4.2' } }); });
  t.fails(uncovered, {
    path: '/contexte/besoins/4/besoin',
    severity: 'warning',
    check: (issues) => {
      // A SERAFIN-PH code names no one: shown by default, even inside `contexte`.
      expect(issues[0]?.message).toContain('Le besoin 1.3.4.2');
      expect(issues[0]?.details).toMatchObject({ besoin: '1.3.4.2' });
    },
  }, undefined, 'need code shown by default');
  t.fails(uncovered, {
    check: (issues) => {
      expect(issues[0]?.message).toContain('2.3.4.3');
      expect(issues[0]?.details).toMatchObject({ besoin: '1.3.4.2', prestationsAttendues: ['2.3.4.3'] });
    },
  }, { includePersonalData: true }, 'mapping explained with includePersonalData');
  t.passes(mutate(uncovered, (d) => { d.engagements[4]?.prestations.push({ prestation: { code: '2.3.4.3' }, nature: 'Apprentissage des trajets en bus', frequence: { nombre: 1, periode: 'mois' } }); }), undefined, 'covered once engaged');
});

describeRule('PAG-BESOINS-002', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { d.contexte.besoins = []; }), { path: '/contexte/besoins', severity: 'warning' });
});

describe('the needs → prestations mapping', () => {
  it('answers every active need of ANS 2023 with prestations directes that exist', () => {
    for (const code of BESOIN_CODES) {
      const c = lookup(code);
      if (c === undefined || c.status !== 'active' || code === '1') continue;
      const expected = prestationsForBesoin(code);
      expect(expected.length, code).toBeGreaterThan(0);
      for (const p of expected) expect(lookup(p)?.branch, `${code} → ${p}`).toBe('prestations-directes');
    }
  });
  it('only maps codes of the besoins branch', () => {
    for (const k of Object.keys(PRESTATIONS_POUR_BESOIN)) expect(lookup(k)?.branch).toBe('besoins');
  });
  it('accepts broader and narrower prestations, and reads deprecated codes through their replacement', () => {
    expect(answers('1.3.3.1', '2.3.3.1')).toBe(true);
    expect(answers('1.3.3.1', '2.3.3')).toBe(true);
    expect(answers('1.1.2', '2.1.1.2')).toBe(true);
    expect(answers('1.3.3.1', '2.1.1.1')).toBe(false);
    expect(answers('1.3.1.1', '2.3.1.2')).toBe(true);
    expect(answers('1.1', '2.4')).toBe(false);
  });
});
