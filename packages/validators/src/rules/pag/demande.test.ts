import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-DEMANDE-001', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.declencheurs = [];
      delete d.demande.prioriteComex;
    }),
    { path: '/demande/declencheurs', severity: 'error' },
  );
});

describeRule('PAG-DEMANDE-002', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      d.demande.demandeur = 'personne';
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.demandeur = 'representant-legal';
      d.demande.declencheurs = [];
    }),
    { path: '/demande/declencheurs', severity: 'warning' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.demande.demandeur;
      d.demande.origine = 'representant-legal';
      d.demande.declencheurs = [];
    }),
    { path: '/demande/declencheurs', severity: 'warning' },
    undefined,
    '1.0.0 form',
  );
});

describeRule('PAG-DEMANDE-003', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      delete d.demande.demandeur;
      d.demande.origine = 'priorite-comex';
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.demande.demandeur;
      d.demande.origine = 'priorite-comex';
      delete d.demande.prioriteComex;
    }),
    { path: '/demande/prioriteComex' },
  );
});

describeRule('PAG-DEMANDE-004', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      delete d.demande.demandeur;
      d.demande.origine = 'personne';
    }),
    undefined,
    '1.0.0 form',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.demande.demandeur;
    }),
    { path: '/demande/demandeur' },
  );
});

describeRule('PAG-DEMANDE-005', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.demande.demandeur;
      d.demande.origine = 'equipe-pluridisciplinaire';
    }),
    { path: '/demande/origine', severity: 'info' },
    undefined,
    '1.0.0 form',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.origine = 'personne';
    }),
    { path: '/demande/origine', severity: 'warning' },
    undefined,
    'contradiction',
  );
});

describeRule('PAG-DEMANDE-001', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      d.demande.declencheurs = [];
      d.demande.prioriteComex = { categorie: 'ase-pjj', libelle: 'Enfants confiés à l’ASE' };
    }),
    undefined,
    'team proposal under a Comex priority',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.declencheurs = [];
      delete d.demande.prioriteComex;
    }),
    { path: '/demande/declencheurs' },
  );
});

describeRule('PAG-DEMANDE-006', (t) => {
  const alerte = mutate(cleanPag(), (d) => {
    d.demande.alerte = { emetteur: 'esms', precisionEmetteur: 'IME', date: '2025-01-10', situation: 'Fin de prise en charge annoncée.' };
  });
  t.passes(alerte);
  t.fails(
    mutate(alerte, (d) => {
      if (d.demande.alerte) d.demande.alerte.date = '2025-02-01';
    }),
    { path: '/demande/alerte/date', severity: 'warning' },
  );
});
