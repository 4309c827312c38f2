import fc from 'fast-check';
import { examplePag, scenarios } from '@serafin-ph/fixtures';
import { pagArbitrary, validPagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import type { Pag } from '@serafin-ph/pag-schema/types';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { assertValidFhir } from '../../test/medplum.js';
import { checkFhir } from '../check-fhir.js';
import { precisionConflictsWithTddui } from './decisions.js';
import { fromFhirBundle } from './from-fhir-bundle.js';
import { toFhirBundle } from './to-fhir-bundle.js';

/** The PAG as it reads back: the JSON of the document (vendor extension values go through JSON). */
function normalised(pag: Pag): unknown {
  return JSON.parse(JSON.stringify(pag));
}

/** Round trip and R4 validity; with `clean`, no checkFhir error either (a PAG the validators accept gives a TDDUI-clean bundle). */
function roundTrip(pag: Pag, clean = true): void {
  const bundle = toFhirBundle(pag);
  assertValidFhir(bundle);
  if (clean) expect(checkFhir(bundle).issues.filter((i) => i.severity === 'error')).toEqual([]);
  const { document, notMapped } = fromFhirBundle(JSON.parse(JSON.stringify(bundle)));
  expect(notMapped).toEqual([]);
  expect(document).toEqual(normalised(pag));
}

const pags = scenarios.filter((s) => s.typeDocument === 'pag');

describe('toFhirBundle / fromFhirBundle', () => {
  it.each(pags.map((s) => [s.id, s] as const))('round trip, R4-valid and checkFhir-clean: scenario %s', (_, s) => {
    roundTrip(s.document() as Pag);
  });

  it('the night slots of a boarding school carry their real duration (finLendemain), and read back identical', () => {
    const s = pags.find((p) => p.id === 'internat-nuits-semaines-alternees-periodes')!;
    const pag = s.document() as Pag;
    const nights = (pag.annexes?.emploiDuTemps ?? []).filter((c) => c.finLendemain === true);
    expect(nights.length).toBeGreaterThan(0);
    const bundle = toFhirBundle(pag);
    const plan = bundle.entry!.map((e) => e.resource!).find((r) => r.resourceType === 'CarePlan')!;
    const timings = (plan.resourceType === 'CarePlan' ? (plan.activity ?? []) : []).flatMap((a) => (a.detail?.scheduledTiming ? [a.detail.scheduledTiming.repeat!] : []));
    for (const c of nights) {
      const start = Number(c.heureDebut.slice(0, 2)) * 60 + Number(c.heureDebut.slice(3));
      const end = Number(c.heureFin.slice(0, 2)) * 60 + Number(c.heureFin.slice(3));
      expect(timings).toContainEqual(expect.objectContaining({ timeOfDay: [`${c.heureDebut}:00`], duration: end + 1440 - start, durationUnit: 'min' }));
    }
    roundTrip(pag);
  });

  it('round trip on the complete example', () => {
    roundTrip(examplePag() as unknown as Pag);
  });

  it('an object that holds no field (a holder of parental authority of whom nothing is known yet) is R4-valid and reads back as {}', () => {
    // Found by the property test below (seed -2010327837): an extension with neither sub-extensions nor a value broke ext-1.
    const pag = examplePag() as unknown as Pag;
    const situation = pag.situation as unknown as Record<string, unknown>;
    situation['titulairesAutoriteParentale'] = [{}, ...((situation['titulairesAutoriteParentale'] as unknown[] | undefined) ?? [])];
    roundTrip(pag, false);
    const bundle = JSON.stringify(toFhirBundle(pag));
    expect(bundle).toContain('{"url":"titulairesAutoriteParentale","extension":[{"url":"vide","valueBoolean":true}]}');
  });

  // Each run writes a Bundle, checks it with the R4 validator and reads it back (about 20 ms): 1,000 runs in the thorough mode,
  // 50 every day (30 with long lists).
  it('round trip and R4 validity on generated schema-valid PAGs', () => {
    fc.assert(
      fc.property(pagArbitrary(), (pag) => roundTrip(pag as unknown as Pag, false)),
      { numRuns: runs(1_000, 50) },
    );
  }, 240_000);

  it('round trip and R4 validity on generated PAGs with any Unicode text and long lists', () => {
    // A FHIR string needs non-whitespace content; the PAG schema accepts a text of spaces only (see the guide): left out here.
    const blank = (value: unknown): boolean => (typeof value === 'string' ? value.trim() === '' : typeof value === 'object' && value !== null && Object.values(value).some(blank));
    const texts = pagArbitrary({ unicode: true, maxArrayLength: 5 }).filter((pag) => !blank(pag));
    fc.assert(
      fc.property(texts, (pag) => roundTrip(pag as unknown as Pag, false)),
      { numRuns: runs(400, 30) },
    );
  }, 240_000);

  it('a text of spaces only is written as is, and the R4 validator refuses it (known limit)', () => {
    const pag = examplePag() as unknown as Pag;
    pag.contexte.historique = ' ';
    expect(() => assertValidFhir(toFhirBundle(pag))).toThrow(/non-whitespace/);
    expect(fromFhirBundle(toFhirBundle(pag)).document).toEqual(normalised(pag));
  });

  it('round trip, R4 validity and no checkFhir error on generated PAGs valid for the business rules', () => {
    const tdduiCompatible = validPagArbitrary().filter(
      (pag) => !pag.situation.droitsPrestations.some((d) => precisionConflictsWithTddui(d.codeDroitPrestation, d.precisionOrientation)),
    );
    fc.assert(
      fc.property(tdduiCompatible, (pag) => roundTrip(pag as unknown as Pag)),
      { numRuns: runs(1_000, 50) },
    );
  }, 240_000);

  it('a precision the TDDUI forbids for the orientation is carried as written, and checkFhir flags it', () => {
    const pag = examplePag() as unknown as Pag;
    pag.situation.droitsPrestations = [{ codeDroitPrestation: '8.6', precisionOrientation: '1', dateDecision: '2025-01-06' }];
    const bundle = toFhirBundle(pag);
    expect(
      checkFhir(bundle)
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.ruleId),
    ).toEqual(['FHIR-DECISION-002']);
    expect(fromFhirBundle(bundle).document).toEqual(normalised(pag));
  });
});

describe('toFhirBundle on what is not a PAG', () => {
  it.each([null, 1, 'pag', {}, { mdph: { departement: '35' } }])('%j: a TypeError that says so in French then English, with the original error as cause', (value) => {
    let error: unknown;
    try {
      toFhirBundle(value as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^toFhirBundle : le document n’a pas la forme d’un PAG .* \/ toFhirBundle: the document is not shaped like a PAG/);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});
