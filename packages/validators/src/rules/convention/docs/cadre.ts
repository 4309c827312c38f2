/**
 * Documentation of the cadre rules of the territorial convention (title, description,
 * source), apart from their checks (`../cadre.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « cadre ».
 */
import { text } from '../../../messages.js';
import { CNSA, NIVEAUX_GOS_SOURCE, PROJET } from '../convention-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each cadre rule, by rule id. */
export const cadreDocs = {
  'CONV-CADRE-001': {
    title: text('Distincte de la convention de délégation des crédits', 'Distinct from the credit-delegation convention'),
    description: text(
      'Le support CNSA des sites pionniers présente la convention « réponse accompagnée pour tous » comme « distincte de la convention de délégation des crédits ». Sont signalés : l’ancienne forme `distincteConventionDelegationCredits` à `false` (obsolète depuis 1.1.0), et une convention de délégation des crédits (`conventionDelegationCredits`) qui porte l’identifiant de la convention elle-même. Recommandation de la CNSA, non une obligation légale : avertissement.',
      'The CNSA pioneer-site outline presents the "réponse accompagnée pour tous" convention as "distinct from the credit-delegation convention". Reported: the old form `distincteConventionDelegationCredits` set to `false` (deprecated since 1.1.0), and a credit-delegation convention (`conventionDelegationCredits`) bearing the identifier of the convention itself. A CNSA recommendation, not a legal obligation: warning.',
    ),
    source: CNSA,
  },
  'CONV-CADRE-002': {
    title: text('Période cohérente', 'Consistent period'),
    description: text(
      'La période d’application commence avant de finir, et les signatures ne sont pas postérieures à la fin de la période. Une convention reconduite tacitement (`periode.reconductionTacite` à `true`) continue après `dateFin`, terme de sa première période : un signataire qui la rejoint par avenant pendant la reconduction signe après cette date, ce qui n’est pas signalé.',
      'The period of application starts before it ends, and the signatures are not after the end of the period. A tacitly renewed convention (`periode.reconductionTacite` set to `true`) goes on after `dateFin`, the end of its first term: a signatory joining it by an amendment (avenant) during the renewal signs after that date, which is not reported.',
    ),
    source: PROJET,
  },
  'CONV-CADRE-003': {
    title: text('Délibération de la Comex avant la signature de la MDPH', 'Comex deliberation before the MDPH signs'),
    description: text(
      'La commission exécutive (Comex) de la MDPH délibère pour approuver la convention, que la MDPH signe ensuite : une signature de la MDPH antérieure à la délibération (`deliberationComex.date`), ou une délibération postérieure à la fin de la période (sauf convention reconduite tacitement, qui ne finit pas à `dateFin`), est à vérifier.',
      'The MDPH executive committee (Comex) deliberates to approve the convention, which the MDPH then signs: an MDPH signature earlier than the deliberation (`deliberationComex.date`), or a deliberation after the end of the period (except for a tacitly renewed convention, which does not end at `dateFin`), is to be checked.',
    ),
    source: {
      kind: 'bonne-pratique',
      reference:
        'Exigence du projet serafin-ph ; INFERRED : ordre délibération puis signature, déduit de la convention cadre du dispositif intégré ITEP-SESSAD des Vosges, conclue après délibération de la Comex',
    },
  },
  'CONV-GOS-001': {
    title: text('Situations où les autorités siègent au GOS', 'Situations in which the authorities attend the GOS'),
    description: text(
      'La convention formalise « pour quelles situations sont prévues les autorités de contrôle et de tarification » au GOS : quand ces autorités sont prévues, au moins une situation est décrite.',
      'The convention states "for which situations the control and pricing authorities are expected" at the GOS: when such authorities are expected, at least one situation is described.',
    ),
    source: CNSA,
  },
  'CONV-GOS-002': {
    title: text('Niveaux de GOS cohérents', 'Consistent GOS levels'),
    description: text(
      'Quand la convention décrit ses niveaux de GOS (`gos.niveaux`, GOS I et GOS II), chaque niveau y figure une fois, et chaque niveau cité par un participant (`participants[].niveaux`) y est décrit.',
      'When the convention describes its GOS levels (`gos.niveaux`, GOS I and GOS II), each level appears once, and each level a participant names (`participants[].niveaux`) is described there.',
    ),
    source: NIVEAUX_GOS_SOURCE,
  },
} satisfies RuleDocs;
