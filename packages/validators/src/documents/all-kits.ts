/**
 * The kits of the three document types, by type: the one registry of the
 * all-types entry point (`validate()`) and of the checks by type
 * (`structure/all-structures.ts`). The per-document entry points import their
 * own kit, not this table.
 */
import type { DocumentType } from '../types.js';
import { CONVENTION_KIT } from './convention-kit.js';
import type { DocumentKit } from './kit.js';
import { PAG_KIT } from './pag-kit.js';
import { TABLEAU_DEROGATIONS_KIT } from './tableau-derogations-kit.js';

/** The kit of each document type. */
export const ALL_KITS: Readonly<Record<DocumentType, DocumentKit>> = {
  pag: PAG_KIT,
  'convention-territoriale': CONVENTION_KIT,
  'tableau-derogations': TABLEAU_DEROGATIONS_KIT,
};
