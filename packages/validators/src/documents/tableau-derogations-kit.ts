/** The checks of the table of delegated derogations. */
import { derogationsRules } from '../rules/derogations/index.js';
import { derogationsStructure } from '#tableau-derogations-structure';
import type { DocumentKit } from './kit.js';

/** Structure and rules of the table of delegated derogations. */
export const TABLEAU_DEROGATIONS_KIT: DocumentKit = { type: 'tableau-derogations', structure: derogationsStructure, rules: derogationsRules };
