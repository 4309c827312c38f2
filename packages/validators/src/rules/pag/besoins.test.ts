import { describe, expect, it } from 'vitest';
import { BESOIN_CODES, lookup } from '@serafin-ph/nomenclature';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';
import { answers, PRESTATIONS_POUR_BESOIN, prestationsForBesoin } from './support/besoins-prestations.js';

describeRule('PAG-BESOINS-001', (t) => {
  t.passes(cleanPag());
  const uncovered = mutate(cleanPag(), (d) => {
    d.contexte.besoins.push({ besoin: { code: '1.3.4.2' } });
  });
  t.fails(
    uncovered,
    {
      path: '/contexte/besoins/4/besoin',
      severity: 'warning',
      check: (issues) => {
        // A SERAFIN-PH code names no one: shown by default, even inside `contexte`.
        expect(issues[0]?.message).toContain('Le besoin 1.3.4.2');
        expect(issues[0]?.details).toMatchObject({ besoin: '1.3.4.2' });
      },
    },
    undefined,
    'need code shown by default',
  );
  t.fails(
    uncovered,
    {
      check: (issues) => {
        expect(issues[0]?.message).toContain('2.3.4.3');
        expect(issues[0]?.message).toContain('3.2.4 (Transports liés au projet individuel)');
        expect(issues[0]?.details).toMatchObject({ besoin: '1.3.4.2', prestationsAttendues: ['2.3.4.3', '3.2.4'] });
      },
    },
    { includePersonalData: true },
    'mapping explained with includePersonalData',
  );
  t.passes(
    mutate(uncovered, (d) => {
      d.engagements[4]?.prestations.push({ prestation: { code: '2.3.4.3' }, nature: 'Apprentissage des trajets en bus', frequence: { nombre: 1, periode: 'mois' } });
    }),
    undefined,
    'covered once engaged',
  );
  // Probe 4, PAG 14: a transport linked to the individual project (3.2.4.x, engageable since 1.1.0) answers the need to
  // get about by transport; until December 2026 only prestations directes were compared and the need stayed uncovered.
  for (const code of ['3.2.4', '3.2.4.1', '3.2.4.3'] as const) {
    t.passes(
      mutate(uncovered, (d) => {
        d.engagements[4]?.prestations.push({ prestation: { code }, nature: 'Transport adapté domicile – travail', frequence: { nombre: 10, periode: 'semaine' } });
      }),
      undefined,
      `covered by an engaged transport ${code}`,
    );
  }
  t.fails(
    mutate(cleanPag(), (d) => {
      d.contexte.besoins.push({ besoin: { code: '1.3.3.4' } });
      d.engagements[4]?.prestations.push({ prestation: { code: '3.2.4.1' }, nature: 'Transport domicile – structure', frequence: { nombre: 10, periode: 'semaine' } });
    }),
    { path: '/contexte/besoins/4/besoin' },
    undefined,
    'a transport answers no other need',
  );
  // 1.1.0: an uncoded intervention (school, hospital, mission locale…) answers a need through an objective.
  const viaObjectif = mutate(uncovered, (d) => {
    d.engagements.push({
      identifiant: 'ENG-BUS',
      operateur: { type: 'droit-commun', nom: 'Réseau de bus de l’agglomération' },
      prestations: [{ nature: 'Accompagnement aux trajets par un agent du réseau', frequence: { nombre: 1, periode: 'mois' } }],
      dateDebut: '2025-04-01',
      prerequis: [],
      derogations: [],
      financementsComplementaires: [],
      signature: { nom: 'Signataire', fonction: 'directeur du réseau', date: '2025-03-06' },
    });
    d.contexte.objectifs = [{ titre: 'Prendre le bus seul pour aller au collège', besoins: [{ code: '1.3.4.2' }], engagements: ['ENG-BUS'] }];
  });
  t.passes(viaObjectif, undefined, 'need targeted by an objective an engagement contributes to (uncoded intervention)');
  t.fails(
    mutate(viaObjectif, (d) => {
      if (d.contexte.objectifs?.[0]) d.contexte.objectifs[0].engagements = ['ENG-INCONNU'];
    }),
    {
      path: '/contexte/besoins/4/besoin',
      check: (issues) => {
        expect(issues[0]?.message).toContain('reliez-les par un objectif');
      },
    },
    undefined,
    'an objective whose engagement does not exist covers nothing, and the message says how to link',
  );
  t.fails(
    mutate(viaObjectif, (d) => {
      delete d.contexte.objectifs?.[0]?.engagements;
    }),
    { path: '/contexte/besoins/4/besoin' },
    undefined,
    'an objective without engagement covers nothing',
  );
  t.passes(
    mutate(uncovered, (d) => {
      d.statut = 'brouillon';
      d.engagements = [];
    }),
    undefined,
    'draft without engagement yet: nothing to compare',
  );
  t.fails(
    mutate(uncovered, (d) => {
      d.statut = 'brouillon';
    }),
    { path: '/contexte/besoins/4/besoin' },
    undefined,
    'draft with engagements is compared',
  );
  t.passes(
    mutate(uncovered, (d) => {
      d.statut = 'termine';
      d.finSansValidation = 'refus-accord-expres';
      d.dateFin = '2025-04-01';
      d.motifFin = '5';
      delete d.dateValidation;
      delete d.consentement.accordExpres;
    }),
    undefined,
    'plan refused at the express agreement: never carried out',
  );
});

describeRule('PAG-BESOINS-002', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      d.contexte.besoins = [];
    }),
    { path: '/contexte/besoins', severity: 'warning' },
  );
});

describe('the needs → prestations mapping', () => {
  it('answers every active need of ANS 2023 with prestations directes that exist (and transports 3.2.4 for getting about by transport only)', () => {
    for (const code of BESOIN_CODES) {
      const c = lookup(code);
      if (c === undefined || c.status !== 'active' || code === '1') continue;
      const expected = prestationsForBesoin(code);
      expect(expected.length, code).toBeGreaterThan(0);
      for (const p of expected) {
        if (p === '3.2.4') {
          expect(['1.3', '1.3.4', '1.3.4.2'], `${code} → ${p}`).toContain(code);
          expect(lookup(p)?.display).toBe('Transports liés au projet individuel');
        } else expect(lookup(p)?.branch, `${code} → ${p}`).toBe('prestations-directes');
      }
    }
  });
  it('answers the need to get about by transport with the engageable transports 3.2.4.x', () => {
    expect(prestationsForBesoin('1.3.4.2')).toEqual(['2.3.4.3', '3.2.4']);
    for (const t of ['3.2.4', '3.2.4.1', '3.2.4.2', '3.2.4.3'] as const) expect(answers('1.3.4.2', t), t).toBe(true);
    expect(answers('1.3.4.1', '3.2.4.1')).toBe(false);
    expect(answers('1.2.1.3', '3.2.4.1')).toBe(false);
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
