/** The checks of the territorial convention (an embedded derogation table included). */
import { conventionRules } from '../rules/convention/index.js';
import { conventionStructure } from '#convention-territoriale-structure';
import type { DocumentKit } from './kit.js';

/** Structure and rules of the territorial convention. */
export const CONVENTION_KIT: DocumentKit = { type: 'convention-territoriale', structure: conventionStructure, rules: conventionRules };
