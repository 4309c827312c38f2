import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERSONAL_DATA_POINTERS } from '@serafin-ph/pag-schema';
import { describe, expect, it } from 'vitest';
import {
  collectArrayItemTitles,
  collectCodePositions,
  collectDatePositions,
  collectNodeInfo,
  collectPublicCodePositions,
  collectUnions,
  coveringPersonalDataPointers,
  DOCUMENT_TYPES,
  loadSchemas,
} from '../../scripts/generators/structure.js';
import { info as pagInfo } from '../generated/structure/pag-info.js';
import { info as conventionInfo } from '../generated/structure/convention-territoriale-info.js';
import { info as tableInfo } from '../generated/structure/tableau-derogations-info.js';
import type { CheckNode } from './check-schema.js';
import { decodeSchemaInfo, encodeSchemaInfo } from './schema-info-codec.js';
import { schemaNodePointers } from './schema-node-pointers.js';

const schemas = loadSchemas(join(fileURLToPath(new URL('.', import.meta.url)), '..', '..'));
const shipped = { pag: pagInfo, 'convention-territoriale': conventionInfo, 'tableau-derogations': tableInfo };

describe('compact schema info', () => {
  for (const type of DOCUMENT_TYPES) {
    it(`${type}: the decoded module equals what the schema walk collects, key order included`, () => {
      const schema = schemas[type];
      const expected = {
        schemaId: schema['$id'],
        nodes: collectNodeInfo(schema),
        personalData: coveringPersonalDataPointers(PERSONAL_DATA_POINTERS[type]),
        unions: collectUnions(schema),
        codes: collectCodePositions(schema),
        dates: collectDatePositions(schema),
        publicCodes: collectPublicCodePositions(schema),
        arrayItems: collectArrayItemTitles(schema),
      };
      // JSON text: same values and same key order.
      expect(JSON.stringify(shipped[type])).toBe(JSON.stringify(expected));
      expect(Object.keys(shipped[type].nodes).length).toBeGreaterThan(50);
    });
  }
  it('pointers sharing tokens, the root pointer, an empty token and empty lists survive a round trip', () => {
    const info = {
      schemaId: 'x',
      nodes: {
        '': { t: 'Racine' },
        '/properties/a': { p: true as const },
        '/properties/a/items': { f: 'date', m: 'M' },
        '/properties/': { t: 'vide' },
        '/$defs/B/properties/a': { s: 'S', n: 'N' },
      },
      personalData: [],
      unions: {},
      codes: [{ pattern: '/a/*', kind: 'besoin' as const }],
      dates: [
        { pattern: '/a/*/b', format: 'date' as const },
        { pattern: '/a/*/c', format: 'date-time' as const },
      ],
      publicCodes: ['/a/*/code'],
      arrayItems: { '/a': 'Élément' },
    };
    expect(JSON.stringify(decodeSchemaInfo(encodeSchemaInfo(info)))).toBe(JSON.stringify(info));
  });
  it('refuses a value the text form cannot hold', () => {
    const info = { schemaId: 'x', nodes: { '/a': { t: 'deux\tcolonnes' } }, personalData: [], unions: {}, codes: [], dates: [], publicCodes: [], arrayItems: {} };
    expect(() => encodeSchemaInfo(info)).toThrow(/compact form/);
  });
});

describe('compact schema info along the validation table', () => {
  const table: CheckNode = {
    type: 'object',
    properties: { a: { type: 'array', items: { type: 'string' } }, b: true, 'c/d': {} },
    anyOf: [{ required: ['a'] }, { required: ['b'] }],
    $defs: { D: { type: 'string' } },
  };
  const info = {
    schemaId: 'x',
    nodes: {
      '': { t: 'Racine' },
      '/properties/a/items': { f: 'date', m: 'M' },
      '/properties/c~1d': { t: 'Échappé' },
      '/$defs/D': { p: true as const },
      '/anyOf/1': { t: 'Deuxième' },
    },
    personalData: ['/a'],
    unions: {},
    codes: [],
    dates: [],
    publicCodes: [],
    arrayItems: {},
  };
  it('lists the table’s nodes in the schema walk’s order (maps, then lists, then single subschemas; no boolean schema)', () => {
    expect(schemaNodePointers(table)).toEqual(['', '/properties/a', '/properties/a/items', '/properties/c~1d', '/$defs/D', '/anyOf/0', '/anyOf/1']);
  });
  it('names the nodes by the count of table nodes they skip, and decodes them back, key order included', () => {
    const encoded = encodeSchemaInfo(info, table);
    expect(encoded.nodes.split('\n').map((l) => l.split('\t')[0])).toEqual(['0', '1', '0', '0', '1']);
    expect(JSON.stringify(decodeSchemaInfo(encoded, table))).toBe(JSON.stringify(info));
    expect(() => decodeSchemaInfo(encoded)).toThrow(/validation table is needed/);
  });
  it('refuses a node that is not in the table, or not in its order', () => {
    expect(() => encodeSchemaInfo({ ...info, nodes: { '/properties/z': { t: 'Z' } } }, table)).toThrow(/not a node of the validation table/);
    expect(() => encodeSchemaInfo({ ...info, nodes: { '/$defs/D': { t: 'D' }, '/properties/a': { t: 'A' } } }, table)).toThrow(/not a node of the validation table/);
  });
});
