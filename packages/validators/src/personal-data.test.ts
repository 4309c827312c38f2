import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversPointer, tokens } from './json/pointer.js';
import { isPersonalData, personalDataPointers } from './personal-data.js';
import { DOCUMENT_TYPES, type DocumentType } from './types.js';
import { runs } from '../../../scripts/lib/property-runs.js';

/** The general reading: tokens of the pointer against tokens of each pattern. */
function reference(type: DocumentType, path: string): boolean {
  const t = tokens(path);
  return personalDataPointers(type).some((p) => coversPointer(tokens(p), t));
}

describe('isPersonalData reads pointers in place exactly as the token reading does', () => {
  const segment = fc.oneof(
    fc.constantFrom('situation', 'personne', 'nom', 'engagements', 'operateur', 'contact', 'contexte', 'besoins', 'signataires', 'lignes', '0', '1', '12', '', 'a~1b', 'x~0', '*'),
    fc.string({ maxLength: 6 }),
  );
  it('on 20,000 pointers (wildcards, empty and escaped tokens, malformed pointers)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES), fc.array(segment, { maxLength: 7 }), fc.boolean(), (type, segments, malformed) => {
        const path = segments.length === 0 ? '' : `${malformed ? '' : '/'}${segments.join('/')}`;
        expect(isPersonalData(type, path)).toBe(reference(type, path));
      }),
      { numRuns: runs(20_000) },
    );
  });

  it('on every personal-data pattern, instantiated and extended', () => {
    for (const type of DOCUMENT_TYPES) {
      for (const p of personalDataPointers(type)) {
        const concrete = p.replace(/\*/g, '3');
        for (const path of [concrete, `${concrete}/x`, concrete.slice(0, concrete.lastIndexOf('/')), `${concrete}x`]) {
          expect([type, path, isPersonalData(type, path)]).toEqual([type, path, reference(type, path)]);
        }
      }
    }
  });
});
