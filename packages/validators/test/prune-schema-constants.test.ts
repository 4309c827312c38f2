import { describe, expect, it } from 'vitest';
import { pruneSchemaConstants } from '../scripts/generators/structure.js';

describe('pruneSchemaConstants (generator)', () => {
  it('keeps exactly the paths the code reads, whole constants when read whole, drops unread ones', () => {
    const code =
      'const schema1 = {"properties":{"a":{"enum":["x","y"]},"b":{"type":"string"}},"$defs":{"Big":{"type":"object"}}};' +
      'const schema2 = {"enum":[1,2]};' +
      'const schema3 = {"unused":true};' +
      'function validate1(data){if(!func1.call(schema1.properties, k)){} const e = schema1.properties.a.enum; const f = schema2; return true;}' +
      'export const validate = validate1;';
    const out = pruneSchemaConstants(code);
    expect(out).toContain('const schema1 = {"properties":{"a":{"enum":["x","y"]},"b":{"type":"string"}}};');
    expect(out).not.toContain('$defs');
    expect(out).toContain('const schema2 = {"enum":[1,2]};');
    expect(out).not.toContain('schema3');
    expect(out).toContain('function validate1(data)');
  });
});
