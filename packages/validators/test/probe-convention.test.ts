/**
 * The probe corpus of the territorial conventions and of the tables of
 * delegated derogations (`test/probe-convention/`): realistic documents
 * written as territories write them — the signatories they really have
 * (rectorat or DSDEN, CAF, MSA, PJJ, hospitals, associations), signatures on
 * different dates, avenants during a tacit renewal, renewed conventions,
 * overseas départements and Corsica, embedded and separate tables with
 * capacity, age, public, mode, duration and financing derogations delegated
 * to the MDPH director or to operators, minimal drafts — and documents that
 * each break one constraint a source states. The realistic ones raise no
 * error and exactly the warnings judged legitimate in `attendus.json`; each
 * violating one is caught by the expected rule, and its French message says
 * how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { describeProbeCorpus, readProbeCorpus } from './support/probe-corpus.js';

describeProbeCorpus({
  folder: 'probe-convention',
  title: 'probe convention',
  realistic: 'realistic documents',
  saysHowToFix: /\b(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|remplacez|désignez|décrivez|annexez|donnez|déclarez)\b|attendu/i,
});

describe('probe convention: the corpus', () => {
  const { read, files, attendus } = readProbeCorpus('probe-convention');
  const docs = files('realistes').map((f) => read('realistes', f) as { typeDocument: string; departement: string; annexeTableauDerogations?: { mode: string } });

  it('holds conventions and tables, at least twelve realistic documents and four violations', () => {
    expect(docs.length).toBeGreaterThanOrEqual(12);
    expect(files('violations').length).toBeGreaterThanOrEqual(4);
    expect(new Set(docs.map((d) => d.typeDocument))).toEqual(new Set(['convention-territoriale', 'tableau-derogations']));
  });

  it('has a table embedded in a convention and one standing alone, overseas départements and Corsica', () => {
    expect(docs.some((d) => d.annexeTableauDerogations?.mode === 'integre')).toBe(true);
    expect(docs.some((d) => d.typeDocument === 'tableau-derogations')).toBe(true);
    expect(docs.map((d) => d.departement)).toEqual(expect.arrayContaining(['971', '972', '2A']));
  });

  it('gives a reason for every expected warning', () => {
    for (const { avertissements } of Object.values(attendus.realistes)) for (const w of avertissements) expect(w.pourquoi.length).toBeGreaterThan(20);
  });
});
