/**
 * Rules on the CDAPH decisions the PAG relies on (`situation.droitsPrestations`),
 * ported from the invariants of the ANS TDDUI 2.4.0 `tddui-decision`
 * extension: the category matches the type, the précision d'orientation
 * matches the type of orientation, ESMS orientations state their temporality
 * and the Creton flag, and `existencePAG` agrees with the status of the PAG.
 *
 * Règles des décisions de la CDAPH : invariants du TDDUI.
 */
import { nth } from '../../positions.js';
import { pagRule, msg } from './support/pag-rule.js';

/**
 * Category (level 1 of TRE_R420) of a right: its own code for a category, the parent of a type. Every type of
 * TRE_R420 is written `<category>.<n>` (a test checks it against the list), so the parent is the part before the
 * dot: the PAG entry point does not carry the list itself.
 */
export function categoryOf(d: { codeDroitPrestation: string }): string {
  const dot = d.codeDroitPrestation.indexOf('.');
  return dot < 0 ? d.codeDroitPrestation : d.codeDroitPrestation.slice(0, dot);
}

/** The précision codes the TDDUI allows per type of orientation; `[]` forbids any précision. */
const PRECISIONS: Readonly<Record<string, readonly string[]>> = {
  '7.8': ['1', '2', '3', '4', '5', '6'],
  '7.9': ['7', '8'],
  '8.3': ['9', '10'],
  '8.6': ['UEA', 'UEM'],
  '13.1': [],
  '13.2': [],
};

const TEMPORALITE_TYPES = new Set(['8.6', '8.7', '8.8', '8.10']);

const path = (i: number, field: string) => `/situation/droitsPrestations/${i}/${field}`;

const categorieType = pagRule({
  id: 'PAG-DROITS-001',
  severity: 'error',
  family: 'droits',
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/categorieDroitPrestation'],
  check: ({ document, emit, show }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.categorieDroitPrestation === undefined) return;
      const expected = categoryOf(d);
      if (expected === d.categorieDroitPrestation) return;
      const p = path(i, 'categorieDroitPrestation');
      const code = show(path(i, 'codeDroitPrestation'), d.codeDroitPrestation, '/situation/droitsPrestations/*/codeDroitPrestation');
      const given = show(p, d.categorieDroitPrestation, '/situation/droitsPrestations/*/categorieDroitPrestation');
      const want = show(p, expected, '/situation/droitsPrestations/*/categorieDroitPrestation');
      emit(p, msg('PAG-DROITS-001#1', { nth: nth(i, true), given, code, want, nth2: nth(i) }), { decision: i });
    });
  },
});

const precisionOrientation = pagRule({
  id: 'PAG-DROITS-002',
  severity: 'error',
  family: 'droits',
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/precisionOrientation'],
  check: ({ document, emit, show }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      const allowed = PRECISIONS[d.codeDroitPrestation];
      if (allowed === undefined || d.precisionOrientation === undefined || allowed.includes(d.precisionOrientation)) return;
      const p = path(i, 'precisionOrientation');
      const code = show(path(i, 'codeDroitPrestation'), d.codeDroitPrestation, '/situation/droitsPrestations/*/codeDroitPrestation');
      const given = show(p, d.precisionOrientation, '/situation/droitsPrestations/*/precisionOrientation');
      const visible = code === d.codeDroitPrestation;
      const list = visible ? allowed.join(', ') : '…';
      emit(
        p,
        allowed.length === 0
          ? msg('PAG-DROITS-002#1', { nth: nth(i, true), code, given, nth2: nth(i) })
          : msg('PAG-DROITS-002#2', { given, nth: nth(i, true), code, list, nth2: nth(i) }),
        { decision: i, ...(visible ? { precisionsAdmises: [...allowed] } : {}) },
      );
    });
  },
});

const temporaliteAccueil = pagRule({
  id: 'PAG-DROITS-003',
  severity: 'warning',
  family: 'droits',
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/categorieDroitPrestation', '/situation/droitsPrestations/*/temporaliteAccueil'],
  check: ({ document, emit }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.temporaliteAccueil !== undefined) return;
      const category = categoryOf(d);
      if (category !== '7' && category !== '13' && !TEMPORALITE_TYPES.has(d.codeDroitPrestation)) return;
      emit(`/situation/droitsPrestations/${i}`, msg('PAG-DROITS-003#1', { nth: nth(i, true), nth2: nth(i) }), { decision: i, manque: 'temporaliteAccueil' });
    });
  },
});

const creton = pagRule({
  id: 'PAG-DROITS-004',
  severity: 'warning',
  family: 'droits',
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/categorieDroitPrestation', '/situation/droitsPrestations/*/creton'],
  check: ({ document, emit }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.creton !== undefined || categoryOf(d) !== '7') return;
      emit(`/situation/droitsPrestations/${i}`, msg('PAG-DROITS-004#1', { nth: nth(i, true), nth2: nth(i) }), { decision: i, manque: 'creton' });
    });
  },
});

const existencePag = pagRule({
  id: 'PAG-DROITS-005',
  severity: 'warning',
  family: 'droits',
  reads: ['/statut', '/situation/droitsPrestations/*/existencePAG'],
  check: ({ document, emit }) => {
    if (document.statut !== 'brouillon' && document.statut !== 'termine') return;
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.existencePAG !== true) return;
      emit(path(i, 'existencePAG'), msg('PAG-DROITS-005#1', { nth: nth(i, true), statut: document.statut, nth2: nth(i) }), { decision: i, statut: document.statut });
    });
  },
});

/** The rules on the CDAPH decisions. */
export const droitsPrestationsRules = [categorieType, precisionOrientation, temporaliteAccueil, creton, existencePag];
