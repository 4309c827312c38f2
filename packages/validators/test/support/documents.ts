/**
 * Documents for the tests: the fictional examples of @serafin-ph/fixtures,
 * adjusted once so that they raise no issue at all (warnings included) at the
 * reference date of the tests, and a small `mutate` helper.
 */
import { exampleConventionTerritoriale, examplePag, exampleTableauDerogations } from '@serafin-ph/fixtures';
import type { ConventionTerritoriale, Pag, TableauDerogations } from '@serafin-ph/pag-schema';

/**
 * The example PAG without the points the rules flag as warnings: the three
 * unsigned engagements get a signature, the respite prerequisite is lifted,
 * and the school timetable matches the declared five half-days a week.
 */
export function cleanPag(): Pag {
  const pag = examplePag();
  for (const e of pag.engagements) {
    e.signature ??= { nom: 'Signataire', fonction: 'Représentant de l’opérateur', date: '2025-03-06' };
    for (const p of e.prerequis) if (p.etat === 'a-lever' || p.etat === 'en-cours') p.etat = 'leve';
  }
  const ulis = pag.engagements.find((e) => e.identifiant === 'ENG-3');
  const freq = ulis?.prestations[0]?.frequence;
  if (freq !== undefined) {
    freq.nombre = 3;
  }
  return pag;
}

/** The example convention (clean as published). */
export function cleanConvention(): ConventionTerritoriale {
  return exampleConventionTerritoriale();
}

/** The example derogation table, with the opinion of the regional coordination on every row. */
export function cleanTableau(): TableauDerogations {
  const t = exampleTableauDerogations();
  for (const l of t.lignes) l.avisCoordinationRegionale ??= { avis: 'non-rendu' };
  return t;
}

/** Returns a modified copy of `doc`. */
export function mutate<T>(doc: T, change: (d: T) => void): T {
  const copy = JSON.parse(JSON.stringify(doc)) as T;
  change(copy);
  return copy;
}
