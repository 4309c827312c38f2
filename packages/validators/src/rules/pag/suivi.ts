/**
 * Rules on section 5 of the PAG, the follow-up: a path coordinator chosen
 * among the engaged operators, and a revision at least once a year.
 *
 * Règles du suivi : coordonnateur de parcours, révision annuelle.
 */
import { addMonths } from '../../dates.js';
import { endedWithoutValidation, pagRule, text } from './support/pag-rule.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const coordonnateurDesigne = pagRule({
  id: 'PAG-SUIVI-001',
  severity: 'error',
  family: 'suivi',
  reads: ['/statut', '/suivi', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.suivi !== undefined || endedWithoutValidation(document)) return;
    emit(
      '/suivi',
      text(
        `Aucun coordonnateur de parcours (section suivi absente) pour un PAG au statut « ${document.statut} » : le PAG désigne un coordonnateur de parcours parmi les opérateurs engagés (L. 114-1-1) ; ajoutez « suivi » avec « coordonnateurParcours ».`,
        `No path coordinator (follow-up section missing) for a PAG with status '${document.statut}': the PAG names a path coordinator among the engaged operators (L. 114-1-1); add \`suivi\` with \`coordonnateurParcours\`.`,
      ),
    );
  },
});

const coordonnateurParmiOperateurs = pagRule({
  id: 'PAG-SUIVI-002',
  severity: 'error',
  family: 'suivi',
  reads: ['/suivi/coordonnateurParcours/identifiantEngagement', '/engagements/*/identifiant'],
  check: ({ document, facts, emit, show }) => {
    const c = document.suivi?.coordonnateurParcours;
    if (c === undefined || facts.engagements.has(c.identifiantEngagement)) return;
    const path = '/suivi/coordonnateurParcours/identifiantEngagement';
    emit(
      path,
      text(
        `Le coordonnateur de parcours est rattaché à l’engagement « ${show(path, c.identifiantEngagement)} », qui n’existe pas dans le PAG : le coordonnateur est choisi parmi les opérateurs engagés (L. 114-1-1), donnez l’identifiant de son engagement.`,
        `The path coordinator belongs to engagement '${show(path, c.identifiantEngagement)}', which is not in the PAG: the coordinator is chosen among the engaged operators (L. 114-1-1), give the identifier of their engagement.`,
      ),
      {
        engagements: [...facts.engagements.keys()],
      },
    );
  },
});

const revisionAnnuelle = pagRule({
  id: 'PAG-SUIVI-003',
  severity: 'error',
  family: 'suivi',
  reads: ['/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const validation = document.dateValidation;
    const revision = document.suivi?.dateProchaineRevision;
    if (validation === undefined || revision === undefined) return;
    const limit = addMonths(validation, 12);
    if (revision <= limit) return;
    emit(
      '/suivi/dateProchaineRevision',
      text(
        `Prochaine révision le ${revision}, au-delà de douze mois après la validation du ${validation} (au plus tard le ${limit}) : avancez « dateProchaineRevision » ; le PAG est actualisé au moins une fois par an.`,
        `Next revision on ${revision}, more than twelve months after validation on ${validation} (no later than ${limit}): bring \`dateProchaineRevision\` forward; the PAG is updated at least once a year.`,
      ),
      {
        dateValidation: validation,
        dateProchaineRevision: revision,
        limite: limit,
      },
    );
  },
});

const revisionApresValidation = pagRule({
  id: 'PAG-SUIVI-004',
  severity: 'error',
  family: 'suivi',
  reads: ['/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const validation = document.dateValidation;
    const revision = document.suivi?.dateProchaineRevision;
    if (validation === undefined || revision === undefined || revision > validation) return;
    emit(
      '/suivi/dateProchaineRevision',
      text(
        `Prochaine révision (${revision}) antérieure ou égale à la validation (${validation}) : donnez une date de révision postérieure à la validation, dans les douze mois.`,
        `Next revision (${revision}) on or before validation (${validation}): give a revision date after validation, within twelve months.`,
      ),
    );
  },
});

const CURRENT = new Set(['elabore', 'valide']);

const revisionDepassee = pagRule({
  id: 'PAG-SUIVI-005',
  severity: 'warning',
  family: 'suivi',
  reads: ['/statut', '/suivi/dateProchaineRevision'],
  check: ({ document, options, emit }) => {
    const revision = document.suivi?.dateProchaineRevision;
    if (!CURRENT.has(document.statut) || revision === undefined || revision >= options.referenceDate) return;
    emit(
      '/suivi/dateProchaineRevision',
      text(
        `La révision prévue le ${revision} est passée (date de référence ${options.referenceDate}) : révisez le PAG (nouveau PAG avec « pagPrecedent ») ou, si la révision a été reportée, mettez à jour « dateProchaineRevision ».`,
        `The revision planned on ${revision} has passed (reference date ${options.referenceDate}): revise the PAG (a new PAG with \`pagPrecedent\`) or, if the revision was postponed, update \`dateProchaineRevision\`.`,
      ),
      {
        dateProchaineRevision: revision,
        referenceDate: options.referenceDate,
      },
    );
  },
});

const revisionBorneeElabore = pagRule({
  id: 'PAG-SUIVI-006',
  severity: 'warning',
  family: 'suivi',
  reads: ['/statut', '/dateElaboration', '/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const elaboration = document.dateElaboration;
    const revision = document.suivi?.dateProchaineRevision;
    if (document.statut !== 'elabore' || document.dateValidation !== undefined || elaboration === undefined || revision === undefined) return;
    const limit = addMonths(elaboration, 12);
    if (revision <= limit) return;
    emit(
      '/suivi/dateProchaineRevision',
      text(
        `Prochaine révision le ${revision}, plus de douze mois après l’élaboration du ${elaboration} : prévoyez-la au plus tard le ${limit}.`,
        `Next revision on ${revision}, more than twelve months after elaboration on ${elaboration}: plan it no later than ${limit}.`,
      ),
      {
        dateElaboration: elaboration,
        dateProchaineRevision: revision,
        limite: limit,
      },
    );
  },
});

/** The follow-up rules. */
export const suiviRules = [coordonnateurDesigne, coordonnateurParmiOperateurs, revisionAnnuelle, revisionApresValidation, revisionDepassee, revisionBorneeElabore];
