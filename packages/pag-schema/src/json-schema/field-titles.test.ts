import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from './build.js';
import { fieldSteps } from './field-titles.js';

const pag = buildJsonSchema('pag') as Record<string, unknown>;

describe('fieldSteps', () => {
  it('names each field of a path by its schema title, following $ref and array items', () => {
    expect(fieldSteps(pag, '/motifFin')).toEqual([{ token: 'motifFin', index: false, title: 'Motif de fin' }]);
    const steps = fieldSteps(pag, '/contexte/besoins/0/besoin/code');
    expect(steps.map((s) => s.token)).toEqual(['contexte', 'besoins', '0', 'besoin', 'code']);
    expect(steps[1]).toMatchObject({ title: 'Besoins identifiés' });
    expect(steps[2]).toMatchObject({ index: true });
    expect(steps[4]).toMatchObject({ title: 'Code du besoin' });
  });
  it('stops naming after a token the schema does not describe, and never throws', () => {
    expect(fieldSteps(pag, '/inconnu/x')).toEqual([
      { token: 'inconnu', index: false },
      { token: 'x', index: false },
    ]);
    expect(fieldSteps(pag, '')).toEqual([]);
    expect(fieldSteps(pag, 'pas-un-pointeur')).toEqual([]);
    expect(fieldSteps(pag, '/a~1b~0c')[0]?.token).toBe('a/b~c');
  });
});
