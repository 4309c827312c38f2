/**
 * Rules on the identified needs of the PAG: each need is answered by at least
 * one engaged prestation.
 *
 * Règles des besoins identifiés.
 */
import { lookup, type SerafinCode } from '@serafin-ph/nomenclature';
import { PAG_SOURCES, pagRule, text } from './support/pag-rule.js';
import { answers, prestationsForBesoin } from './support/besoins-prestations.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const besoinCouvert = pagRule({
  id: 'PAG-BESOINS-001',
  severity: 'warning',
  family: 'besoins',
  title: text('Chaque besoin a une réponse engagée', 'Each need is answered by an engaged prestation'),
  description: text(
    'Le PAG précise les interventions requises pour répondre aux besoins : chaque besoin identifié (`contexte.besoins`) devrait être couvert par au moins une prestation engagée. La correspondance besoin → prestations utilisée est celle du projet (lecture des fiches descriptives CNSA, paragraphes « Besoins auxquels la prestation répond », et du parallélisme des deux nomenclatures : santé → soins 2.1, autonomie → 2.2, participation sociale → 2.3) ; le message donne les prestations attendues. Inférence du projet, d’où un avertissement.',
    'The PAG states the interventions needed to answer the needs: each identified need (`contexte.besoins`) should be covered by at least one engaged prestation. The need → prestations mapping is the project’s (reading of the CNSA descriptive sheets, paragraphs "Needs the prestation answers", and of the parallel structure of the two nomenclatures: health → care 2.1, autonomy → 2.2, social participation → 2.3); the message gives the expected prestations. A project inference, hence a warning.',
  ),
  source: {
    kind: 'bonne-pratique',
    reference:
      'INFERRED : correspondance du projet d’après le « Guide descriptif des nomenclatures détaillées des besoins et des prestations » (CNSA, 27 avril 2018, mise à jour décembre 2020), paragraphes « Besoins auxquels la prestation répond », et CASF L. 114-1-1 (nature et fréquence des interventions requises)',
  },
  reads: [],
  check: ({ facts, emit, show, options }) => {
    const engaged: SerafinCode[] = [];
    for (const e of facts.engagementList) for (const p of e.prestations) if (p.concept?.branch === 'prestations-directes') engaged.push(p.concept.code);
    for (const c of facts.codes) {
      // Codes of another branch are reported by PAG-CODES-002.
      if (c.kind !== 'besoin' || c.concept === undefined || c.concept.branch !== 'besoins') continue;
      // The needs an objective aims at (`contexte.objectifs`, 1.1.0) are identified needs: PAG-OBJECTIF-001 checks them.
      if (!c.path.startsWith('/contexte/besoins/')) continue;
      const besoin = c.concept.code;
      if (engaged.some((p) => answers(besoin, p))) continue;
      // A need code is a public code, shown even inside `contexte` (see isPublicCode); the masked form stays for safety.
      const visible = show(`${c.path}/code`, besoin) === besoin;
      const expected = prestationsForBesoin(besoin);
      if (!visible) {
        emit(
          c.path,
          text(
            `Ce besoin n’est couvert par aucune prestation engagée (correspondance besoins → prestations : voir la règle dans le catalogue ; détail avec ${options.optionName('includePersonalData')}).`,
            `This need is not covered by any engaged prestation (needs → prestations mapping: see the rule in the catalogue; details with ${options.optionName('includePersonalData')}).`,
          ),
          { masque: true },
        );
        continue;
      }
      emit(
        c.path,
        text(
          `Le besoin ${besoin} (« ${c.concept.display} ») n’est couvert par aucune prestation engagée ; prestations attendues : ${expected.map((p) => `${p} (${lookup(p)?.display ?? '?'})`).join(', ') || 'aucune correspondance connue'}.`,
          `Need ${besoin} ("${c.concept.display}") is not covered by any engaged prestation; expected prestations: ${expected.join(', ') || 'no known mapping'}.`,
        ),
        { besoin, prestationsAttendues: [...expected], prestationsEngagees: [...new Set(engaged)] },
      );
    }
  },
});

const besoinsIdentifies = pagRule({
  id: 'PAG-BESOINS-002',
  severity: 'warning',
  family: 'besoins',
  title: text('Besoins identifiés', 'Needs identified'),
  description: text(
    'Le plan est élaboré en considération des besoins de la personne : dès le statut « élaboré », au moins un besoin est identifié et codé dans SERAFIN-PH.',
    'The plan is drawn up in view of the person’s needs: from the `elabore` status on, at least one need is identified and coded in SERAFIN-PH.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/statut', '/contexte/besoins'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.contexte.besoins.length > 0) return;
    emit('/contexte/besoins', text('Aucun besoin identifié.', 'No need identified.'));
  },
});

/** The need rules. */
export const besoinsRules = [besoinCouvert, besoinsIdentifies];
