import { describe, expect, it } from 'vitest';
import type { CheckNode } from './check-schema.js';
import { tableDefinition } from './table-definition.js';
import { tableVerdict } from './table-verdict.js';
import { walkingValidator } from './walk-errors.js';

// Definition names that a JSON Pointer token must escape: "~" is written "~0", "/" is written "~1".
const root: CheckNode = {
  $defs: { 'a/b': { type: 'string' }, 'x~y': { type: 'number' }, plain: { type: 'boolean' } },
  type: 'object',
  properties: { s: { $ref: '#/$defs/a~1b' }, n: { $ref: '#/$defs/x~0y' }, b: { $ref: '#/$defs/plain' } },
} as unknown as CheckNode;

describe('tableDefinition', () => {
  it('reads an escaped definition name as the walker and the table verdict both need it', () => {
    expect(tableDefinition(root, '#/$defs/a~1b', 'test')).toEqual({ type: 'string' });
    expect(tableDefinition(root, '#/$defs/x~0y', 'test')).toEqual({ type: 'number' });
    expect(tableDefinition(root, '#/$defs/plain', 'test')).toEqual({ type: 'boolean' });
  });

  it('refuses a reference of another form or to no definition, naming its reader', () => {
    expect(() => tableDefinition(root, '#/$defs/absent', 'structure verdict')).toThrow('structure verdict: unresolved $ref #/$defs/absent');
    expect(() => tableDefinition(root, '#/definitions/plain', 'structure walk')).toThrow('structure walk: unresolved $ref');
    expect(() => tableDefinition(root, '#/$defs/a/b', 'x')).toThrow('x: unresolved');
  });

  it('gives the walker and the verdict the same answer through escaped references', () => {
    const verdict = tableVerdict(root);
    const walker = walkingValidator(root);
    for (const [value, valid] of [
      [{ s: 'x', n: 1, b: true }, true],
      [{ s: 1, n: 1, b: true }, false],
      [{ s: 'x', n: 'y', b: true }, false],
      [{ s: 'x', n: 1, b: 0 }, false],
    ] as const) {
      expect(verdict(value)).toBe(valid);
      expect(walker(value)).toBe(valid);
    }
  });
});
