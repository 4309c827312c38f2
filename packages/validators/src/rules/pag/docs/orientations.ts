/**
 * Documentation of the orientations rules of the PAG (title, description,
 * source), apart from their checks (`../orientations.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « orientations ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each orientations rule, by rule id. */
export const orientationsDocs = {
  'PAG-ORIENTATION-001': {
    title: text('Orientation cible', 'Target orientation'),
    description: text(
      'Le PAG met en œuvre une réponse d’attente ou de transition vers l’orientation « cible » (TRE_R422, code 1 : « orientation hors contrainte de l’offre, théorique ou idéale ») : dès qu’une orientation qualifiée figure dans les droits, au moins une est qualifiée « cible ».',
      'The PAG puts in place an interim or transitional answer towards the "target" orientation (TRE_R422, code 1: "orientation regardless of the available offer"): as soon as a qualified orientation is among the rights, at least one is qualified "target".',
    ),
    source: PAG_SOURCES.tre422,
  },
  'PAG-ORIENTATION-002': {
    title: text('Orientation cible ou alternative quand les réponses connues manquent', 'Target or alternative orientation when known answers are lacking'),
    description: text(
      'Quand le PAG est déclenché par l’indisponibilité ou l’inadaptation des réponses connues (L. 114-1-1, 1°), il est d’usage que les droits portent l’orientation cible (TRE_R422, code 1) et, souvent, une orientation alternative (code 2). Ni L. 114-1-1 ni TRE_R422 ne l’exigent : une seule notification peut ouvrir toutes les modalités d’accueil. Avertissement seulement (INFERRED : pratique des sites pionniers), et seulement quand des orientations sont qualifiées sans qu’aucune soit la cible ou quand aucune orientation (catégories 7, 8, 11, 13, 14) ne figure dans les droits.',
      'When the PAG is triggered by known answers being unavailable or unsuited (L. 114-1-1, 1°), the rights usually carry the target orientation (TRE_R422, code 1) and often an alternative one (code 2). Neither L. 114-1-1 nor TRE_R422 requires it: one notification may open every modality. Warning only (INFERRED: pioneer-site practice), and only when no orientation (categories 7, 8, 11, 13, 14) is among the rights.',
    ),
    source: PAG_SOURCES.pratiqueOrientation,
  },
} satisfies RuleDocs;
