import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

type Slot = NonNullable<ReturnType<typeof cleanPag>['annexes']>['emploiDuTemps'][number];
const slot = (d: ReturnType<typeof cleanPag>, i: number): Slot => d.annexes?.emploiDuTemps[i] as Slot;

describeRule('PAG-EDT-001', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { slot(d, 0).identifiantEngagement = 'ENG-42'; }), { path: '/annexes/emploiDuTemps/0/identifiantEngagement' });
});

describeRule('PAG-EDT-002', (t) => {
  t.passes(cleanPag());
  t.passes(mutate(cleanPag(), (d) => { slot(d, 1).prestation = { code: '2.3.3' }; }), undefined, 'broader code of an engaged prestation');
  t.fails(mutate(cleanPag(), (d) => { slot(d, 1).prestation = { code: '2.1.1.1' }; }), { path: '/annexes/emploiDuTemps/1/prestation' });
});

describeRule('PAG-EDT-003', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { slot(d, 2).heureFin = '16:00'; }), { path: '/annexes/emploiDuTemps/2/heureFin' });
});

describeRule('PAG-EDT-004', (t) => {
  t.passes(cleanPag());
  t.passes(mutate(cleanPag(), (d) => { slot(d, 4).heureDebut = '11:30'; slot(d, 4).heureFin = '12:15'; slot(d, 4).jour = 'mercredi'; }), undefined, 'back-to-back slots');
  t.fails(mutate(cleanPag(), (d) => { slot(d, 4).heureDebut = '11:00'; slot(d, 4).heureFin = '11:45'; }), { path: '/annexes/emploiDuTemps/4' });
});

describeRule('PAG-EDT-005', (t) => {
  t.passes(cleanPag());
  t.fails(mutate(cleanPag(), (d) => { const f = d.engagements[0]?.prestations[0]?.frequence; if (f) f.nombre = 3; }), { path: '/engagements/0/prestations/0/frequence', severity: 'warning' });
  t.fails(mutate(cleanPag(), (d) => { const f = d.engagements[0]?.prestations[0]?.frequence; if (f) f.dureeMinutes = 90; }), {
    path: '/engagements/0/prestations/0/frequence',
    check: (issues) => {
      if (issues[0]?.details?.['minutesDeclarees'] !== 180 || issues[0]?.details?.['minutesEmploiDuTemps'] !== 120) throw new Error('minutes compared');
    },
  });
});
