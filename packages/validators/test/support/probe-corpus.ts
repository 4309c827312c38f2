/**
 * The checks of a probe corpus (`test/probe/`, `test/probe-2/`): realistic
 * documents written by hand without reading the fixtures, and documents that
 * each break one legal constraint, with `attendus.json` listing the warnings
 * judged legitimate and the rule each violation must raise. Each corpus test
 * file calls {@link describeProbeCorpus} with its folder and its own list of
 * the imperatives a fixing message may use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

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

/** A probe corpus: its folder under `test/`, how its tests are titled, and what a French message that says how to fix looks like. */
export interface ProbeCorpus {
  readonly folder: string;
  /** Title prefix of the `describe` blocks (`probe corpus`, `probe 2`). */
  readonly title: string;
  /** What the realistic files are called in the titles (`realistic PAGs`, `realistic documents`). */
  readonly realistic: string;
  /** A French message that tells what to do: an imperative, or the expected form. */
  readonly saysHowToFix: RegExp;
}

/** The corpus' files and expectations, read once. */
export function readProbeCorpus(folder: string) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', folder);
  const attendus = JSON.parse(readFileSync(join(dir, 'attendus.json'), 'utf8')) as Attendus;
  const read = (sub: string, file: string): unknown => JSON.parse(readFileSync(join(dir, sub, file), 'utf8'));
  const files = (sub: string): string[] =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.json'))
      .sort();
  return { attendus, read, files };
}

/** The three families of checks every probe corpus passes. */
export function describeProbeCorpus(corpus: ProbeCorpus): void {
  const { attendus, read, files } = readProbeCorpus(corpus.folder);
  const options = { referenceDate: attendus.dateReference };
  const singular = corpus.realistic.replace(/s$/, '');

  describe(`${corpus.title}: every file is listed in attendus.json, and the other way round`, () => {
    it(corpus.realistic, () => expect(files('realistes')).toEqual(Object.keys(attendus.realistes).sort()));
    it('violations', () => expect(files('violations')).toEqual(Object.keys(attendus.violations).sort()));
  });

  describe(`${corpus.title}: ${corpus.realistic} raise no error`, () => {
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

  describe(`${corpus.title}: each violation is caught by the expected rule, with a French message that says how to fix it`, () => {
    it.each(Object.entries(attendus.violations))('%s', (file, expected) => {
      expect(attendus.realistes[expected.derive], `${file} derives from a ${singular}`).toBeDefined();
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
      expect(fr?.message).toMatch(corpus.saysHowToFix);
      const en = validate(doc, { ...options, lang: 'en' }).issues.find((i) => i.ruleId === expected.regle && i.path === expected.chemin);
      expect(en?.message.length).toBeGreaterThan(0);
      expect(en?.message).not.toBe(fr?.message);
    });
  });
}
