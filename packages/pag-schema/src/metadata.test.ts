import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMAS } from './documents.js';
import { ANNOTATION_KEYWORDS, schemaRegistry } from './metadata.js';
import { PagSchema } from './pag/pag.js';

describe('metadata', () => {
  it('lives in the package registry, not in zod’s global registry', () => {
    expect(schemaRegistry.get(PagSchema)?.title).toBe('Plan d’accompagnement global (PAG)');
    expect(z.globalRegistry.get(PagSchema)).toBeUndefined();
    for (const id of ['Engagement', 'CodeBesoin', 'LigneDerogation']) expect(z.globalRegistry._idmap.has(id)).toBe(false);
  });

  it('reaches z.toJSONSchema only when the registry is passed', () => {
    const withMeta = z.toJSONSchema(DOCUMENT_SCHEMAS.pag, { metadata: schemaRegistry }) as { title?: string };
    const without = z.toJSONSchema(DOCUMENT_SCHEMAS.pag) as { title?: string };
    expect(withMeta.title).toBe('Plan d’accompagnement global (PAG)');
    expect(without.title).toBeUndefined();
  });

  it('declares the annotation keywords', () => {
    expect([...ANNOTATION_KEYWORDS]).toEqual([
      'x-donnees-personnelles',
      'x-systeme-codes',
      'x-numerotation',
      'x-source',
      'x-title-en',
      'x-description-en',
      'patternErrorMessage',
      'enumDescriptions',
      'markdownEnumDescriptions',
      'errorMessage',
    ]);
  });
});
