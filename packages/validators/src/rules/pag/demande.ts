/**
 * Rules on section 1 of the PAG, « À la demande de qui » : the triggers of
 * L. 114-1-1 and the Comex priority.
 *
 * Règles de la demande : déclencheurs, priorité Comex.
 */
import type { Pag } from '@serafin-ph/pag-schema';
import { pagRule, msg } from './support/pag-rule.js';

/** Who asked (1.1.0 `demandeur`, or the 1.0.0 `origine` read as such: a Comex priority is a proposal of the team). */
export function requesterOf(demande: Pag['demande']): 'personne' | 'representant-legal' | 'equipe-pluridisciplinaire' | undefined {
  if (demande.demandeur !== undefined) return demande.demandeur;
  if (demande.origine === undefined) return undefined;
  return demande.origine === 'priorite-comex' ? 'equipe-pluridisciplinaire' : demande.origine;
}

/** True when the PAG is proposed under a Comex priority (1.0.0 `origine`, or a `prioriteComex` given). */
function underComexPriority(demande: Pag['demande']): boolean {
  return demande.origine === 'priorite-comex' || demande.prioriteComex !== undefined;
}

const declencheurEquipe = pagRule({
  id: 'PAG-DEMANDE-001',
  severity: 'error',
  family: 'demande',
  reads: ['/demande/origine', '/demande/demandeur', '/demande/prioriteComex', '/demande/declencheurs'],
  check: ({ document, emit }) => {
    const d = document.demande;
    if (requesterOf(d) !== 'equipe-pluridisciplinaire' || underComexPriority(d) || d.declencheurs.length > 0) return;
    emit('/demande/declencheurs', msg('PAG-DEMANDE-001#1'));
  },
});

const declencheurAutre = pagRule({
  id: 'PAG-DEMANDE-002',
  severity: 'warning',
  family: 'demande',
  reads: ['/demande/origine', '/demande/demandeur', '/demande/prioriteComex', '/demande/declencheurs'],
  check: ({ document, emit }) => {
    const d = document.demande;
    const requester = requesterOf(d);
    if (requester === undefined || (requester === 'equipe-pluridisciplinaire' && !underComexPriority(d)) || d.declencheurs.length > 0) return;
    emit('/demande/declencheurs', msg('PAG-DEMANDE-002#1'), { origine: d.origine ?? d.demandeur });
  },
});

const prioriteComex = pagRule({
  id: 'PAG-DEMANDE-003',
  severity: 'error',
  family: 'demande',
  reads: ['/demande/origine', '/demande/prioriteComex'],
  check: ({ document, emit }) => {
    if (document.demande.origine !== 'priorite-comex' || document.demande.prioriteComex !== undefined) return;
    emit('/demande/prioriteComex', msg('PAG-DEMANDE-003#1'));
  },
});

const demandeurIndique = pagRule({
  id: 'PAG-DEMANDE-004',
  severity: 'error',
  family: 'demande',
  reads: ['/demande/origine', '/demande/demandeur'],
  check: ({ document, emit }) => {
    if (requesterOf(document.demande) !== undefined) return;
    emit('/demande/demandeur', msg('PAG-DEMANDE-004#1'));
  },
});

const origineDepreciee = pagRule({
  id: 'PAG-DEMANDE-005',
  severity: 'info',
  family: 'demande',
  reads: ['/demande/origine', '/demande/demandeur'],
  check: ({ document, emit }) => {
    const d = document.demande;
    if (d.origine === undefined) return;
    const fromOrigine = d.origine === 'priorite-comex' ? 'equipe-pluridisciplinaire' : d.origine;
    if (d.demandeur !== undefined && d.demandeur !== fromOrigine) {
      emit('/demande/origine', msg('PAG-DEMANDE-005#1'), undefined, 'warning');
      return;
    }
    emit('/demande/origine', msg('PAG-DEMANDE-005#2'));
  },
});

const alerteAvantDemande = pagRule({
  id: 'PAG-DEMANDE-006',
  severity: 'warning',
  family: 'demande',
  reads: ['/demande/alerte/date', '/demande/dateDemande'],
  check: ({ document, emit }) => {
    const { alerte, dateDemande } = document.demande;
    if (alerte?.date === undefined || dateDemande === undefined || alerte.date <= dateDemande) return;
    emit('/demande/alerte/date', msg('PAG-DEMANDE-006#1', { date: alerte.date, dateDemande }), {
      alerte: alerte.date,
      dateDemande,
    });
  },
});

/** The request rules. */
export const demandeRules = [declencheurEquipe, declencheurAutre, prioriteComex, demandeurIndique, origineDepreciee, alerteAvantDemande];
