/**
 * Documentation of the signataires rules of the territorial convention (title, description,
 * source), apart from their checks (`../signataires.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « signataires ».
 */
import { text } from '../../../messages.js';
import { PRATIQUE_SITES_PIONNIERS } from '../convention-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each signataires rule, by rule id. */
export const signatairesDocs = {
  'CONV-SIGNATAIRES-001': {
    title: text('Signataires habituels présents', 'Usual signatories present'),
    description: text(
      'Les sites pionniers ont fait signer la convention par la MDPH, le conseil départemental, l’ARS, la CPAM et l’Éducation nationale (éventuellement aussi par des représentants des ESMS, la CAF, la MSA). Aucun texte de loi n’impose cette liste : l’absence de l’une de ces institutions est signalée, à vérifier, sans rendre la convention invalide. L’Éducation nationale peut signer comme rectorat (`rectorat`), comme DSDEN (`dsden`) ou sans le préciser (`education-nationale`).',
      'The pioneer sites had the convention signed by the MDPH, the departmental council, the ARS, the CPAM and the Éducation nationale (possibly also ESMS representatives, the CAF, the MSA). No law imposes this list: a missing institution is reported, to be checked, without making the convention invalid. The Éducation nationale may sign as the rectorat (`rectorat`), the DSDEN (`dsden`) or without saying which (`education-nationale`).',
    ),
    source: PRATIQUE_SITES_PIONNIERS,
  },
  'CONV-SIGNATAIRES-002': {
    title: text('Signataires habituels ayant signé', 'Usual signatories have signed'),
    description: text(
      'Un signataire habituel (MDPH, conseil départemental, ARS, CPAM, Éducation nationale — rectorat ou DSDEN) sans signature (nom, fonction, date) laisse la convention incomplète : à vérifier avant diffusion.',
      'A usual signatory (MDPH, departmental council, ARS, CPAM, Éducation nationale — rectorat or DSDEN) without a signature (name, function, date) leaves the convention incomplete: to be checked before release.',
    ),
    source: PRATIQUE_SITES_PIONNIERS,
  },
} satisfies RuleDocs;
