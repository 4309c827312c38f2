/**
 * Documentation of the engagements rules of the PAG (title, description,
 * source), apart from their checks (`../engagements.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « engagements ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleSource } from '../../../types.js';
import type { RuleDocs } from '../../rule-docs.js';

const SOURCE_CATEGORIES: RuleSource = {
  kind: 'ans',
  reference:
    'ANS, TRE_R66 Catégorie d’établissement (FINESS) : catégories 252, 253, 382, 437, 377, 379 fermées le 2018-10-26, remplacées par 448 EAM, 449 EANM et 370 (notes de l’extrait TRE_R66 vendu dans @serafin-ph/nomenclature)',
  url: 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement',
};

/** Title, description and source of each engagements rule, by rule id. */
export const engagementsDocs = {
  'PAG-ENGAGEMENTS-001': {
    title: text('Engagement complet : opérateur, date de début, prestations', 'Complete engagement: operator, start date, prestations'),
    description: text(
      'Le PAG identifie nominativement les opérateurs et précise la nature et la fréquence des interventions : chaque engagement nomme son opérateur, sa date de début et au moins une prestation. Le schéma publié l’impose ; l’anomalie structurelle est rapportée sous cet identifiant.',
      'The PAG names the operators and states the nature and frequency of the interventions: each engagement names its operator, its start date and at least one prestation. The published schema enforces it; the structural issue is reported under this id.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-ENGAGEMENTS-002': {
    title: text('Au moins un engagement', 'At least one engagement'),
    description: text(
      'Le PAG « comporte l’engagement des acteurs chargés de sa mise en œuvre opérationnelle » : dès le statut « élaboré », il compte au moins un engagement.',
      'The PAG "includes the commitment of the actors in charge of carrying it out": from the `elabore` status on, it has at least one engagement.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-ENGAGEMENTS-003': {
    title: text('Identifiants d’engagement uniques', 'Unique engagement identifiers'),
    description: text(
      'Le coordonnateur de parcours et les créneaux de l’emploi du temps désignent un engagement par son identifiant : deux engagements ne peuvent partager le même.',
      'The path coordinator and the timetable slots refer to an engagement by its identifier: two engagements cannot share one.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-ENGAGEMENTS-004': {
    title: text('Engagements signés d’un PAG validé', 'Signed engagements of a validated PAG'),
    description: text(
      'Bonne pratique : le PAG type de la CNSA prévoit une signature de l’engagement de chaque opérateur, sans dire qui signe (« Qui le signe ? ») ; la loi demande l’engagement des acteurs, pas leur signature. Un PAG validé dont un engagement n’est pas signé reçoit un avertissement.',
      'Good practice: the CNSA model PAG provides a signature of each operator’s engagement without saying who signs ("Qui le signe ?"); the law asks for the actors’ commitment, not their signature. A validated PAG with an unsigned engagement gets a warning.',
    ),
    source: PAG_SOURCES.signatureOperateur,
  },
  'PAG-ENGAGEMENTS-005': {
    title: text('Prérequis levés avant le démarrage', 'Prerequisites lifted before the start'),
    description: text(
      'Le PAG type liste, pour chaque engagement, les prérequis au démarrage (matériel, recrutement, financement, dérogation…) et leur état : un prérequis encore « à lever » ou « en cours » alors que l’engagement a démarré à la date de référence est à vérifier.',
      'The CNSA model PAG lists, for each engagement, the prerequisites before its start (equipment, recruitment, financing, derogation…) and their state: a prerequisite still "to lift" or "in progress" although the engagement has started on the reference date is to be checked.',
    ),
    source: PAG_SOURCES.pagType,
  },
  'PAG-ENGAGEMENTS-006': {
    title: text('Catégorie FINESS fermée', 'Closed FINESS category'),
    description: text(
      'Les catégories FINESS fermées (notamment 437 FAM, 382 foyer de vie, 252 foyer d’hébergement, 253 foyer polyvalent, fermées le 26 octobre 2018) restent acceptées : beaucoup d’établissements sont encore connus sous elles. Elles sont signalées avec leur catégorie de remplacement (448 EAM, 449 EANM, 370 pour les établissements expérimentaux) quand TRE_R66 la donne, pour que le document suive FINESS.',
      'Closed FINESS categories (notably 437 FAM, 382 foyer de vie, 252 foyer d’hébergement, 253 foyer polyvalent, closed on 26 October 2018) stay accepted: many facilities are still known under them. They are reported with their replacement category (448 EAM, 449 EANM, 370 for experimental facilities) when TRE_R66 gives it, so that the document follows FINESS.',
    ),
    source: SOURCE_CATEGORIES,
  },
  'PAG-ENGAGEMENTS-007': {
    title: text('Prestations d’un ESMS codées en SERAFIN-PH', 'Prestations of an ESMS coded in SERAFIN-PH'),
    description: text(
      'Depuis la version 1.1.0, le code SERAFIN-PH d’une prestation engagée est facultatif : un opérateur hors ESMS (école, hôpital, ASE, libéral, droit commun) décrit son intervention par sa nature et sa précision. Un ESMS, dont l’activité est décrite dans la nomenclature SERAFIN-PH des prestations (annexe 2 du « PAG type »), code ses prestations : avertissement quand il ne le fait pas (INFERRED : pratique attendue, pas une obligation légale).',
      'Since schema 1.1.0, the SERAFIN-PH code of an engaged prestation is optional: a non-ESMS operator (school, hospital, child welfare, private practitioner, mainstream service) describes its intervention by its nature and precision. An ESMS, whose activity is described in the SERAFIN-PH nomenclature of prestations (annex 2 of the CNSA « PAG type »), codes its prestations: warning when it does not (INFERRED: expected practice, not a legal obligation).',
    ),
    source: {
      kind: 'bonne-pratique',
      reference: 'INFERRED : CNSA, « PAG type », annexe 2 (nomenclature SERAFIN-PH des besoins et des prestations) ; aucun texte n’impose le codage',
    },
  },
  'PAG-ENGAGEMENTS-008': {
    title: text('Accord de la dérogation cohérent', 'Consistent grant of the derogation'),
    description: text(
      'Une dérogation mobilisée dit, depuis la version 1.1.0, quand, par quelle autorité et par quel acte elle a été accordée, et sur quelle version de la ligne du tableau. Ces éléments concernent une dérogation accordée ou terminée : une date d’accord sur une dérogation demandée ou refusée est contradictoire ; une dérogation ne commence pas avant d’avoir été accordée ; une autorité « autre » est précisée.',
      'Since schema 1.1.0 a derogation used says when, by which authority and by which act it was granted, and on which version of the table’s line. These concern a granted or ended derogation: a grant date on a requested or refused derogation is contradictory; a derogation does not start before it was granted; an "autre" authority is specified.',
    ),
    source: PAG_SOURCES.projet,
  },
} satisfies RuleDocs;
