/**
 * Documentation of the annexe rules of the territorial convention (title, description,
 * source), apart from their checks (`../annexe.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « annexe ».
 */
import { text } from '../../../messages.js';
import { CNSA, PROJET } from '../convention-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each annexe rule, by rule id. */
export const annexeDocs = {
  'CONV-ANNEXE-001': {
    title: text('Tableau des dérogations annexé', 'Derogation table annexed'),
    description: text(
      'La convention territoriale a pour annexe le tableau des délégations de dérogations, intégré ou référencé (`annexeTableauDerogations`).',
      'The territorial convention has the table of delegated derogations as an annex, embedded or referenced (`annexeTableauDerogations`).',
    ),
    source: CNSA,
  },
  'CONV-ANNEXE-002': {
    title: text('Tableau annexé cohérent avec la convention', 'Annexed table consistent with the convention'),
    description: text(
      'Un tableau intégré à la convention porte sur le même département et, s’il désigne sa convention (`identifiantConvention`), c’est celle-ci. Ses lignes sont en outre contrôlées par les règles du tableau des dérogations (identifiants TAB-…), sous le chemin `/annexeTableauDerogations/tableau`.',
      'A table embedded in the convention is about the same département and, when it names its convention (`identifiantConvention`), it is this one. Its rows are also checked by the derogation-table rules (TAB-… ids), under the path `/annexeTableauDerogations/tableau`.',
    ),
    source: PROJET,
  },
  'CONV-ANNEXE-003': {
    title: text('Dérogations du tableau instruites par la convention', 'Derogations of the table instructed by the convention'),
    description: text(
      'Chaque type d’objet des lignes du tableau intégré (âge, public, capacité…) figure parmi les types de dérogation dont la convention organise l’instruction (`instructionDerogations.typesDerogation`).',
      'Each kind of object of the rows of the embedded table (age, public, capacity…) is among the kinds of derogation whose instruction the convention organises (`instructionDerogations.typesDerogation`).',
    ),
    source: CNSA,
  },
  'CONV-ANNEXE-004': {
    title: text('Lignes du tableau valables pendant la convention', 'Table rows valid during the convention'),
    description: text(
      'Le tableau des délégations de dérogations est une annexe de la convention : la période de validité d’une ligne du tableau intégré (`validite`) ne commence pas après la fin de la convention et ne se prolonge pas au-delà (une ligne sans date de fin vaut jusqu’à la fin de la convention). Une convention reconduite tacitement (`periode.reconductionTacite` à `true`) ne finit pas à `dateFin`, terme de sa première période : ses lignes ne sont pas comparées à cette date (un tableau révisé pendant la reconduction prend effet après elle).',
      'The table of delegated derogations is an annex of the convention: the validity period of a row of the embedded table (`validite`) neither starts after the end of the convention nor runs beyond it (a row without an end date holds until the convention ends). A tacitly renewed convention (`periode.reconductionTacite` set to `true`) does not end at `dateFin`, the end of its first term: its rows are not compared with that date (a table revised during the renewal takes effect after it).',
    ),
    source: CNSA,
  },
} satisfies RuleDocs;
