/**
 * Rules on the identified needs of the PAG: each need is answered by at least
 * one engaged prestation.
 *
 * Règles des besoins identifiés.
 */
import { lookup, type SerafinCode } from '@serafin-ph/nomenclature';
import { endedWithoutValidation, pagRule, text } from './support/pag-rule.js';
import { answers, prestationsForBesoin } from './support/besoins-prestations.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const besoinCouvert = pagRule({
  id: 'PAG-BESOINS-001',
  severity: 'warning',
  family: 'besoins',
  reads: ['/statut', '/finSansValidation', '/contexte/objectifs/*/engagements'],
  check: ({ document, facts, emit, show, options }) => {
    // A draft with nothing engaged yet, or a plan that was never carried out: there is no answer to compare. (Past the
    // draft, a PAG without engagement is an error of PAG-ENGAGEMENTS-002, and its needs stay uncovered.)
    if ((document.statut === 'brouillon' && facts.engagementList.length === 0) || endedWithoutValidation(document)) return;
    // Needs targeted by an objective to which an engagement of the PAG contributes (the link an uncoded intervention uses).
    const viaObjectif = new Set<SerafinCode>();
    const objectifs = document.contexte.objectifs ?? [];
    for (const c of objectifs.length === 0 ? [] : facts.codes) {
      if (c.pattern !== '/contexte/objectifs/*/besoins/*' || c.concept === undefined) continue;
      // Their objective is the first `*` of their pattern (no pointer built).
      const objectif = objectifs[Number(c.wildcard(0))];
      if (objectif?.engagements?.some((id) => facts.engagements.has(id)) === true) viaObjectif.add(c.concept.code);
    }
    const engaged: SerafinCode[] = [];
    for (const e of facts.engagementList) for (const p of e.prestations) if (p.concept?.branch === 'prestations-directes') engaged.push(p.concept.code);
    for (const c of facts.codes) {
      // Codes of another branch are reported by PAG-CODES-002.
      if (c.kind !== 'besoin' || c.concept === undefined || c.concept.branch !== 'besoins') continue;
      // The needs an objective aims at (`contexte.objectifs`, 1.1.0) are identified needs: PAG-OBJECTIF-001 checks them.
      if (c.pattern !== '/contexte/besoins/*/besoin') continue;
      const besoin = c.concept.code;
      if (viaObjectif.has(besoin) || engaged.some((p) => answers(besoin, p))) continue;
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
          `Le besoin ${besoin} (« ${c.concept.display} ») n’est couvert par aucune prestation engagée ; prestations attendues : ${expected.map((p) => `${p} (${lookup(p)?.display ?? '?'})`).join(', ') || 'aucune correspondance connue'}. Si une intervention sans code SERAFIN-PH y répond (école, hôpital, libéral…), reliez-les par un objectif : « contexte.objectifs » avec ce besoin dans « besoins » et l’engagement dans « engagements ».`,
          `Need ${besoin} ("${c.concept.display}") is not covered by any engaged prestation; expected prestations: ${expected.join(', ') || 'no known mapping'}. If an intervention without a SERAFIN-PH code answers it (school, hospital, liberal practitioner…), link them through an objective: \`contexte.objectifs\` with this need in \`besoins\` and the engagement in \`engagements\`.`,
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
    emit(
      '/contexte/besoins',
      text(
        'Aucun besoin identifié : ajoutez dans « contexte.besoins » les besoins SERAFIN-PH (1.x) auxquels le plan répond.',
        'No need identified: add to `contexte.besoins` the SERAFIN-PH needs (1.x) the plan answers.',
      ),
    );
  },
});

/** The need rules. */
export const besoinsRules = [besoinCouvert, besoinsIdentifies];
