/**
 * Documentation of the suivi rules of the PAG (title, description,
 * source), apart from their checks (`../suivi.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « suivi ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each suivi rule, by rule id. */
export const suiviDocs = {
  'PAG-SUIVI-001': {
    title: text('Coordonnateur de parcours désigné', 'Path coordinator appointed'),
    description: text(
      'Le PAG « désigne parmi [les acteurs engagés] un coordonnateur de parcours » : dès le statut « élaboré », la section suivi (`suivi`) et son coordonnateur sont présents.',
      'The PAG "appoints among [the engaged actors] a path coordinator": from the `elabore` status on, the follow-up section (`suivi`) and its coordinator are present.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-SUIVI-002': {
    title: text('Coordonnateur choisi parmi les opérateurs engagés', 'Coordinator chosen among the engaged operators'),
    description: text(
      'Le coordonnateur de parcours est désigné parmi les acteurs chargés de la mise en œuvre : `suivi.coordonnateurParcours.identifiantEngagement` désigne un engagement du PAG.',
      'The path coordinator is appointed among the actors carrying out the plan: `suivi.coordonnateurParcours.identifiantEngagement` refers to an engagement of the PAG.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-SUIVI-003': {
    title: text('Révision au plus tard douze mois après la validation', 'Revision no later than twelve months after validation'),
    description: text(
      'Le PAG est actualisé « au moins une fois par an » (L. 114-1-1, lecture consolidée dont le texte exact n’est pas vérifié ; la « révision annuelle » est attestée par les débats parlementaires) : la prochaine révision (`suivi.dateProchaineRevision`) n’est pas postérieure à la date de validation plus douze mois.',
      'The PAG is updated "at least once a year" (L. 114-1-1, consolidated reading whose exact wording is not verified; the "annual revision" is attested by the parliamentary debates): the next revision (`suivi.dateProchaineRevision`) is no later than the validation date plus twelve months.',
    ),
    source: PAG_SOURCES.revisionAnnuelle,
  },
  'PAG-SUIVI-004': {
    title: text('Révision après la validation', 'Revision after validation'),
    description: text('La prochaine révision est postérieure à la validation du plan.', 'The next revision comes after the plan is validated.'),
    source: PAG_SOURCES.projet,
  },
  'PAG-SUIVI-005': {
    title: text('Date de révision dépassée', 'Revision date passed'),
    description: text(
      'Le PAG est actualisé « chaque fois que nécessaire et au moins une fois par an » (L. 114-1-1, lecture consolidée dont le texte exact n’est pas vérifié, INFERRED ; la « révision annuelle » est attestée par les débats parlementaires) : un PAG élaboré ou validé dont la prochaine révision (`suivi.dateProchaineRevision`) est passée à la date de référence est à réviser, ou sa date à mettre à jour.',
      'The PAG is updated "whenever necessary and at least once a year" (L. 114-1-1, consolidated reading): an `elabore` or `valide` PAG whose next revision (`suivi.dateProchaineRevision`) has passed on the reference date is to be revised, or its date updated.',
    ),
    source: PAG_SOURCES.revisionAnnuelle,
  },
  'PAG-SUIVI-006': {
    title: text('Révision d’un PAG élaboré dans les douze mois', 'Revision of a drawn-up PAG within twelve months'),
    description: text(
      'Un PAG élaboré n’a pas encore de date de validation, à laquelle PAG-SUIVI-003 rapporte la révision annuelle : sa prochaine révision ne devrait pas dépasser la date d’élaboration plus douze mois (L. 114-1-1, « au moins une fois par an », lecture consolidée non vérifiée, INFERRED ; borne appliquée à l’élaboration par le projet, INFERRED).',
      'A drawn-up PAG has no validation date yet, to which PAG-SUIVI-003 relates the annual revision: its next revision should not be later than the elaboration date plus twelve months (L. 114-1-1, "at least once a year", consolidated reading; bound applied to the elaboration by the project, INFERRED).',
    ),
    source: PAG_SOURCES.revisionAnnuelle,
  },
} satisfies RuleDocs;
