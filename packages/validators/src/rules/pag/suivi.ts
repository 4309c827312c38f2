/**
 * Rules on section 5 of the PAG, the follow-up: a path coordinator chosen
 * among the engaged operators, and a revision at least once a year.
 *
 * Règles du suivi : coordonnateur de parcours, révision annuelle.
 */
import { addMonths } from '../../dates.js';
import { endedWithoutValidation, PAG_SOURCES, pagRule, text } from './support/pag-rule.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const coordonnateurDesigne = pagRule({
  id: 'PAG-SUIVI-001',
  severity: 'error',
  family: 'suivi',
  title: text('Coordonnateur de parcours désigné', 'Path coordinator appointed'),
  description: text(
    'Le PAG « désigne parmi [les acteurs engagés] un coordonnateur de parcours » : dès le statut « élaboré », la section suivi (`suivi`) et son coordonnateur sont présents.',
    'The PAG "appoints among [the engaged actors] a path coordinator": from the `elabore` status on, the follow-up section (`suivi`) and its coordinator are present.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/statut', '/suivi', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.suivi !== undefined || endedWithoutValidation(document)) return;
    emit('/suivi', text(`Aucun coordonnateur de parcours (section suivi absente) pour un PAG au statut « ${document.statut} ».`, `No path coordinator (follow-up section missing) for a PAG with status '${document.statut}'.`));
  },
});

const coordonnateurParmiOperateurs = pagRule({
  id: 'PAG-SUIVI-002',
  severity: 'error',
  family: 'suivi',
  title: text('Coordonnateur choisi parmi les opérateurs engagés', 'Coordinator chosen among the engaged operators'),
  description: text(
    'Le coordonnateur de parcours est désigné parmi les acteurs chargés de la mise en œuvre : `suivi.coordonnateurParcours.identifiantEngagement` désigne un engagement du PAG.',
    'The path coordinator is appointed among the actors carrying out the plan: `suivi.coordonnateurParcours.identifiantEngagement` refers to an engagement of the PAG.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/suivi/coordonnateurParcours/identifiantEngagement', '/engagements/*/identifiant'],
  check: ({ document, facts, emit, show }) => {
    const c = document.suivi?.coordonnateurParcours;
    if (c === undefined || facts.engagements.has(c.identifiantEngagement)) return;
    const path = '/suivi/coordonnateurParcours/identifiantEngagement';
    emit(path, text(`Le coordonnateur de parcours est rattaché à l’engagement « ${show(path, c.identifiantEngagement)} », qui n’existe pas dans le PAG.`, `The path coordinator belongs to engagement '${show(path, c.identifiantEngagement)}', which is not in the PAG.`), {
      engagements: [...facts.engagements.keys()],
    });
  },
});

const revisionAnnuelle = pagRule({
  id: 'PAG-SUIVI-003',
  severity: 'error',
  family: 'suivi',
  title: text('Révision au plus tard douze mois après la validation', 'Revision no later than twelve months after validation'),
  description: text(
    'Le PAG est actualisé « au moins une fois par an » (L. 114-1-1, lecture consolidée dont le texte exact n’est pas vérifié ; la « révision annuelle » est attestée par les débats parlementaires) : la prochaine révision (`suivi.dateProchaineRevision`) n’est pas postérieure à la date de validation plus douze mois.',
    'The PAG is updated "at least once a year" (L. 114-1-1, consolidated reading whose exact wording is not verified; the "annual revision" is attested by the parliamentary debates): the next revision (`suivi.dateProchaineRevision`) is no later than the validation date plus twelve months.',
  ),
  source: PAG_SOURCES.revisionAnnuelle,
  reads: ['/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const validation = document.dateValidation;
    const revision = document.suivi?.dateProchaineRevision;
    if (validation === undefined || revision === undefined) return;
    const limit = addMonths(validation, 12);
    if (revision <= limit) return;
    emit('/suivi/dateProchaineRevision', text(`Prochaine révision le ${revision}, au-delà de douze mois après la validation du ${validation} (au plus tard le ${limit}).`, `Next revision on ${revision}, more than twelve months after validation on ${validation} (no later than ${limit}).`), {
      dateValidation: validation,
      dateProchaineRevision: revision,
      limite: limit,
    });
  },
});

const revisionApresValidation = pagRule({
  id: 'PAG-SUIVI-004',
  severity: 'error',
  family: 'suivi',
  title: text('Révision après la validation', 'Revision after validation'),
  description: text('La prochaine révision est postérieure à la validation du plan.', 'The next revision comes after the plan is validated.'),
  source: PAG_SOURCES.projet,
  reads: ['/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const validation = document.dateValidation;
    const revision = document.suivi?.dateProchaineRevision;
    if (validation === undefined || revision === undefined || revision > validation) return;
    emit('/suivi/dateProchaineRevision', text(`Prochaine révision (${revision}) antérieure ou égale à la validation (${validation}).`, `Next revision (${revision}) on or before validation (${validation}).`));
  },
});

const CURRENT = new Set(['elabore', 'valide']);

const revisionDepassee = pagRule({
  id: 'PAG-SUIVI-005',
  severity: 'warning',
  family: 'suivi',
  title: text('Date de révision dépassée', 'Revision date passed'),
  description: text(
    'Le PAG est actualisé « chaque fois que nécessaire et au moins une fois par an » (L. 114-1-1, lecture consolidée) : un PAG élaboré ou validé dont la prochaine révision (`suivi.dateProchaineRevision`) est passée à la date de référence est à réviser, ou sa date à mettre à jour.',
    'The PAG is updated "whenever necessary and at least once a year" (L. 114-1-1, consolidated reading): an `elabore` or `valide` PAG whose next revision (`suivi.dateProchaineRevision`) has passed on the reference date is to be revised, or its date updated.',
  ),
  source: PAG_SOURCES.revisionAnnuelle,
  reads: ['/statut', '/suivi/dateProchaineRevision'],
  check: ({ document, options, emit }) => {
    const revision = document.suivi?.dateProchaineRevision;
    if (!CURRENT.has(document.statut) || revision === undefined || revision >= options.referenceDate) return;
    emit('/suivi/dateProchaineRevision', text(`La révision prévue le ${revision} est passée (date de référence ${options.referenceDate}) : révisez le PAG (nouveau PAG avec « pagPrecedent ») ou, si la révision a été reportée, mettez à jour « dateProchaineRevision ».`, `The revision planned on ${revision} has passed (reference date ${options.referenceDate}): revise the PAG (a new PAG with \`pagPrecedent\`) or, if the revision was postponed, update \`dateProchaineRevision\`.`), {
      dateProchaineRevision: revision,
      referenceDate: options.referenceDate,
    });
  },
});

const revisionBorneeElabore = pagRule({
  id: 'PAG-SUIVI-006',
  severity: 'warning',
  family: 'suivi',
  title: text('Révision d’un PAG élaboré dans les douze mois', 'Revision of a drawn-up PAG within twelve months'),
  description: text(
    'Un PAG élaboré n’a pas encore de date de validation, à laquelle PAG-SUIVI-003 rapporte la révision annuelle : sa prochaine révision ne devrait pas dépasser la date d’élaboration plus douze mois (L. 114-1-1, « au moins une fois par an », lecture consolidée ; borne appliquée à l’élaboration par le projet, INFERRED).',
    'A drawn-up PAG has no validation date yet, to which PAG-SUIVI-003 relates the annual revision: its next revision should not be later than the elaboration date plus twelve months (L. 114-1-1, "at least once a year", consolidated reading; bound applied to the elaboration by the project, INFERRED).',
  ),
  source: PAG_SOURCES.revisionAnnuelle,
  reads: ['/statut', '/dateElaboration', '/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const elaboration = document.dateElaboration;
    const revision = document.suivi?.dateProchaineRevision;
    if (document.statut !== 'elabore' || document.dateValidation !== undefined || elaboration === undefined || revision === undefined) return;
    const limit = addMonths(elaboration, 12);
    if (revision <= limit) return;
    emit('/suivi/dateProchaineRevision', text(`Prochaine révision le ${revision}, plus de douze mois après l’élaboration du ${elaboration} : prévoyez-la au plus tard le ${limit}.`, `Next revision on ${revision}, more than twelve months after elaboration on ${elaboration}: plan it no later than ${limit}.`), {
      dateElaboration: elaboration,
      dateProchaineRevision: revision,
      limite: limit,
    });
  },
});

/** The follow-up rules. */
export const suiviRules = [coordonnateurDesigne, coordonnateurParmiOperateurs, revisionAnnuelle, revisionApresValidation, revisionDepassee, revisionBorneeElabore];
