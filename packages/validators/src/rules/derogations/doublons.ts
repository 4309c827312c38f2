/**
 * No duplicate rows in the derogation table.
 *
 * Pas de ligne en double dans le tableau des dérogations.
 */
import { foldForSearch } from '@serafin-ph/nomenclature';
import type { LigneDerogation } from '@serafin-ph/pag-schema';
import { text } from '../../messages.js';
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
        emit(
          `/lignes/${i}/identifiant`,
          text(
            `${nth(i, true).fr} ligne : identifiant « ${l.identifiant} » déjà utilisé par la ${nth(first, true).fr} ligne ; donnez-lui un identifiant propre (pour une nouvelle version de la même ligne, gardez une seule ligne et augmentez « version »).`,
            `${nth(i).en} row: identifier '${l.identifiant}' already used by the ${nth(first).en} row; give it its own identifier (for a new version of the same row, keep one row and increase 'version').`,
          ),
          { premier: first },
        );
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
      else
        emit(
          `/lignes/${i}`,
          text(
            `La ligne ${itemRef(l.identifiant, i, true).fr} reprend la dérogation de la ${nth(first, true).fr} ligne : fusionnez les deux lignes, ou, pour une nouvelle rédaction de la même ligne, gardez son identifiant et sa « version ».`,
            `Row ${itemRef(l.identifiant, i, true).en} repeats the derogation of the ${nth(first).en} row: merge the two rows, or, for a new wording of the same row, keep its identifier and its \`version\`.`,
          ),
          { premier: first },
        );
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
          text(
            `${nth(i, true).fr} délégation : identifiant « ${d.identifiant} » déjà utilisé par la ${nth(first, true).fr} délégation ; donnez-lui un identifiant propre.`,
            `${nth(i).en} delegation: identifier '${d.identifiant}' already used by the ${nth(first).en} delegation; give it its own identifier.`,
          ),
          { premier: first },
        );
    });
  },
});

/** The duplicate rules. */
export const doublonsRules = [identifiantsUniques, lignesDistinctes, delegationsUniques];
