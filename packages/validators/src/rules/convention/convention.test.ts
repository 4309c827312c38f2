import { expect } from 'vitest';
import { cleanConvention, cleanTableau, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

type Convention = ReturnType<typeof cleanConvention>;
const withTable = (c: Convention): Convention =>
  mutate(c, (d) => {
    d.annexeTableauDerogations = { mode: 'integre', tableau: cleanTableau() };
    d.instructionDerogations.typesDerogation = ['age', 'specialite-public', 'capacite', 'mode-accueil', 'temporalite-accueil', 'duree', 'financement-complementaire', 'tarification', 'autre'];
  });

describeRule('CONV-SIGNATAIRES-001', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { d.signataires = d.signataires.filter((s) => s.role !== 'cpam'); }), {
    path: '/signataires',
    check: (issues) => expect(issues.map((i) => i.details?.['role'])).toEqual(['cpam']),
  });
});

describeRule('CONV-SIGNATAIRES-002', (t) => {
  t.passes(cleanConvention(), undefined, 'the CAF (optional) has not signed');
  t.fails(mutate(cleanConvention(), (d) => { delete d.signataires[3]?.signature; }), { path: '/signataires/3/signature', severity: 'warning' });
});

describeRule('CONV-CADRE-001', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { d.distincteConventionDelegationCredits = false; }), { path: '/distincteConventionDelegationCredits' });
});

describeRule('CONV-CADRE-002', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { d.periode.dateFin = '2024-01-01'; }), { path: '/periode/dateFin' });
});

describeRule('CONV-GOS-001', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { d.gos.situationsAutorites = []; }), { path: '/gos/situationsAutorites', severity: 'warning' });
});

describeRule('CONV-DELAIS-001', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { d.instructionFinancements.delaiReponseJours = 0; }), { path: '/instructionFinancements/delaiReponseJours' });
  t.fails(mutate(cleanConvention(), (d) => { d.instructionDerogations.delaiReponseJours = -5; }), { path: '/instructionDerogations/delaiReponseJours' });
});

describeRule('CONV-INSTRUCTION-001', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { d.instructionFinancements.destinataire = '   '; }), { path: '/instructionFinancements/destinataire' }, undefined, 'blank recipient');
  t.fails(mutate(cleanConvention(), (d) => { delete (d as Partial<Convention>).instructionDerogations; }), { path: '/instructionDerogations' }, undefined, 'circuit missing');
  t.fails(mutate(cleanConvention(), (d) => { d.instructionDerogations.typesDerogation = [] as never; }), { path: '/instructionDerogations/typesDerogation' }, undefined, 'no kind of derogation');
});

describeRule('CONV-ANNEXE-001', (t) => {
  t.passes(cleanConvention());
  t.fails(mutate(cleanConvention(), (d) => { delete d.annexeTableauDerogations; }), { path: '/annexeTableauDerogations', severity: 'warning' });
});

describeRule('CONV-ANNEXE-002', (t) => {
  t.passes(withTable(cleanConvention()));
  t.fails(mutate(withTable(cleanConvention()), (d) => { if (d.annexeTableauDerogations?.mode === 'integre') d.annexeTableauDerogations.tableau.departement = '56'; }), { path: '/annexeTableauDerogations/tableau/departement' });
  t.fails(mutate(withTable(cleanConvention()), (d) => { if (d.annexeTableauDerogations?.mode === 'integre') d.annexeTableauDerogations.tableau.identifiantConvention = 'CONV-56'; }), { path: '/annexeTableauDerogations/tableau/identifiantConvention' });
});

describeRule('CONV-ANNEXE-003', (t) => {
  t.passes(withTable(cleanConvention()));
  t.fails(mutate(withTable(cleanConvention()), (d) => { d.instructionDerogations.typesDerogation = ['age']; }), { path: '/annexeTableauDerogations/tableau/lignes/1/typeObjet', severity: 'warning' });
});
