/**
 * Rules on section 1 of the PAG, « À la demande de qui » : the triggers of
 * L. 114-1-1 and the Comex priority.
 *
 * Règles de la demande : déclencheurs, priorité Comex.
 */
import { PAG_SOURCES, pagRule, text } from './pag-rule.js';

const declencheurEquipe = pagRule({
  id: 'PAG-DEMANDE-001',
  severity: 'error',
  family: 'demande',
  title: text('Au moins un déclencheur (proposition de l’équipe pluridisciplinaire)', 'At least one trigger (proposal of the multidisciplinary team)'),
  description: text(
    'L’équipe pluridisciplinaire propose un PAG « 1° En cas d’indisponibilité ou d’inadaptation des réponses connues ; 2° En cas de complexité de la réponse à apporter, ou de risque ou de constat de rupture du parcours de la personne » : un PAG à son initiative indique au moins un de ces déclencheurs.',
    'The multidisciplinary team proposes a PAG "1° when known answers are unavailable or unsuited; 2° when the answer is complex, or the person’s path is at risk of or has suffered a break": a PAG on its initiative gives at least one of these triggers.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/demande/origine', '/demande/declencheurs'],
  check: ({ document, emit }) => {
    if (document.demande.origine !== 'equipe-pluridisciplinaire' || document.demande.declencheurs.length > 0) return;
    emit('/demande/declencheurs', text('Aucun déclencheur (L. 114-1-1, 1° ou 2°) pour un PAG proposé par l’équipe pluridisciplinaire.', 'No trigger (L. 114-1-1, 1° or 2°) for a PAG proposed by the multidisciplinary team.'));
  },
});

const declencheurAutre = pagRule({
  id: 'PAG-DEMANDE-002',
  severity: 'warning',
  family: 'demande',
  title: text('Déclencheur indiqué (autres origines)', 'Trigger given (other origins)'),
  description: text(
    'Un PAG demandé par la personne ou son représentant, ou relevant d’une priorité de la Comex, n’exige pas légalement l’un des déclencheurs 1° ou 2° ; les indiquer reste attendu pour le suivi de l’activité.',
    'A PAG asked for by the person or their representative, or under a Comex priority, does not legally need one of the 1° or 2° triggers; giving them is still expected for activity monitoring.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/demande/origine', '/demande/declencheurs'],
  check: ({ document, emit }) => {
    if (document.demande.origine === 'equipe-pluridisciplinaire' || document.demande.declencheurs.length > 0) return;
    emit('/demande/declencheurs', text('Aucun déclencheur indiqué.', 'No trigger given.'), { origine: document.demande.origine });
  },
});

const prioriteComex = pagRule({
  id: 'PAG-DEMANDE-003',
  severity: 'error',
  family: 'demande',
  title: text('Priorité Comex précisée', 'Comex priority given'),
  description: text(
    'Un PAG proposé au titre des priorités délibérées par la commission exécutive de la MDPH précise la priorité dont il relève (`demande.prioriteComex`).',
    'A PAG proposed under the priorities set by the executive committee of the MDPH states the priority it falls under (`demande.prioriteComex`).',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/demande/origine', '/demande/prioriteComex'],
  check: ({ document, emit }) => {
    if (document.demande.origine !== 'priorite-comex' || document.demande.prioriteComex !== undefined) return;
    emit('/demande/prioriteComex', text('Origine « priorité Comex » sans priorité précisée.', 'Origin "Comex priority" without the priority.'));
  },
});

/** The request rules. */
export const demandeRules = [declencheurEquipe, declencheurAutre, prioriteComex];
