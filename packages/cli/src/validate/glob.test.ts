import { describe, expect, it } from 'vitest';
import { compileGlob, GlobError, isGlob, MAX_ALTERNATIVES } from './glob.js';

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

  it.each([
    ['\\?.json', '?.json', true],
    ['\\?.json', 'a.json', false],
    ['a\\[1].json', 'a[1].json', true],
    ['a\\{b,c}.json', 'a{b,c}.json', true],
    ['a\\{b,c}.json', 'ab.json', false],
    ['[\\]]*.json', ']x.json', true],
    ['*.json', 'é-😀.json', true],
    ['?.json', '😀.json', true],
  ])('escapes and characters: %s matches %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).matches(path)).toBe(expected);
  });

  it('matches in bounded time whatever the stars (attack: *a*a*a*a*.json against long names)', () => {
    // A backtracking matcher needs minutes here (polynomial of the star count); the automaton takes milliseconds.
    const stars = compileGlob(`${'*a'.repeat(40)}*.json`);
    const nearMiss = `${'a'.repeat(100_000)}.jso`;
    const start = performance.now();
    expect(stars.matches(nearMiss)).toBe(false);
    expect(stars.matches(`${'a'.repeat(100_000)}.json`)).toBe(true);
    expect(compileGlob('**/**/**/**/**/**/*.json').matches(`${'d/'.repeat(2_000)}x.jsonl`)).toBe(false);
    // Generous: a broken (super-linear) matcher misses it by orders of magnitude.
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it('refuses a pattern that expands to too many alternatives', () => {
    expect(() => compileGlob('{a,b}'.repeat(9))).toThrow(GlobError);
    expect(compileGlob('{a,b}'.repeat(8)).matches('ab'.repeat(4).slice(0, 8))).toBe(true);
    expect(MAX_ALTERNATIVES).toBe(256);
  });
});
