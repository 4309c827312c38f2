/**
 * `messages: 'both'`: one call gives every message in French and English,
 * exactly the messages of a French and of an English validation, on every
 * invalid case of the fixtures (structure, rules, options, personal data
 * masked or not); `message(issue, lang)` reads them.
 */
import { buildInvalidCase, invalidCases, scenarioDocument } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { message, validate, validatePag } from '../src/index.js';
import * as pagEntry from '../src/pag.js';

describe("messages: 'both'", () => {
  it('on every invalid case, the French and English messages are those of a French and an English validation', () => {
    expect(invalidCases.length).toBeGreaterThan(50);
    for (const c of invalidCases) {
      const { document, options } = buildInvalidCase(c);
      const fr = validate(structuredClone(document), { ...options, lang: 'fr' });
      const en = validate(structuredClone(document), { ...options, lang: 'en' });
      for (const lang of ['fr', 'en'] as const) {
        const both = validate(structuredClone(document), { ...options, lang, messages: 'both' });
        expect(both.valid, c.id).toBe(fr.valid);
        expect(
          both.issues.map((i) => [i.ruleId, i.path, i.severity]),
          c.id,
        ).toEqual(fr.issues.map((i) => [i.ruleId, i.path, i.severity]));
        both.issues.forEach((issue, k) => {
          expect(issue.messages, `${c.id} ${issue.ruleId}`).toEqual({ fr: fr.issues[k]!.message, en: en.issues[k]!.message });
          expect(issue.message).toBe(lang === 'en' ? en.issues[k]!.message : fr.issues[k]!.message);
          expect(message(issue, 'fr')).toBe(fr.issues[k]!.message);
          expect(message(issue, 'en')).toBe(en.issues[k]!.message);
        });
        expect(both.optionIssues.map((i) => i.messages)).toEqual(fr.optionIssues.map((i, k) => ({ fr: i.message, en: en.optionIssues[k]!.message })));
      }
    }
  });

  it('without it, issues carry one message and message() falls back to it', () => {
    const report = validatePag({ typeDocument: 'pag' }, { lang: 'en' });
    expect(report.issues.length).toBeGreaterThan(0);
    for (const i of report.issues) {
      expect(i).not.toHaveProperty('messages');
      expect(message(i, 'fr')).toBe(i.message);
    }
  });

  it('works on the per-document entries given their English catalogue, and keeps the typed document of a valid result', () => {
    const pag = scenarioDocument('ase-itep-sessad') as unknown;
    const both = pagEntry.validatePag(pag, { referenceDate: '2025-12-01', messages: 'both', catalogues: [pagEntry.PAG_EN] });
    const one = pagEntry.validatePag(pag, { referenceDate: '2025-12-01' });
    expect(both.valid).toBe(one.valid);
    expect(both.document).toBe(one.document);
    expect(both.optionIssues).toEqual([]);
    expect(both.issues.length).toBeGreaterThan(0);
    for (const i of both.issues) expect(Object.keys(i.messages ?? {}).sort()).toEqual(['en', 'fr']);
    // The same messages as the main entry's.
    expect(both.issues).toEqual(validatePag(pag, { referenceDate: '2025-12-01', messages: 'both' }).issues);
  });

  it('a per-document entry without its English catalogue says so in optionIssues and gives French only (never a silent fallback)', () => {
    const pag = scenarioDocument('ase-itep-sessad') as unknown;
    const french = pagEntry.validatePag(pag, { referenceDate: '2025-12-01' });
    const both = pagEntry.validatePag(pag, { referenceDate: '2025-12-01', messages: 'both' });
    expect(both.issues).toEqual(french.issues);
    expect(both.optionIssues).toEqual([expect.objectContaining({ ruleId: 'OPTIONS-INVALIDES', details: { option: 'messages' } })]);
    const english = pagEntry.validatePag(pag, { referenceDate: '2025-12-01', lang: 'en' });
    expect(english.issues).toEqual(french.issues);
    expect(english.optionIssues).toEqual([expect.objectContaining({ ruleId: 'OPTIONS-INVALIDES', details: { option: 'lang' } })]);
    // The option problem itself is written in the language asked for, and names the catalogue to pass.
    expect(english.optionIssues[0]?.message).toMatch(/English catalogue.*PAG_EN/);
    expect(english.valid).toBe(french.valid);
  });

  it("the English catalogue of a per-document entry gives the main entry's English messages", () => {
    const pag = scenarioDocument('ase-itep-sessad') as unknown;
    const english = pagEntry.validatePag(pag, { referenceDate: '2025-12-01', lang: 'en', catalogues: [pagEntry.PAG_EN] });
    expect(english.optionIssues).toEqual([]);
    expect(english.issues).toEqual(validatePag(pag, { referenceDate: '2025-12-01', lang: 'en' }).issues);
    expect(pagEntry.validatePag(pag, { catalogues: 'en' as never }).optionIssues).toContainEqual(
      expect.objectContaining({ ruleId: 'OPTIONS-INVALIDES', details: { option: 'catalogues' } }),
    );
  });

  it('the structural messages travel with the catalogues: English ones only where an exported English catalogue is carried or passed', () => {
    // Structurally broken: a required field missing and a closed list not followed.
    const broken: Record<string, unknown> = { ...(scenarioDocument('ase-itep-sessad') as unknown as Record<string, unknown>), statut: 'fini' };
    delete broken.mdph;
    const frenchMain = validatePag(broken, { referenceDate: '2025-12-01' });
    const englishMain = validatePag(broken, { referenceDate: '2025-12-01', lang: 'en' });
    const structural = (r: { issues: readonly { ruleId: string; message: string }[] }) => r.issues.filter((i) => i.ruleId.startsWith('STRUCTURE-')).map((i) => i.message);
    expect(structural(frenchMain).length).toBeGreaterThanOrEqual(2);
    expect(structural(frenchMain).join(' ')).toContain('Champ obligatoire absent');
    expect(structural(englishMain).join(' ')).toContain('Missing required field');
    // The PAG entry: French by itself, English with PAG_EN, the same texts as the main entry's.
    expect(pagEntry.validatePag(broken, { referenceDate: '2025-12-01' }).issues).toEqual(frenchMain.issues);
    expect(pagEntry.validatePag(broken, { referenceDate: '2025-12-01', lang: 'en', catalogues: [pagEntry.PAG_EN] }).issues).toEqual(englishMain.issues);
    // A catalogue written by the caller covers rules only: on the PAG entry, which carries no English structural message, English is not available (said, French given).
    const ownEnglish = { lang: 'en' as const, rules: { pag: pagEntry.PAG_EN.rules.pag! } };
    const own = pagEntry.validatePag(broken, { referenceDate: '2025-12-01', lang: 'en', catalogues: [ownEnglish] });
    expect(own.issues).toEqual(frenchMain.issues);
    expect(own.optionIssues).toEqual([expect.objectContaining({ ruleId: 'OPTIONS-INVALIDES', details: { option: 'lang' } })]);
    // On the main entry, which carries the English structural messages, the same catalogue gives English throughout.
    expect(validatePag(broken, { referenceDate: '2025-12-01', lang: 'en', catalogues: [ownEnglish] }).issues).toEqual(englishMain.issues);
  });

  it('an unknown value is an option problem, never a document error', () => {
    const report = validatePag({ typeDocument: 'pag' }, { messages: 'all' as never });
    expect(report.optionIssues).toContainEqual(expect.objectContaining({ ruleId: 'OPTIONS-INVALIDES', details: { option: 'messages' } }));
  });
});
