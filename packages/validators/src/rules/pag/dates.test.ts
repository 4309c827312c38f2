import { describe, expect, it } from 'vitest';
import { info } from '../../generated/structure/pag-info.js';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';
import { PAG_DATES } from './dates.js';
import { validate } from '../../index.js';

describeRule('PAG-DATES-001', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.personne.dateNaissance = '2020-01-01';
      d.demande.declencheurs = ['complexite-reponse'];
      (d.annexes?.referencesLegales[0] as { date?: string }).date = '2016-01-26';
      d.situation.titulairesAutoriteParentale = [{ lien: 'MTH' }];
    }),
    { referenceDate: '2026-01-15', skipRules: ['PAG-CONSENTEMENT-003'] },
    'a law older than the person is fine',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.dateDemande = '2008-01-15';
    }),
    { path: '/demande/dateDemande' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.situation.mesureProtection === undefined) d.situation.mesureProtection = { type: 'CURATELLE_SIMPLE', dateDebut: '2001-01-01' };
    }),
    {
      path: '/situation/mesureProtection/dateDebut',
      check: (issues) => expect(issues[0]?.message).not.toContain('2001-01-01'),
    },
    undefined,
    'personal date masked',
  );
});

describeRule('PAG-DATES-002', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.engagements[0]) d.engagements[0].dateFin = '2025-03-01';
    }),
    { path: '/engagements/0/dateFin' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.dateElaboration = '2025-03-20';
    }),
    { path: '/dateValidation' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      const r = d.situation.droitsPrestations[0];
      if (r) r.dateEcheance = '2024-01-01';
    }),
    { path: '/situation/droitsPrestations/0/dateEcheance' },
  );
});

describeRule('PAG-DATES-003', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.dateDemande = '2025-03-01';
    }),
    { path: '/demande/dateDemande' },
  );
});

describeRule('PAG-DATES-004', (t) => {
  t.passes(cleanPag());
  // Probe 3, PAG 16: a review GOS six months after the validation, recorded in the validated plan, is ordinary
  // practice (TRE_R421: « un bilan est élaboré ») — reported for information, the PAG stays valid.
  t.fails(
    mutate(cleanPag(), (d) => {
      const c = d.demande.concertations[1];
      if (c) c.date = '2025-03-11';
    }),
    {
      path: '/demande/concertations/1/date',
      severity: 'info',
      check: (issues) => {
        expect(issues[0]?.message).toContain('bilan');
        expect(issues[0]?.message).not.toMatch(/^.*corrigez sa date ;/);
      },
    },
    undefined,
    'a meeting after the validation: a review, information only',
  );
});

describeRule('PAG-DATES-005', (t) => {
  t.passes(cleanPag());
  t.passes(cleanPag(), { referenceDate: '2025-04-01' }, 'planned dates may be in the future');
  t.fails(cleanPag(), { path: '/dateValidation' }, { referenceDate: '2025-03-09' }, 'validation after the reference date');
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.personne.dateNaissance = '2030-01-01';
    }),
    {
      path: '/situation/personne/dateNaissance',
      check: (issues) => expect(issues.find((i) => i.path === '/situation/personne/dateNaissance')?.message).not.toContain('2030'),
    },
    undefined,
    'birth date masked',
  );
  // Probe 5, PAG 19: a date-time carries its offset; written after midnight in an eastern time zone, it may still be the
  // reference day in UTC (and in metropolitan France).
  t.passes(
    mutate(cleanPag(), (d) => {
      d.dateMiseAJour = '2025-04-02T01:30:00+04:00';
    }),
    { referenceDate: '2025-04-01' },
    'updated at 01:30 at La Réunion: 21:30 UTC on the reference day',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.dateMiseAJour = '2025-04-02T05:30:00+04:00';
    }),
    { path: '/dateMiseAJour' },
    { referenceDate: '2025-04-01' },
    'the next day in UTC too',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.dateMiseAJour = '2025-04-01T22:30:00-03:00';
    }),
    { path: '/dateMiseAJour' },
    { referenceDate: '2025-03-31' },
    'the next day as written in Guyane (-03:00), and in UTC',
  );
});

describe('PAG-DATES-005 and the machine’s time zone', () => {
  it('a date-time without its offset (a STRUCTURE-FORMAT error) keeps its calendar day, whatever the time zone of the machine', () => {
    const doc = mutate(cleanPag(), (d) => {
      d.dateMiseAJour = '2025-04-02T01:30';
    });
    const saved = process.env['TZ'];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        const ids = validate(doc, { referenceDate: '2025-04-01' })
          .issues.filter((i) => i.path === '/dateMiseAJour')
          .map((i) => i.ruleId);
        expect(ids, tz).toEqual(['STRUCTURE-FORMAT', 'PAG-DATES-005']);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

describe('PAG_DATES', () => {
  it('classifies exactly the dates of the published schema', () => {
    expect(Object.keys(PAG_DATES).sort()).toEqual(info.dates.map((d) => d.pattern).sort());
  });
});
