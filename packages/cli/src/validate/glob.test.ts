import { describe, expect, it } from 'vitest';
import { compileGlob, isGlob } from './glob.js';

describe('glob', () => {
  it('recognises glob syntax', () => {
    expect(isGlob('a/*.json')).toBe(true);
    expect(isGlob('a/b.json')).toBe(false);
    expect(isGlob('a/{b,c}.json')).toBe(true);
  });

  it('splits the static base', () => {
    expect(compileGlob('data/in/*.json').base).toBe('data/in');
    expect(compileGlob('*.json').base).toBe('');
    expect(compileGlob('/tmp/x/**/*.ndjson').base).toBe('/tmp/x');
  });

  it.each([
    ['*.json', 'a.json', true],
    ['*.json', 'sub/a.json', false],
    ['*.json', '.hidden.json', false],
    ['.*.json', '.hidden.json', true],
    ['**/*.json', 'a.json', true],
    ['**/*.json', 'x/y/z/a.json', true],
    ['**/*.json', 'x/.git/a.json', false],
    ['**', 'x/y', true],
    ['a/**/b.json', 'a/b.json', true],
    ['a/**/b.json', 'a/x/y/b.json', true],
    ['pag-?.json', 'pag-1.json', true],
    ['pag-?.json', 'pag-10.json', false],
    ['pag-[0-9][0-9].json', 'pag-42.json', true],
    ['pag-[!0-9]*.json', 'pag-x.json', true],
    ['pag-[!0-9]*.json', 'pag-4.json', false],
    ['*.{json,ndjson}', 'a.ndjson', true],
    ['*.{json,ndjson}', 'a.jsonl', false],
    ['{pag,conv}-*.json', 'conv-1.json', true],
    ['{pag,conv}-*.json', 'x-1.json', false],
    ['a+b(1)*.json', 'a+b(1)-x.json', true],
    ['a+b(1)*.json', 'aab(1)-x.json', false],
    ['\\*.json', '*.json', true],
    ['\\*.json', 'a.json', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    const glob = compileGlob(pattern);
    expect(glob.matches(path)).toBe(expected);
  });

  it('prunes folders that cannot contain matches', () => {
    const glob = compileGlob('2025-*/pag/*.json');
    expect(glob.mayContain('2025-01')).toBe(true);
    expect(glob.mayContain('2024-12')).toBe(false);
    expect(glob.mayContain('2025-01/pag')).toBe(true);
    expect(glob.mayContain('2025-01/pag/deeper')).toBe(false);
    expect(compileGlob('x/**/*.json').mayContain('x/a/b/c')).toBe(true);
  });
});
