import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-SUIVI-001', (t) => {
  t.passes(cleanPag());
  t.passes(mutate(cleanPag(), (d) => { d.statut = 'brouillon'; delete d.suivi; }), undefined, 'draft');
  t.fails(mutate(cleanPag(), (d) => { delete d.suivi; }), { path: '/suivi' });
});

describeRule('PAG-SUIVI-002', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { if (d.suivi) d.suivi.coordonnateurParcours.identifiantEngagement = 'ENG-9'; }), { path: '/suivi/coordonnateurParcours/identifiantEngagement' });
});

describeRule('PAG-SUIVI-003', (t) => {
  t.passes(cleanPag());
  t.passes(mutate(cleanPag(), (d) => { if (d.suivi) d.suivi.dateProchaineRevision = '2026-03-10'; }), undefined, 'exactly twelve months');
  t.fails(mutate(cleanPag(), (d) => { if (d.suivi) d.suivi.dateProchaineRevision = '2026-03-11'; }), {
    path: '/suivi/dateProchaineRevision',
    check: (issues) => {
      if (issues[0]?.details?.['limite'] !== '2026-03-10') throw new Error('limit is validation + 12 months');
    },
  });
});

describeRule('PAG-SUIVI-004', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { if (d.suivi) d.suivi.dateProchaineRevision = '2025-03-01'; }), { path: '/suivi/dateProchaineRevision' });
});
