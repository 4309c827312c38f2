/**
 * Rules on the identified needs of the PAG: each need is answered by at least
 * one engaged prestation.
 *
 * Règles des besoins identifiés.
 */
import { lookup, type SerafinCode } from '@serafin-ph/nomenclature';
import { endedWithoutValidation, pagRule, msg } from './support/pag-rule.js';
import { answers, prestationsForBesoin } from './support/besoins-prestations.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

/** A prestation a PAG engages: a prestation directe, or a transport linked to the individual project (3.2.4, 3.2.4.x). */
function isEngageable(branch: string, code: string): boolean {
  return branch === 'prestations-directes' || code === '3.2.4' || code.startsWith('3.2.4.');
}

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
    // Prestations directes, and the transports linked to the individual project (3.2.4.x, JDV_J282) a PAG may engage
    // since 1.1.0: they answer the need to get about by transport (probe 4, PAG 14).
    const engaged: SerafinCode[] = [];
    for (const e of facts.engagementList)
      for (const p of e.prestations) if (p.concept !== undefined && isEngageable(p.concept.branch, p.concept.code)) engaged.push(p.concept.code);
    for (const c of facts.codes) {
      // Codes of another branch are reported by PAG-CODES-002.
      if (c.kind !== 'besoin' || c.concept === undefined || c.concept.branch !== 'besoins') continue;
      // The needs an objective aims at (`contexte.objectifs`, 1.1.0) are identified needs: PAG-OBJECTIF-001 checks them.
      if (c.pattern !== '/contexte/besoins/*/besoin') continue;
      const besoin = c.concept.code;
      if (viaObjectif.has(besoin) || engaged.some((p) => answers(besoin, p))) continue;
      // A need code is a public code, shown even inside `contexte` (see isPublicCode); the masked form stays for safety.
      const visible = show(`${c.path}/code`, besoin, '/contexte/besoins/*/besoin/code') === besoin;
      const expected = prestationsForBesoin(besoin);
      if (!visible) {
        emit(c.path, msg('PAG-BESOINS-001#1', { includePersonalDataOption: options.optionName('includePersonalData') }), { masque: true });
        continue;
      }
      emit(
        c.path,
        msg('PAG-BESOINS-001#2', {
          besoin,
          display: c.concept.display,
          labelled: expected.map((p) => `${p} (${lookup(p)?.display ?? '?'})`).join(', '),
          codes: expected.join(', '),
        }),
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
    emit('/contexte/besoins', msg('PAG-BESOINS-002#1'));
  },
});

/** The need rules. */
export const besoinsRules = [besoinCouvert, besoinsIdentifies];
