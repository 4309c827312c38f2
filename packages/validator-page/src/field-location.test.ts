import { DOCUMENT_LAYOUTS } from '@serafin-ph/render';
import { describe, expect, it } from 'vitest';
import { englishLayouts } from '../scripts/english-layouts.js';
import { fieldLocation, type LocationLayout, type LocationNode } from './field-location.js';

const pag = DOCUMENT_LAYOUTS.pag;
const english = englishLayouts();

describe('fieldLocation', () => {
  it('names each field crossed by its schema title, an array item by its own title, counted from 1', () => {
    expect(fieldLocation(pag, '/consentement/accordExpres/donnePar', 'fr')).toBe('Consentement › Accord exprès › Accord donné par');
    expect(fieldLocation(pag, '/contexte/besoins/1/besoin/code', 'fr')).toBe('3. Contexte de la mise en place du PAG › Besoin identifié n° 2 › Besoin › Code du besoin');
    expect(fieldLocation(pag, '/annexes/emploiDuTemps/0/heureFin', 'fr')).toBe('Annexes › Créneau n° 1 › Heure de fin');
  });

  it('names them in English on the English page: the titles of the schemas’ x-title-en, not the French ones', () => {
    expect(fieldLocation(english.pag, '/annexes/emploiDuTemps/0/heureFin', 'en')).toBe('Annexes › Slot no. 1 › End time');
    expect(fieldLocation(english.pag, '/consentement/accordExpres/donnePar', 'en')).toMatch(/^Consent › Express agreement › /);
    expect(fieldLocation(english.pag, '/contexte/besoins/1/besoin/code', 'en')).toMatch(/^3\. Context of the PAG › [^›]+ no\. 2 › /);
    expect(fieldLocation(english.pag, '/situation/personne/prenom', 'en')).toMatch(/^2\. Description of the situation › [^›]+ › “prenom”$/);
    expect(english.pag.root.t).toBe('Global support plan (PAG)');
    expect(english['convention-territoriale'].root.t).not.toBe(DOCUMENT_LAYOUTS['convention-territoriale'].root.t);
  });

  it('has the same nodes in English as the French layout, in the same order (only the titles differ)', () => {
    const shape = (layout: LocationLayout): unknown => {
      const node = (n: LocationNode): unknown => [n.k, n.ref, n.props?.map(([name, child]) => [name, node(child)]), n.items && node(n.items), n.of?.map(node)];
      return [node(layout.root), Object.entries(layout.defs).map(([name, n]) => [name, node(n)])];
    };
    for (const type of ['pag', 'convention-territoriale', 'tableau-derogations'] as const) {
      expect(shape(english[type]), type).toEqual(shape(DOCUMENT_LAYOUTS[type]));
    }
  });

  it('goes through unions (the operator of a commitment) and references', () => {
    expect(fieldLocation(pag, '/engagements/0/operateur/finess', 'fr')).toBe('Engagement d’un opérateur n° 1 › Opérateur › FINESS');
  });

  it('says the whole document for the root, and names unknown properties as the pointer writes them', () => {
    expect(fieldLocation(pag, '', 'fr')).toBe('le document entier');
    expect(fieldLocation(pag, '', 'en')).toBe('the whole document');
    expect(fieldLocation(pag, '/situation/personne/prenom', 'fr')).toBe('2. Description de la situation › Personne concernée › « prenom »');
    expect(fieldLocation(pag, '/situation/personne/[clé masquée]/0', 'fr')).toBe('2. Description de la situation › Personne concernée › « [clé masquée] » › « 0 »');
    expect(fieldLocation(pag, 'pas un pointeur', 'fr')).toBe('pas un pointeur');
  });

  it('reads the convention and the derogation table too', () => {
    expect(fieldLocation(DOCUMENT_LAYOUTS['tableau-derogations'], '/lignes/0', 'fr')).toMatch(/ n° 1$/);
    expect(fieldLocation(DOCUMENT_LAYOUTS['convention-territoriale'], '/identifiant', 'fr')).not.toContain('«');
  });
});
