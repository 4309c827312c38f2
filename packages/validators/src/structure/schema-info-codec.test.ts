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
import { decodeSchemaInfo, encodeSchemaInfo } from './schema-info-codec.js';

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
