/**
 * No duplicate rows in the derogation table.
 *
 * Pas de ligne en double dans le tableau des dérogations.
 */
import { foldForSearch } from '@serafin-ph/nomenclature';
import type { LigneDerogation } from '@serafin-ph/pag-schema';
import { msg } from '../message.js';
import { itemRef, nth } from '../../positions.js';
import { tableauRule } from './tableau-rule.js';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two rows the same derogation: family, kind, object (case, accents and spaces folded), parameters, establishment categories. */
function rowKey(l: LigneDerogation): string {
  return canonical([l.famille, l.typeObjet, foldForSearch(l.objet).replace(/\s+/g, ' ').trim(), l.parametres ?? null, [...(l.categoriesEtablissement ?? [])].sort()]);
}

const identifiantsUniques = tableauRule({
  id: 'TAB-DOUBLONS-001',
  severity: 'error',
  family: 'doublons',
  reads: ['/lignes/*/identifiant'],
  check: ({ document, emit }) => {
    const seen = new Map<string, number>();
    document.lignes.forEach((l, i) => {
      const first = seen.get(l.identifiant);
      if (first === undefined) seen.set(l.identifiant, i);
      else
        emit(`/lignes/${i}/identifiant`, msg('TAB-DOUBLONS-001#1', { nth: nth(i, true), identifiant: l.identifiant, nth2: nth(first, true), nth3: nth(i), nth4: nth(first) }), {
          premier: first,
        });
    });
  },
});

const lignesDistinctes = tableauRule({
  id: 'TAB-DOUBLONS-002',
  severity: 'error',
  family: 'doublons',
  reads: ['/lignes'],
  check: ({ document, emit }) => {
    const seen = new Map<string, number>();
    document.lignes.forEach((l, i) => {
      const key = rowKey(l);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else emit(`/lignes/${i}`, msg('TAB-DOUBLONS-002#1', { ref: itemRef(l.identifiant, i, true), nth: nth(first, true), nth2: nth(first) }), { premier: first });
    });
  },
});

const delegationsUniques = tableauRule({
  id: 'TAB-DOUBLONS-003',
  severity: 'error',
  family: 'doublons',
  reads: ['/delegations/*/identifiant'],
  check: ({ document, emit }) => {
    const seen = new Map<string, number>();
    document.delegations?.forEach((d, i) => {
      const first = seen.get(d.identifiant);
      if (first === undefined) seen.set(d.identifiant, i);
      else
        emit(
          `/delegations/${i}/identifiant`,
          msg('TAB-DOUBLONS-003#1', { nth: nth(i, true), identifiant: d.identifiant, nth2: nth(first, true), nth3: nth(i), nth4: nth(first) }),
          { premier: first },
        );
    });
  },
});

/** The duplicate rules. */
export const doublonsRules = [identifiantsUniques, lignesDistinctes, delegationsUniques];
