import { describe, expect, it } from 'vitest';
import { validateCode } from './validate-code.js';

describe('validateCode', () => {
  it('accepts a known code with its display', () => {
    expect(validateCode('2.3.3.1')).toEqual({ result: true, code: '2.3.3.1', display: 'Accompagnements pour mener sa vie d’élève, d’étudiant ou d’apprenti' });
  });
  it('rejects unknown codes with a French message by default, English on request', () => {
    const r = validateCode('2.2.1.1');
    expect(r.result).toBe(false);
    expect(r.issue).toBe('unknown-code');
    expect(r.message).toMatch(/^Code "2.2.1.1" inconnu/);
    expect(validateCode('2.2.1.1', { lang: 'en' }).message).toMatch(/^Code "2.2.1.1" is not in SERAFIN-PH/);
    expect(validateCode(null).result).toBe(false);
  });
  it('checks value-set membership', () => {
    expect(validateCode('3.1.1', { valueSet: 'J284' })).toMatchObject({ result: false, issue: 'not-in-value-set' });
    expect(validateCode('3.1.1', { valueSet: 'prestations' }).result).toBe(true);
    expect(validateCode('3.2.4.3', { valueSet: 'J283' }).display).toBe("Transports liés à l'autonomie et la participation sociale");
    expect(validateCode('3.2.4.3', { valueSet: 'J282' }).display).toBe('Transports liés à l’autonomie et la participation sociale');
    expect(validateCode('1.1', { valueSet: 'J999' })).toMatchObject({ result: false, issue: 'not-in-value-set' });
  });
  it('rejects deprecated concepts when asked, naming the replacement', () => {
    expect(validateCode('2.4.1').result).toBe(true);
    const r = validateCode('2.4.1', { activeOnly: true });
    expect(r).toMatchObject({ result: false, issue: 'inactive' });
    expect(r.message).toContain('utiliser 2.4');
  });
  it('checks the display, tolerating typography only', () => {
    expect(validateCode('1.2', { display: "Besoins en matière d'autonomie" })).toMatchObject({ result: true, issue: 'display-mismatch' });
    expect(validateCode('1.2', { display: 'Besoins en matière de santé' })).toMatchObject({ result: false, issue: 'display-mismatch', display: 'Besoins en matière d’autonomie' });
  });
  it('reads stated numberings and flags bare ambiguous codes', () => {
    expect(validateCode('2.2.1.2', { numbering: 'cnsa-2018' })).toMatchObject({ result: true, code: '2.2.2' });
    expect(validateCode('2.2.1').ambiguous).toBe(true);
    expect(validateCode('2.3.3.1').ambiguous).toBeUndefined();
  });
});
