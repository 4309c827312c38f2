import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-ENGAGEMENTS-001', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { (d.engagements[0] as { prestations: unknown[] }).prestations = []; }), {
    path: '/engagements/0/prestations',
    check: (issues) => {
      if (issues[0]?.details?.['structure'] !== 'STRUCTURE-CARDINALITE') throw new Error('relabelled from the structural issue');
    },
  });
  t.fails(mutate(cleanPag(), (d) => { delete (d.engagements[1] as { dateDebut?: string }).dateDebut; delete (d.engagements[1] as { operateur?: unknown }).operateur; }), { path: '/engagements/1/operateur' });
});

describeRule('PAG-ENGAGEMENTS-002', (t) => {
  t.passes(cleanPag());
  t.passes(mutate(cleanPag(), (d) => { d.statut = 'brouillon'; d.engagements = []; delete d.annexes; delete d.suivi; }), undefined, 'draft without engagement');
  t.fails(mutate(cleanPag(), (d) => { d.statut = 'elabore'; d.engagements = []; delete d.annexes; delete d.suivi; }), { path: '/engagements' });
});

describeRule('PAG-ENGAGEMENTS-003', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { (d.engagements[5] as { identifiant: string }).identifiant = 'ENG-1'; }), { path: '/engagements/5/identifiant' });
});

describeRule('PAG-ENGAGEMENTS-004', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { delete d.engagements[2]?.signature; }), { path: '/engagements/2/signature', severity: 'warning' });
});

describeRule('PAG-ENGAGEMENTS-005', (t) => {
  t.passes(cleanPag());
  t.passes(mutate(cleanPag(), (d) => { const p = d.engagements[4]?.prerequis[0]; if (p) p.etat = 'a-lever'; }), { referenceDate: '2025-02-15' }, 'engagement not started yet');
  t.fails(mutate(cleanPag(), (d) => { const p = d.engagements[4]?.prerequis[0]; if (p) p.etat = 'a-lever'; }), { path: '/engagements/4/prerequis/0/etat', severity: 'warning' });
});
