/**
 * Documentation of the cycle-de-vie rules of the PAG (title, description,
 * source), apart from their checks (`../cycle-de-vie.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « cycle-de-vie ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each cycle-de-vie rule, by rule id. */
export const cycleDeVieDocs = {
  'PAG-CYCLE-001': {
    title: text('Date de validation d’un PAG validé', 'Validation date of a validated PAG'),
    description: text(
      'Un PAG au statut « validé » ou « terminé » porte sa date de validation : les règles de révision et d’accord exprès s’y rapportent.',
      'A PAG with status `valide` or `termine` carries its validation date: the revision and express-agreement rules refer to it.',
    ),
    source: PAG_SOURCES.tre421,
  },
  'PAG-CYCLE-002': {
    title: text('Une révision désigne le PAG précédent', 'A revision points to the previous PAG'),
    description: text(
      'Une demande de révision ou une révision prévue actualise un PAG existant : `pagPrecedent` en donne l’identifiant.',
      'A revision request or a planned revision updates an existing PAG: `pagPrecedent` gives its identifier.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-CYCLE-003': {
    title: text('PAG précédent cohérent', 'Consistent previous PAG'),
    description: text(
      'Le PAG précédent est un autre PAG (identifiant différent), validé avant celui-ci ; une première demande n’a pas de PAG précédent.',
      'The previous PAG is another PAG (different identifier), validated before this one; a first request has no previous PAG.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-FIN-001': {
    title: text('PAG terminé : date et motif de fin', 'Ended PAG: end date and reason'),
    description: text(
      'Un PAG terminé porte sa date de fin et son motif de fin dans TRE_R421 (« Le motif est obligatoire si existencePAG passe de 1 à 0 », modèle TDDUI).',
      'An ended PAG carries its end date and its end reason from TRE_R421 ("The reason is mandatory when existencePAG goes from 1 to 0", TDDUI model).',
    ),
    source: PAG_SOURCES.tre421,
  },
  'PAG-FIN-002': {
    title: text('Motif de fin seulement pour un PAG terminé', 'End reason only for an ended PAG'),
    description: text(
      'Le motif de fin « n’est transmis que lorsque le statut du PAG passe à Terminé » (modèle TDDUI) : un motif sur un PAG non terminé est à vérifier.',
      'The end reason "is only sent when the PAG status becomes Ended" (TDDUI model): a reason on a PAG that has not ended is to be checked.',
    ),
    source: PAG_SOURCES.tre421,
  },
  'PAG-FIN-003': {
    title: text('« Fin des dérogations » suppose des dérogations', '"End of derogations" implies derogations'),
    description: text(
      'Le motif de fin 6 de TRE_R421, « Fin des dérogations », n’a de sens que si le PAG a mobilisé au moins une dérogation dans ses engagements.',
      'End reason 6 of TRE_R421, "End of derogations", only makes sense when the PAG used at least one derogation in its engagements.',
    ),
    source: PAG_SOURCES.tre421,
  },
  'PAG-FIN-004': {
    title: text('Fin sans validation cohérente', 'Consistent ending without validation'),
    description: text(
      'Un PAG peut se terminer sans être validé : la personne refuse (l’accord exprès est une condition de validité, L. 146-9), ou la demande reste sans suite ou est retirée (« toute demande de PAG ne donne pas forcément lieu à la signature d’un plan »). `finSansValidation` ne se trouve alors que sur un PAG au statut « termine », sans date de validation ni accord exprès ; date et motif de fin (TRE_R421) restent exigés par PAG-FIN-001.',
      'A PAG may end without being validated: the person refuses (express agreement is a condition of validity, L. 146-9), or the request has no follow-up or is withdrawn. `finSansValidation` then appears only on a `termine` PAG, without a validation date or express agreement; end date and reason (TRE_R421) are still required by PAG-FIN-001.',
    ),
    source: PAG_SOURCES.l1469,
  },
} satisfies RuleDocs;
