/**
 * Documentation of the delegations rules of the derogation table (title, description,
 * source), apart from their checks (`../delegations.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « delegations ».
 */
import { text } from '../../../messages.js';
import { TABLEAU_SOURCES } from '../tableau-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each delegations rule, by rule id. */
export const delegationsDocs = {
  'TAB-DELEGATIONS-001': {
    title: text('Délégation désignée existante', 'Named delegation exists'),
    description: text(
      'Une ligne qui désigne une délégation (`identifiantDelegation`) désigne l’une de celles du tableau (`delegations`, par leur `identifiant`).',
      'A row naming a delegation (`identifiantDelegation`) names one of those of the table (`delegations`, by their `identifiant`).',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-DELEGATIONS-002': {
    title: text('Ligne déléguée rattachée à sa délégation', 'Delegated row tied to its delegation'),
    description: text(
      'Quand le tableau décrit ses délégations (`delegations`), une ligne dont la modalité d’autorisation est « delegation » dit laquelle l’autorise (`identifiantDelegation`).',
      'When the table describes its delegations (`delegations`), a row whose authorisation modality is "delegation" says which one authorises it (`identifiantDelegation`).',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-DELEGATIONS-003': {
    title: text('Délégation par une autorité compétente', 'Delegation by a competent authority'),
    description: text(
      'Une autorité ne délègue que le pouvoir qu’elle détient : quand une ligne donne ses autorités compétentes (`autoritesCompetentes`) et désigne une délégation, l’autorité délégante de celle-ci (`delegant`) est l’une d’elles.',
      'An authority delegates only the power it holds: when a row gives its competent authorities (`autoritesCompetentes`) and names a delegation, that delegation’s delegating authority (`delegant`) is one of them.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-VALIDITE-001': {
    title: text('Périodes de validité ordonnées', 'Ordered validity periods'),
    description: text(
      'La période de validité d’une ligne ou d’une délégation (`validite`) ne finit pas avant de commencer.',
      'The validity period of a row or of a delegation (`validite`) does not end before it starts.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-VALIDITE-002': {
    title: text('Ligne valable pendant sa délégation', 'Row valid during its delegation'),
    description: text(
      'Une ligne accordée par délégation ne vaut que pendant la validité de cette délégation : sa période (`validite`) commence au plus tôt avec celle de la délégation et finit au plus tard avec elle.',
      'A row granted by delegation holds only while the delegation is valid: its period (`validite`) starts no earlier and ends no later than the delegation’s.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-AUTORITES-001': {
    title: text('Autorités compétentes cohérentes avec la modalité', 'Competent authorities consistent with the modality'),
    description: text(
      'Une ligne soumise à l’accord préalable de l’ARS, du conseil départemental, des deux, ou de l’Éducation nationale compte parmi ses autorités compétentes (`autoritesCompetentes`) le directeur général de l’ARS, le président du conseil départemental, les deux, ou le recteur ou le DASEN.',
      'A row subject to the prior agreement of the ARS, of the departmental council, of both, or of the Éducation nationale counts among its competent authorities (`autoritesCompetentes`) the director general of the ARS, the president of the departmental council, both, or the rector or the DASEN.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
} satisfies RuleDocs;
