/**
 * Rules on section 1 of the PAG, « À la demande de qui » : the triggers of
 * L. 114-1-1 and the Comex priority.
 *
 * Règles de la demande : déclencheurs, priorité Comex.
 */
import type { Pag } from '@serafin-ph/pag-schema';
import { pagRule, text } from './support/pag-rule.js';

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
    emit(
      '/demande/declencheurs',
      text(
        'Aucun déclencheur pour un PAG proposé par l’équipe pluridisciplinaire : indiquez dans « declencheurs » la situation de L. 114-1-1 (1° indisponibilité ou inadaptation des réponses connues ; 2° complexité, risque ou constat de rupture du parcours), ou la priorité Comex dans « prioriteComex ».',
        'No trigger for a PAG proposed by the multidisciplinary team: give in `declencheurs` the L. 114-1-1 situation (1° or 2°), or the Comex priority in `prioriteComex`.',
      ),
    );
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
    emit(
      '/demande/declencheurs',
      text(
        'Aucun déclencheur indiqué : la loi ne l’exige pas ici, mais « declencheurs » sert au suivi de l’activité ; indiquez-le si la situation relève de L. 114-1-1, 1° ou 2°.',
        'No trigger given: the law does not require it here, but `declencheurs` serves activity monitoring; give it when the situation falls under L. 114-1-1, 1° or 2°.',
      ),
      { origine: d.origine ?? d.demandeur },
    );
  },
});

const prioriteComex = pagRule({
  id: 'PAG-DEMANDE-003',
  severity: 'error',
  family: 'demande',
  reads: ['/demande/origine', '/demande/prioriteComex'],
  check: ({ document, emit }) => {
    if (document.demande.origine !== 'priorite-comex' || document.demande.prioriteComex !== undefined) return;
    emit(
      '/demande/prioriteComex',
      text(
        'Origine « priorité Comex » sans priorité précisée : renseignez « prioriteComex » (catégorie et libellé de la priorité délibérée par la Comex).',
        'Origin "Comex priority" without the priority: fill in `prioriteComex` (category and wording of the priority set by the Comex).',
      ),
    );
  },
});

const demandeurIndique = pagRule({
  id: 'PAG-DEMANDE-004',
  severity: 'error',
  family: 'demande',
  reads: ['/demande/origine', '/demande/demandeur'],
  check: ({ document, emit }) => {
    if (requesterOf(document.demande) !== undefined) return;
    emit(
      '/demande/demandeur',
      text(
        'La demande ne dit pas qui a demandé ou proposé le PAG : renseignez « demandeur » (personne, representant-legal ou equipe-pluridisciplinaire).',
        'The request does not say who asked for or proposed the PAG: fill in `demandeur` (personne, representant-legal or equipe-pluridisciplinaire).',
      ),
    );
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
      emit(
        '/demande/origine',
        text(
          '« origine » (forme 1.0.0) contredit « demandeur » : supprimez « origine », « demandeur » fait foi.',
          '`origine` (1.0.0 form) contradicts `demandeur`: remove `origine`; `demandeur` prevails.',
        ),
        undefined,
        'warning',
      );
      return;
    }
    emit(
      '/demande/origine',
      text(
        '« origine » est la forme 1.0.0, dépréciée : utilisez « demandeur » et, pour une priorité Comex, « prioriteComex » (serafin migrate réécrit le document).',
        '`origine` is the deprecated 1.0.0 form: use `demandeur` and, for a Comex priority, `prioriteComex` (serafin migrate rewrites the document).',
      ),
    );
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
    emit(
      '/demande/alerte/date',
      text(
        `L’alerte est datée du ${alerte.date}, après la demande du ${dateDemande} : corrigez l’une des deux dates (l’alerte précède la demande).`,
        `The alert is dated ${alerte.date}, after the request of ${dateDemande}: correct one of the two dates (the alert comes before the request).`,
      ),
      {
        alerte: alerte.date,
        dateDemande,
      },
    );
  },
});

/** The request rules. */
export const demandeRules = [declencheurEquipe, declencheurAutre, prioriteComex, demandeurIndique, origineDepreciee, alerteAvantDemande];
