import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknownDocumentNote } from './unknown-document.js';

const ansExample = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../fhir/test/ans-examples', name), 'utf8'));

describe('unknownDocumentNote', () => {
  it('names a FHIR resource and, for a Bundle, says how to convert it into a PAG', () => {
    const bundle = unknownDocumentNote(ansExample('Bundle-tddui-bundle-example.json'), 'fr');
    expect(bundle).toMatch(/^Ce fichier est une ressource FHIR \(« Bundle »\), pas un document SERAFIN-PH/);
    expect(bundle).toContain('serafin convert fichier.json --from fhir');
    const task = unknownDocumentNote(ansExample('Task-tddui-task-transport-usager-example.json'), 'en');
    expect(task).toBe('This file is a FHIR resource ("Task"), not a SERAFIN-PH document: the page checks PAGs, territorial conventions and derogation tables written in JSON.');
  });

  it('calls a JSON array a list of documents, and quotes no other value', () => {
    expect(unknownDocumentNote([{ nom: 'Dupont' }, {}], 'fr')).toMatch(/^Ce fichier est une liste JSON \(\[ … \]\) de 2 éléments, pas un document/);
    expect(unknownDocumentNote([{}], 'en')).toMatch(/^This file is a JSON array \(\[ … \]\) of 1 item, not a document/);
    expect(unknownDocumentNote({ resourceType: 'Jeanne Dupont, née le 3 mars 1990' }, 'fr')).toMatch(/^Type de document inconnu/);
    expect(unknownDocumentNote({ resourceType: 'Jeanne Dupont, née le 3 mars 1990' }, 'fr')).not.toContain('Dupont');
    expect(unknownDocumentNote(42, 'en')).toMatch(/^Unknown document type/);
  });
});
