import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-SUIVI-001', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.statut = 'brouillon';
      delete d.suivi;
    }),
    undefined,
    'draft',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.suivi;
    }),
    { path: '/suivi' },
  );
});

describeRule('PAG-SUIVI-002', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.suivi) d.suivi.coordonnateurParcours.identifiantEngagement = 'ENG-9';
    }),
    { path: '/suivi/coordonnateurParcours/identifiantEngagement' },
  );
});

describeRule('PAG-SUIVI-003', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      if (d.suivi) d.suivi.dateProchaineRevision = '2026-03-10';
    }),
    undefined,
    'exactly twelve months',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.suivi) d.suivi.dateProchaineRevision = '2026-03-11';
    }),
    {
      path: '/suivi/dateProchaineRevision',
      check: (issues) => {
        if (issues[0]?.details?.['limite'] !== '2026-03-10') throw new Error('limit is validation + 12 months');
      },
    },
  );
});

describeRule('PAG-SUIVI-004', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.suivi) d.suivi.dateProchaineRevision = '2025-03-01';
    }),
    { path: '/suivi/dateProchaineRevision' },
  );
});

describeRule('PAG-SUIVI-005', (t) => {
  t.passes(cleanPag());
  t.passes(cleanPag(), { referenceDate: '2026-02-15' }, 'on the planned day itself');
  t.fails(cleanPag(), { path: '/suivi/dateProchaineRevision', severity: 'warning' }, { referenceDate: '2026-02-16' });
  t.passes(
    mutate(cleanPag(), (d) => {
      d.statut = 'termine';
      d.dateFin = '2026-01-10';
      d.motifFin = '1';
    }),
    { referenceDate: '2026-03-01' },
    'an ended PAG is not revised',
  );
});

describeRule('PAG-SUIVI-006', (t) => {
  const elabore = mutate(cleanPag(), (d) => {
    d.statut = 'elabore';
    delete d.dateValidation;
    delete d.consentement.accordExpres;
    if (d.suivi) d.suivi.dateProchaineRevision = '2026-02-20';
  });
  t.passes(elabore);
  t.fails(
    mutate(elabore, (d) => {
      if (d.suivi) d.suivi.dateProchaineRevision = '2026-02-21';
    }),
    { path: '/suivi/dateProchaineRevision', severity: 'warning' },
  );
});
