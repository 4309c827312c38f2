/**
 * Rules on the CDAPH orientations of the PAG: a target orientation, and an
 * alternative one when the target is not available (the « double
 * orientation » the PAG puts into practice).
 *
 * Règles des orientations : cible et alternative.
 */
import { PAG_SOURCES, pagRule, text } from './pag-rule.js';

const UNAVAILABLE = new Set(['indisponibilite-reponses-connues', 'inadaptation-reponses-connues']);

const orientationCible = pagRule({
  id: 'PAG-ORIENTATION-001',
  severity: 'error',
  family: 'orientations',
  title: text('Orientation cible', 'Target orientation'),
  description: text(
    'Le PAG met en œuvre une réponse d’attente ou de transition vers l’orientation « cible » (TRE_R422, code 1 : « orientation hors contrainte de l’offre, théorique ou idéale ») : dès qu’une orientation qualifiée figure dans les droits, au moins une est qualifiée « cible ».',
    'The PAG puts in place an interim or transitional answer towards the "target" orientation (TRE_R422, code 1: "orientation regardless of the available offer"): as soon as a qualified orientation is among the rights, at least one is qualified "target".',
  ),
  source: PAG_SOURCES.tre422,
  reads: ['/situation/droitsPrestations/*/qualificationOrientation'],
  check: ({ document, emit }) => {
    const q = document.situation.droitsPrestations.map((d) => d.qualificationOrientation).filter((x) => x !== undefined);
    if (q.length === 0 || q.includes('1')) return;
    emit('/situation/droitsPrestations', text('Des orientations sont qualifiées mais aucune n’est l’orientation cible (TRE_R422 code 1).', 'Orientations are qualified but none is the target orientation (TRE_R422 code 1).'));
  },
});

const orientationAlternative = pagRule({
  id: 'PAG-ORIENTATION-002',
  severity: 'error',
  family: 'orientations',
  title: text('Orientation alternative quand la cible n’est pas disponible', 'Alternative orientation when the target is not available'),
  description: text(
    'Quand le PAG est déclenché par l’indisponibilité ou l’inadaptation des réponses connues (L. 114-1-1, 1°), la cible ne peut être mise en œuvre : les droits comportent une orientation cible et au moins une orientation « alternative » (TRE_R422, code 2 : « orientation par défaut »).',
    'When the PAG is triggered by known answers being unavailable or unsuited (L. 114-1-1, 1°), the target cannot be carried out: the rights include a target orientation and at least one "alternative" orientation (TRE_R422, code 2: "default orientation").',
  ),
  source: PAG_SOURCES.tre422,
  reads: ['/demande/declencheurs', '/situation/droitsPrestations/*/qualificationOrientation'],
  check: ({ document, emit }) => {
    if (!document.demande.declencheurs.some((d) => UNAVAILABLE.has(d))) return;
    const q = new Set(document.situation.droitsPrestations.map((d) => d.qualificationOrientation));
    if (!q.has('1')) {
      emit('/situation/droitsPrestations', text('Réponses connues indisponibles ou inadaptées : l’orientation cible (TRE_R422 code 1) doit figurer dans les droits.', 'Known answers unavailable or unsuited: the target orientation (TRE_R422 code 1) must be among the rights.'), { manque: 'cible' });
    }
    if (!q.has('2')) {
      emit('/situation/droitsPrestations', text('Réponses connues indisponibles ou inadaptées : une orientation alternative (TRE_R422 code 2) doit figurer dans les droits.', 'Known answers unavailable or unsuited: an alternative orientation (TRE_R422 code 2) must be among the rights.'), { manque: 'alternative' });
    }
  },
});

/** The orientation rules. */
export const orientationsRules = [orientationCible, orientationAlternative];
