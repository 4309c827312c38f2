import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-ORIENTATION-001', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      for (const r of d.situation.droitsPrestations) delete r.qualificationOrientation;
      d.demande.declencheurs = ['complexite-reponse'];
    }),
    undefined,
    'no qualified orientation',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      for (const r of d.situation.droitsPrestations) if (r.qualificationOrientation === '1') r.qualificationOrientation = '2';
    }),
    { path: '/situation/droitsPrestations' },
  );
});

describeRule('PAG-ORIENTATION-002', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.demande.declencheurs = ['risque-rupture-parcours'];
      for (const r of d.situation.droitsPrestations) delete r.qualificationOrientation;
    }),
    undefined,
    'target available',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      for (const r of d.situation.droitsPrestations) if (r.qualificationOrientation === '2') delete r.qualificationOrientation;
    }),
    undefined,
    'no alternative orientation: one notification may open every modality',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.droitsPrestations = d.situation.droitsPrestations.filter((r) => !['7', '8', '11', '13', '14'].includes(r.codeDroitPrestation.split('.')[0] ?? ''));
    }),
    {
      path: '/situation/droitsPrestations',
      severity: 'warning',
      check: (issues) => {
        if (!issues.some((i) => i.details?.['manque'] === 'orientation')) throw new Error('the missing orientation is reported');
      },
    },
  );
});
