/**
 * Measurable parameters of the derogation rows: present when the object is
 * measurable, and coherent (the derogated range departs from the authorised
 * one, surplus places and durations positive).
 *
 * Paramètres mesurables des dérogations.
 */
import type { LigneDerogation } from '@serafin-ph/pag-schema';
import { tokens } from '../../json/pointer.js';
import { text } from '../../messages.js';
import { itemRef } from '../../positions.js';
import { TABLEAU_SOURCES, tableauRule } from './tableau-rule.js';

type Parametres = NonNullable<LigneDerogation['parametres']>;

const PARAMETRE_POUR_OBJET: Readonly<Record<string, keyof Parametres>> = {
  age: 'age',
  'specialite-public': 'publics',
  capacite: 'capacite',
  'mode-accueil': 'modesAccueil',
  'temporalite-accueil': 'temporalites',
  duree: 'dureeMaximaleMois',
};

const parametresPresents = tableauRule({
  id: 'TAB-PARAMETRES-001',
  severity: 'warning',
  family: 'parametres',
  title: text('Paramètres d’un objet mesurable', 'Parameters of a measurable object'),
  description: text(
    'Quand l’objet de la dérogation est mesurable (âge, public, capacité, mode ou temporalité d’accueil, durée), la ligne donne le paramètre structuré correspondant (`parametres.age`, `publics`, `capacite`, `modesAccueil`, `temporalites`, `dureeMaximaleMois`), pour que les PAG qui la mobilisent puissent être contrôlés.',
    'When the object of the derogation is measurable (age, public, capacity, mode or temporality of care, duration), the row gives the matching structured parameter, so that the PAGs using it can be checked.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes/*/typeObjet', '/lignes/*/parametres'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const key = PARAMETRE_POUR_OBJET[l.typeObjet];
      if (key === undefined || l.parametres?.[key] !== undefined) return;
      emit(`/lignes/${i}/parametres`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : objet « ${l.typeObjet} » sans paramètre « ${key} ».`, `Row ${itemRef(l.identifiant, i, true).en}: object '${l.typeObjet}' without the '${key}' parameter.`), { typeObjet: l.typeObjet, parametre: key });
    });
  },
});

function departs(autorise: { min?: number; max?: number }, deroge: { min?: number; max?: number }): boolean {
  const lowA = autorise.min ?? -Infinity;
  const highA = autorise.max ?? Infinity;
  const lowD = deroge.min ?? -Infinity;
  const highD = deroge.max ?? Infinity;
  return lowD < lowA || highD > highA;
}

const agesCoherents = tableauRule({
  id: 'TAB-PARAMETRES-002',
  severity: 'error',
  family: 'parametres',
  title: text('Tranche d’âge dérogée cohérente', 'Consistent derogated age range'),
  description: text(
    'Chaque tranche d’âge a une borne basse inférieure ou égale à la borne haute, et la tranche dérogée sort effectivement de la tranche autorisée (borne basse plus basse ou borne haute plus haute) : sinon, il n’y a rien à déroger.',
    'Each age range has a lower bound at most equal to its upper bound, and the derogated range actually departs from the authorised one (lower minimum or higher maximum): otherwise there is nothing to derogate from.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes/*/parametres/age'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const age = l.parametres?.age;
      if (age === undefined) return;
      let ordered = true;
      for (const k of ['autorise', 'deroge'] as const) {
        const b = age[k];
        if (b.min !== undefined && b.max !== undefined && b.min > b.max) {
          ordered = false;
          emit(`/lignes/${i}/parametres/age/${k}`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : tranche d’âge « ${k} » de ${b.min} à ${b.max} ans, bornes inversées.`, `Row ${itemRef(l.identifiant, i, true).en}: age range '${k}' from ${b.min} to ${b.max}, bounds reversed.`), { min: b.min, max: b.max });
        }
      }
      if (ordered && !departs(age.autorise, age.deroge)) {
        emit(`/lignes/${i}/parametres/age/deroge`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : la tranche d’âge dérogée ne sort pas de la tranche autorisée.`, `Row ${itemRef(l.identifiant, i, true).en}: the derogated age range does not depart from the authorised one.`), { autorise: age.autorise, deroge: age.deroge });
      }
    });
  },
});

const surnombrePositif = tableauRule({
  id: 'TAB-PARAMETRES-003',
  severity: 'error',
  family: 'parametres',
  title: text('Places en surnombre positives', 'Positive surplus places'),
  description: text(
    'Une dérogation de capacité porte sur au moins une place en surnombre (`capacite.placesSurnombre` ≥ 1) ; le schéma publié l’impose et l’anomalie est rapportée sous cet identifiant. Quand la capacité autorisée est donnée, le surnombre ne la dépasse pas.',
    'A capacity derogation is about at least one surplus place (`capacite.placesSurnombre` ≥ 1); the published schema enforces it and the issue is reported under this id. When the authorised capacity is given, the surplus does not exceed it.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes/*/parametres/capacite'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const c = l.parametres?.capacite;
      if (c?.placesAutorisees === undefined || c.placesSurnombre <= c.placesAutorisees) return;
      emit(`/lignes/${i}/parametres/capacite/placesSurnombre`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : ${c.placesSurnombre} places en surnombre pour ${c.placesAutorisees} places autorisées.`, `Row ${itemRef(l.identifiant, i, true).en}: ${c.placesSurnombre} surplus places for ${c.placesAutorisees} authorised places.`));
    });
  },
  structural: {
    at: ['/lignes/*/parametres/capacite/placesSurnombre'],
    keywords: ['minimum', 'type'],
    describe: (_value, { path }) => ({
      message: text(`Ligne ${itemRef(undefined, Number(tokens(path)[1]), true).fr} : le nombre de places en surnombre doit être un entier positif.`, `Row ${itemRef(undefined, Number(tokens(path)[1]), true).en}: the number of surplus places must be a positive integer.`),
    }),
  },
});

const dureePositive = tableauRule({
  id: 'TAB-PARAMETRES-004',
  severity: 'error',
  family: 'parametres',
  title: text('Durée maximale positive', 'Positive maximum duration'),
  description: text(
    'La durée maximale d’une dérogation est d’au moins un mois (`dureeMaximaleMois` ≥ 1) ; le schéma publié l’impose et l’anomalie est rapportée sous cet identifiant.',
    'The maximum duration of a derogation is at least one month (`dureeMaximaleMois` ≥ 1); the published schema enforces it and the issue is reported under this id.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: [],
  check: () => undefined,
  structural: {
    at: ['/lignes/*/parametres/dureeMaximaleMois'],
    keywords: ['minimum', 'type'],
    describe: (_value, { path }) => ({
      message: text(`Ligne ${itemRef(undefined, Number(tokens(path)[1]), true).fr} : la durée maximale doit être un nombre entier de mois, au moins 1.`, `Row ${itemRef(undefined, Number(tokens(path)[1]), true).en}: the maximum duration must be a whole number of months, at least 1.`),
    }),
  },
});

const listesDerogees = tableauRule({
  id: 'TAB-PARAMETRES-005',
  severity: 'error',
  family: 'parametres',
  title: text('Publics, modes et temporalités dérogés hors autorisation', 'Derogated publics, modes and temporalities outside the authorisation'),
  description: text(
    'Pour les publics, les modes d’accueil et les temporalités, la liste dérogée contient au moins une valeur qui n’est pas déjà autorisée.',
    'For publics, modes of care and temporalities, the derogated list contains at least one value that is not already authorised.',
  ),
  source: TABLEAU_SOURCES.projet,
  reads: ['/lignes/*/parametres/publics', '/lignes/*/parametres/modesAccueil', '/lignes/*/parametres/temporalites'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const p = l.parametres;
      if (p === undefined) return;
      const lists: [string, readonly string[], readonly string[]][] = [];
      if (p.publics !== undefined) lists.push(['publics', p.publics.autorises, p.publics.deroges]);
      if (p.modesAccueil !== undefined) lists.push(['modesAccueil', p.modesAccueil.autorises, p.modesAccueil.deroges]);
      if (p.temporalites !== undefined) lists.push(['temporalites', p.temporalites.autorisees, p.temporalites.derogees]);
      for (const [key, allowed, derogated] of lists) {
        if (derogated.some((v) => !allowed.includes(v))) continue;
        emit(`/lignes/${i}/parametres/${key}`, text(`Ligne ${itemRef(l.identifiant, i, true).fr} : toutes les valeurs dérogées de « ${key} » sont déjà autorisées.`, `Row ${itemRef(l.identifiant, i, true).en}: every derogated value of '${key}' is already authorised.`));
      }
    });
  },
});

/** The parameter rules. */
export const parametresRules = [parametresPresents, agesCoherents, surnombrePositif, dureePositive, listesDerogees];
