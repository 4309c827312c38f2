import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-SITUATION-001', (t) => {
  t.passes(cleanPag(), undefined, 'minor with both parents named');
  t.passes(mutate(cleanPag(), (d) => { d.situation.personne.dateNaissance = '1990-01-01'; delete d.situation.titulairesAutoriteParentale; }), undefined, 'adult without holders');
  t.fails(mutate(cleanPag(), (d) => { d.situation.titulairesAutoriteParentale = []; }), { path: '/situation/titulairesAutoriteParentale' }, undefined, 'minor with an empty list');
  t.fails(mutate(cleanPag(), (d) => { delete d.situation.titulairesAutoriteParentale; }), { path: '/situation/titulairesAutoriteParentale' }, undefined, 'minor without the list');
});

describeRule('PAG-SITUATION-002', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.personne.dateNaissance = '1990-01-01';
      if (d.consentement.accordExpres) d.consentement.accordExpres.donnePar = 'personne-chargee-mesure-protection';
    }),
    { path: '/situation/mesureProtection' },
  );
});

describeRule('PAG-SITUATION-003', (t) => {
  t.passes(mutate(cleanPag(), (d) => { d.situation.mesureProtection = { type: 'CURATELLE_SIMPLE' }; }), undefined, 'assistance measure');
  t.passes(mutate(cleanPag(), (d) => { d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true, personneChargee: { nom: 'Tuteur' } }; }));
  t.fails(mutate(cleanPag(), (d) => { d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true }; }), { path: '/situation/mesureProtection/personneChargee' });
});

describeRule('PAG-SITUATION-004', (t) => {
  t.passes(mutate(cleanPag(), (d) => { d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: false, personneChargee: { nom: 'Tuteur' } }; }));
  t.fails(mutate(cleanPag(), (d) => { d.situation.mesureProtection = { type: 'HABILITATION_FAMILIALE_REPRESENTATION', personneChargee: { nom: 'Frère' } }; }), { path: '/situation/mesureProtection/avecRepresentationPersonne', severity: 'warning' });
});
