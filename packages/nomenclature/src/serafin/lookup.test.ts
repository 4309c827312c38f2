import { describe, expect, it } from 'vitest';
import { SERAFIN_DEFINITIONS } from '../generated/serafin-definitions.js';
import { lookup } from './lookup.js';

describe('lookup', () => {
  it('reads a bare code in the ANS 2023 numbering', () => {
    const c = lookup('2.2.1');
    expect(c?.display).toBe('Accompagnements pour les actes de la vie quotidienne');
    expect(c?.branch).toBe('prestations-directes');
    expect(c?.depth).toBe(3);
    expect(c?.level).toBe(4);
    expect(c?.system).toBe('https://smt.esante.gouv.fr/terminologie-SERAFINPH');
    expect(c?.definition).toBeUndefined();
  });
  it('returns undefined for unknown codes and non-strings, never throws', () => {
    expect(lookup('9.9')).toBeUndefined();
    expect(lookup('')).toBeUndefined();
    expect(lookup(42 as unknown as string)).toBeUndefined();
    expect(lookup('__proto__')).toBeUndefined();
  });
  it('adds the definition only when a table is given', () => {
    const c = lookup('2.3.2', { definitions: SERAFIN_DEFINITIONS });
    expect(c?.definition?.startsWith('Cette prestation comprend les accompagnements visant à acquérir et à garder un logement.')).toBe(true);
    expect(lookup('1', { definitions: SERAFIN_DEFINITIONS })?.definition).toBeUndefined();
  });
  it('flags deprecated duplicates and names their replacement', () => {
    const c = lookup('3.2.2.1');
    expect(c?.status).toBe('deprecated');
    expect(c?.deprecationReason).toBe("Raison de l'inactivation : concept dupliqué");
    expect(c?.replacedBy).toBe('3.2.2');
    expect(lookup('1.2.1')?.replacedBy).toBe('1.2');
    expect(lookup('2.4.1')?.replacedBy).toBe('2.4');
    expect(lookup('2.4')?.replacedBy).toBeUndefined();
  });
  it('translates a stated numbering before looking up', () => {
    expect(lookup('2.2.1.1', { numbering: 'cnsa-2018' })?.code).toBe('2.2.1');
    expect(lookup('1.1.1.10', { numbering: 'cnsa-2018' })?.code).toBe('1.1.10');
    expect(lookup('011', { numbering: 'ror-r265' })?.code).toBe('2.2.1');
    expect(lookup('032', { numbering: 'ror-r265' })).toBeUndefined();
  });
});
