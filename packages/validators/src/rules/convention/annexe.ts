/**
 * The table of delegated derogations annexed to the convention.
 *
 * Tableau des délégations de dérogations annexé.
 */
import { msg } from '../message.js';
import { itemRef } from '../../positions.js';
import { conventionRule, finConvention } from './convention-rule.js';

const annexePresente = conventionRule({
  id: 'CONV-ANNEXE-001',
  severity: 'warning',
  family: 'annexe',
  reads: ['/annexeTableauDerogations'],
  check: ({ document, emit }) => {
    if (document.annexeTableauDerogations === undefined) emit('/annexeTableauDerogations', msg('CONV-ANNEXE-001#1'));
  },
});

const annexeCoherente = conventionRule({
  id: 'CONV-ANNEXE-002',
  severity: 'error',
  family: 'annexe',
  reads: ['/annexeTableauDerogations', '/departement', '/identifiant'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    if (annexe === undefined || annexe.mode !== 'integre') return;
    const t = annexe.tableau;
    if (t.departement !== document.departement) {
      emit('/annexeTableauDerogations/tableau/departement', msg('CONV-ANNEXE-002#1', { departement: t.departement, departement2: document.departement }));
    }
    if (t.identifiantConvention !== undefined && t.identifiantConvention !== document.identifiant) {
      emit(
        '/annexeTableauDerogations/tableau/identifiantConvention',
        msg('CONV-ANNEXE-002#2', { identifiantConvention: t.identifiantConvention, identifiant: document.identifiant }),
      );
    }
  },
});

const typesInstruits = conventionRule({
  id: 'CONV-ANNEXE-003',
  severity: 'warning',
  family: 'annexe',
  reads: ['/annexeTableauDerogations/tableau/lignes/*/typeObjet', '/instructionDerogations/typesDerogation'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    if (annexe === undefined || annexe.mode !== 'integre') return;
    const types = new Set<string>(document.instructionDerogations.typesDerogation);
    annexe.tableau.lignes.forEach((l, i) => {
      if (types.has(l.typeObjet)) return;
      emit(`/annexeTableauDerogations/tableau/lignes/${i}/typeObjet`, msg('CONV-ANNEXE-003#1', { ref: itemRef(l.identifiant, i, true), typeObjet: l.typeObjet }), {
        typeObjet: l.typeObjet,
      });
    });
  },
});

const validiteDansLaConvention = conventionRule({
  id: 'CONV-ANNEXE-004',
  severity: 'warning',
  family: 'annexe',
  reads: ['/annexeTableauDerogations/tableau/lignes/*/validite', '/periode'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    const fin = finConvention(document.periode);
    if (annexe === undefined || annexe.mode !== 'integre' || fin === undefined) return;
    annexe.tableau.lignes.forEach((l, i) => {
      const v = l.validite;
      if (v === undefined) return;
      if (v.dateDebut > fin) {
        emit(`/annexeTableauDerogations/tableau/lignes/${i}/validite/dateDebut`, msg('CONV-ANNEXE-004#1', { ref: itemRef(l.identifiant, i, true), dateDebut: v.dateDebut, fin }));
      } else if (v.dateFin !== undefined && v.dateFin > fin) {
        emit(`/annexeTableauDerogations/tableau/lignes/${i}/validite`, msg('CONV-ANNEXE-004#2', { ref: itemRef(l.identifiant, i, true), dateFin: v.dateFin, fin }));
      }
    });
  },
});

/** The annex rules. */
export const annexeRules = [annexePresente, annexeCoherente, typesInstruits, validiteDansLaConvention];
