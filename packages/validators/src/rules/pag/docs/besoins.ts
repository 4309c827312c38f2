/**
 * Documentation of the besoins rules of the PAG (title, description,
 * source), apart from their checks (`../besoins.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « besoins ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each besoins rule, by rule id. */
export const besoinsDocs = {
  'PAG-BESOINS-001': {
    title: text('Chaque besoin a une réponse engagée', 'Each need is answered by an engaged prestation'),
    description: text(
      'Le PAG précise les interventions requises pour répondre aux besoins : chaque besoin identifié (`contexte.besoins`) devrait être couvert par au moins une prestation engagée. Un besoin visé par un objectif du plan (`contexte.objectifs[].besoins`, 1.1.0) auquel concourt un engagement du PAG (`objectifs[].engagements`) est couvert : c’est ainsi qu’un PAG relie un besoin à l’intervention sans code SERAFIN-PH d’un opérateur hors ESMS (école, hôpital, mission locale…). Rien n’est comparé pour un brouillon qui n’a encore aucun engagement ni pour un PAG terminé sans validation (le plan n’a pas été mis en œuvre). La correspondance besoin → prestations utilisée est celle du projet (lecture des fiches descriptives CNSA, paragraphes « Besoins auxquels la prestation répond », et du parallélisme des deux nomenclatures : santé → soins 2.1, autonomie → 2.2, participation sociale → 2.3) ; le besoin de se déplacer avec un moyen de transport (1.3.4.2) est aussi couvert par un transport lié au projet individuel (3.2.4.x, JDV_J282), seule prestation indirecte qu’un PAG engage depuis 1.1.0 (jusqu’en décembre 2026, un transport engagé ne comptait pas : sonde 4, PAG 14). Le message donne les prestations attendues. Inférence du projet, d’où un avertissement.',
      'The PAG states the interventions needed to answer the needs: each identified need (`contexte.besoins`) should be covered by at least one engaged prestation. A need targeted by an objective of the plan (`contexte.objectifs[].besoins`, 1.1.0) to which an engagement of the PAG contributes (`objectifs[].engagements`) is covered: this is how a PAG links a need to the uncoded intervention of a non-ESMS operator (school, hospital, mission locale…). Nothing is compared for a draft without any engagement yet nor for a PAG ended without validation (the plan was not carried out). The need → prestations mapping is the project’s (reading of the CNSA descriptive sheets, paragraphs "Needs the prestation answers", and of the parallel structure of the two nomenclatures: health → care 2.1, autonomy → 2.2, social participation → 2.3); the need to get about by transport (1.3.4.2) is also covered by a transport linked to the individual project (3.2.4.x, JDV_J282), the only indirect prestation a PAG engages since 1.1.0 (until December 2026 an engaged transport did not count: probe 4, PAG 14). The message gives the expected prestations. A project inference, hence a warning.',
    ),
    source: {
      kind: 'bonne-pratique',
      reference:
        'INFERRED : correspondance du projet d’après le « Guide descriptif des nomenclatures détaillées des besoins et des prestations » (CNSA, 27 avril 2018, mise à jour décembre 2020), paragraphes « Besoins auxquels la prestation répond », et CASF L. 114-1-1 (nature et fréquence des interventions requises)',
    },
  },
  'PAG-BESOINS-002': {
    title: text('Besoins identifiés', 'Needs identified'),
    description: text(
      'Le plan est élaboré en considération des besoins de la personne : dès le statut « élaboré », au moins un besoin est identifié et codé dans SERAFIN-PH.',
      'The plan is drawn up in view of the person’s needs: from the `elabore` status on, at least one need is identified and coded in SERAFIN-PH.',
    ),
    source: PAG_SOURCES.l11411,
  },
} satisfies RuleDocs;
