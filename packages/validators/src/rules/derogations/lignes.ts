/**
 * Completeness of the rows of the derogation table, and consistency between a
 * row's family and the kind of its object.
 *
 * Complétude des lignes du tableau des dérogations.
 */
import { tokens } from '../../json/pointer.js';
import { msg } from '../message.js';
import { itemRef } from '../../positions.js';
import { tableauRule } from './tableau-rule.js';

const TEXT_FIELDS = ['identifiant', 'objet', 'conditionsMiseEnOeuvre', 'conditionsSuivi'] as const;
const REQUIRED = ['identifiant', 'famille', 'typeObjet', 'objet', 'exemplesSituations', 'conditionsMiseEnOeuvre', 'modaliteAutorisation', 'conditionsSuivi'];

const ligneComplete = tableauRule({
  id: 'TAB-LIGNES-001',
  severity: 'error',
  family: 'lignes',
  reads: ['/lignes/*/identifiant', '/lignes/*/objet', '/lignes/*/conditionsMiseEnOeuvre', '/lignes/*/conditionsSuivi'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      for (const f of TEXT_FIELDS) {
        if (l[f].trim() === '') emit(`/lignes/${i}/${f}`, msg('TAB-LIGNES-001#1', { ref: itemRef(l.identifiant, i, true), f }), { champ: f });
      }
    });
  },
  structural: {
    at: REQUIRED.map((f) => `/lignes/*/${f}`),
    keywords: ['required', 'minLength'],
    describe: (_value, { path }) => {
      const [, index, field] = tokens(path);
      return {
        message: msg('TAB-LIGNES-001#2', { ref: itemRef(undefined, Number(index), true), field }),
        details: { champ: field },
      };
    },
  },
});

const exemples = tableauRule({
  id: 'TAB-LIGNES-002',
  severity: 'warning',
  family: 'lignes',
  reads: ['/lignes/*/exemplesSituations'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      if (l.exemplesSituations.length === 0) emit(`/lignes/${i}/exemplesSituations`, msg('TAB-LIGNES-002#1', { ref: itemRef(l.identifiant, i, true) }));
    });
  },
});

const avisCoordination = tableauRule({
  id: 'TAB-LIGNES-003',
  severity: 'warning',
  family: 'lignes',
  reads: ['/lignes/*/avisCoordinationRegionale', '/lignes/*/famille'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      // The CNSA column covers the authorisation and financing families; a code-education row is decided by the recteur or the DASEN.
      if (l.avisCoordinationRegionale === undefined && l.famille !== 'code-education')
        emit(`/lignes/${i}/avisCoordinationRegionale`, msg('TAB-LIGNES-003#1', { ref: itemRef(l.identifiant, i, true) }));
    });
  },
});

const AGREMENT_ONLY = new Set(['age', 'specialite-public', 'capacite', 'mode-accueil', 'temporalite-accueil']);
const FINANCEMENT_ONLY = new Set(['financement-complementaire', 'tarification']);
const EDUCATION_ONLY = new Set(['scolarisation']);
const ONLY_IN: Readonly<Record<string, ReadonlySet<string>>> = { agrement: AGREMENT_ONLY, financement: FINANCEMENT_ONLY, 'code-education': EDUCATION_ONLY };
const FAMILLE_OF = new Map<string, string>(Object.entries(ONLY_IN).flatMap(([famille, types]) => [...types].map((t) => [t, famille] as const)));

const familleCoherente = tableauRule({
  id: 'TAB-FAMILLE-001',
  severity: 'warning',
  family: 'lignes',
  reads: ['/lignes/*/famille', '/lignes/*/typeObjet'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const attendue = FAMILLE_OF.get(l.typeObjet);
      if (attendue === undefined || attendue === l.famille) return;
      emit(`/lignes/${i}/typeObjet`, msg('TAB-FAMILLE-001#1', { ref: itemRef(l.identifiant, i, true), typeObjet: l.typeObjet, famille: l.famille, attendue }), {
        famille: l.famille,
        typeObjet: l.typeObjet,
      });
    });
  },
});

const versionNumerotee = tableauRule({
  id: 'TAB-VERSIONS-001',
  severity: 'warning',
  family: 'lignes',
  reads: ['/lignes/*/version', '/lignes/*/dateVersion'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      if (l.dateVersion === undefined || l.version !== undefined) return;
      emit(`/lignes/${i}/version`, msg('TAB-VERSIONS-001#1', { ref: itemRef(l.identifiant, i, true), dateVersion: l.dateVersion }));
    });
  },
});

/** The row rules. */
export const lignesRules = [ligneComplete, exemples, avisCoordination, familleCoherente, versionNumerotee];
