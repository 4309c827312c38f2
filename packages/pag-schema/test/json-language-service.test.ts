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
    expect(labels).toEqual(expect.arrayContaining(['typeDocument', 'versionSchema', 'identifiant', 'statut', 'demande', 'situation', 'engagements', 'consentement']));
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

  it('reports a wrong enumeration value, an unknown property and a missing one, in French', async () => {
    const text = JSON.stringify({ $schema: schemaId('pag'), typeDocument: 'pag', versionSchema: '1.0.0', identifiant: 'PAG-1', statut: 'signe', champInconnu: 1 }, null, 2);
    const { document, json } = open(text);
    const diagnostics = await service.doValidation(document, json);
    const lines = text.split('\n');
    const on = (key: string) => diagnostics.filter((d) => d.range.start.line === lines.findIndex((l) => l.includes(`"${key}"`)));
    const statut = on('statut')
      .map((d) => d.message)
      .join(' ');
    expect(statut).toBe('« Statut » : valeur attendue : « brouillon », « elabore », « valide » ou « termine ».');
    expect(on('statut').every((d) => d.severity === DiagnosticSeverity.Warning || d.severity === DiagnosticSeverity.Error)).toBe(true);
    const unknown = on('champInconnu')
      .map((d) => d.message)
      .join(' ');
    expect(unknown).toMatch(/^« Plan d’accompagnement global \(PAG\) » : propriété non prévue ici/);
    expect(unknown).toContain('Vérifiez l’orthographe');
    expect(unknown).toContain('Propriétés possibles : typeDocument, versionSchema, identifiant');
    expect(diagnostics.map((d) => d.message).join(' ')).not.toMatch(/is not allowed|Value is not accepted|Incorrect type/);
    expect(diagnostics.map((d) => d.message).join(' ')).toMatch(/mdph|demande|situation/);
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

  /** The example PAG of the fixtures, with one value replaced by `"§"` (the cursor goes inside it). */
  const examplePag = (find: RegExp): { text: string; line: number; character: number } => {
    const source = readFileSync(join(packageRoot, '../fixtures/data/examples/pag.json'), 'utf8').replace(/^\{/, `{\n  "$schema": "${schemaId('pag')}",`);
    const match = find.exec(source);
    if (match === null) throw new Error(`not in the example: ${find}`);
    const offset = match.index + match[0].length;
    const text = `${source.slice(0, offset)}"§"${source.slice(source.indexOf('"', source.indexOf('"', offset) + 1) + 1)}`;
    const before = text.slice(0, offset + 1).split('\n');
    return { text, line: before.length - 1, character: before[before.length - 1]!.length };
  };

  const completionAt = async (find: RegExp) => {
    const { text, line, character } = examplePag(find);
    const { document, json } = open(text.replace('"§"', '""'));
    const list = await service.doComplete(document, { line, character }, json);
    return list?.items ?? [];
  };

  const documentationOf = (item: { documentation?: unknown } | undefined): string => {
    const d = item?.documentation;
    return typeof d === 'string' ? d : ((d as { value?: string } | undefined)?.value ?? '');
  };

  it('completes a SERAFIN-PH code with its label (enumDescriptions)', async () => {
    const items = await completionAt(/"besoin": \{ "code": /);
    const item = items.find((i) => i.label === '"1.3.3.1"');
    expect(item).toBeDefined();
    expect(documentationOf(item)).toContain('1.3.3.1');
    expect(documentationOf(item)).toContain('Besoins en lien avec la vie scolaire et étudiante');
    const prestation = (await completionAt(/"prestation": \{ "code": /)).find((i) => i.label === '"2.3.3.1"');
    expect(documentationOf(prestation)).toContain('Accompagnements pour mener sa vie d’élève, d’étudiant ou d’apprenti');
  });

  it('completes a TRE_R420 code with its label', async () => {
    const items = await completionAt(/"codeDroitPrestation": /);
    const codes = items.map((i) => i.label);
    expect(codes).toEqual(expect.arrayContaining(['"7.1"', '"8.4"']));
    const label = documentationOf(items.find((i) => i.label === '"7.1"'));
    expect(label).toMatch(/^\**7\.1\** — \S/);
  });

  it('reports a code outside its list and a wrong type in French', async () => {
    const { text } = examplePag(/"codeDroitPrestation": /);
    const withCode = text.replace('"§"', '"99.9"');
    const { document, json } = open(withCode);
    const diagnostics = await service.doValidation(document, json);
    const line = withCode.split('\n').findIndex((l) => l.includes('"99.9"'));
    const messages = diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(messages).toEqual([expect.stringMatching(/^« Droit ou prestation » : code de la liste TRE_R420 attendu/)]);
    const wrongType = open(text.replace('"§"', '7.1'));
    const typeMessages = (await service.doValidation(wrongType.document, wrongType.json)).map((d) => d.message).join(' ');
    expect(typeMessages).toContain('code de la liste TRE_R420 attendu, écrit entre guillemets');
    expect(typeMessages).not.toMatch(/Incorrect type/);
  });
});
