/**
 * The JSON Schemas of earlier versions stay in the package, unchanged, at
 * their own `$id`, beside the current ones; the current schema accepts every
 * earlier `versionSchema`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStrictAjv } from '../../test/support/ajv.js';
import { packageRoot } from '../../test/package-root.js';
import { ACCEPTED_SCHEMA_VERSIONS, DOCUMENT_TYPES, PREVIOUS_SCHEMA_VERSIONS, SCHEMA_VERSION, schemaId, schemaPathInPackage } from '../version.js';

const read = (path: string) => JSON.parse(readFileSync(join(packageRoot, path), 'utf8')) as Record<string, unknown>;

describe('previous schema versions', () => {
  it('accept every earlier version in versionSchema', () => {
    expect(ACCEPTED_SCHEMA_VERSIONS).toEqual([...PREVIOUS_SCHEMA_VERSIONS, SCHEMA_VERSION]);
  });

  for (const version of PREVIOUS_SCHEMA_VERSIONS) {
    for (const type of DOCUMENT_TYPES) {
      it(`${version}/${type} is published at its own $id and compiles beside the current one`, () => {
        const old = read(schemaPathInPackage(type, version));
        const current = read(schemaPathInPackage(type));
        expect(old['$id']).toBe(schemaId(type, version));
        expect(current['$id']).toBe(schemaId(type));
        const ajv = createStrictAjv();
        ajv.addSchema(old);
        ajv.addSchema(current);
        expect(ajv.getSchema(schemaId(type, version))).toBeDefined();
        const versionSchema = (old['properties'] as Record<string, { enum?: unknown }>)['versionSchema'];
        expect(versionSchema?.enum).toEqual([version]);
      });
    }
  }
});
