/**
 * Documentation of every rule of the PAG, by rule id (one file per family).
 */
import type { RuleDocs } from '../../rule-docs.js';
import { cycleDeVieDocs } from './cycle-de-vie.js';
import { demandeDocs } from './demande.js';
import { consentementDocs } from './consentement.js';
import { situationDocs } from './situation.js';
import { paroleDocs } from './parole.js';
import { orientationsDocs } from './orientations.js';
import { droitsPrestationsDocs } from './droits-prestations.js';
import { codesDocs } from './codes.js';
import { besoinsDocs } from './besoins.js';
import { engagementsDocs } from './engagements.js';
import { suiviDocs } from './suivi.js';
import { emploiDuTempsDocs } from './emploi-du-temps.js';
import { datesDocs } from './dates.js';

/** Title, description and source of each rule of the PAG, by rule id. */
export const PAG_RULE_DOCS: RuleDocs = {
  ...cycleDeVieDocs,
  ...demandeDocs,
  ...consentementDocs,
  ...situationDocs,
  ...paroleDocs,
  ...orientationsDocs,
  ...droitsPrestationsDocs,
  ...codesDocs,
  ...besoinsDocs,
  ...engagementsDocs,
  ...suiviDocs,
  ...emploiDuTempsDocs,
  ...datesDocs,
};
