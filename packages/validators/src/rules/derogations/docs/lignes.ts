/**
 * Documentation of the lignes rules of the derogation table (title, description,
 * source), apart from their checks (`../lignes.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « lignes ».
 */
import { text } from '../../../messages.js';
import { TABLEAU_SOURCES } from '../tableau-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each lignes rule, by rule id. */
export const lignesDocs = {
  'TAB-LIGNES-001': {
    title: text('Ligne complète', 'Complete row'),
    description: text(
      'Chaque ligne donne l’objet de la dérogation, des exemples de situations, les conditions de mise en œuvre, la modalité d’autorisation et les conditions de suivi, avec un identifiant, une famille et un type d’objet. Les champs absents ou vides (anomalies de structure) sont rapportés sous cet identifiant, comme les textes faits seulement d’espaces.',
      'Each row gives the object of the derogation, example situations, the conditions of implementation, the authorisation modality and the follow-up conditions, with an identifier, a family and a kind of object. Missing or empty fields (structural issues) are reported under this id, as are texts made only of spaces.',
    ),
    source: TABLEAU_SOURCES.cnsa,
  },
  'TAB-LIGNES-002': {
    title: text('Exemples de situations', 'Example situations'),
    description: text(
      'Le tableau type de la CNSA illustre chaque dérogation par des exemples de situations : une ligne sans exemple est à compléter.',
      'The CNSA model table illustrates each derogation with example situations: a row without any is to be completed.',
    ),
    source: TABLEAU_SOURCES.cnsa,
  },
  'TAB-LIGNES-003': {
    title: text('Avis de la coordination régionale', 'Opinion of the regional coordination'),
    description: text(
      'Le tableau type de la CNSA comporte l’avis de la coordination régionale pour chaque dérogation à l’agrément et aux règles de prise en charge financière : une telle ligne sans avis est à compléter (avis « non rendu » s’il n’a pas été donné). Une ligne de la famille « code-education » (décision du recteur ou du DASEN, ajoutée en 1.1.0) n’est pas concernée.',
      'The CNSA model table includes the opinion of the regional coordination for each derogation to the authorisation and financing rules: such a row without it is to be completed ("non-rendu" when none was given). A row of the "code-education" family (decided by the recteur or the DASEN, added in 1.1.0) is not concerned.',
    ),
    source: TABLEAU_SOURCES.cnsa,
  },
  'TAB-FAMILLE-001': {
    title: text('Type d’objet cohérent avec la famille', 'Kind of object consistent with the family'),
    description: text(
      'Le tableau distingue les dérogations à la réglementation de l’agrément (âge, spécialité ou public, capacité, mode et temporalité d’accueil), celles aux règles de prise en charge financière (financement complémentaire, tarification) et, depuis 1.1.0, celles au code de l’éducation (scolarisation) : une ligne dont le type d’objet relève d’une autre famille est à vérifier. Les deux premières familles viennent du tableau type de la CNSA ; le rattachement de chaque type d’objet à une famille est une inférence du projet.',
      'The table separates derogations to the authorisation rules (age, speciality or public, capacity, mode and temporality of care), those to the financing rules (complementary financing, pricing) and, since 1.1.0, those to the code de l’éducation (schooling): a row whose kind of object belongs to another family is to be checked. The first two families come from the CNSA model table; the mapping of each kind of object to a family is an inference of the project.',
    ),
    source: TABLEAU_SOURCES.familles,
  },
  'TAB-VERSIONS-001': {
    title: text('Version de ligne numérotée', 'Numbered row version'),
    description: text(
      'Un PAG désigne la version d’une ligne qu’il mobilise par son numéro (`version`) : une ligne datée (`dateVersion`) sans numéro de version ne peut pas être désignée.',
      'A PAG names the version of a row it uses by its number (`version`): a dated row (`dateVersion`) without a version number cannot be named.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
} satisfies RuleDocs;
