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
  (d) => {
    (d.situation.personne as unknown as Record<string, unknown>)['sexe'] = `${SENTINEL}-sexe`;
  },
  (d) => {
    (d.situation.personne as unknown as Record<string, unknown>)['prenoms'] = 42;
  },
  (d) => {
    (d.situation.personne as unknown as Record<string, unknown>)['surnom'] = `${SENTINEL}-surnom`;
  },
  (d) => {
    d.situation.personne.dateNaissance = '2030-01-01';
  },
  (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
  },
  (d) => {
    d.demande.dateDemande = '1950-01-01';
  },
  (d) => {
    d.contexte.besoins.push({ besoin: { code: '1.3.4.2' } }, { besoin: { code: '1.3.1.1' } }, { besoin: { code: '2.1.1' } as never }, { besoin: { code: '1.2.1.2.9' } as never });
  },
  (d) => {
    d.situation.mesureProtection = { type: 'TUTELLE', dateDebut: '2030-01-01', dateFin: '2020-01-01' };
  },
  (d) => {
    delete d.consentement.accordExpres;
    if (d.consentement.accordPrealable) d.consentement.accordPrealable.donnePar = 'personne';
  },
  (d) => {
    if (d.suivi) d.suivi.coordonnateurParcours.identifiantEngagement = 'ENG-404';
  },
  (d) => {
    d.motifFin = '6';
    for (const e of d.engagements) e.derogations = [];
  },
  (d) => {
    d.extensions = { 'BAD KEY': `${SENTINEL}-ext` };
  },
  (d) => {
    (d.situation.personne as unknown as Record<string, unknown>)[`${SENTINEL}Dupont`] = 1;
  },
  (d) => {
    (d.situation.personne as unknown as Record<string, unknown>)[`${SENTINEL} Jean`] = { [`${SENTINEL}x`]: Number.NaN };
  },
  (d) => {
    d.extensions = { 'fr.editeur': { [`${SENTINEL}Marie`]: () => 1 } } as never;
  },
  (d) => {
    (d.contexte.besoins[0] as unknown as Record<string, unknown>)[`${SENTINEL}Léa`] = 'x';
  },
  (d) => {
    const b = d.contexte.besoins[0];
    if (b) b.besoin = { code: `${SENTINEL} Dupont` } as never;
  },
];

describe('personal data in reports', () => {
  const { doc: base, secrets } = withSentinels(cleanPag());

  it('the sentinel document is otherwise clean (the sentinels change nothing)', () => {
    expect(secrets.length).toBeGreaterThan(30);
    expect(secrets).toContain('2009-05-12');
    expect(
      validate(base, { referenceDate: REFERENCE_DATE })
        .issues.filter((i) => i.severity === 'error')
        .map((i) => [i.ruleId, i.path, i.message]),
    ).toEqual([]);
  });

  it.each(BREAKAGES.map((b, i) => [i, b] as const))('breakage %i: no personal value in any message or details (fr and en)', (_i, breakage) => {
    const doc = mutate(base as Pag, breakage);
    for (const lang of ['fr', 'en'] as const) {
      const report = validate(doc, { referenceDate: REFERENCE_DATE, lang });
      expect(report.issues.length).toBeGreaterThan(0);
      const text = reportText(report.issues);
      for (const s of [...secrets, SENTINEL, '2030-01-01', '1990-01-01', '2020-01-01']) expect(text, s).not.toContain(s);
      // Keys never leak through paths either (rulesNotRun included).
      expect(JSON.stringify([report.issues.map((i) => i.path), report.rulesNotRun]), 'paths').not.toContain(SENTINEL);
    }
  });

  it('quotes personal values when includePersonalData is true', () => {
    const doc = mutate(base as Pag, (d) => {
      d.contexte.besoins.push({ besoin: { code: '1.3.4.2' } });
      (d.situation.personne as unknown as Record<string, unknown>)['sexe'] = 'X';
    });
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
    for (const p of theirs)
      expect(
        mine.some((m) => coversPointer(m, p)),
        p.join('/'),
      ).toBe(true);
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

/** One validation, French, without personal data. */
function run(mutation: (d: Pag) => void) {
  const report = validate(mutate(cleanPag(), mutation), { referenceDate: REFERENCE_DATE });
  return { report, text: JSON.stringify([report.issues, report.rulesNotRun]) };
}
const personne = (d: Pag) => d.situation.personne as unknown as Record<string, unknown>;

describe('what masking hides and what it shows, by kind of field', () => {
  it('hides identity: a name in a wrongly typed field, the sex (an identity enumeration)', () => {
    expect(
      run((d) => {
        personne(d)['nomNaissance'] = 42;
        personne(d)['prenoms'] = 'Zoé';
      }).text,
    ).not.toContain('Zoé');
    const sexe = run((d) => {
      personne(d)['sexe'] = 'féminin';
    });
    expect(sexe.text).toContain('/situation/personne/sexe');
    expect(sexe.text).not.toContain('féminin');
  });
  it('hides contact details', () => {
    const mail = run((d) => {
      const c = d.engagements[0]?.operateur.contact;
      if (c) c.courriel = 'zoe.martin@example';
    });
    expect(mail.text).toContain('/courriel');
    expect(mail.text).not.toContain('zoe.martin');
  });
  it('hides dates of birth', () => {
    const r = run((d) => {
      d.situation.personne.dateNaissance = '2031-02-03';
    });
    expect(r.report.issues.length).toBeGreaterThan(0);
    expect(r.text).not.toContain('2031-02-03');
  });
  it('hides free text', () => {
    const r = run((d) => {
      const b = d.contexte.besoins[0];
      if (b) b.precision = '';
      d.contexte.historique = 'Zoé vit chez sa tante'.repeat(1000);
    });
    expect(r.text).not.toContain('Zoé');
  });
  it('shows the codes of public nomenclatures in contexte and situation: SERAFIN-PH, ANS lists', () => {
    expect(
      run((d) => {
        const b = d.contexte.besoins[3];
        if (b) b.besoin = { code: '1.3.1.1' };
      }).text,
    ).toContain('Le code 1.3.1.1 est désactivé');
    expect(
      run((d) => {
        const t = d.situation.titulairesAutoriteParentale?.[0];
        if (t) (t as { lien: string }).lien = 'MERE';
      }).text,
    ).toContain('1er titulaire de l’autorité parentale — valeur « MERE » non admise');
    expect(
      run((d) => {
        const p = d.situation.droitsPrestations?.[0];
        if (p) (p as { codeDroitPrestation: string }).codeDroitPrestation = '99.9';
      }).text,
    ).toContain('« 99.9 »');
  });
  it('hides a name typed into a code field (it does not look like a code)', () => {
    const r = run((d) => {
      const b = d.contexte.besoins[0];
      if (b) b.besoin = { code: 'Zoé Martin' } as never;
    });
    expect(r.report.issues.some((i) => i.path === '/contexte/besoins/0/besoin/code')).toBe(true);
    expect(r.text).not.toContain('Zoé');
  });
  it('hides unknown keys in messages, details and paths, and says which key of its object it is', () => {
    const r = run((d) => {
      personne(d)['Zoé Martin'] = 1;
    });
    const issue = r.report.issues.find((i) => i.ruleId === 'STRUCTURE-INCONNU');
    expect(issue?.path).toBe('/situation/personne/[clé masquée]');
    expect(issue?.message).toContain('clé masquée : 6e clé de l’objet');
    expect(issue?.details).toEqual({ keyword: 'additionalProperties', cleMasquee: { position: 6 } });
    expect(r.text).not.toContain('Zoé');
  });
  it('hides the keys on the way to a deeper problem, and in rulesNotRun', () => {
    const r = run((d) => {
      personne(d)['Zoé'] = { Martin: Number.POSITIVE_INFINITY };
    });
    expect(r.report.issues.map((i) => i.path)).toContain('/situation/personne/[clé masquée]/[clé masquée]');
    expect(r.text).not.toMatch(/Zoé|Martin/);
  });
  it('shows a misspelt schema name (a misspelling names no one) and reports it once, with the field it stands for', () => {
    const r = run((d) => {
      personne(d)['dateNaissnce'] = d.situation.personne.dateNaissance;
      delete personne(d)['dateNaissance'];
    });
    const structural = r.report.issues.filter((i) => i.ruleId.startsWith('STRUCTURE-'));
    expect(structural.map((i) => [i.ruleId, i.path, i.message])).toEqual([
      ['STRUCTURE-OBLIGATOIRE', '/situation/personne/dateNaissance', 'Champ obligatoire absent : « Date de naissance » (dateNaissance), écrit « dateNaissnce » ?'],
    ]);
  });
  it('shows everything with includePersonalData', () => {
    const report = validate(
      mutate(cleanPag(), (d) => {
        personne(d)['Zoé Martin'] = 1;
      }),
      { referenceDate: REFERENCE_DATE, includePersonalData: true },
    );
    expect(report.issues.find((i) => i.ruleId === 'STRUCTURE-INCONNU')?.path).toBe('/situation/personne/Zoé Martin');
  });
});
