/**
 * Rules on section 5 of the PAG, the follow-up: a path coordinator chosen
 * among the engaged operators, and a revision at least once a year.
 *
 * Règles du suivi : coordonnateur de parcours, révision annuelle.
 */
import { addMonths } from '../../dates.js';
import { endedWithoutValidation, PAG_SOURCES, pagRule, text } from './pag-rule.js';

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

/** The follow-up rules. */
export const suiviRules = [coordonnateurDesigne, coordonnateurParmiOperateurs, revisionAnnuelle, revisionApresValidation];
