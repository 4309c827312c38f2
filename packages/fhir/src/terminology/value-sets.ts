/**
 * The value sets the offline operations answer for: those the profiles bind
 * (see `BOUND_VALUE_SETS`), the project's union of all prestations, and every
 * other value set of the nomenclature's companion lists.
 */
import { PRESTATIONS_VALUE_SET_URL, SERAFIN_SYSTEM, valueSet } from '@serafin-ph/nomenclature';
import { CodeList, findReferentiel, MultiSystemValueSet } from '@serafin-ph/nomenclature/referentiels';
import { BOUND_VALUE_SETS, boundValueSet, type BoundValueSet } from '../bindings/value-sets.js';
import { canonicalSystem } from '../rules/code-rules.js';

const PRESTATIONS: BoundValueSet = {
  url: PRESTATIONS_VALUE_SET_URL,
  name: 'SERAFIN_PH_Prestations',
  members: () =>
    valueSet('prestations')
      .expand()
      .map((e) => ({ system: SERAFIN_SYSTEM, code: e.code, display: e.display })),
  note: '@serafin-ph/nomenclature: J283 ∪ J284 (project value set)',
};

/** The value set of `url` (`|version` ignored), or `undefined` when the SDK does not know it. */
export function terminologyValueSet(url: string): BoundValueSet | undefined {
  const bar = url.indexOf('|');
  const bare = bar === -1 ? url : url.slice(0, bar);
  const bound = boundValueSet(bare);
  if (bound !== undefined) return bound;
  if (bare === PRESTATIONS_VALUE_SET_URL) return PRESTATIONS;
  const list = findReferentiel(bare);
  if (list === undefined || list.metadata.resourceType !== 'ValueSet' || list.metadata.url !== bare) return undefined;
  if (list instanceof MultiSystemValueSet) {
    return {
      url: bare,
      name: list.metadata.id,
      members: () => list.expand().map((m) => ({ system: canonicalSystem(m.system), code: m.code, display: m.display })),
      note: `@serafin-ph/nomenclature, ${list.metadata.id}`,
    };
  }
  const single = list as CodeList;
  return {
    url: bare,
    name: single.metadata.id,
    members: () => single.concepts.map((c) => ({ system: single.system, code: c.code, display: c.display })),
    note: `@serafin-ph/nomenclature, ${single.metadata.id}`,
  };
}

/** URLs of every value set the operations know (carried or not). */
export function terminologyValueSetUrls(): string[] {
  return [...BOUND_VALUE_SETS.map((v) => v.url), PRESTATIONS_VALUE_SET_URL];
}
