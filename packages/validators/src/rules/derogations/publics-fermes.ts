/**
 * Public codes closed by the ANS: a row's `parametres.publics` may still hold
 * a level-3 code of TRE_R403 that the ANS deprecated in 2021 (the schema
 * accepts them, JDV_J328 keeps them flagged inactive); each one is reported,
 * as the SERAFIN-PH deprecated codes are (option `deprecatedCodes`).
 *
 * Codes de public fermés par l’ANS.
 */
import { JDV_J328_DEPRECATION_DATES } from '@serafin-ph/nomenclature/referentiels';
import { itemRef } from '../../positions.js';
import { msg } from '../message.js';
import { tableauRule } from './tableau-rule.js';

const HAS_OWN = Object.prototype.hasOwnProperty;
const CLOSED: Readonly<Record<string, string | undefined>> = JDV_J328_DEPRECATION_DATES;

/** TAB-PARAMETRES-006: each public code of a row that TRE_R403 marks deprecated. */
const publicFerme = tableauRule({
  id: 'TAB-PARAMETRES-006',
  severity: 'warning',
  severityOption: 'deprecatedCodes',
  family: 'parametres',
  reads: ['/lignes/*/parametres/publics'],
  check: ({ document, emit }) => {
    document.lignes.forEach((l, i) => {
      const publics = l.parametres?.publics;
      if (publics === undefined) return;
      for (const liste of ['autorises', 'deroges'] as const) {
        publics[liste].forEach((code, k) => {
          const date = HAS_OWN.call(CLOSED, code) ? CLOSED[code] : undefined;
          if (date === undefined) return;
          emit(`/lignes/${i}/parametres/publics/${liste}/${k}`, msg('TAB-PARAMETRES-006#1', { ref: itemRef(l.identifiant, i, true), code, liste, date }), {
            code,
            dateFermeture: date,
          });
        });
      }
    });
  },
});

/** The rule on closed public codes. */
export const publicsFermesRules = [publicFerme];
