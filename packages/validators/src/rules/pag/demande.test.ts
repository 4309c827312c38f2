import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-DEMANDE-001', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { d.demande.declencheurs = []; }), { path: '/demande/declencheurs', severity: 'error' });
});

describeRule('PAG-DEMANDE-002', (t) => {
  t.passes(mutate(cleanPag(), (d) => { d.demande.origine = 'personne'; }));
  t.fails(mutate(cleanPag(), (d) => { d.demande.origine = 'representant-legal'; d.demande.declencheurs = []; }), { path: '/demande/declencheurs', severity: 'warning' });
});

describeRule('PAG-DEMANDE-003', (t) => {
  t.passes(mutate(cleanPag(), (d) => { d.demande.origine = 'priorite-comex'; }));
  t.fails(mutate(cleanPag(), (d) => { d.demande.origine = 'priorite-comex'; delete d.demande.prioriteComex; }), { path: '/demande/prioriteComex' });
});
