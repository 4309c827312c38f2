import { describe, expect, it } from 'vitest';
import { validate } from '../../index.js';
import { cleanConvention, cleanTableau, mutate } from '../../../test/support/documents.js';
import { describeRule, REFERENCE_DATE } from '../../../test/support/rule-test.js';

type Tableau = ReturnType<typeof cleanTableau>;
type Ligne = Tableau['lignes'][number];
const ligne = (d: Tableau, i: number): Ligne => d.lignes[i] as Ligne;

describeRule('TAB-LIGNES-001', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { ligne(d, 0).conditionsSuivi = '  '; }), { path: '/lignes/0/conditionsSuivi' }, undefined, 'blank text');
  t.fails(mutate(cleanTableau(), (d) => { delete (ligne(d, 1) as Partial<Ligne>).conditionsMiseEnOeuvre; }), {
    path: '/lignes/1/conditionsMiseEnOeuvre',
    check: (issues) => expect(issues[0]?.details?.['structure']).toBe('STRUCTURE-OBLIGATOIRE'),
  }, undefined, 'missing field');
  t.fails(mutate(cleanTableau(), (d) => { ligne(d, 2).objet = ''; }), { path: '/lignes/2/objet' }, undefined, 'empty field');
});

describeRule('TAB-LIGNES-002', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { ligne(d, 0).exemplesSituations = []; }), { path: '/lignes/0/exemplesSituations', severity: 'warning' });
});

describeRule('TAB-LIGNES-003', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { delete ligne(d, 0).avisCoordinationRegionale; }), { path: '/lignes/0/avisCoordinationRegionale', severity: 'warning' });
});

describeRule('TAB-FAMILLE-001', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { ligne(d, 0).famille = 'financement'; }), { path: '/lignes/0/typeObjet', severity: 'warning' });
});

describeRule('TAB-PARAMETRES-001', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { delete ligne(d, 2).parametres?.capacite; }), { path: '/lignes/2/parametres', severity: 'warning' });
});

describeRule('TAB-PARAMETRES-002', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { const a = ligne(d, 0).parametres?.age; if (a) a.deroge = { min: 3, max: 14 }; }), { path: '/lignes/0/parametres/age/deroge' }, undefined, 'derogated range inside the authorised one');
  t.fails(mutate(cleanTableau(), (d) => { const a = ligne(d, 0).parametres?.age; if (a) a.autorise = { min: 16, max: 6 }; }), { path: '/lignes/0/parametres/age/autorise' }, undefined, 'reversed bounds');
});

describeRule('TAB-PARAMETRES-003', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { const c = ligne(d, 2).parametres?.capacite; if (c) c.placesSurnombre = 0; }), { path: '/lignes/2/parametres/capacite/placesSurnombre' }, undefined, 'no surplus place');
  t.fails(mutate(cleanTableau(), (d) => { const c = ligne(d, 2).parametres?.capacite; if (c) c.placesSurnombre = 61; }), { path: '/lignes/2/parametres/capacite/placesSurnombre' }, undefined, 'more surplus than capacity');
});

describeRule('TAB-PARAMETRES-004', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { const p = ligne(d, 0).parametres; if (p) p.dureeMaximaleMois = 0; }), { path: '/lignes/0/parametres/dureeMaximaleMois' });
});

describeRule('TAB-PARAMETRES-005', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { const p = ligne(d, 1).parametres?.publics; if (p) p.deroges = [...p.autorises]; }), { path: '/lignes/1/parametres/publics' });
});

describeRule('TAB-DOUBLONS-001', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { ligne(d, 1).identifiant = ligne(d, 0).identifiant; }), { path: '/lignes/1/identifiant' });
});

describeRule('TAB-DOUBLONS-002', (t) => {
  t.passes(cleanTableau());
  t.fails(mutate(cleanTableau(), (d) => { d.lignes.push({ ...ligne(d, 0), identifiant: 'AGR-99', objet: `  ${ligne(d, 0).objet.toUpperCase()} ` }); }), { path: `/lignes/${cleanTableau().lignes.length}` });
});

describe('a table embedded in a convention', () => {
  it('is checked with the table rules, under the annex path', () => {
    const convention = mutate(cleanConvention(), (d) => {
      const table = mutate(cleanTableau(), (x) => { ligne(x, 0).exemplesSituations = []; });
      d.annexeTableauDerogations = { mode: 'integre', tableau: table };
    });
    const report = validate(convention, { referenceDate: REFERENCE_DATE });
    expect(report.issues.filter((i) => i.ruleId === 'TAB-LIGNES-002').map((i) => i.path)).toEqual(['/annexeTableauDerogations/tableau/lignes/0/exemplesSituations']);
  });
  it('reports the schema-backed table rules under the annex path', () => {
    const convention = mutate(cleanConvention(), (d) => {
      const table = mutate(cleanTableau(), (x) => { const p = ligne(x, 0).parametres; if (p) p.dureeMaximaleMois = 0; });
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
