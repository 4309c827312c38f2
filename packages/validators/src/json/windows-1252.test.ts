import { describe, expect, it } from 'vitest';
import { looksLikeWindows1252, windows1252Character } from './windows-1252.js';

describe('windows1252Character', () => {
  it('reads 0x80–0x9F as Windows-1252 does, leaves its five undefined bytes undefined, and Latin-1 elsewhere', () => {
    expect([0x80, 0x92, 0x9c, 0x9f, 0xe9, 0xa0, 0x41].map(windows1252Character)).toEqual(['€', '’', 'œ', 'Ÿ', 'é', '\u00a0', 'A']);
    expect([0x81, 0x8d, 0x8f, 0x90, 0x9d, -1, 256, 1.5].map(windows1252Character)).toEqual(Array(8).fill(undefined));
    // 27 of the 32 bytes of 0x80–0x9F are defined
    const defined = Array.from({ length: 32 }, (_, i) => 0x80 + i).filter((b) => windows1252Character(b) !== undefined);
    expect(defined).toHaveLength(27);
  });
});

describe('looksLikeWindows1252', () => {
  it('refuses its undefined bytes and control characters other than tab, LF and CR', () => {
    expect(looksLikeWindows1252(Uint8Array.of(0x22, 0xe9, 0x92, 0x80, 0x09, 0x0a, 0x0d, 0x7f, 0xff))).toBe(true);
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x00, 0x01, 0x1b, 0x1f]) expect(looksLikeWindows1252(Uint8Array.of(0x22, b))).toBe(false);
    expect(looksLikeWindows1252(new Uint8Array())).toBe(true);
  });
});
