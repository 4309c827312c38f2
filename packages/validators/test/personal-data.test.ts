/**
 * Messages and details never quote personal data unless the caller opts in.
 * Every personal field of the example PAG gets a recognisable sentinel value;
 * then the document is broken in many ways (structure and rules) and no
 * report may contain a sentinel.
 */
import { PERSONAL_DATA_POINTERS } from '@serafin-ph/pag-schema';
import { describe, expect, it } from 'vitest';
import { coversPointer, tokens } from '../src/json/pointer.js';
import { expand } from '../src/json/expand.js';
import type { JsonValue } from '../src/json/read-document.js';
import { isPersonalData, personalDataPointers, DOCUMENT_TYPES, validate } from '../src/index.js';
import { cleanPag, mutate } from './support/documents.js';
import { REFERENCE_DATE } from './support/rule-test.js';

const SENTINEL = 'ZZSECRET';

/**
 * Replaces every personal free text of `doc` (per the schema annotations) by a
 * sentinel; codes and dates keep their value (they carry meaning for the
 * rules) but are listed as secrets too when no non-personal field holds the
 * same value.
 */
function withSentinels(doc: unknown): { doc: unknown; secrets: string[] } {
  const copy = JSON.parse(JSON.stringify(doc)) as JsonValue;
  const personal = new Set<string>();
  const other = new Set<string>();
  let n = 0;
  const visit = (value: JsonValue, path: string, parent: JsonValue | null, key: string | number | null): void => {
    if (typeof value === 'string' && parent !== null && key !== null) {
      if (!isPersonalData('pag', path)) other.add(value);
      // Dates, codes, e-mail addresses and phone numbers keep their shape (the schema checks it).
      else if (/^\d{4}-\d\d-\d\d$/.test(value) || /^[A-Za-z0-9._-]{1,30}$/.test(value) || value.includes('@') || /^\+?\d[\d .-]+$/.test(value)) personal.add(value);
      else {
        const secret = `${SENTINEL}${n++}`;
        (parent as Record<string | number, JsonValue>)[key] = secret;
        personal.add(secret);
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`, value, i));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, value, k);
  };
  visit(copy, '', null, null);
  // Short codes (sexe « F », lien « MTH », TRE codes « 1 ») are too common to search for; dates and identifiers are kept.
  const secrets = [...personal].filter((s) => !other.has(s) && s.length >= 6);
  return { doc: copy, secrets };
}

/** Messages and details of a report, without the lists of allowed values (code lists, not personal data). */
function reportText(issues: readonly { message: string; details?: Record<string, unknown> }[]): string {
  return JSON.stringify(issues.map((i) => [i.message, { ...i.details, allowedValues: undefined }]));
}

type Pag = ReturnType<typeof cleanPag>;

/** Breakages that reach personal fields, in the structure and in the rules. */
const BREAKAGES: ((d: Pag) => void)[] = [
  (d) => { (d.situation.personne as unknown as Record<string, unknown>)['sexe'] = `${SENTINEL}-sexe`; },
  (d) => { (d.situation.personne as unknown as Record<string, unknown>)['prenoms'] = 42; },
  (d) => { (d.situation.personne as unknown as Record<string, unknown>)['surnom'] = `${SENTINEL}-surnom`; },
  (d) => { d.situation.personne.dateNaissance = '2030-01-01'; },
  (d) => { d.situation.personne.dateNaissance = '1990-01-01'; },
  (d) => { d.demande.dateDemande = '1950-01-01'; },
  (d) => { d.contexte.besoins.push({ besoin: { code: '1.3.4.2' } }, { besoin: { code: '1.3.1.1' } }, { besoin: { code: '2.1.1' } as never }, { besoin: { code: '1.2.1.2.9' } as never }); },
  (d) => { d.situation.mesureProtection = { type: 'TUTELLE', dateDebut: '2030-01-01', dateFin: '2020-01-01' }; },
  (d) => { delete d.consentement.accordExpres; if (d.consentement.accordPrealable) d.consentement.accordPrealable.donnePar = 'personne'; },
  (d) => { if (d.suivi) d.suivi.coordonnateurParcours.identifiantEngagement = 'ENG-404'; },
  (d) => { d.motifFin = '6'; for (const e of d.engagements) e.derogations = []; },
  (d) => { d.extensions = { 'BAD KEY': `${SENTINEL}-ext` }; },
];

describe('personal data in reports', () => {
  const { doc: base, secrets } = withSentinels(cleanPag());

  it('the sentinel document is otherwise clean (the sentinels change nothing)', () => {
    expect(secrets.length).toBeGreaterThan(30);
    expect(secrets).toContain('2009-05-12');
    expect(validate(base, { referenceDate: REFERENCE_DATE }).issues.filter((i) => i.severity === 'error').map((i) => [i.ruleId, i.path, i.message])).toEqual([]);
  });

  it.each(BREAKAGES.map((b, i) => [i, b] as const))('breakage %i: no personal value in any message or details (fr and en)', (_i, breakage) => {
    const doc = mutate(base as Pag, breakage);
    for (const lang of ['fr', 'en'] as const) {
      const report = validate(doc, { referenceDate: REFERENCE_DATE, lang });
      expect(report.issues.length).toBeGreaterThan(0);
      const text = reportText(report.issues);
      for (const s of [...secrets, SENTINEL, '2030-01-01', '1990-01-01', '2020-01-01', '1.3.4.2', '1.2.1.2.9']) expect(text, s).not.toContain(s);
    }
  });

  it('quotes personal values when includePersonalData is true', () => {
    const doc = mutate(base as Pag, (d) => { d.contexte.besoins.push({ besoin: { code: '1.3.4.2' } }); (d.situation.personne as unknown as Record<string, unknown>)['sexe'] = 'X'; });
    const text = JSON.stringify(validate(doc, { referenceDate: REFERENCE_DATE, includePersonalData: true }).issues);
    expect(text).toContain('1.3.4.2');
    expect(text).toContain('« X »');
  });
});

describe('personal-data pointers', () => {
  it.each(DOCUMENT_TYPES)('%s: cover exactly the places listed by @serafin-ph/pag-schema', (type) => {
    const mine = personalDataPointers(type).map(tokens);
    const theirs = PERSONAL_DATA_POINTERS[type].map(tokens);
    // Each of theirs is covered by one of mine, and each of mine is one of theirs.
    for (const p of theirs) expect(mine.some((m) => coversPointer(m, p)), p.join('/')).toBe(true);
    for (const m of personalDataPointers(type)) expect(PERSONAL_DATA_POINTERS[type]).toContain(m);
  });

  it('match concrete paths, array indexes included', () => {
    expect(isPersonalData('pag', '/situation/personne/dateNaissance')).toBe(true);
    expect(isPersonalData('pag', '/engagements/3/operateur/contact/nom')).toBe(true);
    expect(isPersonalData('pag', '/engagements/3/operateur/nom')).toBe(false);
    expect(isPersonalData('pag', '/statut')).toBe(false);
    expect(expand(cleanPag() as unknown as JsonValue, '/demande/concertations/*/participants/*/nom').length).toBeGreaterThan(5);
  });
});
