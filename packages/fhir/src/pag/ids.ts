/**
 * Deterministic `urn:uuid:` full URLs for the entries of a bundle: the same
 * PAG always gives the same bundle (diffable, testable), and no random source
 * is needed. A caller can pass its own generator.
 */

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** A function returning a new `urn:uuid:` full URL at each call. */
export type FullUrlGenerator = () => string;

/**
 * Deterministic generator: UUIDs (version 4 layout) derived from `seed` and a
 * counter.
 */
export function deterministicFullUrls(seed: string): FullUrlGenerator {
  let counter = 0;
  return () => {
    const key = `${seed}\u0000${counter++}`;
    const a = hex8(fnv1a(key, 0x811c9dc5));
    const b = hex8(fnv1a(key, 0x01234567));
    const c = hex8(fnv1a(key, 0x89abcdef));
    const d = hex8(fnv1a(key, 0x3c6ef372));
    return `urn:uuid:${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16)}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
  };
}
