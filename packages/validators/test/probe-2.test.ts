/**
 * The second probe corpus of PAG 1.1 (issue 11, `test/probe-2/`): realistic
 * PAGs, conventions and a derogation table on situations the first probe does
 * not cover, written by hand from the published schemas, the guides and the
 * code lists only — without reading the fixtures nor the first corpus (only the
 * table of its README) — and documents that each break one legal constraint.
 * The realistic ones raise no error and exactly the warnings judged legitimate
 * in `attendus.json`; each violating one is caught by the expected rule, and its
 * French message says how to fix it (`support/probe-corpus.ts`).
 */
import { describe, expect, it } from 'vitest';
import { describeProbeCorpus, readProbeCorpus } from './support/probe-corpus.js';

describeProbeCorpus({
  folder: 'probe-2',
  title: 'probe 2',
  realistic: 'realistic documents',
  saysHowToFix:
    /\b(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|recueillez|remplacez|désignez|donnez|passez|choisissez|déclarez|avancez|qualifiez|reliez)\b|attendu/i,
});

describe('probe 2: the corpus', () => {
  it('covers PAGs, conventions and a derogation table', () => {
    const { read, files } = readProbeCorpus('probe-2');
    const types = new Set(files('realistes').map((f) => (read('realistes', f) as { typeDocument: string }).typeDocument));
    expect([...types].sort()).toEqual(['convention-territoriale', 'pag', 'tableau-derogations']);
  });
});
