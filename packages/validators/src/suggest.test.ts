import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './index.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('dateNaissance', 'dateNaissance', 3)).toBe(0);
    expect(editDistance('dateNaissnce', 'dateNaissance', 3)).toBe(1);
    expect(editDistance('--formt', '--format', 2)).toBe(1);
    expect(editDistance('statut', 'sattut', 2)).toBe(1);
    expect(editDistance('MERE', 'MTH', 4)).toBe(3);
  });

  it('stops at limit + 1 on distant strings', () => {
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closestName', () => {
  it('returns the closest candidate, case ignored, ties to the first', () => {
    expect(closestName('dateNaissnce', ['nomNaissance', 'dateNaissance'])).toBe('dateNaissance');
    expect(closestName('--FORMT', ['--format', '--force'])).toBe('--format');
    expect(closestName('ab', ['ac', 'ad'])).toBe('ac');
  });

  it('returns nothing when no candidate is close enough', () => {
    expect(closestName('--verbose', ['--format', '--lang'])).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});
