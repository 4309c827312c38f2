import { describe, expect, it } from 'vitest';
import { staleGeneratedFiles } from '../../../scripts/lib/generated-files.js';
import { layoutGenerator, packageRoot } from '../scripts/generate.js';
import { stylesHashGenerator } from '../scripts/styles-hash.js';

describe('generated files', () => {
  it('are what the generators write from the published schemas and the stylesheet', () => {
    expect(staleGeneratedFiles(packageRoot, [...layoutGenerator.run(), ...stylesHashGenerator.run()])).toEqual([]);
  });
});
