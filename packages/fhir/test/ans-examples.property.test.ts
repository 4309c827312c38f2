/**
 * The real ANS examples, mutated at random where a sender writes codes: any
 * code, system or display of any Coding replaced by a code of another list, of
 * another numbering, a ROR id, text or a non-string. `checkFhir` never throws
 * (an unknown TRE_R420 type once threw, found by hand on the decision example)
 * and every issue points into the resource it was given.
 *
 * Les exemples réels de l'ANS faussés au hasard là où un émetteur écrit des
 * codes : `checkFhir` ne lève jamais d'exception et chaque anomalie désigne un
 * élément de la ressource.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { numberingCodes } from '@serafin-ph/nomenclature';
import { treR420DroitPrestation } from '@serafin-ph/nomenclature/referentiels';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../scripts/lib/property-runs.js';
import { checkFhir } from '../src/index.js';

const DIR = new URL('./ans-examples/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

type Json = Record<string, unknown>;

/** JSON Pointers of every object holding a `system` (Codings, ValueSet includes), in document order. */
function codingPointers(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => codingPointers(v, `${pointer}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Json;
  return [
    ...(typeof node['system'] === 'string' ? [pointer] : []),
    ...Object.keys(node).flatMap((k) => codingPointers(node[k], `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)),
  ];
}

function resolve(root: unknown, pointer: string): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return { found: false, value: undefined };
    node = (node as Json)[key];
  }
  return { found: true, value: node };
}

const SYSTEMS = [
  'https://smt.esante.gouv.fr/terminologie-SERAFINPH',
  'http://smt.esante.gouv.fr/terminologie-SERAFINPH',
  'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation',
  'https://mos.esante.gouv.fr/NOS/TRE_R327-TypeDecision/FHIR/TRE-R327-TypeDecision',
  'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge',
  'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/',
  'https://mos.esante.gouv.fr/NOS/TRE_R240-TemporaliteAccueil/FHIR/TRE-R240-TemporaliteAccueil',
  'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j401-categorie-droit-prestation-ms',
  'https://mos.esante.gouv.fr/NOS/TRE_XXX-Placeholder/FHIR/TRE-XXX-Placeholder',
  'urn:oid:1.2.250.1.213.3.3.271',
  'http://example.org/other',
];

const codes = fc.oneof(
  fc.constantFrom(...numberingCodes('ans-2023')),
  fc.constantFrom(...numberingCodes('cnsa-2018')),
  fc.constantFrom(...numberingCodes('ror-r265')),
  fc.constantFrom(...treR420DroitPrestation.codes, '8.99', '99', '99.1', '13', '7.8'),
  fc.constantFrom('01', '02', '03', '28', '47', '49', '9999', '', ' 1.1', '1.1 '),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.oneof(codes, fc.constantFrom(...SYSTEMS), fc.constantFrom(null, 0, 1.5, true, {}, [], ['1.1'], { code: '1' }));

const mutation = fc.record({
  at: fc.nat(),
  field: fc.constantFrom('code', 'system', 'display', 'coding'),
  value: fc.oneof({ weight: 4, arbitrary: codes }, { weight: 2, arbitrary: fc.constantFrom(...SYSTEMS) }, { weight: 1, arbitrary: anyValue }),
});

describe('the real ANS examples, mutated at random where codes are written', () => {
  it.each(FILES)('%s: checkFhir never throws, and every issue points into the resource', (file) => {
    const original = readFileSync(new URL(file, DIR), 'utf8');
    const pointers = codingPointers(JSON.parse(original));
    expect(pointers.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const resource = JSON.parse(original) as Json;
        for (const m of mutations) {
          const target = resolve(resource, pointers[m.at % pointers.length]!).value as Json;
          // `coding`: the whole Coding replaced by a value (a sender writing a bare code where a Coding goes)
          if (m.field === 'coding') Object.assign(target, { system: SYSTEMS[m.at % SYSTEMS.length], code: m.value });
          else target[m.field] = m.value;
        }
        const report = checkFhir(resource);
        expect(report.valid).toBe(!report.issues.some((i) => i.severity === 'error'));
        for (const issue of report.issues) {
          expect(resolve(resource, issue.path).found, `${issue.ruleId} ${issue.path}`).toBe(true);
          expect(issue.expression.startsWith(resource['resourceType'] as string)).toBe(true);
          expect(issue.message).not.toBe('');
        }
      }),
      { numRuns: runs(2_000, 150) },
    );
  });
});

/** JSON Pointers of every object and array of a value, the root included. */
function containerPointers(value: unknown, pointer = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  return [pointer, ...keys.flatMap((k) => containerPointers((value as Json)[k], `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

describe('the real ANS examples made cyclic in memory', () => {
  it.each(FILES)('%s: a cycle closed anywhere is reported where it closes, and every other issue is the same as without it', (file) => {
    const original = readFileSync(new URL(file, DIR), 'utf8');
    const expected = checkFhir(JSON.parse(original)).issues;
    const containers = containerPointers(JSON.parse(original));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (from, to) => {
        // a new member `cycle` on the object at `from` (or pushed into the array) that points back to `to`, one of its ancestors or itself
        const resource = JSON.parse(original) as Json;
        const fromPointer = containers[from % containers.length]!;
        const ancestors = containers.filter((p) => fromPointer === p || fromPointer.startsWith(`${p}/`));
        const target = resolve(resource, ancestors[to % ancestors.length]!).value;
        const holder = resolve(resource, fromPointer).value;
        let closes: string;
        if (Array.isArray(holder)) {
          closes = `${fromPointer}/${holder.length}`;
          holder.push(target);
        } else {
          closes = `${fromPointer}/cycle`;
          (holder as Json)['cycle'] = target;
        }
        const report = checkFhir(resource);
        const cycles = report.issues.filter((i) => i.ruleId === 'FHIR-INPUT-002');
        expect(cycles.map((i) => i.path)).toEqual([closes]);
        const sameAs = (i: { ruleId: string; path: string }) => `${i.ruleId} ${i.path}`;
        expect(report.issues.filter((i) => i.ruleId !== 'FHIR-INPUT-002').map(sameAs)).toEqual(expected.map(sameAs));
        expect(report.valid).toBe(false);
      }),
      { numRuns: runs(300, 40) },
    );
  });
});
