import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { search } from '../serafin/search.js';
import { searchReferentiels } from './search-lists.js';
import { findReferentiel } from './registry.js';
import synonyms from '../../data/serafin/search-synonyms.json' with { type: 'json' };

const first = (q: string, n = 3) => searchReferentiels(q, { limit: n }).map((h) => `${h.list} ${h.code}`);
const serafin = (q: string, n = 3) => search(q, { limit: n }).map((h) => h.concept.code);

describe('searchReferentiels: what people type finds the right codes', () => {
  it('« répit » finds temporary care and relaying (synonyms, the word is in no list)', () => {
    expect(first('répit', 1)).toEqual(['TRE_R240 01']);
    expect(first('repit', 10)).toContain('TRE_R213 51');
    expect(serafin('répit')).toEqual([]);
  });
  it('« aide aux aidants » is read as one phrase and finds the carers', () => {
    const hits = searchReferentiels('aide aux aidants', { limit: 6 });
    expect(hits[0]).toMatchObject({ list: 'TRE_R403', code: '828' });
    expect(hits.slice(0, 5).every((h) => /aidants/i.test(h.display))).toBe(true);
    expect(serafin('aide aux aidants', 2).sort()).toEqual(['1.3.3.5', '2.3.4.1']);
  });
  it('« orthophonie » finds the auxiliaires médicaux prestations, the speech need and the language SESSAD', () => {
    expect(serafin('orthophonie', 2)).toEqual(['2.1.2.1', '1.1.4']);
    expect(first('orthophonie', 1)).toEqual(['TRE_R426 6']);
  });
  it('« autisme » finds the autism publics, teaching units and SESSAD', () => {
    expect(first('autisme', 4)).toEqual(['TRE_R403 437', 'JDV_J408 UEA', 'TRE_R403 043', 'JDV_J408 UEM']);
    expect(first('autisme', 10)).toContain('TRE_R426 5');
    // 043 carries « TSA » in its short label; 437 comes through the synonym
    expect(first('TSA', 2)).toEqual(['TRE_R403 043', 'TRE_R403 437']);
  });
  it('« transport » finds the SERAFIN-PH transport needs and the PCH transport element', () => {
    expect(serafin('transport', 2)).toEqual(['1.3.4.2', '1.3.4']);
    expect(first('transport', 1)).toEqual(['TRE_R420 5.5']);
  });
  it('« hébergement » finds the housing mode and the lodging prestations', () => {
    expect(first('hébergement', 1)).toEqual(['TRE_R213 46']);
    expect(serafin('hebergement', 10)).toEqual(expect.arrayContaining(['1.3.2.1', '2.3.2.1', '3.2.1.1']));
  });
  it('everyday words reach the relationship and protection lists', () => {
    expect(first('mère', 1)).toEqual(['JDV_J11 MTH']);
    expect(first('tutelle', 2)).toEqual(['MESURE_PROTECTION_JURIDIQUE TUTELLE', 'TRE_R217 TUTEUR']);
    // « AVS » (former name of the AESH) also reaches the JDV_J399 motivations « Attrib AESH-I… », ranked first (4 of them).
    expect(first('AVS', 5)).toContain('TRE_R420 10');
  });
});

describe('searchReferentiels: behaviour', () => {
  it('reports a code once, under its code system, with the value sets that hold it', () => {
    const hit = searchReferentiels('surcoûts transport')[0]!;
    expect(hit).toMatchObject({ list: 'TRE_R420', code: '5.5', alsoIn: ['JDV_J402'] });
  });
  it('searches only the lists given', () => {
    const j402 = findReferentiel('JDV_J402')!;
    expect(searchReferentiels('transport', { lists: [j402] }).map((h) => `${h.list} ${h.code}`)).toEqual(['JDV_J402 5.5']);
  });
  it('leaves deprecated codes out on request', () => {
    expect(first('relayage', 5)).toContain('TRE_R213 51');
    expect(searchReferentiels('relayage', { activeOnly: true })).toEqual([]);
  });
  it('never throws on any input (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(searchReferentiels(s))));
    expect(searchReferentiels(42 as unknown as string)).toEqual([]);
  });
});

describe('the synonym table', () => {
  it('is marked as not official, and every entry gives its reason', () => {
    expect(synonyms.note).toMatch(/NOT an official/);
    for (const e of synonyms.entries) expect(e.reason.length, e.query).toBeGreaterThan(20);
  });
  it('finds something for every query it lists', () => {
    for (const e of synonyms.entries) {
      expect(search(e.query).length + searchReferentiels(e.query).length, e.query).toBeGreaterThan(0);
    }
  });
});
