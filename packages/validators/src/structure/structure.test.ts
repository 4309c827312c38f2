import { describe, expect, it } from 'vitest';
import { validate } from '../index.js';
import { cleanConvention, cleanPag, cleanTableau, mutate } from '../../test/support/documents.js';
import { describeRule, REFERENCE_DATE } from '../../test/support/rule-test.js';
import { STRUCTURE_MESSAGES } from './locales/index.js';
import { mapErrors } from './map-errors.js';
import { info as pagInfo } from '../generated/structure/pag-info.js';

type Pag = ReturnType<typeof cleanPag>;
const loose = (d: Pag) => d as unknown as Record<string, unknown> & { engagements: Record<string, unknown>[]; situation: Record<string, unknown> };

describeRule('STRUCTURE-JSON', (t) => {
  t.passes(cleanPag());
  const cyclic = cleanPag() as unknown as Record<string, unknown>;
  cyclic['extensions'] = { 'fr.editeur': cyclic };
  t.fails(cyclic, { path: '/extensions/fr.editeur' }, undefined, 'cycle');
  t.fails({ ...cleanPag(), dateValidation: new Date('2025-03-10') }, { path: '/dateValidation' }, undefined, 'Date object');
  t.fails({ ...cleanPag(), engagements: [undefined] }, { path: '/engagements/0' }, undefined, 'undefined in an array');
});

describeRule('STRUCTURE-TYPE-DOCUMENT', (t) => {
  t.passes(cleanTableau());
  t.fails('pag', { path: '' }, undefined, 'a string');
  t.fails({ ...cleanPag(), typeDocument: 'plan' }, { path: '/typeDocument' }, undefined, 'unknown type');
  t.fails(
    mutate(cleanPag(), (d) => delete (d as Partial<Pag>).typeDocument),
    { path: '/typeDocument' },
    undefined,
    'no type',
  );
});

describeRule('STRUCTURE-OBLIGATOIRE', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => delete (d as Partial<Pag>).mdph),
    {
      path: '/mdph',
      check: (issues) => expect(issues[0]?.message).toBe('Champ obligatoire absent : « MDPH » (mdph).'),
    },
  );
});

describeRule('STRUCTURE-INCONNU', (t) => {
  t.passes(
    mutate(cleanPag(), (d) => {
      d.extensions = { 'fr.editeur-exemple': { n: 1 }, 'org.autre.x': null };
    }),
    undefined,
    'namespaced extension keys',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      loose(d)['commentaire'] = 'x';
    }),
    { path: '/commentaire' },
    undefined,
    'unknown property',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.extensions = { editeur: 1 };
    }),
    { path: '/extensions/[clé masquée]' },
    undefined,
    'extension key without namespace (a key typed in a personal-data area is masked)',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.extensions = { editeur: 1 };
    }),
    { path: '/extensions/editeur' },
    { includePersonalData: true },
    'extension key shown with includePersonalData',
  );
});

describeRule('STRUCTURE-TYPE', (t) => {
  t.passes(cleanConvention());
  t.fails(
    mutate(cleanConvention(), (d) => {
      (d as unknown as Record<string, unknown>)['signataires'] = 'MDPH';
    }),
    {
      path: '/signataires',
      check: (issues) => expect(issues[0]?.message).toContain('doit être un tableau'),
    },
  );
});

describeRule('STRUCTURE-VALEUR', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      loose(d)['statut'] = 'archive';
    }),
    {
      path: '/statut',
      check: (issues) => expect(issues[0]?.message).toBe('Valeur « archive » non admise pour « Statut » (statut) : valeurs admises : "brouillon", "elabore", "valide", "termine".'),
    },
  );
});

describeRule('STRUCTURE-FORMAT', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      d.dateValidation = '2025-02-30';
    }),
    {
      path: '/dateValidation',
      check: (issues) => {
        // A pattern and a format on the same value give one issue.
        expect(issues).toHaveLength(1);
        expect(issues[0]?.message).toMatch(/AAAA-MM-JJ/);
      },
    },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.mdph.departement = '20';
    }),
    { path: '/mdph/departement' },
    undefined,
    'no département 20',
  );
});

describeRule('STRUCTURE-CARDINALITE', (t) => {
  t.passes(cleanConvention());
  t.fails(
    mutate(cleanConvention(), (d) => {
      d.dispositifOrientationPermanent.objectifs = [] as never;
    }),
    { path: '/dispositifOrientationPermanent/objectifs' },
  );
});

describeRule('STRUCTURE-BORNE', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      const f = d.engagements[0]?.prestations[0]?.frequence;
      if (f) f.nombre = 0;
    }),
    { path: '/engagements/0/prestations/0/frequence/nombre' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.identifiant = '';
    }),
    { path: '/identifiant', check: (issues) => expect(issues[0]?.message).toContain('ne doit pas être vide') },
    undefined,
    'empty string',
  );
});

describeRule('STRUCTURE-VARIANTE', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      loose(d).engagements[0] = { ...loose(d).engagements[0], operateur: { type: 'hopital', nom: 'CHU' } };
    }),
    {
      path: '/engagements/0/operateur/type',
      check: (issues) => expect(issues[0]?.details?.['allowedValues']).toEqual(['esms', 'sanitaire', 'education-nationale', 'ase', 'droit-commun', 'liberal', 'autre']),
    },
    undefined,
    'operator type naming no variant',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      const p = d.engagements[0]?.prestations[0];
      if (p) p.prestation = { code: '2.2.2', numerotation: 'cnsa-2019' } as never;
    }),
    { path: '/engagements/0/prestations/0/prestation/numerotation' },
    undefined,
    'unknown numbering',
  );
});

describeRule('STRUCTURE-TRONQUE', (t) => {
  t.passes(cleanPag());
  t.fails(
    { ...cleanPag(), engagements: new Array(600).fill({ identifiant: 7 }) },
    {
      path: '',
      severity: 'info',
      check: (issues) => expect(Number(issues[0]?.details?.['omitted'])).toBeGreaterThan(1000),
    },
  );
});

describe('OPTIONS-INVALIDES (reported apart, in optionIssues)', () => {
  it('is silent on good options', () => {
    const report = validate(cleanPag(), { lang: 'en', numbering: 'ans-2023', deprecatedCodes: 'error', skipRules: [], referenceDate: REFERENCE_DATE });
    expect(report.optionIssues).toEqual([]);
    expect(report.valid).toBe(true);
  });
  it('reports a bad option apart: a valid document stays valid', () => {
    for (const [options, option] of [
      [{ referenceDate: '2025-02-30' }, 'referenceDate'],
      [{ referenceDate: '2025-13-45' }, 'referenceDate'],
      [{ numbering: 'ror' as never }, 'numbering'],
      [{ lang: 'de' as never }, 'lang'],
    ] as const) {
      const report = validate(cleanPag(), { ...options, ...(option === 'referenceDate' ? {} : { referenceDate: REFERENCE_DATE }) });
      expect(report.optionIssues, option).toEqual([expect.objectContaining({ ruleId: 'OPTIONS-INVALIDES', severity: 'error', path: '', details: { option } })]);
      expect(report.issues.filter((i) => i.ruleId === 'OPTIONS-INVALIDES')).toEqual([]);
      if (option !== 'referenceDate') expect(report.valid, option).toBe(true);
    }
  });
  it('reports unknown ids of skipRules to the programmer, and still skips the known ones', () => {
    const report = validate(cleanPag(), { referenceDate: REFERENCE_DATE, skipRules: ['PAG-CONSENTEMENT-001', 'PAG-INCONNUE-999' as never, 42 as never] });
    expect(report.valid).toBe(true);
    expect(report.optionIssues).toEqual([
      {
        ruleId: 'OPTIONS-INVALIDES',
        severity: 'error',
        path: '',
        message: 'Option « skipRules » : identifiant de règle inconnu « PAG-INCONNUE-999 », « number » (voir RULE_IDS) ; il est ignoré.',
        details: { option: 'skipRules', unknown: ['PAG-INCONNUE-999', 'number'] },
      },
    ]);
  });
});

describe('union branches', () => {
  it('reports the errors of the operator variant meant by its type, not of every variant', () => {
    const doc = mutate(cleanPag(), (d) => {
      loose(d).engagements[0] = { ...loose(d).engagements[0], operateur: { type: 'esms', nom: 'IME' } };
    });
    const issues = validate(doc, { referenceDate: REFERENCE_DATE }).issues.filter((i) => i.severity !== 'info');
    expect(issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['STRUCTURE-OBLIGATOIRE', '/engagements/0/operateur/finess'],
      ['STRUCTURE-OBLIGATOIRE', '/engagements/0/operateur/categorieEtablissement'],
    ]);
  });
  it('uses the numbering of a code to pick its variant', () => {
    const doc = mutate(cleanPag(), (d) => {
      const p = d.engagements[0]?.prestations[0];
      if (p) p.prestation = { code: '2.2.2', numerotation: 'cnsa-2018', libelle: 'x', extra: 1 } as never;
    });
    const issues = validate(doc, { referenceDate: REFERENCE_DATE }).issues.filter((i) => i.path.startsWith('/engagements/0/prestations/0/prestation'));
    expect(issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['STRUCTURE-INCONNU', '/engagements/0/prestations/0/prestation/extra'],
      ['PAG-CODES-003', '/engagements/0/prestations/0/prestation/code'],
    ]);
  });
});

describe('structural messages', () => {
  it('are in English on request, naming the field by its key and French title', () => {
    const doc = mutate(cleanPag(), (d) => delete (d as Partial<Pag>).mdph);
    expect(validate(doc, { lang: 'en' }).issues[0]?.message).toBe("Missing required field 'mdph' (MDPH).");
  });
  it('never quote a rejected value that sits in personal data', () => {
    const doc = mutate(cleanPag(), (d) => {
      loose(d).situation['personne'] = { ...(loose(d).situation['personne'] as object), sexe: 'Durand' };
    });
    const issue = validate(doc).issues.find((i) => i.path === '/situation/personne/sexe');
    expect(issue?.ruleId).toBe('STRUCTURE-VALEUR');
    expect(issue?.message).not.toContain('Durand');
    expect(JSON.stringify(issue?.details)).not.toContain('Durand');
  });
  it('map any other keyword to STRUCTURE-AUTRE', () => {
    const issues = mapErrors([{ instancePath: '/x', schemaPath: '#/not', keyword: 'not', params: {} }], {
      type: 'pag',
      lang: 'fr',
      m: STRUCTURE_MESSAGES.fr,
      includePersonalData: false,
      info: pagInfo,
      branch: () => {
        throw new Error('no union in this test');
      },
      root: { x: 1 },
    });
    expect(issues.map((i) => i.ruleId)).toEqual(['STRUCTURE-AUTRE']);
  });
});
