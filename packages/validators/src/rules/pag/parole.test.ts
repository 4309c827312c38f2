import { expect } from 'vitest';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-PROJETVIE-001', (t) => {
  const minor = mutate(cleanPag(), (d) => {
    d.contexte.projetVie = { aspirations: 'Aller au collège avec ses amis.', formulePar: 'representant-legal', dateDebut: '2025-01-22' };
  });
  t.passes(minor, undefined, 'the parents formulate it for a minor');
  t.fails(
    mutate(minor, (d) => {
      if (d.contexte.projetVie) d.contexte.projetVie.formulePar = 'personne-chargee-mesure-protection';
    }),
    { path: '/contexte/projetVie/formulePar', severity: 'error', check: (issues) => expect(issues[0]?.message).toMatch(/Mettez « formulePar » à « representant-legal »/) },
    undefined,
    'protector for a minor',
  );
  const adult = mutate(minor, (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
    if (d.contexte.projetVie) d.contexte.projetVie.formulePar = 'personne-chargee-mesure-protection';
  });
  t.fails(adult, { path: '/contexte/projetVie/formulePar', severity: 'error' }, undefined, 'protector without a measure');
  t.passes(
    mutate(adult, (d) => {
      d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true, personneChargee: { nom: 'Tuteur' } };
    }),
    undefined,
    'guardian with representation relative to the person',
  );
  t.fails(
    mutate(adult, (d) => {
      if (d.contexte.projetVie) d.contexte.projetVie.formulePar = 'representant-legal';
    }),
    { path: '/contexte/projetVie/formulePar', severity: 'warning' },
    undefined,
    'legal representative of an adult',
  );
});

describeRule('PAG-OBJECTIF-001', (t) => {
  const withObjective = mutate(cleanPag(), (d) => {
    d.contexte.objectifs = [{ titre: 'Communiquer partout', horizon: 'moyen-terme', echeance: '2026-06-30', besoins: [{ code: '1.2.1.2' }], engagements: ['ENG-1'] }];
  });
  t.passes(withObjective);
  t.fails(
    mutate(withObjective, (d) => {
      d.contexte.objectifs?.[0]?.besoins?.push({ code: '1.3.5' });
    }),
    { path: '/contexte/objectifs/0/besoins/1', severity: 'warning' },
  );
});

describeRule('PAG-OBJECTIF-002', (t) => {
  const withObjective = mutate(cleanPag(), (d) => {
    d.contexte.objectifs = [{ titre: 'Scolarité', engagements: ['ENG-1', 'ENG-3'] }];
  });
  t.passes(withObjective);
  t.fails(
    mutate(withObjective, (d) => {
      d.contexte.objectifs?.[0]?.engagements?.push('ENG-99');
    }),
    { path: '/contexte/objectifs/0/engagements/2', severity: 'error' },
  );
});
