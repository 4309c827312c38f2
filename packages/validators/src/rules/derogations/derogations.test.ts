import { describe, expect, it } from 'vitest';
import { validate } from '../../index.js';
import { cleanConvention, cleanTableau, mutate } from '../../../test/support/documents.js';
import { describeRule, REFERENCE_DATE } from '../../../test/support/rule-test.js';

type Tableau = ReturnType<typeof cleanTableau>;
type Ligne = Tableau['lignes'][number];
const ligne = (d: Tableau, i: number): Ligne => d.lignes[i] as Ligne;

describeRule('TAB-LIGNES-001', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      ligne(d, 0).conditionsSuivi = '  ';
    }),
    { path: '/lignes/0/conditionsSuivi' },
    undefined,
    'blank text',
  );
  t.fails(
    mutate(cleanTableau(), (d) => {
      delete (ligne(d, 1) as Partial<Ligne>).conditionsMiseEnOeuvre;
    }),
    {
      path: '/lignes/1/conditionsMiseEnOeuvre',
      check: (issues) => expect(issues[0]?.details?.['structure']).toBe('STRUCTURE-OBLIGATOIRE'),
    },
    undefined,
    'missing field',
  );
  t.fails(
    mutate(cleanTableau(), (d) => {
      ligne(d, 2).objet = '';
    }),
    { path: '/lignes/2/objet' },
    undefined,
    'empty field',
  );
});

describeRule('TAB-LIGNES-002', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      ligne(d, 0).exemplesSituations = [];
    }),
    { path: '/lignes/0/exemplesSituations', severity: 'warning' },
  );
});

describeRule('TAB-LIGNES-003', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      delete ligne(d, 0).avisCoordinationRegionale;
    }),
    { path: '/lignes/0/avisCoordinationRegionale', severity: 'warning', check: (issues) => expect(issues[0]?.message).toMatch(/Ajoutez « avisCoordinationRegionale »/) },
  );
  // Probe 2 (issue 11): the CNSA column covers the authorisation and financing families, not a code-education row (recteur, DASEN).
  t.passes(
    mutate(cleanTableau(), (d) => {
      ligne(d, 0).famille = 'code-education';
      ligne(d, 0).typeObjet = 'scolarisation';
      delete ligne(d, 0).parametres;
      delete ligne(d, 0).avisCoordinationRegionale;
    }),
    undefined,
    'a code-education row without the regional coordination’s opinion',
  );
});

describeRule('TAB-FAMILLE-001', (t) => {
  t.passes(cleanTableau());
  t.passes(
    mutate(cleanTableau(), (d) => {
      ligne(d, 0).famille = 'code-education';
      ligne(d, 0).typeObjet = 'scolarisation';
      delete ligne(d, 0).parametres;
    }),
    undefined,
    'a derogation to the code de l’éducation',
  );
  t.fails(
    mutate(cleanTableau(), (d) => {
      ligne(d, 0).typeObjet = 'scolarisation';
    }),
    { path: '/lignes/0/typeObjet', severity: 'warning', check: (issues) => expect(issues[0]?.message).toContain('code-education') },
    undefined,
    'schooling outside its family',
  );
  t.fails(
    mutate(cleanTableau(), (d) => {
      ligne(d, 0).famille = 'financement';
    }),
    { path: '/lignes/0/typeObjet', severity: 'warning' },
  );
});

describeRule('TAB-PARAMETRES-001', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      delete ligne(d, 2).parametres?.capacite;
    }),
    { path: '/lignes/2/parametres', severity: 'warning', check: (issues) => expect(issues[0]?.message).toMatch(/Ajoutez « parametres\.capacite »/) },
  );
});

describeRule('TAB-PARAMETRES-002', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      const a = ligne(d, 0).parametres?.age;
      if (a) a.deroge = { min: 3, max: 14 };
    }),
    { path: '/lignes/0/parametres/age/deroge' },
    undefined,
    'derogated range inside the authorised one',
  );
  t.fails(
    mutate(cleanTableau(), (d) => {
      const a = ligne(d, 0).parametres?.age;
      if (a) a.autorise = { min: 16, max: 6 };
    }),
    { path: '/lignes/0/parametres/age/autorise' },
    undefined,
    'reversed bounds',
  );
});

describeRule('TAB-PARAMETRES-003', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      const c = ligne(d, 2).parametres?.capacite;
      if (c) c.placesSurnombre = 0;
    }),
    { path: '/lignes/2/parametres/capacite/placesSurnombre' },
    undefined,
    'no surplus place',
  );
  t.fails(
    mutate(cleanTableau(), (d) => {
      const c = ligne(d, 2).parametres?.capacite;
      if (c) c.placesSurnombre = 61;
    }),
    { path: '/lignes/2/parametres/capacite/placesSurnombre' },
    undefined,
    'more surplus than capacity',
  );
});

describeRule('TAB-PARAMETRES-004', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      const p = ligne(d, 0).parametres;
      if (p) p.dureeMaximaleMois = 0;
    }),
    { path: '/lignes/0/parametres/dureeMaximaleMois' },
  );
});

describeRule('TAB-PARAMETRES-005', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      const p = ligne(d, 1).parametres?.publics;
      if (p) p.deroges = [...p.autorises];
    }),
    { path: '/lignes/1/parametres/publics' },
  );
});

describeRule('TAB-DOUBLONS-001', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      ligne(d, 1).identifiant = ligne(d, 0).identifiant;
    }),
    { path: '/lignes/1/identifiant' },
  );
});

describeRule('TAB-DOUBLONS-002', (t) => {
  t.passes(cleanTableau());
  t.fails(
    mutate(cleanTableau(), (d) => {
      d.lignes.push({ ...ligne(d, 0), identifiant: 'AGR-99', objet: `  ${ligne(d, 0).objet.toUpperCase()} ` });
    }),
    { path: `/lignes/${cleanTableau().lignes.length}` },
  );
});

/** The example table with two delegations (DG ARS → ESMS managers, president of the CD → its services) and the 1.1 fields on its rows. */
function avecDelegations(): Tableau {
  return mutate(cleanTableau(), (d) => {
    d.delegations = [
      {
        identifiant: 'DEL-ARS-1',
        delegant: 'dg-ars',
        delegataire: 'gestionnaire-esms',
        precisionDelegataire: 'Organismes gestionnaires signataires d’un CPOM',
        pouvoirDelegue: 'Décider des dérogations de tarification de six mois au plus, avec information de l’ARS',
        acte: { intitule: 'Arrêté de délégation du directeur général de l’ARS (fictif)', date: '2024-06-01' },
        validite: { dateDebut: '2024-07-01', dateFin: '2027-06-30' },
      },
      {
        identifiant: 'DEL-CD-1',
        delegant: 'president-conseil-departemental',
        delegataire: 'services-conseil-departemental',
        pouvoirDelegue: 'Accorder les financements complémentaires de moins de 5 000 euros',
      },
    ];
    const fin02 = d.lignes[5] as Ligne;
    fin02.identifiantDelegation = 'DEL-ARS-1';
    fin02.autoritesCompetentes = ['dg-ars'];
    fin02.financeurs = ['assurance-maladie'];
    fin02.validite = { dateDebut: '2024-07-01', dateFin: '2026-06-30' };
    fin02.version = 2;
    fin02.dateVersion = '2025-01-15';
    fin02.baseLegale = [{ intitule: 'CASF, art. L. 314-1 (fictif pour l’exemple)' }];
    ligne(d, 1).autoritesCompetentes = ['dg-ars'];
    ligne(d, 3).autoritesCompetentes = ['dg-ars', 'president-conseil-departemental'];
    ligne(d, 4).autoritesCompetentes = ['president-conseil-departemental'];
  });
}

describeRule('TAB-DELEGATIONS-001', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      ligne(d, 5).identifiantDelegation = 'DEL-INCONNUE';
    }),
    { path: '/lignes/5/identifiantDelegation' },
  );
  t.fails(
    mutate(avecDelegations(), (d) => {
      delete d.delegations;
    }),
    { path: '/lignes/5/identifiantDelegation' },
    undefined,
    'no delegation listed at all',
  );
});

describeRule('TAB-DELEGATIONS-002', (t) => {
  t.passes(avecDelegations());
  t.passes(cleanTableau(), undefined, 'a table without delegations (1.0.0 form) is not asked for one');
  t.fails(
    mutate(avecDelegations(), (d) => {
      delete ligne(d, 5).identifiantDelegation;
    }),
    { path: '/lignes/5', severity: 'warning' },
  );
});

describeRule('TAB-DELEGATIONS-003', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      ligne(d, 5).identifiantDelegation = 'DEL-CD-1';
    }),
    {
      path: '/lignes/5/identifiantDelegation',
      check: (issues) => expect(issues[0]?.details?.['delegant']).toBe('president-conseil-departemental'),
    },
  );
});

describeRule('TAB-DOUBLONS-003', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      const x = d.delegations?.[1];
      if (x) x.identifiant = 'DEL-ARS-1';
    }),
    { path: '/delegations/1/identifiant' },
  );
});

describeRule('TAB-VALIDITE-001', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      ligne(d, 5).validite = { dateDebut: '2025-01-01', dateFin: '2024-12-31' };
    }),
    { path: '/lignes/5/validite/dateFin' },
  );
  t.fails(
    mutate(avecDelegations(), (d) => {
      const x = d.delegations?.[0];
      if (x) x.validite = { dateDebut: '2027-01-01', dateFin: '2024-01-01' };
    }),
    { path: '/delegations/0/validite/dateFin' },
    undefined,
    'a delegation',
  );
});

describeRule('TAB-VALIDITE-002', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      ligne(d, 5).validite = { dateDebut: '2024-07-01', dateFin: '2028-06-30' };
    }),
    { path: '/lignes/5/validite', severity: 'warning' },
    undefined,
    'row ends after its delegation',
  );
  t.fails(
    mutate(avecDelegations(), (d) => {
      ligne(d, 5).validite = { dateDebut: '2024-01-01', dateFin: '2025-06-30' };
    }),
    { path: '/lignes/5/validite' },
    undefined,
    'row starts before its delegation',
  );
});

describeRule('TAB-AUTORITES-001', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      ligne(d, 3).autoritesCompetentes = ['dg-ars'];
    }),
    {
      path: '/lignes/3/autoritesCompetentes',
      severity: 'warning',
      check: (issues) => expect(issues.map((i) => i.details?.['autorite'])).toEqual(['president-conseil-departemental']),
    },
  );
});

describeRule('TAB-VERSIONS-001', (t) => {
  t.passes(avecDelegations());
  t.fails(
    mutate(avecDelegations(), (d) => {
      delete ligne(d, 5).version;
    }),
    { path: '/lignes/5/version', severity: 'warning' },
  );
});

describe('a table embedded in a convention', () => {
  it('is checked with the table rules, under the annex path', () => {
    const convention = mutate(cleanConvention(), (d) => {
      const table = mutate(cleanTableau(), (x) => {
        ligne(x, 0).exemplesSituations = [];
      });
      d.annexeTableauDerogations = { mode: 'integre', tableau: table };
    });
    const report = validate(convention, { referenceDate: REFERENCE_DATE });
    expect(report.issues.filter((i) => i.ruleId === 'TAB-LIGNES-002').map((i) => i.path)).toEqual(['/annexeTableauDerogations/tableau/lignes/0/exemplesSituations']);
  });
  it('reports the schema-backed table rules under the annex path', () => {
    const convention = mutate(cleanConvention(), (d) => {
      const table = mutate(cleanTableau(), (x) => {
        const p = ligne(x, 0).parametres;
        if (p) p.dureeMaximaleMois = 0;
      });
      d.annexeTableauDerogations = { mode: 'integre', tableau: table };
    });
    const report = validate(convention, { referenceDate: REFERENCE_DATE });
    expect(report.issues.filter((i) => i.ruleId === 'TAB-PARAMETRES-004').map((i) => i.path)).toEqual(['/annexeTableauDerogations/tableau/lignes/0/parametres/dureeMaximaleMois']);
  });
  it('is not checked as a table when the annex is only referenced', () => {
    const report = validate(cleanConvention(), { referenceDate: REFERENCE_DATE });
    expect(report.issues.filter((i) => i.ruleId.startsWith('TAB-'))).toEqual([]);
  });
});
