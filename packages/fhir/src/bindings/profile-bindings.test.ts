import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_BINDINGS, type ProfileBinding } from './profile-bindings.js';

const profiles = new URL('../../test/ans-profiles/', import.meta.url);

interface Element {
  readonly id: string;
  readonly binding?: { readonly strength: string; readonly valueSet: string };
}
interface StructureDefinition {
  readonly url: string;
  readonly differential: { readonly element: readonly Element[] };
}

const definitions: StructureDefinition[] = readdirSync(profiles)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, profiles), 'utf8')) as StructureDefinition);
const fsh = readFileSync(new URL('fsh/SDO_SDOTask.fsh', profiles), 'utf8');

/** The JDV number of a value set URL or FSH alias (`JDV_J264…` or `$JDV-J30-…`), if any. */
function jdv(name: string): string | undefined {
  return /JDV[-_](J\d+)/.exec(name)?.[1];
}

/** The FSH path of an ElementDefinition id of a Task input slice: `Task.input:x.value[x]` → `input[x].value[x]`. */
function fshPath(element: string): string {
  return element.replace(/^Task\./, '').replace(/input:([A-Za-z_]+)/, 'input[$1]');
}

const FSH_RULE = /^\* (\S+) from (\S+) \((required|extensible|preferred|example)\)\s*$/gm;
const fshBindings = [...fsh.matchAll(FSH_RULE)].map((m) => ({ path: m[1]!, alias: m[2]!, strength: m[3]! }));

describe('PROFILE_BINDINGS', () => {
  const fromDefinitions = PROFILE_BINDINGS.filter((b) => b.publishedIn === 'structure-definition');
  const fromFsh = PROFILE_BINDINGS.filter((b) => b.publishedIn === 'fsh');

  it.each(fromDefinitions.map((b) => [`${b.profile} ${b.element}`, b] as const))('%s is the binding of the published StructureDefinition', (_, b: ProfileBinding) => {
    const sd = definitions.find((d) => d.url === b.profile);
    expect(sd, `no vendored StructureDefinition for ${b.profile}`).toBeDefined();
    const element = sd!.differential.element.find((e) => e.id === b.element);
    expect(element?.binding).toEqual({ strength: b.strength, valueSet: b.valueSet });
  });

  it('reads sdo-task from its FSH source: two bindings, both in the FSH with the same value set number and strength', () => {
    expect(fsh).toMatch(/^Id: sdo-task$/m);
    expect(fromFsh.map((b) => [b.profile, b.element])).toEqual([
      ['https://interop.esante.gouv.fr/ig/fhir/sdo/StructureDefinition/sdo-task', 'Task.input:temporaliteAccueil.value[x]'],
      ['https://interop.esante.gouv.fr/ig/fhir/sdo/StructureDefinition/sdo-task', 'Task.input:modePriseCharge.value[x]'],
    ]);
    for (const b of fromFsh) {
      const rule = fshBindings.find((r) => r.path === fshPath(b.element));
      expect(rule, `${b.element} not bound in SDOTask.fsh`).toBeDefined();
      expect(rule!.strength).toBe(b.strength);
      expect(jdv(rule!.alias)).toBe(jdv(b.valueSet));
    }
  });

  it('every FSH binding of sdo-task to an MDPH or ROR list the SDK carries is in the table', () => {
    // J30 (TRE_R240) and J264 (TRE_R213, R397) are carried; J250–J253 and J34 are not (ViaTrajectoire statuses, ROR organisation categories).
    const carried = new Set(['J30', 'J264']);
    const expected = fshBindings.filter((r) => carried.has(jdv(r.alias) ?? '')).map((r) => r.path);
    expect(expected).toEqual(['input[temporaliteAccueil].value[x]', 'input[modePriseCharge].value[x]']);
    expect(fromFsh.map((b) => fshPath(b.element))).toEqual(expected);
  });

  it('every vendored StructureDefinition binding to a value set the table uses is in the table', () => {
    const used = new Set(PROFILE_BINDINGS.map((b) => b.valueSet));
    const published = definitions
      .filter((d) => PROFILE_BINDINGS.some((b) => b.profile === d.url))
      .flatMap((d) => d.differential.element.filter((e) => e.binding && used.has(e.binding.valueSet)).map((e) => `${d.url} ${e.id}`));
    expect(published.sort()).toEqual(fromDefinitions.map((b) => `${b.profile} ${b.element}`).sort());
  });
});
