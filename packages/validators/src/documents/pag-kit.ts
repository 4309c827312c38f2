/** The checks of the PAG. */
import { pagRules } from '../rules/pag/index.js';
import { pagStructure } from '#pag-structure';
import type { DocumentKit } from './kit.js';

/** Structure and rules of the PAG. */
export const PAG_KIT: DocumentKit = { type: 'pag', structure: pagStructure, rules: pagRules };
