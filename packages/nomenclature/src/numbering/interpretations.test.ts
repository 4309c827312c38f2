import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretations, isAmbiguous, NUMBERINGS, numberingCodes } from './index.js';

const everyCode = [...new Set(NUMBERINGS.flatMap((n) => numberingCodes(n)))];

describe('isAmbiguous', () => {
  it('is true exactly for 1.1.1 and 2.2.1, the two places ANS 2023 flattened', () => {
    expect(everyCode.filter((c) => isAmbiguous(c)).sort()).toEqual(['1.1.1', '2.2.1']);
  });
  it('is false for a code of one numbering only, for a same concept, and for garbage', () => {
    for (const code of ['2.2.1.2', '1.1.10', '2.2.2', '2.3.1', '1.2.1.1', '011', '3.2.2.1', '', 'x']) expect(isAmbiguous(code)).toBe(false);
    expect((isAmbiguous as (c: unknown) => boolean)(undefined)).toBe(false);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isAmbiguous(s) === 'boolean'));
  });
});

describe('interpretations', () => {
  it('2.2.1: an ANS level-4 leaf, a CNSA level-3 grouping without established label', () => {
    const i = interpretations('2.2.1');
    expect(i.ambiguous).toBe(true);
    expect(i.meanings['ans-2023']).toEqual({
      numbering: 'ans-2023',
      code: '2.2.1',
      conceptId: 'ans:2.2.1',
      display: 'Accompagnements pour les actes de la vie quotidienne',
      labelStatus: 'published',
      level: 4,
      status: 'active',
      existence: 'published',
    });
    expect(i.meanings['cnsa-2018']).toEqual({
      numbering: 'cnsa-2018',
      code: '2.2.1',
      conceptId: 'cnsa:2.2.1',
      display: null,
      labelStatus: 'not-established',
      level: 3,
      status: null,
      existence: 'inferred',
    });
    expect(i.meanings['ror-r265']).toBeNull();
  });
  it('1.1.1: "fonctions mentales…" in ANS, the CNSA santé grouping elsewhere', () => {
    const i = interpretations('1.1.1');
    expect(i.ambiguous).toBe(true);
    expect(i.meanings['ans-2023']?.display).toBe('Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux');
    expect(i.meanings['cnsa-2018']?.display).toBeNull();
    expect(i.meanings['cnsa-2018']?.level).toBe(3);
    expect(i.meanings['ans-2023']?.conceptId).not.toBe(i.meanings['cnsa-2018']?.conceptId);
  });
  it('a code of one numbering only', () => {
    const i = interpretations('2.2.1.2');
    expect(i.ambiguous).toBe(false);
    expect(i.meanings['ans-2023']).toBeNull();
    expect(i.meanings['cnsa-2018']).toMatchObject({
      display: 'Accompagnements pour la communication et les relations avec autrui',
      labelStatus: 'quoted',
      level: 4,
      existence: 'attested',
      conceptId: 'ans:2.2.2',
    });
  });
  it('a same concept in two numberings, even at different published levels (1.2.1.1: ANS "Niveau 3", CNSA level 4)', () => {
    const i = interpretations('1.2.1.1');
    expect(i.ambiguous).toBe(false);
    expect(i.meanings['ans-2023']?.level).toBe(3);
    expect(i.meanings['cnsa-2018']?.level).toBe(4);
    expect(i.meanings['cnsa-2018']?.display).toBe(i.meanings['ans-2023']?.display);
  });
  it('ROR ids: display as published, CNSA level of their number, status', () => {
    const i = interpretations('032');
    expect(i.meanings['ror-r265']).toMatchObject({ display: "(Accompagnements après la sortie de l'ESMS)", level: 4, status: 'retired', conceptId: 'cnsa:2.3.4.4' });
    expect(interpretations('001').meanings['ror-r265']?.level).toBe(1);
  });
  it('deprecated ANS duplicates: no published level, status deprecated', () => {
    expect(interpretations('2.4.1').meanings['ans-2023']).toMatchObject({ level: null, status: 'deprecated' });
    expect(interpretations('2.4.1').meanings['cnsa-2018']).toBeNull();
  });
  it('never throws; unknown strings mean nothing anywhere', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const i = interpretations(s);
        return i.code === s && (numberingCodes('ans-2023').includes(s) || i.meanings['ans-2023'] === null);
      }),
    );
    expect(interpretations('9.9').meanings).toEqual({ 'ans-2023': null, 'cnsa-2018': null, 'ror-r265': null });
  });
});
