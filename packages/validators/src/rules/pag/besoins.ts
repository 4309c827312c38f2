/**
 * Rules on the identified needs of the PAG: each need is answered by at least
 * one engaged prestation.
 *
 * Règles des besoins identifiés.
 */
import { lookup, type SerafinCode } from '@serafin-ph/nomenclature';
import { pagRule, text } from './support/pag-rule.js';
import { answers, prestationsForBesoin } from './support/besoins-prestations.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const besoinCouvert = pagRule({
  id: 'PAG-BESOINS-001',
  severity: 'warning',
  family: 'besoins',
  reads: [],
  check: ({ facts, emit, show, options }) => {
    const engaged: SerafinCode[] = [];
    for (const e of facts.engagementList) for (const p of e.prestations) if (p.concept?.branch === 'prestations-directes') engaged.push(p.concept.code);
    for (const c of facts.codes) {
      // Codes of another branch are reported by PAG-CODES-002.
      if (c.kind !== 'besoin' || c.concept === undefined || c.concept.branch !== 'besoins') continue;
      // The needs an objective aims at (`contexte.objectifs`, 1.1.0) are identified needs: PAG-OBJECTIF-001 checks them.
      if (c.pattern !== '/contexte/besoins/*/besoin') continue;
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
  reads: ['/statut', '/contexte/besoins'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.contexte.besoins.length > 0) return;
    emit('/contexte/besoins', text('Aucun besoin identifié : ajoutez dans « contexte.besoins » les besoins SERAFIN-PH (1.x) auxquels le plan répond.', 'No need identified: add to `contexte.besoins` the SERAFIN-PH needs (1.x) the plan answers.'));
  },
});

/** The need rules. */
export const besoinsRules = [besoinCouvert, besoinsIdentifies];
