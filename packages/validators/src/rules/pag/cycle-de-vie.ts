/**
 * Lifecycle rules of the PAG: statuses and their dates, revisions pointing to
 * the previous PAG, end of the PAG with a TRE_R421 reason.
 *
 * Règles du cycle de vie : statut, révision, fin.
 */
import { endedWithoutValidation, pagRule, msg } from './support/pag-rule.js';

const validationDatee = pagRule({
  id: 'PAG-CYCLE-001',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/statut', '/dateValidation', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (endedWithoutValidation(document)) return;
    if ((document.statut === 'valide' || document.statut === 'termine') && document.dateValidation === undefined) {
      emit('/dateValidation', msg('PAG-CYCLE-001#1', { statut: document.statut }));
    }
  },
});

const revisionChainee = pagRule({
  id: 'PAG-CYCLE-002',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/demande/natureDemande', '/pagPrecedent'],
  check: ({ document, emit }) => {
    const nature = document.demande.natureDemande;
    if (nature === 'premiere-demande' || document.pagPrecedent !== undefined) return;
    emit('/pagPrecedent', msg('PAG-CYCLE-002#1', { nature }), { natureDemande: nature });
  },
});

const precedentCoherent = pagRule({
  id: 'PAG-CYCLE-003',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/identifiant', '/pagPrecedent', '/dateValidation', '/demande/natureDemande'],
  check: ({ document, emit }) => {
    const p = document.pagPrecedent;
    if (p === undefined) return;
    if (document.demande.natureDemande === 'premiere-demande') {
      emit('/pagPrecedent', msg('PAG-CYCLE-003#1'), undefined, 'warning');
    }
    if (p.identifiant === document.identifiant) {
      emit('/pagPrecedent/identifiant', msg('PAG-CYCLE-003#2'));
    }
    if (p.dateValidation !== undefined && document.dateValidation !== undefined && p.dateValidation >= document.dateValidation) {
      emit('/pagPrecedent/dateValidation', msg('PAG-CYCLE-003#3', { dateValidation: p.dateValidation, dateValidation2: document.dateValidation }));
    }
  },
});

const finMotivee = pagRule({
  id: 'PAG-FIN-001',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/statut', '/dateFin', '/motifFin'],
  check: ({ document, emit }) => {
    if (document.statut !== 'termine') return;
    if (document.motifFin === undefined) emit('/motifFin', msg('PAG-FIN-001#1'));
    if (document.dateFin === undefined) emit('/dateFin', msg('PAG-FIN-001#2'));
  },
});

const finSeulementSiTermine = pagRule({
  id: 'PAG-FIN-002',
  severity: 'warning',
  family: 'cycle-de-vie',
  reads: ['/statut', '/motifFin'],
  check: ({ document, emit }) => {
    if (document.statut === 'termine' || document.motifFin === undefined) return;
    emit('/motifFin', msg('PAG-FIN-002#1', { statut: document.statut }));
  },
});

const finDesDerogations = pagRule({
  id: 'PAG-FIN-003',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/motifFin', '/engagements/*/derogations'],
  check: ({ document, emit }) => {
    if (document.motifFin !== '6') return;
    if (document.engagements.some((e) => e.derogations.length > 0)) return;
    emit('/motifFin', msg('PAG-FIN-003#1'));
  },
});

const finSansValidationCoherente = pagRule({
  id: 'PAG-FIN-004',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/statut', '/finSansValidation', '/dateValidation', '/consentement/accordExpres'],
  check: ({ document, emit }) => {
    const fin = document.finSansValidation;
    if (fin === undefined) return;
    if (document.statut !== 'termine') {
      emit('/finSansValidation', msg('PAG-FIN-004#1', { fin, statut: document.statut }));
      return;
    }
    if (document.dateValidation !== undefined) {
      emit('/dateValidation', msg('PAG-FIN-004#2', { fin }));
    }
    if (document.consentement.accordExpres !== undefined) {
      emit('/consentement/accordExpres', msg('PAG-FIN-004#3', { fin }));
    }
  },
});

/** The lifecycle rules. */
export const cycleDeVieRules = [validationDatee, revisionChainee, precedentCoherent, finMotivee, finSeulementSiTermine, finDesDerogations, finSansValidationCoherente];
