/**
 * Completeness of the rows of the derogation table, and consistency between a
 * row's family and the kind of its object.
 *
 * Complétude des lignes du tableau des dérogations.
 */
import { tokens } from '../../json/pointer.js';
import { text } from '../../messages.js';
import { itemRef } from '../../positions.js';
import { TABLEAU_SOURCES, tableauRule } from './tableau-rule.js';

const TEXT_FIELDS = ['identifiant', 'objet', 'conditionsMiseEnOeuvre', 'conditionsSuivi'] as const;
const REQUIRED = ['identifiant', 'famille', 'typeObjet', 'objet', 'exemplesSituations', 'conditionsMiseEnOeuvre', 'modaliteAutorisation', 'conditionsSuivi'];

const ligneComplete = tableauRule({
  id: 'TAB-LIGNES-001',
  severity: 'error',
  family: 'lignes',
  title: text('Ligne complète', 'Complete row'),
  description: text(
    'Chaque ligne donne l’objet de la dérogation, des exemples de situations, les conditions de mise en œuvre, la modalité d’autorisation et les conditions de suivi, avec un identifiant, une famille et un type d’objet. Les champs absents ou vides (anomalies de structure) sont rapportés sous cet identifiant, comme les textes faits seulement d’espaces.',
    'Each row gives the object of the derogation, example situations, the conditions of implementation, the authorisation modality and the follow-up conditions, with an identifier, a family and a kind of object. Missing or empty fields (structural issues) are reported under this id, as are texts made only of spaces.',
  ),
  source: TABLEAU_SOURCES.cnsa,
  reads: ['/lignes/*/identifiant', '/lignes/*/objet', '/lignes/*/conditionsMiseEnOeuvre', '/lignes/*/conditionsSuivi'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      for (const f of TEXT_FIELDS) {
        if (l[f].trim() === '') emit(`/lignes/${i}/${f}`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : « ${f} » ne contient que des espaces.`, `Row ${itemRef(l.identifiant, i, true).en}: '${f}' contains only spaces.`), { champ: f });
      }
    });
  },
  structural: {
    at: REQUIRED.map((f) => `/lignes/*/${f}`),
    keywords: ['required', 'minLength'],
    describe: (_value, { path }) => {
      const [, index, field] = tokens(path);
      return { message: text(`Ligne ${itemRef(undefined, Number(index), true).fr} incomplète : « ${field} » manque ou est vide.`, `Row ${itemRef(undefined, Number(index), true).en} incomplete: '${field}' is missing or empty.`), details: { champ: field } };
    },
  },
});

const exemples = tableauRule({
  id: 'TAB-LIGNES-002',
  severity: 'warning',
  family: 'lignes',
  title: text('Exemples de situations', 'Example situations'),
  description: text('Le tableau type de la CNSA illustre chaque dérogation par des exemples de situations : une ligne sans exemple est à compléter.', 'The CNSA model table illustrates each derogation with example situations: a row without any is to be completed.'),
  source: TABLEAU_SOURCES.cnsa,
  reads: ['/lignes/*/exemplesSituations'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      if (l.exemplesSituations.length === 0) emit(`/lignes/${i}/exemplesSituations`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : aucun exemple de situation.`, `Row ${itemRef(l.identifiant, i, true).en}: no example situation.`));
    });
  },
});

const avisCoordination = tableauRule({
  id: 'TAB-LIGNES-003',
  severity: 'warning',
  family: 'lignes',
  title: text('Avis de la coordination régionale', 'Opinion of the regional coordination'),
  description: text('Le tableau type de la CNSA comporte l’avis de la coordination régionale pour chaque dérogation : une ligne sans avis est à compléter (avis « non rendu » s’il n’a pas été donné).', 'The CNSA model table includes the opinion of the regional coordination for each derogation: a row without it is to be completed ("non-rendu" when none was given).'),
  source: TABLEAU_SOURCES.cnsa,
  reads: ['/lignes/*/avisCoordinationRegionale'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      if (l.avisCoordinationRegionale === undefined) emit(`/lignes/${i}/avisCoordinationRegionale`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : avis de la coordination régionale absent.`, `Row ${itemRef(l.identifiant, i, true).en}: opinion of the regional coordination missing.`));
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
  title: text('Type d’objet cohérent avec la famille', 'Kind of object consistent with the family'),
  description: text(
    'Le tableau distingue les dérogations à la réglementation de l’agrément (âge, spécialité ou public, capacité, mode et temporalité d’accueil), celles aux règles de prise en charge financière (financement complémentaire, tarification) et, depuis 1.1.0, celles au code de l’éducation (scolarisation) : une ligne dont le type d’objet relève d’une autre famille est à vérifier. Les deux premières familles viennent du tableau type de la CNSA ; le rattachement de chaque type d’objet à une famille est une inférence du projet.',
    'The table separates derogations to the authorisation rules (age, speciality or public, capacity, mode and temporality of care), those to the financing rules (complementary financing, pricing) and, since 1.1.0, those to the code de l’éducation (schooling): a row whose kind of object belongs to another family is to be checked. The first two families come from the CNSA model table; the mapping of each kind of object to a family is an inference of the project.',
  ),
  source: TABLEAU_SOURCES.familles,
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
  title: text('Version de ligne numérotée', 'Numbered row version'),
  description: text(
    'Un PAG désigne la version d’une ligne qu’il mobilise par son numéro (`version`) : une ligne datée (`dateVersion`) sans numéro de version ne peut pas être désignée.',
    'A PAG names the version of a row it uses by its number (`version`): a dated row (`dateVersion`) without a version number cannot be named.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes/*/version', '/lignes/*/dateVersion'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      if (l.dateVersion === undefined || l.version !== undefined) return;
      emit(`/lignes/${i}/version`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : version datée du ${l.dateVersion} sans numéro : ajoutez « version » (1 pour la première version, puis 2, 3…).`, `Row ${itemRef(l.identifiant, i, true).en}: version dated ${l.dateVersion} without a number: add 'version' (1 for the first version, then 2, 3…).`));
    });
  },
});

/** The row rules. */
export const lignesRules = [ligneComplete, exemples, avisCoordination, familleCoherente, versionNumerotee];
