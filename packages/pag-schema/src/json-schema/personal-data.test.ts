import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_POINTERS } from '../generated/personal-data.js';
import { DOCUMENT_TYPES } from '../version.js';
import { buildJsonSchema } from './build.js';
import { matchesPersonalDataPointer, personalDataPointers } from './personal-data.js';

describe('personal-data pointers', () => {
  it('list the identifying fields of the person and of professionals', () => {
    const pag = PERSONAL_DATA_POINTERS.pag;
    expect(pag).toEqual(
      expect.arrayContaining([
        '/situation',
        '/situation/personne/dateNaissance',
        '/situation/personne/nomNaissance',
        '/situation/personne/sexe',
        '/contexte/historique',
        '/engagements/*/operateur/contact/nom',
        '/engagements/*/signature/nom',
        '/suivi/coordonnateurParcours/courriel',
        '/demande/concertations/*/participants/*/nom',
        '/consentement/accordExpres/avisPersonneProtegee',
        '/extensions',
      ]),
    );
    expect(pag).not.toContain('/identifiant');
    expect(pag).not.toContain('/engagements/*/operateur/nom');
    expect(pag).not.toContain('/statut');
  });

  it('are what the published schemas say', () => {
    for (const type of DOCUMENT_TYPES) expect(PERSONAL_DATA_POINTERS[type]).toEqual(personalDataPointers(buildJsonSchema(type)));
  });

  it('mark the signatories of the convention but not the institutions', () => {
    expect(PERSONAL_DATA_POINTERS['convention-territoriale']).toEqual(expect.arrayContaining(['/signataires/*/signature/nom', '/extensions']));
    expect(PERSONAL_DATA_POINTERS['convention-territoriale']).not.toContain('/signataires/*/nom');
  });

  it('match concrete pointers, their descendants, and nothing else', () => {
    const patterns = PERSONAL_DATA_POINTERS.pag;
    expect(matchesPersonalDataPointer('/situation/personne/dateNaissance', patterns)).toBe(true);
    expect(matchesPersonalDataPointer('/engagements/3/operateur/contact/nom', patterns)).toBe(true);
    expect(matchesPersonalDataPointer('/extensions/fr.editeur/numero', patterns)).toBe(true);
    expect(matchesPersonalDataPointer('/engagements/3/operateur/nom', patterns)).toBe(false);
    expect(matchesPersonalDataPointer('/identifiant', patterns)).toBe(false);
    expect(matchesPersonalDataPointer('', patterns)).toBe(false);
  });

  it('escape keys per RFC 6901', () => {
    const schema = { type: 'object', properties: { 'a/b~c': { type: 'string', 'x-donnees-personnelles': true } } };
    expect(personalDataPointers(schema)).toEqual(['/a~1b~0c']);
  });
});
