/**
 * The probe corpus of PAG 1.1 (issue 11, `test/probe/`): realistic PAGs written
 * by hand from the published schema, the guides and the code lists only —
 * without reading the fixtures — and documents that each break one legal
 * constraint. The realistic ones raise no error and exactly the warnings judged
 * legitimate in `attendus.json`; each violating one is caught by the expected
 * rule, and its French message says how to fix it (`support/probe-corpus.ts`).
 */
import { describeProbeCorpus } from './support/probe-corpus.js';

describeProbeCorpus({
  folder: 'probe',
  title: 'probe corpus',
  realistic: 'realistic PAGs',
  saysHowToFix: /\b(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|recueillez|remplacez|désignez|donnez|passez|choisissez|déclarez|ajouter|écrire|reliez)\b|attendu/i,
});
