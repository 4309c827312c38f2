import { describe, expect, it } from 'vitest';
import { besoins, prestationsDirectes, prestationsIndirectes } from './branches.js';
import { valueSet } from './value-sets.js';

describe('value sets', () => {
  it('expands with filter, activeOnly and paging', () => {
    expect(
      valueSet('J282')
        .expand()
        .map((e) => e.code),
    ).toEqual(['3.2.4', '3.2.4.1', '3.2.4.2', '3.2.4.3']);
    expect(
      valueSet('J285')
        .expand({ filter: 'logement' })
        .map((e) => e.code),
    ).toEqual(['1.3.2', '1.3.2.1']);
    expect(valueSet('J284').expand({ activeOnly: true })).toHaveLength(36);
    expect(
      valueSet('J284')
        .expand()
        .find((e) => e.code === '2.4.1')?.inactive,
    ).toBe(true);
    expect(
      valueSet('J285')
        .expand({ offset: 2, count: 2 })
        .map((e) => e.code),
    ).toEqual(['1.1.1', '1.1.10']);
  });
  it('is found by id, name and canonical URL, and refuses unknown ones', () => {
    expect(valueSet('https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN').id).toBe('J285');
    expect(valueSet('JDV_J284_PrestationsDirects_SERAFIN').id).toBe('J284');
    expect(() => valueSet('J286')).toThrow(RangeError);
  });
  it('offers the union of all prestations', () => {
    const p = valueSet('prestations');
    expect(p.codes).toHaveLength(72);
    expect(p.has('2.4')).toBe(true);
    expect(p.has('3.2.5')).toBe(true);
    expect(p.has('1.1')).toBe(false);
  });
});

describe('branch views', () => {
  it('guard and look up within their block only', () => {
    expect(besoins.has('1.3.3.1')).toBe(true);
    expect(besoins.has('2.3.3.1')).toBe(false);
    expect(prestationsDirectes.lookup('3.1.1')).toBeUndefined();
    expect(prestationsIndirectes.lookup('3.1.1')?.display).toBe('Gestion des ressources humaines');
    expect([besoins.codes.length, prestationsDirectes.codes.length, prestationsIndirectes.codes.length]).toEqual([35, 37, 35]);
    expect(prestationsDirectes.expand({ activeOnly: true }).every((e) => e.code.startsWith('2'))).toBe(true);
  });
});
