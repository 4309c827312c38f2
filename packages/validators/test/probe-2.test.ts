/**
 * The second probe corpus of PAG 1.1 (issue 11, `test/probe-2/`): realistic
 * PAGs, conventions and a derogation table on situations the first probe does
 * not cover, written by hand from the published schemas, the guides and the
 * code lists only — without reading the fixtures nor the first corpus (only the
 * table of its README) — and documents that each break one legal constraint.
 * The realistic ones raise no error and exactly the warnings judged legitimate
 * in `attendus.json`; each violating one is caught by the expected rule, and its
 * French message says how to fix it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';

interface Attendus {
  readonly dateReference: string;
  readonly realistes: Record<
    string,
    { readonly situation: string; readonly avertissements: readonly { readonly regle: string; readonly chemin: string; readonly pourquoi: string }[] }
  >;
  readonly violations: Record<
    string,
    { readonly derive: string; readonly modification: string; readonly contrainte: string; readonly regle: string; readonly chemin: string; readonly gravite: 'error' | 'warning' }
  >;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'probe-2');
const attendus = JSON.parse(readFileSync(join(dir, 'attendus.json'), 'utf8')) as Attendus;
const read = (folder: string, file: string): unknown => JSON.parse(readFileSync(join(dir, folder, file), 'utf8'));
const files = (folder: string): string[] =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.json'))
    .sort();
const options = { referenceDate: attendus.dateReference };

/** A French message that tells what to do: an imperative, or the expected form. */
const SAYS_HOW_TO_FIX =
  /\b(renseignez|indiquez|ajoutez|écrivez|retirez|corrigez|mettez|recueillez|remplacez|désignez|donnez|passez|choisissez|déclarez|avancez|qualifiez|reliez)\b|attendu/i;

describe('probe 2: every file is listed in attendus.json, and the other way round', () => {
  it('realistic documents', () => expect(files('realistes')).toEqual(Object.keys(attendus.realistes).sort()));
  it('violations', () => expect(files('violations')).toEqual(Object.keys(attendus.violations).sort()));
  it('covers PAGs, conventions and a derogation table', () => {
    const types = new Set(files('realistes').map((f) => (read('realistes', f) as { typeDocument: string }).typeDocument));
    expect([...types].sort()).toEqual(['convention-territoriale', 'pag', 'tableau-derogations']);
  });
});

describe('probe 2: realistic documents raise no error', () => {
  it.each(Object.entries(attendus.realistes))('%s', (file, expected) => {
    const doc = read('realistes', file) as { versionSchema: string };
    expect(doc.versionSchema).toBe('1.1.0');
    const report = validate(doc, options);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.rulesNotRun).toEqual([]);
    const warnings = report.issues
      .filter((i) => i.severity === 'warning')
      .map((i) => `${i.ruleId} ${i.path}`)
      .sort();
    expect(warnings).toEqual(expected.avertissements.map((w) => `${w.regle} ${w.chemin}`).sort());
  });
});

describe('probe 2: each violation is caught by the expected rule, with a French message that says how to fix it', () => {
  it.each(Object.entries(attendus.violations))('%s', (file, expected) => {
    expect(attendus.realistes[expected.derive], `${file} derives from a realistic document`).toBeDefined();
    const doc = read('violations', file);
    const report = validate(doc, options);
    const errors = report.issues.filter((i) => i.severity === 'error');
    const hits = report.issues.filter((i) => i.ruleId === expected.regle && i.path === expected.chemin);
    expect(
      hits.map((i) => i.severity),
      `${expected.regle} at ${expected.chemin}`,
    ).toEqual([expected.gravite]);
    // One legal constraint broken: that rule's finding is the only error.
    expect(errors.map((i) => `${i.ruleId} ${i.path}`)).toEqual(expected.gravite === 'error' ? [`${expected.regle} ${expected.chemin}`] : []);
    const [fr] = hits;
    expect(fr?.message).toMatch(SAYS_HOW_TO_FIX);
    const en = validate(doc, { ...options, lang: 'en' }).issues.find((i) => i.ruleId === expected.regle && i.path === expected.chemin);
    expect(en?.message.length).toBeGreaterThan(0);
    expect(en?.message).not.toBe(fr?.message);
  });
});
