/**
 * Signatories of the territorial convention.
 *
 * Signataires de la convention territoriale.
 */
import { text } from '../text.js';
import { CNSA, conventionRule } from './convention-rule.js';

/** Roles that must sign (CNSA: « Signent MDPH CD ARS CPAM Education nationale »). */
export const SIGNATAIRES_OBLIGATOIRES = ['mdph', 'conseil-departemental', 'ars', 'cpam', 'education-nationale'] as const;

const LIBELLES_ROLES: Readonly<Record<(typeof SIGNATAIRES_OBLIGATOIRES)[number], string>> = {
  mdph: 'MDPH',
  'conseil-departemental': 'conseil départemental',
  ars: 'ARS',
  cpam: 'CPAM',
  'education-nationale': 'Éducation nationale',
};

const signatairesObligatoires = conventionRule({
  id: 'CONV-SIGNATAIRES-001',
  severity: 'error',
  family: 'signataires',
  title: text('Signataires obligatoires présents', 'Mandatory signatories present'),
  description: text(
    'La convention partenariale est signée par la MDPH, le conseil départemental, l’ARS, la CPAM et l’Éducation nationale (éventuellement aussi par des représentants des ESMS, la CAF, la MSA) : chacun de ces cinq rôles figure parmi les signataires.',
    'The partnership convention is signed by the MDPH, the departmental council, the ARS, the CPAM and the Éducation nationale (possibly also by ESMS representatives, the CAF, the MSA): each of these five roles is among the signatories.',
  ),
  source: CNSA,
  reads: ['/signataires/*/role'],
  check: ({ document, emit }) => {
    const roles = new Set(document.signataires.map((s) => s.role));
    for (const role of SIGNATAIRES_OBLIGATOIRES) {
      if (!roles.has(role)) emit('/signataires', text(`Signataire obligatoire absent : ${LIBELLES_ROLES[role]}.`, `Mandatory signatory missing: ${LIBELLES_ROLES[role]}.`), { role });
    }
  },
});

const signaturesObligatoires = conventionRule({
  id: 'CONV-SIGNATAIRES-002',
  severity: 'warning',
  family: 'signataires',
  title: text('Signataires obligatoires ayant signé', 'Mandatory signatories have signed'),
  description: text('Un signataire obligatoire sans signature (nom, fonction, date) laisse la convention incomplète : à vérifier avant diffusion.', 'A mandatory signatory without a signature (name, function, date) leaves the convention incomplete: to be checked before release.'),
  source: CNSA,
  reads: ['/signataires'],
  check: ({ document, emit }) => {
    document.signataires.forEach((s, i) => {
      if ((SIGNATAIRES_OBLIGATOIRES as readonly string[]).includes(s.role) && s.signature === undefined) {
        emit(`/signataires/${i}/signature`, text(`Le signataire ${i} (${s.role}) n’a pas signé.`, `Signatory ${i} (${s.role}) has not signed.`), { role: s.role });
      }
    });
  },
});

/** The signatory rules. */
export const signatairesRules = [signatairesObligatoires, signaturesObligatoires];
