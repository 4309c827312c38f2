/** Every catalogue of rule messages: what the main entry point carries (both languages, every document type). */
import type { MessageCatalogue } from '../messages.js';
import { CONVENTION_EN, CONVENTION_FR } from './convention.js';
import { PAG_EN, PAG_FR } from './pag.js';
import { TABLEAU_DEROGATIONS_EN, TABLEAU_DEROGATIONS_FR } from './tableau-derogations.js';

/** The French and English catalogues of the three document types. */
export const ALL_CATALOGUES: readonly MessageCatalogue[] = [PAG_FR, PAG_EN, CONVENTION_FR, CONVENTION_EN, TABLEAU_DEROGATIONS_FR, TABLEAU_DEROGATIONS_EN];
