/**
 * Generates `src/generated/cnsa-2018-codes.ts`: the CNSA 2018 codes of the
 * besoins and prestations directes branches, as literal tuples, read from the
 * numbering module of @serafin-ph/nomenclature (`numberingCodes('cnsa-2018')`).
 *
 * The nomenclature package exposes the CNSA codes as a `string[]`; the schemas
 * need literal tuples (exact enumerations, and types that match the
 * declarations generated from the JSON Schemas), hence this generated copy,
 * whose freshness the generated-files test checks.
 */
import { numberingCodes } from '@serafin-ph/nomenclature';
import { type Generator, tsBanner, tsLiteral } from '../../../../scripts/lib/generated-files.js';

const SOURCE = "@serafin-ph/nomenclature: numberingCodes('cnsa-2018')";

export const cnsaCodesGenerator: Generator = {
  name: 'cnsa-codes',
  run: () => {
    const codes = numberingCodes('cnsa-2018');
    const besoins = codes.filter((c) => c === '1' || c.startsWith('1.'));
    const prestations = codes.filter((c) => c === '2' || c.startsWith('2.'));
    const content = [
      tsBanner('scripts/generators/cnsa-codes.ts', [SOURCE]),
      '/** Codes of the besoins branch (1) in the CNSA 2018 numbering, in CNSA order. */',
      `export const CNSA_2018_BESOIN_CODES = ${tsLiteral(besoins)} as const;`,
      '',
      '/** Codes of the prestations directes branch (2) in the CNSA 2018 numbering, in CNSA order. */',
      `export const CNSA_2018_PRESTATION_DIRECTE_CODES = ${tsLiteral(prestations)} as const;`,
      '',
      '/** A besoin code in the CNSA 2018 numbering. */',
      'export type Cnsa2018BesoinCode = (typeof CNSA_2018_BESOIN_CODES)[number];',
      '',
      '/** A prestation directe code in the CNSA 2018 numbering. */',
      'export type Cnsa2018PrestationDirecteCode = (typeof CNSA_2018_PRESTATION_DIRECTE_CODES)[number];',
      '',
    ].join('\n');
    return [{ path: 'src/generated/cnsa-2018-codes.ts', content }];
  },
};
