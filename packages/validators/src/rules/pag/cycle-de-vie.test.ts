import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

describeRule('PAG-CYCLE-001', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      delete d.dateValidation;
    }),
    { path: '/dateValidation' },
  );
});

describeRule('PAG-CYCLE-002', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.demande.natureDemande = 'revision-prevue';
      d.pagPrecedent = { identifiant: 'PAG-35-2024-0007', dateValidation: '2024-03-01' };
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.demande.natureDemande = 'demande-revision';
    }),
    { path: '/pagPrecedent' },
  );
});

describeRule('PAG-CYCLE-003', (t) => {
  const revision = mutate(cleanPag(), (d) => {
    d.demande.natureDemande = 'revision-prevue';
    d.pagPrecedent = { identifiant: 'PAG-35-2024-0007', dateValidation: '2024-03-01' };
  });
  t.passes(revision);
  t.fails(
    mutate(revision, (d) => {
      if (d.pagPrecedent) d.pagPrecedent.identifiant = d.identifiant;
    }),
    { path: '/pagPrecedent/identifiant' },
  );
  t.fails(
    mutate(revision, (d) => {
      if (d.pagPrecedent) d.pagPrecedent.dateValidation = '2025-04-01';
    }),
    { path: '/pagPrecedent/dateValidation' },
  );
  t.fails(
    mutate(revision, (d) => {
      d.demande.natureDemande = 'premiere-demande';
    }),
    { path: '/pagPrecedent', severity: 'warning' },
  );
});

const ended = () =>
  mutate(cleanPag(), (d) => {
    d.statut = 'termine';
    d.dateFin = '2025-12-31';
    d.motifFin = '6';
  });

describeRule('PAG-FIN-001', (t) => {
  t.passes(ended());
  t.fails(
    mutate(ended(), (d) => {
      delete d.motifFin;
    }),
    { path: '/motifFin' },
  );
  t.fails(
    mutate(ended(), (d) => {
      delete d.dateFin;
    }),
    { path: '/dateFin' },
  );
});

describeRule('PAG-FIN-002', (t) => {
  t.passes(ended());
  t.fails(
    mutate(cleanPag(), (d) => {
      d.motifFin = '1';
    }),
    { path: '/motifFin', severity: 'warning' },
  );
});

describeRule('PAG-FIN-003', (t) => {
  t.passes(ended(), undefined, 'derogations used');
  t.passes(
    mutate(ended(), (d) => {
      d.motifFin = '1';
      for (const e of d.engagements) e.derogations = [];
    }),
    undefined,
    'another reason',
  );
  t.fails(
    mutate(ended(), (d) => {
      for (const e of d.engagements) e.derogations = [];
    }),
    { path: '/motifFin' },
  );
});

/** A PAG refused at the express-agreement stage: ended, never validated. */
const refused = () =>
  mutate(cleanPag(), (d) => {
    d.statut = 'termine';
    d.finSansValidation = 'refus-accord-expres';
    d.dateFin = '2025-04-15';
    d.motifFin = '5';
    delete d.dateValidation;
    delete d.consentement.accordExpres;
  });

describeRule('PAG-FIN-004', (t) => {
  t.passes(refused(), undefined, 'refusal before validation');
  t.passes(
    mutate(refused(), (d) => {
      d.finSansValidation = 'sans-suite';
      d.motifFin = '4';
      delete d.consentement.accordPrealable;
      d.engagements = [];
      delete d.suivi;
      delete d.annexes;
    }),
    undefined,
    'request with no follow-up, no plan drawn up',
  );
  t.fails(
    mutate(refused(), (d) => {
      d.statut = 'elabore';
      delete d.dateFin;
      delete d.motifFin;
    }),
    { path: '/finSansValidation' },
  );
  t.fails(
    mutate(refused(), (d) => {
      d.dateValidation = '2025-04-01';
    }),
    { path: '/dateValidation' },
  );
  t.fails(
    mutate(refused(), (d) => {
      d.consentement.accordExpres = { donnePar: 'parents', date: '2025-04-01', forme: 'ecrit-signe' };
    }),
    { path: '/consentement/accordExpres' },
  );
});

describeRule('PAG-CYCLE-001', (t) => {
  t.passes(refused(), undefined, 'ended without validation: no validation date needed');
  t.fails(
    mutate(refused(), (d) => {
      delete d.finSansValidation;
    }),
    {
      path: '/dateValidation',
      check: (issues) => {
        if (!issues[0]?.message.includes('finSansValidation')) throw new Error('the message says how to fix');
      },
    },
  );
});
