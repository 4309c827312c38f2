/**
 * Completeness of the rows of the derogation table, and consistency between a
 * row's family and the kind of its object.
 *
 * Complétude des lignes du tableau des dérogations.
 */
import { tokens } from '../../json/pointer.js';
import { text } from '../../messages.js';
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
        if (l[f].trim() === '')
          emit(
            `/lignes/${i}/${f}`,
            text(`Ligne ${itemRef(l.identifiant, i, true).fr} : « ${f} » ne contient que des espaces.`, `Row ${itemRef(l.identifiant, i, true).en}: '${f}' contains only spaces.`),
            { champ: f },
          );
      }
    });
  },
  structural: {
    at: REQUIRED.map((f) => `/lignes/*/${f}`),
    keywords: ['required', 'minLength'],
    describe: (_value, { path }) => {
      const [, index, field] = tokens(path);
      return {
        message: text(
          `Ligne ${itemRef(undefined, Number(index), true).fr} incomplète : « ${field} » manque ou est vide.`,
          `Row ${itemRef(undefined, Number(index), true).en} incomplete: '${field}' is missing or empty.`,
        ),
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
      if (l.exemplesSituations.length === 0)
        emit(
          `/lignes/${i}/exemplesSituations`,
          text(`Ligne ${itemRef(l.identifiant, i, true).fr} : aucun exemple de situation.`, `Row ${itemRef(l.identifiant, i, true).en}: no example situation.`),
        );
    });
  },
});

const avisCoordination = tableauRule({
  id: 'TAB-LIGNES-003',
  severity: 'warning',
  family: 'lignes',
  reads: ['/lignes/*/avisCoordinationRegionale'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      if (l.avisCoordinationRegionale === undefined)
        emit(
          `/lignes/${i}/avisCoordinationRegionale`,
          text(
            `Ligne ${itemRef(l.identifiant, i, true).fr} : avis de la coordination régionale absent.`,
            `Row ${itemRef(l.identifiant, i, true).en}: opinion of the regional coordination missing.`,
          ),
        );
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
      emit(
        `/lignes/${i}/typeObjet`,
        text(
          `Ligne ${itemRef(l.identifiant, i, true).fr} : un objet « ${l.typeObjet} » dans la famille « ${l.famille} » ; ce type relève de la famille « ${attendue} » : corrigez la famille ou le type d’objet.`,
          `Row ${itemRef(l.identifiant, i, true).en}: an object of kind '${l.typeObjet}' in the '${l.famille}' family; this kind belongs to the '${attendue}' family: correct the family or the kind of object.`,
        ),
        { famille: l.famille, typeObjet: l.typeObjet },
      );
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
      emit(
        `/lignes/${i}/version`,
        text(
          `Ligne ${itemRef(l.identifiant, i, true).fr} : version datée du ${l.dateVersion} sans numéro : ajoutez « version » (1 pour la première version, puis 2, 3…).`,
          `Row ${itemRef(l.identifiant, i, true).en}: version dated ${l.dateVersion} without a number: add 'version' (1 for the first version, then 2, 3…).`,
        ),
      );
    });
  },
});

/** The row rules. */
export const lignesRules = [ligneComplete, exemples, avisCoordination, familleCoherente, versionNumerotee];
