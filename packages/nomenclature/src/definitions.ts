/**
 * @packageDocumentation
 * `@serafin-ph/nomenclature/definitions` : les 100 définitions publiées de
 * SERAFIN-PH (environ 190 Ko), hors de l'entrée principale pour qu'elle reste
 * légère.
 *
 * The 100 published definitions of
 * SERAFIN-PH (about 190 KB), kept out of the core entry so that it stays small.
 *
 * @example
 * import { lookup } from '@serafin-ph/nomenclature';
 * import { SERAFIN_DEFINITIONS } from '@serafin-ph/nomenclature/definitions';
 * lookup('2.4', { definitions: SERAFIN_DEFINITIONS })?.definition;
 *
 * @module \@serafin-ph/nomenclature/definitions
 */
export { SERAFIN_DEFINITIONS, SERAFIN_DEFINITION_OMITTED_CHARACTERS } from './generated/serafin-definitions.js';
