/**
 * Delegations of the power to authorise, and the competent authorities of the
 * rows: every row names an existing delegation, granted by an authority
 * competent for it, within its validity.
 *
 * Délégations et autorités compétentes du tableau des dérogations.
 */
import type { Delegation, LigneDerogation } from '@serafin-ph/pag-schema';
import { entryOf } from '../../json/access.js';
import { msg } from '../message.js';
import { itemRef } from '../../positions.js';
import { tableauRule } from './tableau-rule.js';

function delegationsById(delegations: readonly Delegation[] | undefined): Map<string, Delegation> {
  const byId = new Map<string, Delegation>();
  for (const d of delegations ?? []) if (!byId.has(d.identifiant)) byId.set(d.identifiant, d);
  return byId;
}

const delegationConnue = tableauRule({
  id: 'TAB-DELEGATIONS-001',
  severity: 'error',
  family: 'delegations',
  reads: ['/lignes/*/identifiantDelegation', '/delegations/*/identifiant'],
  check: ({ document, emit }) => {
    const byId = delegationsById(document.delegations);
    document.lignes.forEach((l, i) => {
      if (l.identifiantDelegation === undefined || byId.has(l.identifiantDelegation)) return;
      emit(`/lignes/${i}/identifiantDelegation`, msg('TAB-DELEGATIONS-001#1', { ref: itemRef(l.identifiant, i, true), identifiantDelegation: l.identifiantDelegation }), {
        identifiantDelegation: l.identifiantDelegation,
      });
    });
  },
});

const delegationNommee = tableauRule({
  id: 'TAB-DELEGATIONS-002',
  severity: 'warning',
  family: 'delegations',
  reads: ['/lignes/*/modaliteAutorisation', '/lignes/*/identifiantDelegation', '/delegations'],
  check: ({ document, emit }) => {
    if (document.delegations === undefined || document.delegations.length === 0) return;
    document.lignes.forEach((l, i) => {
      if (l.modaliteAutorisation !== 'delegation' || l.identifiantDelegation !== undefined) return;
      emit(`/lignes/${i}`, msg('TAB-DELEGATIONS-002#1', { ref: itemRef(l.identifiant, i, true) }));
    });
  },
});

const delegantCompetent = tableauRule({
  id: 'TAB-DELEGATIONS-003',
  severity: 'error',
  family: 'delegations',
  reads: ['/lignes/*/autoritesCompetentes', '/lignes/*/identifiantDelegation', '/delegations/*/identifiant', '/delegations/*/delegant'],
  check: ({ document, emit }) => {
    const byId = delegationsById(document.delegations);
    document.lignes.forEach((l, i) => {
      const d = l.identifiantDelegation === undefined ? undefined : byId.get(l.identifiantDelegation);
      if (d === undefined || l.autoritesCompetentes === undefined || l.autoritesCompetentes.includes(d.delegant)) return;
      emit(
        `/lignes/${i}/identifiantDelegation`,
        msg('TAB-DELEGATIONS-003#1', { ref: itemRef(l.identifiant, i, true), identifiant: d.identifiant, delegant: d.delegant, value: l.autoritesCompetentes.join(', ') }),
        { delegant: d.delegant, autoritesCompetentes: l.autoritesCompetentes },
      );
    });
  },
});

type Periode = { dateDebut: string; dateFin?: string };

const periodesOrdonnees = tableauRule({
  id: 'TAB-VALIDITE-001',
  severity: 'error',
  family: 'validite',
  reads: ['/lignes/*/validite', '/delegations/*/validite'],
  check: ({ document, emit }) => {
    const verifier = (v: Periode | undefined, path: string, quoi: { fr: string; en: string }): void => {
      if (v?.dateFin === undefined || v.dateFin >= v.dateDebut) return;
      emit(`${path}/validite/dateFin`, msg('TAB-VALIDITE-001#1', { quoi, dateFin: v.dateFin, dateDebut: v.dateDebut }));
    };
    document.lignes.forEach((l, i) => verifier(l.validite, `/lignes/${i}`, { fr: `Ligne ${itemRef(l.identifiant, i, true).fr}`, en: `Row ${itemRef(l.identifiant, i, true).en}` }));
    document.delegations?.forEach((d, i) =>
      verifier(d.validite, `/delegations/${i}`, { fr: `Délégation ${itemRef(d.identifiant, i, true).fr}`, en: `Delegation ${itemRef(d.identifiant, i, true).en}` }),
    );
  },
});

function outlives(ligne: Periode, delegation: Periode): boolean {
  if (ligne.dateDebut < delegation.dateDebut) return true;
  if (delegation.dateFin === undefined) return false;
  return ligne.dateFin === undefined || ligne.dateFin > delegation.dateFin;
}

const ligneDansDelegation = tableauRule({
  id: 'TAB-VALIDITE-002',
  severity: 'warning',
  family: 'validite',
  reads: ['/lignes/*/validite', '/lignes/*/identifiantDelegation', '/delegations/*/identifiant', '/delegations/*/validite'],
  check: ({ document, emit }) => {
    const byId = delegationsById(document.delegations);
    document.lignes.forEach((l: LigneDerogation, i) => {
      const d = l.identifiantDelegation === undefined ? undefined : byId.get(l.identifiantDelegation);
      if (l.validite === undefined || d?.validite === undefined || !outlives(l.validite, d.validite)) return;
      const fin = d.validite.dateFin ?? '…';
      emit(`/lignes/${i}/validite`, msg('TAB-VALIDITE-002#1', { ref: itemRef(l.identifiant, i, true), identifiant: d.identifiant, dateDebut: d.validite.dateDebut, fin }));
    });
  },
});

/** For each prior-agreement modality, the authorities the row must count: every group, one authority of each group. */
const AUTORITES_PAR_MODALITE: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'accord-prealable-ars': [['dg-ars']],
  'accord-prealable-cd': [['president-conseil-departemental']],
  'accord-prealable-ars-cd': [['dg-ars'], ['president-conseil-departemental']],
  'accord-prealable-education-nationale': [['recteur', 'dasen']],
};

const LIBELLES: Readonly<Record<string, string>> = {
  'dg-ars': 'le directeur général de l’ARS',
  'president-conseil-departemental': 'le président du conseil départemental',
  recteur: 'le recteur',
  dasen: 'le DASEN',
};

const autoritesCoherentes = tableauRule({
  id: 'TAB-AUTORITES-001',
  severity: 'warning',
  family: 'delegations',
  reads: ['/lignes/*/modaliteAutorisation', '/lignes/*/autoritesCompetentes'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const attendues = entryOf(AUTORITES_PAR_MODALITE, l.modaliteAutorisation);
      if (attendues === undefined || l.autoritesCompetentes === undefined) return;
      const present = new Set<string>(l.autoritesCompetentes);
      for (const groupe of attendues) {
        if (groupe.some((a) => present.has(a))) continue;
        const fr = groupe.map((a) => LIBELLES[a] ?? a).join(' ou ');
        const codes = groupe.map((a) => `« ${a} »`).join(' ou ');
        emit(
          `/lignes/${i}/autoritesCompetentes`,
          msg('TAB-AUTORITES-001#1', {
            ref: itemRef(l.identifiant, i, true),
            modaliteAutorisation: l.modaliteAutorisation,
            value: fr,
            codes,
            value2: groupe.map((a) => `'${a}'`).join(' or '),
          }),
          { modaliteAutorisation: l.modaliteAutorisation, autorite: groupe.join('|') },
        );
      }
    });
  },
});

/** The delegation, validity and authority rules. */
export const delegationsRules = [delegationConnue, delegationNommee, delegantCompetent, periodesOrdonnees, ligneDansDelegation, autoritesCoherentes];
