/**
 * Documentation of the codes rules of the PAG (title, description,
 * source), apart from their checks (`../codes.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « codes ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each codes rule, by rule id. */
export const codesDocs = {
  'PAG-CODES-002': {
    title: text('Besoins dans le bloc besoins, engagements en prestations directes', 'Needs from the needs block, engagements in direct prestations'),
    description: text(
      'Les besoins identifiés sont codés dans le bloc 1 de SERAFIN-PH (besoins, JDV_J285) ; les prestations engagées et celles de l’emploi du temps dans le bloc 2 (prestations directes, JDV_J284). Une prestation indirecte (bloc 3 : pilotage, fonctions supports) dans un engagement est une erreur, comme un code de besoin à la place d’une prestation et inversement. Le schéma publié restreint ces champs à leur liste ; l’anomalie est rapportée sous cet identifiant avec la branche du code trouvé.',
      'Identified needs are coded in block 1 of SERAFIN-PH (needs, JDV_J285); engaged and timetable prestations in block 2 (direct prestations, JDV_J284). An indirect prestation (block 3: management, support functions) in an engagement is an error, as is a need code instead of a prestation and vice versa. The published schema restricts these fields to their list; the issue is reported under this id with the branch of the code found.',
    ),
    source: PAG_SOURCES.serafin,
  },
  'PAG-CODES-003': {
    title: text('Code SERAFIN-PH inconnu', 'Unknown SERAFIN-PH code'),
    description: text(
      'Un code absent de la numérotation annoncée (ANS 2023 par défaut, CNSA 2018 avec `numerotation: "cnsa-2018"`). Quand le code existe dans une autre numérotation, le message le dit et donne le code ANS 2023 équivalent (par exemple un code CNSA à quatre niveaux écrit sans `numerotation`). Avec l’option `numbering`, un code sans équivalent exact en ANS 2023 est signalé ici.',
      'A code missing from the numbering stated (ANS 2023 by default, CNSA 2018 with `numerotation: "cnsa-2018"`). When the code exists in another numbering, the message says so and gives the equivalent ANS 2023 code (e.g. a four-level CNSA code written without `numerotation`). With the `numbering` option, a code without an exact ANS 2023 equivalent is reported here.',
    ),
    source: PAG_SOURCES.serafin,
  },
  'PAG-CODES-001': {
    title: text('Code désactivé', 'Deprecated code'),
    description: text(
      'Les concepts dupliqués désactivés par l’ANS (par exemple 1.2.1, 1.3.1.1, 1.3.5.1, 2.4.1) restent acceptés par le schéma mais doivent être remplacés par le concept actif indiqué (`replacedBy`). Avertissement par défaut, erreur avec l’option `deprecatedCodes: "error"`.',
      'Duplicate concepts deprecated by the ANS (e.g. 1.2.1, 1.3.1.1, 1.3.5.1, 2.4.1) are still accepted by the schema but must be replaced by the active concept given (`replacedBy`). Warning by default, error with the `deprecatedCodes: "error"` option.',
    ),
    source: PAG_SOURCES.serafin,
  },
  'PAG-CODES-004': {
    title: text('Code CNSA 2018 sans équivalent exact', 'CNSA 2018 code without an exact equivalent'),
    description: text(
      'Un code en numérotation CNSA 2018 accepté par le schéma mais sans équivalent exact en ANS 2023 (regroupements CNSA que l’ANS a aplatis, comme 1.1.1 ou 2.2.1) : les règles qui comparent besoins et prestations ne peuvent pas l’utiliser. Le message donne les correspondances plus larges connues.',
      'A CNSA 2018 code accepted by the schema but without an exact ANS 2023 equivalent (CNSA groupings the ANS flattened, such as 1.1.1 or 2.2.1): the rules comparing needs and prestations cannot use it. The message gives the known wider correspondences.',
    ),
    source: PAG_SOURCES.serafin,
  },
  'PAG-CODES-005': {
    title: text('Code traduit depuis une autre numérotation', 'Code translated from another numbering'),
    description: text(
      'Avec l’option `numbering` (`cnsa-2018` ou `ror-r265`), les codes sans `numerotation` sont lus dans cette numérotation et traduits en ANS 2023 avant les contrôles ; chaque traduction est signalée pour information.',
      'With the `numbering` option (`cnsa-2018` or `ror-r265`), codes without `numerotation` are read in that numbering and translated to ANS 2023 before the checks; each translation is reported for information.',
    ),
    source: PAG_SOURCES.serafin,
  },
  'PAG-CODES-006': {
    title: text('Libellé du code différent du libellé publié', 'Code label differs from the published display'),
    description: text(
      'Le libellé joint à un code (`libelle`) est informatif, le code fait foi : un libellé qui ne correspond pas au libellé publié par l’ANS (aux apostrophes, espaces et ligatures près) signale une erreur de saisie ou de code.',
      'The label given with a code (`libelle`) is informative, the code prevails: a label that does not match the display published by the ANS (apostrophes, spaces and ligatures aside) points to a typing or coding error.',
    ),
    source: PAG_SOURCES.serafin,
  },
  'PAG-CODES-007': {
    title: text('Code sans numérotation qui désigne un autre concept en CNSA 2018', 'Code without numbering that names another concept in CNSA 2018'),
    description: text(
      'Un code sans `numerotation` est lu en ANS 2023. Certains codes s’écrivent de la même façon en CNSA 2018 mais y désignent un autre concept (par exemple 2.2.1 ou 1.1.1, regroupements CNSA que l’ANS a renumérotés) : une note d’information, une seule par document avec la liste de ces codes, signale qu’un fichier venu d’un outil en numérotation CNSA 2018 serait mal lu. Rien à corriger si le document est bien en ANS 2023 ; sinon déclarer `numerotation: "cnsa-2018"` ou valider avec l’option `numbering`.',
      'A code without `numerotation` is read as ANS 2023. Some codes are spelt the same in CNSA 2018 but name another concept there (e.g. 2.2.1 or 1.1.1, CNSA groupings the ANS renumbered): one information note per document, listing these codes, points out that a file from a CNSA 2018 tool would be misread. Nothing to fix if the document is really ANS 2023; otherwise declare `numerotation: "cnsa-2018"` or validate with the `numbering` option.',
    ),
    source: PAG_SOURCES.serafin,
  },
} satisfies RuleDocs;
