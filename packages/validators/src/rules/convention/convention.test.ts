import { expect, it } from 'vitest';
import { validate } from '../../index.js';
import { cleanConvention, cleanTableau, mutate } from '../../../test/support/documents.js';
import { describeRule, REFERENCE_DATE } from '../../../test/support/rule-test.js';

type Convention = ReturnType<typeof cleanConvention>;
const withTable = (c: Convention): Convention =>
  mutate(c, (d) => {
    d.annexeTableauDerogations = { mode: 'integre', tableau: cleanTableau() };
    d.instructionDerogations.typesDerogation = [
      'age',
      'specialite-public',
      'capacite',
      'mode-accueil',
      'temporalite-accueil',
      'duree',
      'financement-complementaire',
      'tarification',
      'scolarisation',
      'autre',
    ];
  });

describeRule('CONV-SIGNATAIRES-001', (t) => {
  t.passes(cleanConvention());
  t.passes(
    mutate(cleanConvention(), (d) => {
      for (const s of d.signataires) if (s.role === 'education-nationale') s.role = 'rectorat';
    }),
    undefined,
    'the Éducation nationale signs as the rectorat',
  );
  t.passes(
    mutate(cleanConvention(), (d) => {
      for (const s of d.signataires) if (s.role === 'education-nationale') s.role = 'dsden';
    }),
    undefined,
    'the Éducation nationale signs as the DSDEN',
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.signataires = d.signataires.filter((s) => s.role !== 'cpam');
    }),
    {
      path: '/signataires',
      severity: 'warning',
      check: (issues) => {
        expect(issues.map((i) => i.details?.['role'])).toEqual(['cpam']);
        expect(issues[0]?.message).toContain('non exigée par la loi');
      },
    },
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.signataires = d.signataires.filter((s) => s.role !== 'education-nationale');
    }),
    {
      severity: 'warning',
      check: (issues) => expect(issues[0]?.message).toContain('« rectorat »'),
    },
    undefined,
    'no Éducation nationale at all',
  );
  it('a convention missing a usual signatory stays valid', () => {
    const report = validate(
      mutate(cleanConvention(), (d) => {
        d.signataires = d.signataires.filter((s) => s.role !== 'cpam' && s.role !== 'ars');
      }),
      { referenceDate: REFERENCE_DATE },
    );
    expect(report.valid).toBe(true);
  });
});

describeRule('CONV-SIGNATAIRES-002', (t) => {
  t.passes(cleanConvention(), undefined, 'the CAF (optional) has not signed');
  t.fails(
    mutate(cleanConvention(), (d) => {
      delete d.signataires[3]?.signature;
    }),
    { path: '/signataires/3/signature', severity: 'warning' },
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      const s = d.signataires[4];
      if (s) {
        s.role = 'dsden';
        delete s.signature;
      }
    }),
    { path: '/signataires/4/signature', severity: 'warning' },
    undefined,
    'the DSDEN has not signed',
  );
});

describeRule('CONV-CADRE-001', (t) => {
  t.passes(cleanConvention());
  t.passes(
    mutate(cleanConvention(), (d) => {
      delete d.distincteConventionDelegationCredits;
      d.conventionDelegationCredits = { intitule: 'Convention d’appui MDPH – ARS', identifiant: 'CDC-35-2024', date: '2024-02-01' };
    }),
    undefined,
    'the reference replaces the boolean',
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.distincteConventionDelegationCredits = false;
    }),
    { path: '/distincteConventionDelegationCredits', severity: 'warning' },
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.conventionDelegationCredits = { intitule: 'La même', identifiant: d.identifiant };
    }),
    { path: '/conventionDelegationCredits/identifiant', severity: 'warning' },
    undefined,
    'the reference names the convention itself',
  );
});

describeRule('CONV-CADRE-003', (t) => {
  const avecDeliberation = (date: string) =>
    mutate(cleanConvention(), (d) => {
      d.deliberationComex = { date, numero: '2024-07' };
    });
  const mdphSignature = cleanConvention().signataires.find((s) => s.role === 'mdph')?.signature?.date ?? '';
  t.passes(avecDeliberation(mdphSignature), undefined, 'deliberation on the day the MDPH signs');
  t.fails(
    avecDeliberation('2024-12-31'),
    { path: `/signataires/${cleanConvention().signataires.findIndex((s) => s.role === 'mdph')}/signature/date`, severity: 'warning' },
    undefined,
    'the MDPH signed before the deliberation',
  );
  t.fails(
    mutate(avecDeliberation(mdphSignature), (d) => {
      d.periode.dateFin = '2024-09-01';
      d.deliberationComex = { date: '2024-10-01' };
      for (const s of d.signataires) if (s.signature) s.signature.date = '2024-06-01';
    }),
    { path: '/deliberationComex/date' },
    undefined,
    'deliberation after the end of the period',
  );
  t.passes(
    mutate(avecDeliberation(mdphSignature), (d) => {
      d.periode.dateFin = '2024-09-01';
      d.periode.reconductionTacite = true;
      d.deliberationComex = { date: '2024-10-01' };
      for (const s of d.signataires) if (s.signature) s.signature.date = '2024-10-02';
    }),
    undefined,
    'deliberation after the first term of a tacitly renewed convention',
  );
});

describeRule('CONV-CADRE-002', (t) => {
  t.passes(cleanConvention());
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.periode.dateFin = '2024-01-01';
    }),
    { path: '/periode/dateFin' },
  );
  const avenant = (reconductionTacite: boolean | undefined) =>
    mutate(cleanConvention(), (d) => {
      d.periode = { dateDebut: '2017-04-01', dateFin: '2019-12-31' };
      if (reconductionTacite !== undefined) d.periode.reconductionTacite = reconductionTacite;
      for (const s of d.signataires) if (s.signature) s.signature.date = '2017-03-02';
      d.signataires.push({
        role: 'pjj',
        nom: 'Direction territoriale de la PJJ',
        signature: { nom: 'Le directeur territorial', fonction: 'directeur territorial', date: '2021-06-15' },
      });
    });
  const pjj = cleanConvention().signataires.length;
  t.passes(avenant(true), undefined, 'a signatory joins by an avenant after the first term of a tacitly renewed convention');
  t.fails(avenant(false), { path: `/signataires/${pjj}/signature/date`, severity: 'error' }, undefined, 'signature after the end of a convention not renewed');
  t.fails(avenant(undefined), { path: `/signataires/${pjj}/signature/date`, severity: 'error' }, undefined, 'signature after the end, renewal not stated');
  t.fails(
    mutate(avenant(true), (d) => {
      d.periode.dateFin = '2017-01-01';
    }),
    { path: '/periode/dateFin' },
    undefined,
    'tacitly renewed, the period still starts before it ends',
  );
});

describeRule('CONV-GOS-001', (t) => {
  t.passes(cleanConvention());
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.gos.situationsAutorites = [];
    }),
    { path: '/gos/situationsAutorites', severity: 'warning' },
  );
});

const avecNiveaux = (c: Convention): Convention =>
  mutate(c, (d) => {
    d.gos.niveaux = [
      { niveau: 'gos-1', role: 'Concertation des opérateurs du territoire', frequence: { nombre: 2, periode: 'mois' } },
      { niveau: 'gos-2', role: 'Situations demandant une dérogation ou un financement, avec l’ARS et le conseil départemental', echelle: 'département' },
    ];
    d.gos.participants.push({
      participant: 'Pair-aidant de l’association départementale',
      typeParticipant: 'pair-aidant',
      niveaux: ['gos-1'],
      systematique: false,
      precision: 'Si la personne le souhaite',
    });
    d.gos.participants.push({ participant: 'La personne concernée', typeParticipant: 'personne', systematique: true });
  });

describeRule('CONV-GOS-002', (t) => {
  t.passes(avecNiveaux(cleanConvention()));
  t.passes(
    mutate(avecNiveaux(cleanConvention()), (d) => {
      delete d.gos.niveaux;
    }),
    undefined,
    'levels not described: nothing to compare',
  );
  t.fails(
    mutate(avecNiveaux(cleanConvention()), (d) => {
      d.gos.niveaux = (d.gos.niveaux ?? []).slice(1);
    }),
    { path: `/gos/participants/${cleanConvention().gos.participants.length}/niveaux/0`, severity: 'warning' },
    undefined,
    'a participant at an undescribed level',
  );
  t.fails(
    mutate(avecNiveaux(cleanConvention()), (d) => {
      const n = d.gos.niveaux?.[1];
      if (n) n.niveau = 'gos-1';
    }),
    { path: '/gos/niveaux/1/niveau' },
    undefined,
    'a level described twice',
  );
});

const avecProcedure = (c: Convention, delai: number): Convention =>
  mutate(c, (d) => {
    d.instructionDerogations.typesDerogation.push('scolarisation');
    d.instructionDerogations.proceduresAccelerees = [
      {
        typeDerogation: 'scolarisation',
        autorite: 'dasen',
        delaiReponseJours: delai,
        modalites: 'Examen en GOS de niveau 2 avec l’enseignant référent ; décision du DASEN.',
        experimentale: true,
      },
    ];
  });

describeRule('CONV-INSTRUCTION-002', (t) => {
  t.passes(avecProcedure(cleanConvention(), 5));
  t.fails(
    mutate(avecProcedure(cleanConvention(), 5), (d) => {
      d.instructionDerogations.typesDerogation = ['age'];
    }),
    { path: '/instructionDerogations/proceduresAccelerees/0/typeDerogation', severity: 'warning' },
  );
});

describeRule('CONV-DELAIS-002', (t) => {
  t.passes(avecProcedure(cleanConvention(), 5));
  t.fails(
    avecProcedure(cleanConvention(), 15),
    { path: '/instructionDerogations/proceduresAccelerees/0/delaiReponseJours', severity: 'warning' },
    undefined,
    'as long as the ordinary circuit',
  );
});

describeRule('CONV-DELAIS-001', (t) => {
  t.passes(cleanConvention());
  t.fails(avecProcedure(cleanConvention(), 0), { path: '/instructionDerogations/proceduresAccelerees/0/delaiReponseJours' }, undefined, 'accelerated procedure without delay');
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.instructionFinancements.delaiReponseJours = 0;
    }),
    { path: '/instructionFinancements/delaiReponseJours' },
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.instructionDerogations.delaiReponseJours = -5;
    }),
    { path: '/instructionDerogations/delaiReponseJours' },
  );
});

describeRule('CONV-INSTRUCTION-001', (t) => {
  t.passes(cleanConvention());
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.instructionFinancements.destinataire = '   ';
    }),
    { path: '/instructionFinancements/destinataire' },
    undefined,
    'blank recipient',
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      delete (d as Partial<Convention>).instructionDerogations;
    }),
    { path: '/instructionDerogations' },
    undefined,
    'circuit missing',
  );
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.instructionDerogations.typesDerogation = [] as never;
    }),
    { path: '/instructionDerogations/typesDerogation' },
    undefined,
    'no kind of derogation',
  );
});

describeRule('CONV-ANNEXE-001', (t) => {
  t.passes(cleanConvention());
  t.fails(
    mutate(cleanConvention(), (d) => {
      delete d.annexeTableauDerogations;
    }),
    { path: '/annexeTableauDerogations', severity: 'warning' },
  );
});

describeRule('CONV-ANNEXE-002', (t) => {
  t.passes(withTable(cleanConvention()));
  t.fails(
    mutate(withTable(cleanConvention()), (d) => {
      if (d.annexeTableauDerogations?.mode === 'integre') d.annexeTableauDerogations.tableau.departement = '56';
    }),
    { path: '/annexeTableauDerogations/tableau/departement' },
  );
  t.fails(
    mutate(withTable(cleanConvention()), (d) => {
      if (d.annexeTableauDerogations?.mode === 'integre') d.annexeTableauDerogations.tableau.identifiantConvention = 'CONV-56';
    }),
    { path: '/annexeTableauDerogations/tableau/identifiantConvention' },
  );
});

describeRule('CONV-ANNEXE-004', (t) => {
  const valide = (v: { dateDebut: string; dateFin?: string }) =>
    mutate(withTable(cleanConvention()), (d) => {
      if (d.annexeTableauDerogations?.mode === 'integre') {
        const l = d.annexeTableauDerogations.tableau.lignes[0];
        if (l) l.validite = v;
      }
    });
  t.passes(valide({ dateDebut: '2024-07-01', dateFin: '2027-06-30' }));
  t.passes(valide({ dateDebut: '2024-07-01' }), undefined, 'a row without an end date holds until the convention ends');
  t.fails(
    valide({ dateDebut: '2024-07-01', dateFin: '2029-06-30' }),
    { path: '/annexeTableauDerogations/tableau/lignes/0/validite', severity: 'warning' },
    undefined,
    'row ending after the convention',
  );
  t.fails(
    valide({ dateDebut: '2028-01-01', dateFin: '2028-12-31' }),
    { path: '/annexeTableauDerogations/tableau/lignes/0/validite/dateDebut' },
    undefined,
    'row starting after the convention',
  );
  const reconduite = (v: { dateDebut: string; dateFin?: string }) =>
    mutate(valide(v), (d) => {
      d.periode.reconductionTacite = true;
    });
  t.passes(reconduite({ dateDebut: '2028-01-01', dateFin: '2028-12-31' }), undefined, 'a row revised after the first term of a tacitly renewed convention');
  t.passes(reconduite({ dateDebut: '2024-07-01', dateFin: '2029-06-30' }), undefined, 'a row ending after the first term of a tacitly renewed convention');
});

describeRule('CONV-ANNEXE-003', (t) => {
  t.passes(withTable(cleanConvention()));
  t.fails(
    mutate(withTable(cleanConvention()), (d) => {
      d.instructionDerogations.typesDerogation = ['age'];
    }),
    { path: '/annexeTableauDerogations/tableau/lignes/1/typeObjet', severity: 'warning' },
  );
});
