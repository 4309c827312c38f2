import { DOCUMENT_LAYOUTS } from '@serafin-ph/render';
import { describe, expect, it } from 'vitest';
import { fieldLocation } from './field-location.js';

const pag = DOCUMENT_LAYOUTS.pag;

describe('fieldLocation', () => {
  it('names each field crossed by its schema title, an array item by its own title, counted from 1', () => {
    expect(fieldLocation(pag, '/consentement/accordExpres/donnePar', 'fr')).toBe('Consentement › Accord exprès › Accord donné par');
    expect(fieldLocation(pag, '/contexte/besoins/1/besoin/code', 'fr')).toBe('3. Contexte de la mise en place du PAG › Besoin identifié n° 2 › Besoin › Code du besoin');
    expect(fieldLocation(pag, '/annexes/emploiDuTemps/0/heureFin', 'fr')).toBe('Annexes › Créneau n° 1 › Heure de fin');
    expect(fieldLocation(pag, '/annexes/emploiDuTemps/0/heureFin', 'en')).toBe('Annexes › Créneau no. 1 › Heure de fin');
  });

  it('goes through unions (the operator of a commitment) and references', () => {
    expect(fieldLocation(pag, '/engagements/0/operateur/finess', 'fr')).toBe('Engagement d’un opérateur n° 1 › Opérateur › FINESS');
  });

  it('says the whole document for the root, and names unknown properties as the pointer writes them', () => {
    expect(fieldLocation(pag, '', 'fr')).toBe('le document entier');
    expect(fieldLocation(pag, '', 'en')).toBe('the whole document');
    expect(fieldLocation(pag, '/situation/personne/prenom', 'fr')).toBe('2. Description de la situation › Personne concernée › « prenom »');
    expect(fieldLocation(pag, '/situation/personne/[clé masquée]/0', 'en')).toBe('2. Description de la situation › Personne concernée › “[clé masquée]” › “0”');
    expect(fieldLocation(pag, 'pas un pointeur', 'fr')).toBe('pas un pointeur');
  });

  it('reads the convention and the derogation table too', () => {
    expect(fieldLocation(DOCUMENT_LAYOUTS['tableau-derogations'], '/lignes/0', 'fr')).toMatch(/ n° 1$/);
    expect(fieldLocation(DOCUMENT_LAYOUTS['convention-territoriale'], '/identifiant', 'fr')).not.toContain('«');
  });
});
