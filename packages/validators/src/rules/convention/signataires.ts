/**
 * Signatories of the territorial convention.
 *
 * Signataires de la convention territoriale.
 */
import type { ROLES_SIGNATAIRE } from '@serafin-ph/pag-schema';
import { msg } from '../message.js';
import { nth } from '../../positions.js';
import { conventionRule } from './convention-rule.js';

type Role = (typeof ROLES_SIGNATAIRE)[number];

/**
 * The institutions the pioneer sites had sign (CNSA: « Signent MDPH CD ARS CPAM
 * Education nationale »), each with the roles that stand for it: the
 * Éducation nationale signs as the rectorat, the DSDEN, or without saying which.
 * A practice, not a legal list.
 */
export const SIGNATAIRES_ATTENDUS: readonly { readonly institution: string; readonly label: { readonly fr: string; readonly en: string }; readonly roles: readonly Role[] }[] = [
  { institution: 'mdph', label: { fr: 'la MDPH', en: 'the MDPH' }, roles: ['mdph'] },
  { institution: 'conseil-departemental', label: { fr: 'le conseil départemental', en: 'the departmental council' }, roles: ['conseil-departemental'] },
  { institution: 'ars', label: { fr: 'l’ARS', en: 'the ARS' }, roles: ['ars'] },
  { institution: 'cpam', label: { fr: 'la CPAM', en: 'the CPAM' }, roles: ['cpam'] },
  {
    institution: 'education-nationale',
    label: { fr: 'l’Éducation nationale (rectorat ou DSDEN)', en: 'the Éducation nationale (rectorat or DSDEN)' },
    roles: ['education-nationale', 'rectorat', 'dsden'],
  },
];

const ROLES_ATTENDUS: ReadonlySet<string> = new Set(SIGNATAIRES_ATTENDUS.flatMap((s) => s.roles));

const signatairesAttendus = conventionRule({
  id: 'CONV-SIGNATAIRES-001',
  severity: 'warning',
  family: 'signataires',
  reads: ['/signataires/*/role'],
  check: ({ document, emit }) => {
    const roles = new Set<string>(document.signataires.map((s) => s.role));
    for (const attendu of SIGNATAIRES_ATTENDUS) {
      if (attendu.roles.some((r) => roles.has(r))) continue;
      const codes = attendu.roles.map((r) => `« ${r} »`).join(' ou ');
      emit('/signataires', msg('CONV-SIGNATAIRES-001#1', { label: attendu.label, codes, value: attendu.roles.map((r) => `'${r}'`).join(' or ') }), { role: attendu.institution });
    }
  },
});

const signaturesAttendues = conventionRule({
  id: 'CONV-SIGNATAIRES-002',
  severity: 'warning',
  family: 'signataires',
  reads: ['/signataires'],
  check: ({ document, emit }) => {
    document.signataires.forEach((s, i) => {
      if (ROLES_ATTENDUS.has(s.role) && s.signature === undefined) {
        emit(`/signataires/${i}/signature`, msg('CONV-SIGNATAIRES-002#1', { nth: nth(i), role: s.role }), { role: s.role });
      }
    });
  },
});

/** The signatory rules. */
export const signatairesRules = [signatairesAttendus, signaturesAttendues];
