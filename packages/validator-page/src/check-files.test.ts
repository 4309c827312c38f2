import { examplePag, exampleConventionTerritoriale } from '@serafin-ph/fixtures';
import { validate } from '@serafin-ph/validators';
import { DOCUMENT_LAYOUTS } from '@serafin-ph/render';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile, definitionOf, fieldReferenceUrl, ruleReferenceUrl } from './check-files.js';

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

  it('skips the NDJSON lines serafin validate skips (JSON white space, after a byte order mark), and calls a file without a document empty', () => {
    const text = `\uFEFF \t\r\n${JSON.stringify(examplePag())}\r\n\u00a0\n\u2028\n`;
    expect(checkFile('lot.ndjson', text, options).map((d) => [d.line, d.report?.valid ?? d.syntaxError])).toEqual([
      [2, true],
      [3, 'le texte n’est pas du JSON'], // a no-break space is no JSON white space (it was skipped)
      [4, 'le texte n’est pas du JSON'],
    ]);
    expect(checkFile('vide.ndjson', '\n \r\n\t\n', options)).toEqual([{ file: 'vide.ndjson', syntaxError: 'fichier vide' }]); // was no result at all
    expect(checkFile('vide.json', ' \n', { ...options, lang: 'en' })).toEqual([{ file: 'vide.json', syntaxError: 'empty file' }]);
  });

  it('says a .json file holding one document per line is NDJSON to be named so', () => {
    const text = `${JSON.stringify(examplePag())}\n${JSON.stringify(exampleConventionTerritoriale())}\n`;
    const [d] = checkFile('lot.json', text, options);
    expect(d?.syntaxError).toMatch(/^erreur de syntaxe ligne 2, colonne 1 : ce fichier contient un document JSON par ligne \(NDJSON\) ; donnez-lui l’extension \.ndjson/);
    expect(checkFile('lot.json', text, { ...options, lang: 'en' })[0]?.syntaxError).toMatch(
      /: this file holds one JSON document per line \(NDJSON\); name it with the \.ndjson extension/,
    );
    // A file that is simply broken gets no such advice.
    expect(checkFile('p.json', '{"typeDocument": "pag",\n', options)[0]?.syntaxError).not.toContain('NDJSON');
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

describe('checkBytes', () => {
  const pag = { ...examplePag(), contexte: { ...examplePag().contexte, historique: 'Épuisement des parents âgés' } };
  const text = JSON.stringify(pag).replace(/[^\u0000-\u00ff]/g, '?');

  it('checks a UTF-8 file as its text', () => {
    const bytes = new TextEncoder().encode(text);
    expect(checkBytes('pag.json', bytes, options)).toEqual(checkFile('pag.json', text, options));
  });

  it('does not check a Windows-1252 file: says so, where, and how to save it as UTF-8, in both languages', () => {
    const bytes = Uint8Array.from(Array.from(text, (c) => c.charCodeAt(0)));
    const [fr] = checkBytes('pag.json', bytes, options);
    expect(fr?.report).toBeUndefined();
    expect(fr?.document).toBeUndefined();
    expect(fr?.readError).toMatch(
      /^Ce fichier semble encodé en Windows-1252 .* pas en UTF-8 : premier octet non UTF-8 ligne 1, colonne \d+ \(0x[0-9A-F]{2}, « . » en Windows-1252\)\. .*Enregistrez-le en UTF-8/,
    );
    const [en] = checkBytes('pag.json', bytes, { ...options, lang: 'en' });
    expect(en?.readError).toMatch(/^This file looks encoded in Windows-1252 .*Save it as UTF-8/);
  });

  it('reads UTF-8 with its byte order mark and UTF-16 with or without one, as serafin validate does', () => {
    const utf16le = (bom: boolean) => {
      const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
      const view = new DataView(out.buffer);
      if (bom) view.setUint16(0, 0xfeff, true);
      for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), true);
      return out;
    };
    const expected = checkFile('pag.json', text, options);
    expect(checkBytes('pag.json', Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)), options)).toEqual(expected);
    expect(checkBytes('pag.json', utf16le(true), options)).toEqual(expected);
    expect(checkBytes('pag.json', utf16le(false), options)).toEqual(expected);
  });

  it('names the first byte that is not UTF-8 by line and column, and the Windows-1252 character it would be', () => {
    const written = JSON.stringify(pag, null, 2).replace(/[^\u0000-\u00ff]/g, '?');
    const first = written.search(/[\u0080-\u00ff]/);
    const before = written.slice(0, first);
    const line = before.split('\n').length;
    const column = first - before.lastIndexOf('\n');
    expect(line).toBeGreaterThan(1);
    const [d] = checkBytes('pag.json', Uint8Array.from(Array.from(written, (c) => c.charCodeAt(0))), options);
    expect(d?.readError).toContain(
      `premier octet non UTF-8 ligne ${line}, colonne ${column} (0x${written.charCodeAt(first).toString(16).toUpperCase()}, « ${written[first]} » en Windows-1252)`,
    );
    // 0x92, Word's apostrophe, named too (0x80–0x9F differ from Latin-1)
    expect(checkBytes('pag.json', Uint8Array.of(0x7b, 0x0a, 0x22, 0x92, 0x22, 0x7d), options)[0]?.readError).toContain('ligne 2, colonne 2 (0x92, « ’ » en Windows-1252)');
    // 0x81 is undefined in Windows-1252: not suspected
    expect(checkBytes('pag.json', Uint8Array.of(0x7b, 0x0a, 0x22, 0x81, 0x22, 0x7d), options)[0]?.readError).toMatch(
      /^Encodage invalide : UTF-8 attendu, premier octet non UTF-8 ligne 2, colonne 2 \(0x81\)\. /,
    );
  });

  it('does not check an NDJSON file in UTF-16, as serafin validate does not read it', () => {
    const lines = `${JSON.stringify(examplePag())}\n${JSON.stringify(examplePag())}\n`;
    const le = Uint8Array.from(Array.from({ length: lines.length }, (_, i) => lines.charCodeAt(i)).flatMap((u) => [u & 0xff, u >> 8]));
    for (const bytes of [le, Uint8Array.of(0xff, 0xfe, ...le)]) {
      expect(checkBytes('lot.ndjson', bytes, options)).toEqual([{ file: 'lot.ndjson', readError: expect.stringMatching(/^Fichier NDJSON en UTF-16 : il n’est pas vérifié/) }]);
    }
    expect(checkBytes('pag.json', Uint8Array.of(0xff, 0xfe, ...le.subarray(0, le.length / 2)), options)[0]?.report?.valid).toBe(true); // one document: read
  });

  it('says where malformed UTF-16 breaks', () => {
    expect(checkBytes('pag.json', Uint8Array.of(0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00), { ...options, lang: 'en' })[0]?.readError).toBe(
      'Malformed UTF-16 file (invalid sequence at byte 4): save it as UTF-8 ("Save as…", UTF-8 encoding) and drop it again.',
    );
  });

  it('drops one UTF-8 byte order mark, not two (serafin validate refuses the second: U+FEFF is not JSON)', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const [d] = checkBytes('pag.json', Uint8Array.of(...bom, ...bom, ...new TextEncoder().encode(text)), options);
    expect(d?.report).toBeUndefined();
    expect(d?.syntaxError).toMatch(/^(erreur de syntaxe ligne 1, colonne 1|le texte n’est pas du JSON)$/);
  });

  it('calls a file with a NUL byte binary data', () => {
    expect(checkBytes('photo.json', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0), options)[0]?.readError).toBe(
      'Données binaires (octet nul à la position 4) : ce n’est pas un fichier JSON.',
    );
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
