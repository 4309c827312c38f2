/**
 * Framework of the convention: distinct from the credit-delegation convention,
 * period, Comex deliberation, GOS.
 *
 * Cadre de la convention : distincte, période, délibération, GOS.
 */
import { msg } from '../message.js';
import { nth } from '../../positions.js';
import { conventionRule, finConvention } from './convention-rule.js';

const distincte = conventionRule({
  id: 'CONV-CADRE-001',
  severity: 'warning',
  family: 'cadre',
  reads: ['/distincteConventionDelegationCredits', '/conventionDelegationCredits', '/identifiant'],
  check: ({ document, emit }) => {
    if (document.distincteConventionDelegationCredits === false) {
      emit('/distincteConventionDelegationCredits', msg('CONV-CADRE-001#1'));
    }
    const ref = document.conventionDelegationCredits;
    if (ref?.identifiant !== undefined && ref.identifiant === document.identifiant) {
      emit('/conventionDelegationCredits/identifiant', msg('CONV-CADRE-001#2'));
    }
  },
});

const periode = conventionRule({
  id: 'CONV-CADRE-002',
  severity: 'error',
  family: 'cadre',
  reads: ['/periode', '/signataires/*/signature/date'],
  check: ({ document, emit }) => {
    const { dateDebut, dateFin } = document.periode;
    if (dateFin === undefined) return;
    if (dateFin < dateDebut) emit('/periode/dateFin', msg('CONV-CADRE-002#1', { dateFin, dateDebut }));
    // Tacitly renewed, the convention goes on after dateFin: an avenant's signatory signs later.
    if (finConvention(document.periode) === undefined) return;
    document.signataires.forEach((s, i) => {
      if (s.signature !== undefined && s.signature.date > dateFin) {
        emit(`/signataires/${i}/signature/date`, msg('CONV-CADRE-002#2', { date: s.signature.date, dateFin }));
      }
    });
  },
});

const deliberation = conventionRule({
  id: 'CONV-CADRE-003',
  severity: 'warning',
  family: 'cadre',
  reads: ['/deliberationComex/date', '/signataires/*/role', '/signataires/*/signature/date', '/periode'],
  check: ({ document, emit }) => {
    const date = document.deliberationComex?.date;
    if (date === undefined) return;
    document.signataires.forEach((s, i) => {
      if (s.role !== 'mdph' || s.signature === undefined || s.signature.date >= date) return;
      emit(`/signataires/${i}/signature/date`, msg('CONV-CADRE-003#1', { date: s.signature.date, date2: date }));
    });
    const fin = finConvention(document.periode);
    if (fin !== undefined && date > fin) {
      emit('/deliberationComex/date', msg('CONV-CADRE-003#2', { date, fin }));
    }
  },
});

const gosAutorites = conventionRule({
  id: 'CONV-GOS-001',
  severity: 'warning',
  family: 'gos',
  reads: ['/gos/autoritesControleTarification', '/gos/situationsAutorites'],
  check: ({ document, emit }) => {
    if (document.gos.autoritesControleTarification.length > 0 && document.gos.situationsAutorites.length === 0) {
      emit('/gos/situationsAutorites', msg('CONV-GOS-001#1'));
    }
  },
});

const gosNiveaux = conventionRule({
  id: 'CONV-GOS-002',
  severity: 'warning',
  family: 'gos',
  reads: ['/gos/niveaux', '/gos/participants/*/niveaux'],
  check: ({ document, emit }) => {
    const niveaux = document.gos.niveaux;
    if (niveaux === undefined) return;
    const decrits = new Set<string>();
    niveaux.forEach((n, i) => {
      if (decrits.has(n.niveau)) emit(`/gos/niveaux/${i}/niveau`, msg('CONV-GOS-002#1', { niveau: n.niveau }), { niveau: n.niveau });
      decrits.add(n.niveau);
    });
    document.gos.participants.forEach((p, i) => {
      p.niveaux?.forEach((n, j) => {
        if (decrits.has(n)) return;
        emit(`/gos/participants/${i}/niveaux/${j}`, msg('CONV-GOS-002#2', { nth: nth(i), n }), { niveau: n });
      });
    });
  },
});

/** The framework rules. */
export const cadreRules = [distincte, periode, deliberation, gosAutorites, gosNiveaux];
