/**
 * Documentation of the parole rules of the PAG (title, description,
 * source), apart from their checks (`../parole.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « parole ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each parole rule, by rule id. */
export const paroleDocs = {
  'PAG-PROJETVIE-001': {
    title: text('Projet de vie formulé par la bonne personne', 'Projet de vie formulated by the right person'),
    description: text(
      'L. 114-1-1 : le projet de vie est « formulé par la personne elle-même ou, à défaut, avec ou pour elle par son représentant légal, s’il s’agit d’un mineur, ou par la personne chargée de la mesure de protection juridique, s’il s’agit d’un majeur faisant l’objet d’une mesure de protection juridique avec représentation relative à la personne, lorsqu’elle ne peut exprimer son avis ». `projetVie.formulePar` : personne-chargee-mesure-protection suppose un majeur sous une telle mesure ; representant-legal, un mineur (pour un majeur : avertissement).',
      'L. 114-1-1: the projet de vie is "formulated by the person themself or, failing that, with or for them by their legal representative for a minor, or by the person in charge of the legal protection measure for an adult under a measure with representation relative to the person, when they cannot express their view". `projetVie.formulePar`: personne-chargee-mesure-protection implies an adult under such a measure; representant-legal, a minor (for an adult: a warning).',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-OBJECTIF-001': {
    title: text('Objectif tourné vers des besoins identifiés', 'Objective aimed at identified needs'),
    description: text(
      'Un objectif du plan répond à des besoins (`contexte.objectifs[].besoins`, depuis 1.1.0 ; le modèle TDDUI rattache l’objectif à un Besoin) : chacun figure parmi les besoins identifiés du contexte (`contexte.besoins`).',
      'An objective of the plan answers needs (`contexte.objectifs[].besoins`, since 1.1.0; the TDDUI model links the objective to a Besoin): each is among the identified needs of the context (`contexte.besoins`).',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-OBJECTIF-002': {
    title: text('Engagements d’un objectif présents dans le PAG', 'Engagements of an objective present in the PAG'),
    description: text(
      '`contexte.objectifs[].engagements` (depuis 1.1.0) désigne des engagements du PAG par leur identifiant : chacun existe dans `engagements`.',
      '`contexte.objectifs[].engagements` (since 1.1.0) refers to engagements of the PAG by identifier: each exists in `engagements`.',
    ),
    source: PAG_SOURCES.projet,
  },
} satisfies RuleDocs;
