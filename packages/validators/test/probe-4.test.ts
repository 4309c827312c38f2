/**
 * The fourth probe corpus of PAG 1.1 (`test/probe-4/`): realistic PAGs written
 * from the point of view of an MDPH PAG team and its partners — an emancipated
 * minor, a delegation of parental authority, a child entrusted to a « tiers
 * digne de confiance », Creton, an ageing adult, consent withdrawn after
 * validation, a move to another département, a psychiatric hospitalisation,
 * successive coordinators, PCPE, DITEP, habitat inclusif, emploi accompagné,
 * a SAAD and liberal practitioners, transports as the only coded prestations,
 * the same slot every day, school weeks A/B, MAJ and MASP, a guardianship
 * held by an association, no timetable at all, typography, emoji and texts of
 * the maximal length — and documents that each break one legal constraint.
 * The realistic ones raise no error and exactly the warnings judged legitimate
 * in `attendus.json`; each violating one is caught by the expected rule, and
 * its French message says how to fix it.
 */
import { describeProbeCorpus } from './support/probe-corpus.js';

describeProbeCorpus({
  folder: 'probe-4',
  title: 'probe 4',
  realistic: 'realistic PAGs',
  saysHowToFix: /\b(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|recueillez|remplacez|donnez|passez|déclarez|avancez|décrivez|terminez)\b|attendu/i,
});
