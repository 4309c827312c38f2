/**
 * Checks of terminology resources: a `ValueSet` compose that cannot contain
 * any code, compose codes unknown in their system, `ConceptMap` groups whose
 * source or target codes are unknown in the system the group states.
 * Expansion members (`ValueSet.expansion.contains`) are Codings and are
 * checked by the code rules.
 */
import { boundValueSet, contains, type BoundValueSet } from '../bindings/value-sets.js';
import type { CheckContext } from '../walk/context.js';
import { at, type Location } from '../walk/location.js';
import { checkCode, checkSystem } from './code-rules.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Checks a `ValueSet` resource. */
export function checkValueSet(ctx: CheckContext, resource: Record<string, unknown>, location: Location): void {
  const compose = resource['compose'];
  if (!isObject(compose)) return;
  const composeAt = at(location, 'compose');
  array(compose['include']).forEach((include, i) => {
    if (!isObject(include)) return;
    const includeAt = at(at(composeAt, 'include'), i);
    const system = typeof include['system'] === 'string' ? include['system'] : undefined;
    if (system !== undefined) {
      array(include['concept']).forEach((concept, j) => {
        if (!isObject(concept)) return;
        const conceptAt = at(at(includeAt, 'concept'), j);
        checkCode(
          ctx,
          { system, code: concept['code'], display: concept['display'], systemAt: at(includeAt, 'system'), codeAt: at(conceptAt, 'code'), displayAt: at(conceptAt, 'display') },
          'FHIR-TERMINOLOGY-002',
        );
      });
      if (array(include['concept']).length === 0) checkSystem(ctx, system, at(includeAt, 'system'));
    }
    checkEmptyInclude(ctx, include, includeAt, system);
  });
}

/** An include whose value sets (and system) have no member in common cannot contain any code. */
function checkEmptyInclude(ctx: CheckContext, include: Record<string, unknown>, includeAt: Location, system: string | undefined): void {
  const urls = array(include['valueSet']).filter((v): v is string => typeof v === 'string');
  if (urls.length === 0 || (urls.length === 1 && system === undefined)) return;
  const sets = urls.map((u) => boundValueSet(u));
  if (sets.some((s) => s === undefined || s.members === undefined)) return;
  const known = sets as BoundValueSet[];
  let members = known[0]!.members!();
  for (const other of known.slice(1)) members = members.filter((m) => contains(other, m.system, m.code) === true);
  if (system !== undefined) members = members.filter((m) => m.system === system);
  if (members.length > 0) return;
  const names = known.map((s) => s.name).join(' ∩ ');
  ctx.report(
    'FHIR-TERMINOLOGY-001',
    includeAt,
    {
      fr: `Cet include ne peut contenir aucun code : les jeux de valeurs d’un même include sont intersectés (${names}${system === undefined ? '' : ' ∩ système'}) et n’ont aucun code en commun. Pour leur union, écrire un include par jeu de valeurs.`,
      en: `This include cannot contain any code: the value sets of one include are intersected (${names}${system === undefined ? '' : ' ∩ system'}) and share no code. For their union, write one include per value set.`,
    },
    { valueSets: urls },
  );
}

/** Checks a `ConceptMap` resource. */
export function checkConceptMap(ctx: CheckContext, resource: Record<string, unknown>, location: Location): void {
  array(resource['group']).forEach((group, g) => {
    if (!isObject(group)) return;
    const groupAt = at(at(location, 'group'), g);
    const source = typeof group['source'] === 'string' ? group['source'] : undefined;
    const target = typeof group['target'] === 'string' ? group['target'] : undefined;
    array(group['element']).forEach((element, e) => {
      if (!isObject(element)) return;
      const elementAt = at(at(groupAt, 'element'), e);
      if (source !== undefined) {
        checkCode(
          ctx,
          {
            system: source,
            code: element['code'],
            display: element['display'],
            systemAt: at(groupAt, 'source'),
            codeAt: at(elementAt, 'code'),
            displayAt: at(elementAt, 'display'),
          },
          'FHIR-TERMINOLOGY-003',
        );
      }
      if (target === undefined) return;
      array(element['target']).forEach((t, k) => {
        if (!isObject(t) || t['code'] === undefined) return;
        const targetAt = at(at(elementAt, 'target'), k);
        checkCode(
          ctx,
          { system: target, code: t['code'], display: t['display'], systemAt: at(groupAt, 'target'), codeAt: at(targetAt, 'code'), displayAt: at(targetAt, 'display') },
          'FHIR-TERMINOLOGY-003',
        );
      });
    });
  });
}
