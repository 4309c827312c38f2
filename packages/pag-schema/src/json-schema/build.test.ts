import { BESOIN_CODES, PRESTATION_DIRECTE_CODES, SERAFIN_SYSTEM } from '@serafin-ph/nomenclature';
import {
  JDV_J328_CODES,
  MESURE_PROTECTION_JURIDIQUE_CODES,
  TRE_R213_CODES,
  TRE_R420_CODES,
  TRE_R421_CODES,
  TRE_R421_SYSTEM,
  TRE_R422_CODES,
  TRE_R66_CODES,
} from '@serafin-ph/nomenclature/referentiels';
import { numberingCodes } from '@serafin-ph/nomenclature';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createStrictAjv } from '../../test/support/ajv.js';
import { ANNOTATION_KEYWORDS } from '../metadata.js';
import { DOCUMENT_TYPES, SCHEMA_VERSION, schemaId } from '../version.js';
import { buildJsonSchema, type JsonSchemaObject } from './build.js';

type Node = JsonSchemaObject;
const schemas = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, buildJsonSchema(t)])) as Record<(typeof DOCUMENT_TYPES)[number], Node>;
const defs = (s: Node) => (s['$defs'] ?? {}) as Record<string, Node>;

/** Every node of a schema with its location. */
function walk(node: unknown, at: string, visit: (n: Node, at: string) => void): void {
  if (Array.isArray(node)) return node.forEach((x, i) => walk(x, `${at}/${i}`, visit));
  if (node === null || typeof node !== 'object') return;
  visit(node as Node, at);
  for (const [k, v] of Object.entries(node as Node)) if (k !== 'enum' && k !== 'const') walk(v, `${at}/${k}`, visit);
}

/**
 * Enumerations are sets: zod keeps them in an object, so integer-like codes
 * (`110`) come before the others (`010`) in the emitted order.
 */
const asSet = (values: unknown) => [...(values as string[])].sort();

/** The `enum` reached through `properties.<path>` from a definition (or the root), following `$ref`s. */
function enumAt(schema: Node, from: Node, path: string[]): unknown {
  let node: Node = from;
  for (const key of path) {
    const ref = node['$ref'];
    if (typeof ref === 'string') node = defs(schema)[ref.replace('#/$defs/', '')] as Node;
    if (key === '[]') node = node['items'] as Node;
    else if (key.startsWith('|')) node = (node['anyOf'] as Node[])[Number(key.slice(1))] as Node;
    else node = (node['properties'] as Record<string, Node>)[key] as Node;
  }
  return node['enum'];
}

describe('published JSON Schemas', () => {
  for (const type of DOCUMENT_TYPES) {
    describe(type, () => {
      const schema = schemas[type];

      it('are JSON Schema 2020-12 with a stable versioned $id', () => {
        expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema['$id']).toBe(`https://serafin-ph.github.io/serafin-ph/schemas/${SCHEMA_VERSION}/${type}.schema.json`);
        expect(schema['$id']).toBe(schemaId(type));
        expect(schema['type']).toBe('object');
        expect(schema['additionalProperties']).toBe(false);
      });

      it('compile with Ajv2020 in strict mode', () => {
        expect(() => createStrictAjv().compile(schema)).not.toThrow();
      });

      it('need the annotation vocabulary in strict mode (the keywords are really used)', () => {
        const bare = new Ajv2020({ strict: true });
        expect(() => bare.compile(schema)).toThrow(/unknown keyword|unknown format/);
      });

      it('give a French title and description to every property and every definition', () => {
        const missing: string[] = [];
        walk(schema, '#', (node, at) => {
          const properties = node['properties'] as Record<string, Node> | undefined;
          if (properties === undefined) return;
          for (const [name, prop] of Object.entries(properties)) {
            if (typeof prop['title'] !== 'string' || typeof prop['description'] !== 'string') missing.push(`${at}/properties/${name}`);
          }
        });
        for (const [name, def] of Object.entries(defs(schema))) {
          if (typeof def['title'] !== 'string' || typeof def['description'] !== 'string') missing.push(`#/$defs/${name}`);
        }
        expect(missing).toEqual([]);
      });

      it('use no keyword outside JSON Schema 2020-12 and the declared annotations', () => {
        const known = new Set([
          '$schema',
          '$id',
          '$comment',
          '$ref',
          '$defs',
          'title',
          'description',
          'type',
          'properties',
          'required',
          'additionalProperties',
          'propertyNames',
          'items',
          'minItems',
          'enum',
          'const',
          'anyOf',
          'oneOf',
          'format',
          'pattern',
          'minLength',
          'maxLength',
          'maxItems',
          'minimum',
          'maximum',
          'deprecated',
          ...ANNOTATION_KEYWORDS,
        ]);
        const unknown = new Set<string>();
        walk(schema, '#', (node, at) => {
          const inProperties = /\/properties$|\/\$defs$/.test(at);
          if (inProperties) return;
          for (const k of Object.keys(node)) if (!known.has(k)) unknown.add(`${at}: ${k}`);
        });
        expect([...unknown]).toEqual([]);
      });

      it('close every object (no silently accepted keys), except `extensions`', () => {
        const open: string[] = [];
        walk(schema, '#', (node, at) => {
          if (node['type'] === 'object' && node['additionalProperties'] !== false) open.push(at);
        });
        expect(open.every((at) => at.endsWith('/properties/extensions'))).toBe(true);
        expect(open.length).toBeGreaterThan(0);
      });

      it('check dates with both format and the zod pattern', () => {
        let dates = 0;
        walk(schema, '#', (node) => {
          if (node['format'] === 'date' || node['format'] === 'date-time') {
            dates++;
            expect(typeof node['pattern']).toBe('string');
          }
        });
        expect(dates).toBeGreaterThan(2);
      });
    });
  }

  it('enumerate exactly the codes of the nomenclature lists', () => {
    const pag = schemas.pag;
    const codeBesoin = defs(pag)['CodeBesoin'] as Node;
    expect(asSet(enumAt(pag, codeBesoin, ['|0', 'code']))).toEqual(asSet([...BESOIN_CODES]));
    expect(asSet(enumAt(pag, codeBesoin, ['|1', 'code']))).toEqual(asSet(numberingCodes('cnsa-2018').filter((c) => c.startsWith('1'))));
    const codePrestation = defs(pag)['CodePrestationEngagee'] as Node;
    expect(asSet(enumAt(pag, codePrestation, ['|0', 'code']))).toEqual(asSet([...PRESTATION_DIRECTE_CODES, '3.2.4', '3.2.4.1', '3.2.4.2', '3.2.4.3']));
    expect(asSet(enumAt(pag, codePrestation, ['|1', 'code']))).toEqual(asSet(numberingCodes('cnsa-2018').filter((c) => c.startsWith('2'))));
    expect(asSet(enumAt(pag, pag, ['motifFin']))).toEqual(asSet([...TRE_R421_CODES]));
    expect(asSet(enumAt(pag, pag, ['situation', 'droitsPrestations', '[]', 'codeDroitPrestation']))).toEqual(asSet([...TRE_R420_CODES]));
    expect(asSet(enumAt(pag, pag, ['situation', 'droitsPrestations', '[]', 'qualificationOrientation']))).toEqual(asSet([...TRE_R422_CODES]));
    expect(asSet(enumAt(pag, pag, ['situation', 'droitsPrestations', '[]', 'precisionOrientation']))).toEqual(
      asSet(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'UEA', 'UEM']),
    );
    expect(asSet(enumAt(pag, pag, ['situation', 'droitsPrestations', '[]', 'modePriseCharge', '[]']))).toEqual(asSet(['46', '47', '48', '238']));
    expect(asSet(enumAt(pag, pag, ['situation', 'droitsPrestations', '[]', 'temporaliteAccueil', '[]']))).toEqual(asSet(['01', '02']));
    expect(asSet(enumAt(pag, pag, ['situation', 'mesureProtection', 'type']))).toEqual(asSet([...MESURE_PROTECTION_JURIDIQUE_CODES]));
    const tableau = schemas['tableau-derogations'];
    const parametres = defs(tableau)['ParametresDerogation'] as Node;
    expect(asSet(enumAt(tableau, parametres, ['publics', 'deroges', '[]']))).toEqual(asSet([...JDV_J328_CODES]));
    expect(asSet(enumAt(tableau, parametres, ['modesAccueil', 'autorises', '[]']))).toEqual(asSet([...TRE_R213_CODES]));
    const ligne = defs(tableau)['LigneDerogation'] as Node;
    expect(asSet(enumAt(tableau, ligne, ['categoriesEtablissement', '[]']))).toEqual(asSet([...TRE_R66_CODES]));
  });

  it('name the code system of coded fields', () => {
    const pag = schemas.pag;
    const motifFin = (pag['properties'] as Record<string, Node>)['motifFin'] as Node;
    expect(motifFin['x-systeme-codes']).toBe(TRE_R421_SYSTEM);
    const besoinAns = ((defs(pag)['CodeBesoin'] as Node)['anyOf'] as Node[])[0] as Node;
    expect(((besoinAns['properties'] as Record<string, Node>)['code'] as Node)['x-systeme-codes']).toBe(SERAFIN_SYSTEM);
  });

  it('accept deprecated codes (reported later by the validators)', () => {
    const pag = schemas.pag;
    const ans = enumAt(pag, defs(pag)['CodeBesoin'] as Node, ['|0', 'code']) as string[];
    expect(ans).toEqual(expect.arrayContaining(['1.2.1', '1.3.1.1', '1.3.5.1']));
    const r66 = enumAt(pag, (defs(pag)['Operateur'] as Node)['oneOf'] !== undefined ? (((defs(pag)['Operateur'] as Node)['oneOf'] as Node[])[0] as Node) : pag, [
      'categorieEtablissement',
    ]) as string[];
    expect(r66).toEqual(expect.arrayContaining(['437', '252']));
  });
});
