import { examplePag, exampleConventionTerritoriale } from '@serafin-ph/fixtures';
import { validate } from '@serafin-ph/validators';
import { DOCUMENT_LAYOUTS } from '@serafin-ph/render';
import { describe, expect, it } from 'vitest';
import { checkFile, definitionOf, fieldReferenceUrl, ruleReferenceUrl } from './check-files.js';

const options = { lang: 'fr' as const, includePersonalData: false, referenceDate: '2025-06-30' };

describe('checkFile', () => {
  it('checks one JSON document, BOM accepted', () => {
    const [d] = checkFile('pag.json', `\uFEFF${JSON.stringify(examplePag())}`, options);
    expect(d?.report?.valid).toBe(true);
    expect(d?.report?.typeDocument).toBe('pag');
  });

  it('checks each line of an NDJSON file, and says which lines are not JSON without quoting them', () => {
    const text = `${JSON.stringify(examplePag())}\n\n{"nom": "Dupont Jeanne",\n${JSON.stringify(exampleConventionTerritoriale())}\n`;
    const docs = checkFile('lot.ndjson', text, options);
    expect(docs.map((d) => [d.line, d.report?.valid ?? d.syntaxError])).toEqual([
      [1, true],
      [3, expect.stringMatching(/^(erreur de syntaxe ligne 1, colonne \d+|le texte n’est pas du JSON)$/)],
      [4, true],
    ]);
    expect(docs[1]?.syntaxError).not.toContain('Dupont');
  });

  it('gives the same report as validate(), masking included, in both languages', () => {
    const pag = { ...examplePag(), situation: { ...examplePag().situation, personne: { ...examplePag().situation.personne, dateNaissance: '2099-13-45' } } };
    for (const lang of ['fr', 'en'] as const) {
      for (const includePersonalData of [false, true]) {
        const o = { ...options, lang, includePersonalData };
        expect(checkFile('p.json', JSON.stringify(pag), o)[0]!.report).toEqual(validate(pag, o));
      }
    }
  });
});

describe('reference links', () => {
  const pages = {
    base: '../',
    fields: { pag: 'documents/P.html', 'convention-territoriale': 'documents/C.html', 'tableau-derogations': 'documents/T.html' },
    rules: 'documents/R.html',
  };

  it('finds the definition that holds a field', () => {
    expect(definitionOf(DOCUMENT_LAYOUTS.pag, '')).toBeUndefined();
    expect(definitionOf(DOCUMENT_LAYOUTS.pag, '/identifiant')).toBeUndefined();
    expect(definitionOf(DOCUMENT_LAYOUTS.pag, '/consentement/accordExpres')).toBe('AccordExpres');
    expect(definitionOf(DOCUMENT_LAYOUTS.pag, '/engagements/0/operateur/nom')).toBe('Operateur');
    expect(definitionOf(DOCUMENT_LAYOUTS.pag, '/annexes/emploiDuTemps/3/prestation/code')).toBe('CodePrestationEngagee');
  });

  it('links fields and rules to the site', () => {
    expect(fieldReferenceUrl(pages, 'pag', '/suivi/coordonnateurParcours/nom')).toBe('../documents/P.html#def-coordonnateurparcours');
    expect(ruleReferenceUrl(pages, 'PAG-CONSENTEMENT-004')).toBe('../documents/R.html#pag-consentement-004');
  });
});
