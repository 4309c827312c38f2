/**
 * A plain JSON file whose `$schema` points at the published PAG schema gets
 * completion and validation in a real JSON language service (the one VS Code
 * uses, vscode-json-languageservice). The schema is served from the committed
 * file for its `$id` URL, as an editor would download it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DOCUMENT_TYPES, schemaFileName, schemaId } from '../src/index.js';
import { packageRoot } from './package-root.js';

const requested: string[] = [];
const service = getLanguageService({
  schemaRequestService: async (uri) => {
    requested.push(uri);
    const type = DOCUMENT_TYPES.find((t) => schemaId(t) === uri);
    if (type === undefined) throw new Error(`Unknown schema ${uri}`);
    return readFileSync(join(packageRoot, 'schemas', schemaFileName(type)), 'utf8');
  },
});
service.configure({ validate: true, allowComments: false });

function open(text: string) {
  const document = TextDocument.create('file:///work/mon-pag.json', 'json', 1, text);
  return { document, json: service.parseJSONDocument(document) };
}

describe('JSON language service on a file with "$schema"', () => {
  it('completes the property names of the PAG', async () => {
    const text = `{\n  "$schema": "${schemaId('pag')}",\n  \n}`;
    const { document, json } = open(text);
    const list = await service.doComplete(document, { line: 2, character: 2 }, json);
    const labels = (list?.items ?? []).map((i) => i.label.replace(/^"|"$/g, ''));
    expect(requested).toContain(schemaId('pag'));
    expect(labels).toEqual(
      expect.arrayContaining(['typeDocument', 'versionSchema', 'identifiant', 'statut', 'demande', 'situation', 'engagements', 'consentement']),
    );
    const statut = list?.items.find((i) => i.label.replace(/^"|"$/g, '') === 'statut');
    expect(JSON.stringify(statut?.documentation ?? '')).toMatch(/brouillon/);
  });

  it('completes the values of an enumeration', async () => {
    const text = `{\n  "$schema": "${schemaId('pag')}",\n  "statut": \n}`;
    const { document, json } = open(text);
    const list = await service.doComplete(document, { line: 2, character: 12 }, json);
    const labels = (list?.items ?? []).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['"brouillon"', '"elabore"', '"valide"', '"termine"']));
  });

  it('reports a wrong enumeration value, an unknown property and a missing one', async () => {
    const text = JSON.stringify(
      { $schema: schemaId('pag'), typeDocument: 'pag', versionSchema: '1.0.0', identifiant: 'PAG-1', statut: 'signe', champInconnu: 1 },
      null,
      2,
    );
    const { document, json } = open(text);
    const diagnostics = await service.doValidation(document, json);
    const messages = diagnostics.map((d) => d.message);
    const statutLine = text.split('\n').findIndex((l) => l.includes('"statut"'));
    const onStatut = diagnostics.filter((d) => d.range.start.line === statutLine);
    expect(onStatut.length).toBeGreaterThan(0);
    expect(onStatut.map((d) => d.message).join(' ')).toMatch(/brouillon|elabore|valide|termine/);
    expect(onStatut.every((d) => d.severity === DiagnosticSeverity.Warning || d.severity === DiagnosticSeverity.Error)).toBe(true);
    expect(messages.join(' ')).toMatch(/champInconnu/);
    expect(messages.join(' ')).toMatch(/mdph|demande|situation/);
  });

  it('reports nothing on the fixture-like valid document', async () => {
    const example = {
      $schema: schemaId('tableau-derogations'),
      typeDocument: 'tableau-derogations',
      versionSchema: '1.0.0',
      identifiant: 'TAB-1',
      intitule: 'Tableau',
      departement: '35',
      lignes: [
        {
          identifiant: 'AGR-01',
          famille: 'agrement',
          typeObjet: 'age',
          objet: 'Âge',
          exemplesSituations: [],
          conditionsMiseEnOeuvre: 'Conditions',
          modaliteAutorisation: 'delegation',
          conditionsSuivi: 'Suivi',
          parametres: { age: { autorise: { max: 16 }, deroge: { max: 20 } } },
        },
      ],
    };
    const { document, json } = open(JSON.stringify(example, null, 2));
    expect(await service.doValidation(document, json)).toEqual([]);
  });
});
