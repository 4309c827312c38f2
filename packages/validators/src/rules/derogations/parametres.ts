/**
 * Measurable parameters of the derogation rows: present when the object is
 * measurable, and coherent (the derogated range departs from the authorised
 * one, surplus places and durations positive).
 *
 * Paramètres mesurables des dérogations.
 */
import type { LigneDerogation } from '@serafin-ph/pag-schema';
import { entryOf } from '../../json/access.js';
import { tokens } from '../../json/pointer.js';
import { msg } from '../message.js';
import { itemRef } from '../../positions.js';
import { tableauRule } from './tableau-rule.js';

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
  reads: ['/lignes/*/typeObjet', '/lignes/*/parametres'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      // `typeObjet` is a value of the document (« autre » has no parameter): an own entry of the table only.
      const key = entryOf(PARAMETRE_POUR_OBJET, l.typeObjet);
      if (key === undefined || l.parametres?.[key] !== undefined) return;
      emit(`/lignes/${i}/parametres`, msg('TAB-PARAMETRES-001#1', { ref: itemRef(l.identifiant, i, true), typeObjet: l.typeObjet, key }), {
        typeObjet: l.typeObjet,
        parametre: key,
      });
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
          emit(`/lignes/${i}/parametres/age/${k}`, msg('TAB-PARAMETRES-002#1', { ref: itemRef(l.identifiant, i, true), k, min: b.min, max: b.max }), { min: b.min, max: b.max });
        }
      }
      if (ordered && !departs(age.autorise, age.deroge)) {
        emit(`/lignes/${i}/parametres/age/deroge`, msg('TAB-PARAMETRES-002#2', { ref: itemRef(l.identifiant, i, true) }), { autorise: age.autorise, deroge: age.deroge });
      }
    });
  },
});

const surnombrePositif = tableauRule({
  id: 'TAB-PARAMETRES-003',
  severity: 'error',
  family: 'parametres',
  reads: ['/lignes/*/parametres/capacite'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const c = l.parametres?.capacite;
      if (c?.placesAutorisees === undefined || c.placesSurnombre <= c.placesAutorisees) return;
      emit(
        `/lignes/${i}/parametres/capacite/placesSurnombre`,
        msg('TAB-PARAMETRES-003#1', { ref: itemRef(l.identifiant, i, true), placesSurnombre: c.placesSurnombre, placesAutorisees: c.placesAutorisees }),
      );
    });
  },
  structural: {
    at: ['/lignes/*/parametres/capacite/placesSurnombre'],
    keywords: ['minimum', 'type'],
    describe: (_value, { path }) => ({
      message: msg('TAB-PARAMETRES-003#2', { ref: itemRef(undefined, Number(tokens(path)[1]), true) }),
    }),
  },
});

const dureePositive = tableauRule({
  id: 'TAB-PARAMETRES-004',
  severity: 'error',
  family: 'parametres',
  reads: [],
  check: () => undefined,
  structural: {
    at: ['/lignes/*/parametres/dureeMaximaleMois'],
    keywords: ['minimum', 'type'],
    describe: (_value, { path }) => ({
      message: msg('TAB-PARAMETRES-004#1', { ref: itemRef(undefined, Number(tokens(path)[1]), true) }),
    }),
  },
});

const listesDerogees = tableauRule({
  id: 'TAB-PARAMETRES-005',
  severity: 'error',
  family: 'parametres',
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
        emit(`/lignes/${i}/parametres/${key}`, msg('TAB-PARAMETRES-005#1', { ref: itemRef(l.identifiant, i, true), key }));
      }
    });
  },
});

/** The parameter rules. */
export const parametresRules = [parametresPresents, agesCoherents, surnombrePositif, dureePositive, listesDerogees];
