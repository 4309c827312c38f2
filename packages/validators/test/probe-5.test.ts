/**
 * The fifth probe corpus of PAG 1.1 (`test/probe-5/`): realistic PAGs written
 * from the point of view of an MDPH and its partners — a revision after a GOS
 * that supersedes the previous plan, a plan renewed at term, plans ended when
 * the specific solution became the target and at the death of the person, a
 * critical situation built in six days with the cellule des situations
 * critiques, a two-year-old at the CAMSP whose father cannot be reached, a
 * return from Wallonia with an AViQ-approved establishment as operator, an
 * autistic adult waiting for a MAS, a DOP's target and modular answers,
 * derogations named from the convention's table, habilitation familiale and
 * mandat de protection future, FALC and pictograms, operators that refuse to
 * commit, holidays-only and week-end-only respite, La Réunion, Mayotte updated
 * after midnight local time, successive coordinators and names with particles
 * — and documents that each break one constraint a source states. The realistic ones raise no error and exactly
 * the warnings judged legitimate in `attendus.json`; each violating one is
 * caught by the expected rule, and its French message says how to fix it.
 */
import { describeProbeCorpus } from './support/probe-corpus.js';

describeProbeCorpus({
  folder: 'probe-5',
  title: 'probe 5',
  realistic: 'realistic PAGs',
  // Letters on either side, not `\b`: without the `u` flag `\b` does not see « é » as a letter (« écrivez » would never match).
  saysHowToFix:
    /(?<!\p{L})(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|recueillez|remplacez|donnez|passez|déclarez|avancez|décrivez|terminez|vérifiez)(?!\p{L})|attendu/iu,
});
