/**
 * Rules on section 5 of the PAG, the follow-up: a path coordinator chosen
 * among the engaged operators, and a revision at least once a year.
 *
 * Règles du suivi : coordonnateur de parcours, révision annuelle.
 */
import { addMonths } from '../../dates.js';
import { endedWithoutValidation, pagRule, msg } from './support/pag-rule.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const coordonnateurDesigne = pagRule({
  id: 'PAG-SUIVI-001',
  severity: 'error',
  family: 'suivi',
  reads: ['/statut', '/suivi', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.suivi !== undefined || endedWithoutValidation(document)) return;
    emit('/suivi', msg('PAG-SUIVI-001#1', { statut: document.statut }));
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
    emit(path, msg('PAG-SUIVI-002#1', { identifiantEngagement: show(path, c.identifiantEngagement) }), {
      engagements: [...facts.engagements.keys()],
    });
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
    emit('/suivi/dateProchaineRevision', msg('PAG-SUIVI-003#1', { revision, validation, limit }), {
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
  reads: ['/dateValidation', '/suivi/dateProchaineRevision'],
  check: ({ document, emit }) => {
    const validation = document.dateValidation;
    const revision = document.suivi?.dateProchaineRevision;
    if (validation === undefined || revision === undefined || revision > validation) return;
    emit('/suivi/dateProchaineRevision', msg('PAG-SUIVI-004#1', { revision, validation }));
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
    emit('/suivi/dateProchaineRevision', msg('PAG-SUIVI-005#1', { revision, referenceDate: options.referenceDate }), {
      dateProchaineRevision: revision,
      referenceDate: options.referenceDate,
    });
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
    emit('/suivi/dateProchaineRevision', msg('PAG-SUIVI-006#1', { revision, elaboration, limit }), {
      dateElaboration: elaboration,
      dateProchaineRevision: revision,
      limite: limit,
    });
  },
});

/** The follow-up rules. */
export const suiviRules = [coordonnateurDesigne, coordonnateurParmiOperateurs, revisionAnnuelle, revisionApresValidation, revisionDepassee, revisionBorneeElabore];
