import { expect } from 'vitest';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-SITUATION-001', (t) => {
  t.passes(cleanPag(), undefined, 'minor with both parents named');
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.personne.dateNaissance = '1990-01-01';
      delete d.situation.titulairesAutoriteParentale;
    }),
    undefined,
    'adult without holders',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.titulairesAutoriteParentale = [];
    }),
    { path: '/situation/titulairesAutoriteParentale', check: (issues) => expect(issues[0]?.message).toMatch(/Ajoutez « situation\.titulairesAutoriteParentale »/) },
    undefined,
    'minor with an empty list',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.situation.titulairesAutoriteParentale;
    }),
    { path: '/situation/titulairesAutoriteParentale' },
    undefined,
    'minor without the list',
  );
  // Probe 4, PAG 01: an emancipated minor is no longer under parental authority (Code civil, art. 413-7).
  const emancipated = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '2008-05-12';
    d.situation.emancipation = { date: '2024-09-02' };
    delete d.situation.titulairesAutoriteParentale;
  });
  t.passes(emancipated, undefined, 'minor emancipated at sixteen, without holders');
  t.fails(
    mutate(emancipated, (d) => {
      if (d.situation.emancipation) d.situation.emancipation.date = '2025-06-01';
    }),
    { path: '/situation/titulairesAutoriteParentale', check: (issues) => expect(issues[0]?.message).toMatch(/situation\.emancipation/) },
    undefined,
    'emancipated after the validation: a minor under parental authority on that date',
  );
  t.fails(
    mutate(emancipated, (d) => {
      d.situation.personne.dateNaissance = '2009-05-12';
      if (d.situation.emancipation) d.situation.emancipation.date = '2025-01-06';
    }),
    { path: '/situation/titulairesAutoriteParentale' },
    undefined,
    'emancipation dated before sixteen (art. 413-2): not one',
  );
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
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.mesureProtection = { type: 'CURATELLE_SIMPLE' };
    }),
    undefined,
    'assistance measure',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true, personneChargee: { nom: 'Tuteur' } };
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true };
    }),
    { path: '/situation/mesureProtection/personneChargee' },
  );
});

describeRule('PAG-SITUATION-004', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: false, personneChargee: { nom: 'Tuteur' } };
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.mesureProtection = { type: 'HABILITATION_FAMILIALE_REPRESENTATION', personneChargee: { nom: 'Frère' } };
    }),
    { path: '/situation/mesureProtection/avecRepresentationPersonne', severity: 'warning' },
  );
});

describeRule('PAG-SITUATION-005', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.titulairesAutoriteParentale = [{ lien: 'MTH' }, { delegataire: 'service-ase-departement', precision: 'Délégation partielle (C. civ., art. 377)' }];
    }),
    undefined,
    'a mother and the département’s ASE by delegation',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.situation.titulairesAutoriteParentale = [{ lien: 'MTH' }, { nom: 'Service' }];
    }),
    { path: '/situation/titulairesAutoriteParentale/1' },
  );
});

const adultUnder = (type: 'HABILITATION_FAMILIALE_REPRESENTATION' | 'TUTELLE' | 'MANDAT_PROTECTION_FUTURE', role: 'personne-habilitee' | 'mandataire-protection-future') =>
  mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
    d.situation.mesureProtection = { type, avecRepresentationPersonne: true, roleProtecteurHorsTre: role, personneChargee: { nom: 'Protectrice' } };
  });

describeRule('PAG-SITUATION-006', (t) => {
  t.passes(adultUnder('HABILITATION_FAMILIALE_REPRESENTATION', 'personne-habilitee'));
  t.passes(adultUnder('MANDAT_PROTECTION_FUTURE', 'mandataire-protection-future'));
  t.fails(adultUnder('TUTELLE', 'personne-habilitee'), { path: '/situation/mesureProtection/roleProtecteurHorsTre', severity: 'error' });
  t.fails(adultUnder('HABILITATION_FAMILIALE_REPRESENTATION', 'mandataire-protection-future'), { path: '/situation/mesureProtection/roleProtecteurHorsTre' });
  t.fails(
    mutate(adultUnder('HABILITATION_FAMILIALE_REPRESENTATION', 'personne-habilitee'), (d) => {
      if (d.situation.mesureProtection) d.situation.mesureProtection.roleProtecteur = 'TUTEUR';
    }),
    { path: '/situation/mesureProtection/roleProtecteur', severity: 'warning' },
  );
});

describeRule('PAG-LIEUVIE-001', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      d.situation.lieuDeVie = { type: 'domicile-familial' };
    }),
  );
  const creton = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '2004-01-01';
    d.situation.lieuDeVie = { type: 'esms-enfants', amendementCreton: true, structure: { nom: 'IME' } };
  });
  t.passes(creton);
  t.fails(
    mutate(creton, (d) => {
      if (d.situation.lieuDeVie) d.situation.lieuDeVie.type = 'esms-adultes';
    }),
    { path: '/situation/lieuDeVie/amendementCreton', severity: 'error' },
  );
});

describeRule('PAG-LIEUVIE-002', (t) => {
  const creton = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '2004-01-01';
    d.situation.lieuDeVie = { type: 'esms-enfants', amendementCreton: true };
  });
  t.passes(creton);
  t.fails(
    mutate(creton, (d) => {
      d.situation.personne.dateNaissance = '2009-05-12';
    }),
    { path: '/situation/lieuDeVie/amendementCreton', severity: 'warning' },
  );
});

describeRule('PAG-LIEUVIE-003', (t) => {
  const belgique = mutate(cleanPag(), (d) => {
    d.situation.lieuDeVie = { type: 'etablissement-etranger', pays: 'BE', structure: { nom: 'Centre wallon' }, adapte: false };
  });
  t.passes(belgique);
  t.fails(
    mutate(belgique, (d) => {
      if (d.situation.lieuDeVie) delete d.situation.lieuDeVie.pays;
    }),
    { path: '/situation/lieuDeVie/pays', severity: 'warning' },
  );
  t.fails(
    mutate(belgique, (d) => {
      if (d.situation.lieuDeVie) d.situation.lieuDeVie.pays = 'FR';
    }),
    { path: '/situation/lieuDeVie/pays', severity: 'warning' },
  );
});
