/**
 * Documentation of the demande rules of the PAG (title, description,
 * source), apart from their checks (`../demande.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « demande ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each demande rule, by rule id. */
export const demandeDocs = {
  'PAG-DEMANDE-001': {
    title: text('Au moins un déclencheur (proposition de l’équipe pluridisciplinaire)', 'At least one trigger (proposal of the multidisciplinary team)'),
    description: text(
      'L’équipe pluridisciplinaire propose un PAG « 1° En cas d’indisponibilité ou d’inadaptation des réponses connues ; 2° En cas de complexité de la réponse à apporter, ou de risque ou de constat de rupture du parcours de la personne » : un PAG à son initiative indique au moins un de ces déclencheurs.',
      'The multidisciplinary team proposes a PAG "1° when known answers are unavailable or unsuited; 2° when the answer is complex, or the person’s path is at risk of or has suffered a break": a PAG on its initiative gives at least one of these triggers.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-DEMANDE-002': {
    title: text('Déclencheur indiqué (autres origines)', 'Trigger given (other origins)'),
    description: text(
      'Un PAG demandé par la personne ou son représentant, ou relevant d’une priorité de la Comex, n’exige pas légalement l’un des déclencheurs 1° ou 2° ; les indiquer reste attendu pour le suivi de l’activité.',
      'A PAG asked for by the person or their representative, or under a Comex priority, does not legally need one of the 1° or 2° triggers; giving them is still expected for activity monitoring.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-DEMANDE-003': {
    title: text('Priorité Comex précisée', 'Comex priority given'),
    description: text(
      'Un PAG proposé au titre des priorités délibérées par la commission exécutive de la MDPH précise la priorité dont il relève (`demande.prioriteComex`).',
      'A PAG proposed under the priorities set by the executive committee of the MDPH states the priority it falls under (`demande.prioriteComex`).',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-DEMANDE-004': {
    title: text('Demandeur indiqué', 'Requester given'),
    description: text(
      'Le PAG est proposé par l’équipe pluridisciplinaire ou demandé par la personne ou son représentant légal (L. 114-1-1) : la section 1 dit qui, dans `demande.demandeur` (version 1.1.0) ou `demande.origine` (forme 1.0.0 dépréciée).',
      'The PAG is proposed by the multidisciplinary team or asked for by the person or their legal representative (L. 114-1-1): section 1 says who, in `demande.demandeur` (version 1.1.0) or `demande.origine` (deprecated 1.0.0 form).',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-DEMANDE-005': {
    title: text('Forme dépréciée « origine »', 'Deprecated form `origine`'),
    description: text(
      'Depuis la version 1.1.0 du schéma, `demande.origine` (qui mêlait le demandeur et la priorité Comex) est remplacé par `demande.demandeur` et `demande.prioriteComex`. La forme 1.0.0 reste acceptée ; `serafin migrate` la réécrit sans perte.',
      'Since schema 1.1.0, `demande.origine` (which mixed the requester with the Comex priority) is replaced by `demande.demandeur` and `demande.prioriteComex`. The 1.0.0 form stays accepted; `serafin migrate` rewrites it losslessly.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-DEMANDE-006': {
    title: text('Alerte antérieure à la demande', 'Alert before the request'),
    description: text(
      'L’alerte (`demande.alerte`, depuis 1.1.0) est la situation qui a conduit à demander ou proposer le PAG : sa date ne devrait pas être postérieure à la date de la demande.',
      'The alert (`demande.alerte`, since 1.1.0) is the situation that led to asking for or proposing the PAG: its date should not be after the date of the request.',
    ),
    source: PAG_SOURCES.projet,
  },
} satisfies RuleDocs;
