/**
 * Rules on the CDAPH orientations of the PAG: when orientations are qualified,
 * one is the target; when known answers are lacking, an orientation is among
 * the rights (a warning: one notification may open every modality).
 *
 * Règles des orientations : cible et alternative.
 */
import { pagRule, msg } from './support/pag-rule.js';

const UNAVAILABLE = new Set(['indisponibilite-reponses-connues', 'inadaptation-reponses-connues']);

const orientationCible = pagRule({
  id: 'PAG-ORIENTATION-001',
  severity: 'error',
  family: 'orientations',
  reads: ['/situation/droitsPrestations/*/qualificationOrientation'],
  check: ({ document, emit }) => {
    const q = document.situation.droitsPrestations.map((d) => d.qualificationOrientation).filter((x) => x !== undefined);
    if (q.length === 0 || q.includes('1')) return;
    emit('/situation/droitsPrestations', msg('PAG-ORIENTATION-001#1'));
  },
});

const orientationAlternative = pagRule({
  id: 'PAG-ORIENTATION-002',
  severity: 'warning',
  family: 'orientations',
  reads: ['/demande/declencheurs', '/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/qualificationOrientation'],
  check: ({ document, emit }) => {
    if (!document.demande.declencheurs.some((d) => UNAVAILABLE.has(d))) return;
    const orientation = document.situation.droitsPrestations.some((d) => isOrientation(d.codeDroitPrestation));
    if (orientation) return;
    emit('/situation/droitsPrestations', msg('PAG-ORIENTATION-002#1'), { manque: 'orientation' });
  },
});

/** True when a TRE_R420 code is an orientation (categories 7 ESMS enfants, 8 scolaire, 11 formation et insertion professionnelle, 13 ESMS adultes, 14 PCPE, or one of their types). */
export function isOrientation(code: string): boolean {
  // The category is the code up to its first dot (read in place: no split).
  const dot = code.indexOf('.');
  const length = dot < 0 ? code.length : dot;
  if (length === 1) return code.charCodeAt(0) === 0x37 || code.charCodeAt(0) === 0x38;
  return length === 2 && code.charCodeAt(0) === 0x31 && (code.charCodeAt(1) === 0x31 || code.charCodeAt(1) === 0x33 || code.charCodeAt(1) === 0x34);
}

/** The orientation rules. */
export const orientationsRules = [orientationCible, orientationAlternative];
