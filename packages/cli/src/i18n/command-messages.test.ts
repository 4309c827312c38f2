import { describe, expect, it } from 'vitest';
import { en } from './command-messages-en.js';
import { fr } from './command-messages-fr.js';
import { commandMessages, type CommandMessages } from './command-messages.js';

/** A summary whose every count differs, so a count written in the wrong place shows. */
const SUMMARY = { files: 11, documents: 12, valid: 5, invalid: 7, errors: 3, issues: { error: 21, warning: 22, info: 23 } };

/** Every message of a catalogue, by its dotted key, functions called with sample arguments (one per parameter). */
function texts(catalogue: CommandMessages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') out.set(key, value);
    else if (typeof value === 'function') {
      const args = key === 'report.summary' ? [SUMMARY] : Array.from({ length: value.length }, (_, i) => (i === 1 && key.endsWith('invalidValue') ? 'valeur' : `ARG${i}`));
      out.set(key, (value as (...a: unknown[]) => string)(...args));
      // The optional suggestion, absent.
      if (key.endsWith('unknownOption') || key.endsWith('unknownRule') || key.endsWith('invalidValue')) {
        out.set(`${key}(no suggestion)`, (value as (...a: unknown[]) => string)(...args.slice(0, -1), undefined));
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, key === '' ? k : `${key}.${k}`);
    } else throw new Error(`${key}: not a message (${typeof value})`);
  };
  walk(catalogue, '');
  return out;
}

describe('the commands’ message catalogues', () => {
  const frTexts = texts(fr);
  const enTexts = texts(en);

  it('have the same keys in French and English', () => {
    expect([...frTexts.keys()].sort()).toEqual([...enTexts.keys()].sort());
    expect(frTexts.size).toBeGreaterThan(30);
  });

  it('have the same parameters for each message', () => {
    const arity = (c: CommandMessages): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const [group, messages] of Object.entries(c)) {
        if (typeof messages !== 'object') continue;
        for (const [k, v] of Object.entries(messages as object)) if (typeof v === 'function') out[`${group}.${k}`] = v.length;
      }
      return out;
    };
    expect(arity(fr)).toEqual(arity(en));
  });

  it('never write undefined, NaN or an empty message', () => {
    for (const [lang, map] of [
      ['fr', frTexts],
      ['en', enTexts],
    ] as const) {
      for (const [key, message] of map) {
        expect(message, `${lang} ${key}`).not.toMatch(/undefined|NaN|\[object /);
        expect(message.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('use every argument they are given', () => {
    for (const [lang, map] of [
      ['fr', frTexts],
      ['en', enTexts],
    ] as const) {
      for (const [key, message] of map) {
        const group = key.split('.')[0] as keyof CommandMessages;
        const name = key.split('.')[1]?.replace('(no suggestion)', '') ?? '';
        const fn = (lang === 'fr' ? fr : en)[group] as unknown as Record<string, unknown>;
        const f = typeof fn === 'object' ? fn[name] : undefined;
        if (typeof f !== 'function') continue;
        if (key === 'report.summary') {
          for (const n of [11, 12, 5, 7, 3, 21, 22, 23]) expect(message, `${lang} ${key} writes ${n}`).toMatch(new RegExp(`\\b${n}\\b`));
          continue;
        }
        const given = key.endsWith('(no suggestion)') ? f.length - 1 : f.length;
        for (let i = 0; i < given; i++) {
          const sample = i === 1 && name === 'invalidValue' ? 'valeur' : `ARG${i}`;
          expect(message, `${lang} ${key} uses argument ${i}`).toContain(sample);
        }
      }
    }
  });

  it('are French in French and English in English', () => {
    let same = 0;
    for (const [key, message] of frTexts) if (enTexts.get(key) === message) same++;
    expect(same).toBe(0);
    expect(fr.colon).toBe(' :');
    expect(en.colon).toBe(':');
    expect(commandMessages('fr')).toBe(fr);
    expect(commandMessages('en')).toBe(en);
    expect(fr.args.invalidValue('--format', 'jsn', 'text, json', 'json')).toBe('--format : valeur « jsn » invalide (attendu : text, json) ; vouliez-vous dire « json » ?');
    expect(fr.report.summary(SUMMARY)).toBe(
      '11 fichiers, 12 documents : 5 valides, 7 non valides ; 3 erreurs de lecture. Constats : 21 erreurs, 22 avertissements, 23 informations.',
    );
    expect(en.report.summary({ ...SUMMARY, errors: 0 })).toBe('11 files, 12 documents: 5 valid, 7 invalid. Issues: 21 errors, 22 warnings, 23 info.');
    expect(en.validate.unknownRule('PAG-BESOIN-001', 'PAG-BESOINS-001')).toBe(
      "--skip-rule: unknown rule 'PAG-BESOIN-001'; did you mean PAG-BESOINS-001? (list of rules: docs/reference/regles.md)",
    );
  });
});
