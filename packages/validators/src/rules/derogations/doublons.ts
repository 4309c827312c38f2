/**
 * No duplicate rows in the derogation table.
 *
 * Pas de ligne en double dans le tableau des dérogations.
 */
import { foldForSearch } from '@serafin-ph/nomenclature';
import type { LigneDerogation } from '@serafin-ph/pag-schema';
import { text } from '../../messages.js';
import { itemRef, nth } from '../../positions.js';
import { TABLEAU_SOURCES, tableauRule } from './tableau-rule.js';

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
  title: text('Identifiants de ligne uniques', 'Unique row identifiers'),
  description: text('Les PAG désignent une ligne du tableau par son identifiant : deux lignes ne peuvent le partager.', 'PAGs refer to a row of the table by its identifier: two rows cannot share it.'),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes/*/identifiant'],
  check: ({ document, emit }) => {
    const seen = new Map<string, number>();
    document.lignes.forEach((l, i) => {
      const first = seen.get(l.identifiant);
      if (first === undefined) seen.set(l.identifiant, i);
      else emit(`/lignes/${i}/identifiant`, text(`${nth(i, true).fr} ligne : identifiant « ${l.identifiant} » déjà utilisé par la ${nth(first, true).fr} ligne ; donnez-lui un identifiant propre (pour une nouvelle version de la même ligne, gardez une seule ligne et augmentez « version »).`, `${nth(i).en} row: identifier '${l.identifiant}' already used by the ${nth(first).en} row; give it its own identifier (for a new version of the same row, keep one row and increase 'version').`), { premier: first });
    });
  },
});

const lignesDistinctes = tableauRule({
  id: 'TAB-DOUBLONS-002',
  severity: 'error',
  family: 'doublons',
  title: text('Pas de ligne en double', 'No duplicate rows'),
  description: text(
    'Deux lignes de même famille, même type d’objet, même objet (à la casse, aux accents et aux espaces près), mêmes paramètres et mêmes catégories d’établissement décrivent la même dérogation.',
    'Two rows with the same family, kind of object, object (case, accents and spaces aside), parameters and establishment categories describe the same derogation.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes'],
  check: ({ document, emit }) => {
    const seen = new Map<string, number>();
    document.lignes.forEach((l, i) => {
      const key = rowKey(l);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else emit(`/lignes/${i}`, text(`La ligne ${itemRef(l.identifiant, i, true).fr} reprend la dérogation de la ${nth(first, true).fr} ligne.`, `Row ${itemRef(l.identifiant, i, true).en} repeats the derogation of the ${nth(first).en} row.`), { premier: first });
    });
  },
});

const delegationsUniques = tableauRule({
  id: 'TAB-DOUBLONS-003',
  severity: 'error',
  family: 'doublons',
  title: text('Identifiants de délégation uniques', 'Unique delegation identifiers'),
  description: text('Les lignes désignent une délégation par son identifiant : deux délégations ne peuvent le partager.', 'Rows refer to a delegation by its identifier: two delegations cannot share it.'),
  source: TABLEAU_SOURCES.projet,
  reads: ['/delegations/*/identifiant'],
  check: ({ document, emit }) => {
    const seen = new Map<string, number>();
    document.delegations?.forEach((d, i) => {
      const first = seen.get(d.identifiant);
      if (first === undefined) seen.set(d.identifiant, i);
      else emit(`/delegations/${i}/identifiant`, text(`${nth(i, true).fr} délégation : identifiant « ${d.identifiant} » déjà utilisé par la ${nth(first, true).fr} délégation ; donnez-lui un identifiant propre.`, `${nth(i).en} delegation: identifier '${d.identifiant}' already used by the ${nth(first).en} delegation; give it its own identifier.`), { premier: first });
    });
  },
});

/** The duplicate rules. */
export const doublonsRules = [identifiantsUniques, lignesDistinctes, delegationsUniques];
