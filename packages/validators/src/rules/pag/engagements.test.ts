import { treR66CategorieEtablissement } from '@serafin-ph/nomenclature/referentiels';
import { describe, expect, it } from 'vitest';
import { CATEGORIES_FINESS_FERMEES, REMPLACEMENTS_CATEGORIES_2018 } from './engagements.js';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-ENGAGEMENTS-001', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      (d.engagements[0] as { prestations: unknown[] }).prestations = [];
    }),
    {
      path: '/engagements/0/prestations',
      check: (issues) => {
        if (issues[0]?.details?.['structure'] !== 'STRUCTURE-CARDINALITE') throw new Error('relabelled from the structural issue');
      },
    },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete (d.engagements[1] as { dateDebut?: string }).dateDebut;
      delete (d.engagements[1] as { operateur?: unknown }).operateur;
    }),
    { path: '/engagements/1/operateur' },
  );
});

describeRule('PAG-ENGAGEMENTS-002', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.statut = 'brouillon';
      d.engagements = [];
      delete d.annexes;
      delete d.suivi;
    }),
    undefined,
    'draft without engagement',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.statut = 'elabore';
      d.engagements = [];
      delete d.annexes;
      delete d.suivi;
    }),
    { path: '/engagements' },
  );
});

describeRule('PAG-ENGAGEMENTS-003', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      (d.engagements[5] as { identifiant: string }).identifiant = 'ENG-1';
    }),
    { path: '/engagements/5/identifiant' },
  );
});

describeRule('PAG-ENGAGEMENTS-004', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.engagements[2]?.signature;
    }),
    { path: '/engagements/2/signature', severity: 'warning' },
  );
});

describeRule('PAG-ENGAGEMENTS-005', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      const p = d.engagements[4]?.prerequis[0];
      if (p) p.etat = 'a-lever';
    }),
    { referenceDate: '2025-02-15' },
    'engagement not started yet',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      const p = d.engagements[4]?.prerequis[0];
      if (p) p.etat = 'a-lever';
    }),
    { path: '/engagements/4/prerequis/0/etat', severity: 'warning' },
  );
});

describeRule('PAG-ENGAGEMENTS-006', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      const o = d.engagements[1]?.operateur;
      if (o?.type === 'esms') o.categorieEtablissement = '437';
    }),
    {
      path: '/engagements/1/operateur/categorieEtablissement',
      severity: 'warning',
      check: (issues) => {
        if (issues[0]?.details?.['remplacement'] !== '448') throw new Error('FAM 437 is replaced by EAM 448');
        if (!issues[0]?.message.includes('448')) throw new Error('the message names the replacement');
      },
    },
    undefined,
    'FAM closed in 2018',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      const o = d.engagements[1]?.operateur;
      if (o?.type === 'esms') o.categorieEtablissement = '184';
    }),
    { path: '/engagements/1/operateur/categorieEtablissement', severity: 'warning' },
    undefined,
    'closed category without a replacement given',
  );
});

describeRule('PAG-ENGAGEMENTS-007', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      const p = d.engagements[2]?.prestations[0];
      if (p) {
        delete p.prestation;
        p.precision = 'Inclusion en classe ordinaire avec l’AESH';
      }
    }),
    undefined,
    'school without SERAFIN-PH code',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      const p = d.engagements[0]?.prestations[1];
      if (p) delete p.prestation;
    }),
    { path: '/engagements/0/prestations/1', severity: 'warning' },
  );
});

describeRule('PAG-ENGAGEMENTS-008', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      Object.assign(d.engagements[0]?.derogations[0] ?? {}, {
        dateAccord: '2025-05-02',
        autoriteAccord: 'dg-ars',
        versionLigne: 2,
        acte: { intitule: 'Décision du directeur général de l’ARS', date: '2025-05-02' },
      });
    }),
    undefined,
    'granted on a date, by an authority, by an act, on a line version',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(d.engagements[0]?.derogations[0] ?? {}, { dateAccord: '2025-05-02', statut: 'demandee' });
    }),
    { path: '/engagements/0/derogations/0/dateAccord', severity: 'warning' },
    undefined,
    'grant date on a requested derogation',
  );
  // Probe 2 (issue 11): a refused derogation keeps its authority and the refusal letter with its date.
  t.passes(
    mutate(cleanPag(), (d) => {
      Object.assign(d.engagements[0]?.derogations[0] ?? {}, {
        statut: 'refusee',
        autoriteAccord: 'dg-ars',
        acte: { intitule: 'Courrier de refus de la DG ARS', date: '2025-05-02' },
      });
    }),
    undefined,
    'refused, by an authority, with the refusal letter and its date',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(d.engagements[0]?.derogations[0] ?? {}, { dateAccord: '2025-05-02', statut: 'refusee' });
    }),
    { path: '/engagements/0/derogations/0/dateAccord', severity: 'warning', check: (issues) => expect(issues[0]?.message).toMatch(/la date d’un refus se note dans « acte »/) },
    undefined,
    'grant date on a refused derogation',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(d.engagements[0]?.derogations[0] ?? {}, { dateAccord: '2025-06-02' });
    }),
    { path: '/engagements/0/derogations/0/dateDebut', severity: 'warning' },
    undefined,
    'starts before it was granted',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(d.engagements[0]?.derogations[0] ?? {}, { autoriteAccord: 'autre' });
    }),
    { path: '/engagements/0/derogations/0/autoriteAccord', severity: 'warning' },
    undefined,
    'authority not named',
  );
});

describe('the closed FINESS categories kept in the rule', () => {
  it('are exactly the deprecated categories of TRE_R66, with their closing date, and the replacements carry their TRE_R66 label', () => {
    const deprecated = treR66CategorieEtablissement.concepts.filter((c) => c.status === 'deprecated');
    expect(Object.fromEntries(deprecated.map((c) => [c.code, c.dateFin?.slice(0, 10)]))).toEqual(CATEGORIES_FINESS_FERMEES);
    for (const r of Object.values(REMPLACEMENTS_CATEGORIES_2018)) expect(treR66CategorieEtablissement.lookup(r.code)?.display).toBe(r.libelle);
  });
});
