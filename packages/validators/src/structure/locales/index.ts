/**
 * The catalogue of structural messages of each language.
 */
import type { Lang } from '../../types.js';
import type { StructureMessages } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** Catalogues by language. */
export const STRUCTURE_MESSAGES: Readonly<Record<Lang, StructureMessages>> = { fr, en };

export type { StructureMessages } from './catalogue.js';
