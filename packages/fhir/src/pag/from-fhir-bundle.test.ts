import fc from 'fast-check';
import { examplePag } from '@serafin-ph/fixtures';
import type { Pag } from '@serafin-ph/pag-schema/types';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { fromFhirBundle } from './from-fhir-bundle.js';
import { toFhirBundle } from './to-fhir-bundle.js';

const bundle = JSON.parse(JSON.stringify(toFhirBundle(examplePag() as unknown as Pag))) as Record<string, unknown>;
const name = (examplePag() as unknown as { situation: { personne: { nomNaissance: string } } }).situation.personne.nomNaissance;

/** Every path (list of keys) of a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const ALL = paths(bundle).filter((p) => p.length > 0);

function mutate(path: (string | number)[], replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

describe('fromFhirBundle on damaged or foreign input', () => {
  it('never throws and reports anything that is not a PAG bundle', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = fromFhirBundle(value);
        if (r.document === undefined) expect(r.notMapped.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(2_000, 200) },
    );
  }, 240_000);

  it('never throws on a bundle with one element removed or replaced, and never quotes a personal value', () => {
    const replacements = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant('x'),
      fc.constant(7),
      fc.constant([]),
      fc.constant({}),
      fc.constant({ reference: 'urn:uuid:nowhere' }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ALL), replacements, (path, replacement) => {
        const r = fromFhirBundle(mutate(path, replacement));
        expect(r.notMapped.filter((n) => n.messageEn.startsWith('Bundle of an unexpected shape'))).toEqual([]);
        for (const n of r.notMapped) {
          expect(n.message).not.toContain(name);
          expect(n.messageEn).not.toContain(name);
        }
      }),
      { numRuns: runs(2_000, 300) },
    );
  }, 240_000);

  it('reports a resource the plan does not reference, and an unknown extension', () => {
    const copy = JSON.parse(JSON.stringify(bundle)) as { entry: { resource: Record<string, unknown> }[] };
    copy.entry.push({ resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' } } });
    copy.entry[0]!.resource['extension'] = [{ url: 'https://example.org/ext', valueString: 'x' }];
    const r = fromFhirBundle(copy);
    expect(r.notMapped.map((n) => n.reason).sort()).toEqual(['resource-not-read', 'unknown-extension']);
    expect(r.notMapped.find((n) => n.reason === 'resource-not-read')?.expression).toBe(`Bundle.entry[${copy.entry.length - 1}].resource`);
  });
});
