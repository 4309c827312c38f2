/**
 * The third probe corpus of PAG 1.1 (`test/probe-3/`): realistic PAGs written
 * from the point of view of an MDPH PAG team (path coordinators and the
 * information-system team) to break the model with legitimate practice —
 * guardianship deferred to the ASE, curatelle without representation, parents
 * separated, refusals, revisions after a new CDAPH decision, waiting lists,
 * AESH, school periods and holidays, nights and a slot ending at midnight,
 * non-ESMS actors without codes, CNSA 2018 numbering, derogations, minimal
 * drafts, 29 February, majority on the day — and documents that each break one
 * legal constraint. The realistic ones raise no error and exactly the warnings
 * judged legitimate in `attendus.json`; each violating one is caught by the
 * expected rule, and its French message says how to fix it.
 */
import { describeProbeCorpus } from './support/probe-corpus.js';

describeProbeCorpus({
  folder: 'probe-3',
  title: 'probe 3',
  realistic: 'realistic PAGs',
  saysHowToFix: /\b(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|recueillez|remplacez|donnez|passez|déclarez|avancez)\b|attendu/i,
});
