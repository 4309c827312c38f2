/**
 * Framework acts of the territorial convention: the Comex deliberation that
 * approves it, and the credit-delegation convention it is distinct from.
 *
 * Actes du cadre de la convention : délibération de la commission exécutive,
 * convention de délégation des crédits.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { DateIso, Identifiant, Texte, Url } from '../common/primitives.js';
import { SOURCES_CONVENTION } from '../common/sources-convention.js';

/** The deliberation of the MDPH executive committee (Comex) approving the convention. */
export const DeliberationComexSchema = named(
  'DeliberationComex',
  z.strictObject({
    date: field(DateIso, { titre: 'Date', description: 'Date de la délibération (AAAA-MM-JJ).' }),
    numero: field(Texte, { titre: 'Numéro', description: 'Numéro ou référence de la délibération.' }).exactOptional(),
    objet: field(Texte, { titre: 'Objet', description: 'Objet de la délibération, tel qu’il est rédigé.' }).exactOptional(),
    url: field(Url, { titre: 'Adresse', description: 'Adresse où la délibération est publiée.' }).exactOptional(),
  }),
  {
    titre: 'Délibération de la commission exécutive',
    description: 'Délibération de la commission exécutive (Comex) de la MDPH qui approuve la convention : date, numéro, objet.',
    source: SOURCES_CONVENTION.deliberationComex,
  },
);

/** Reference to the credit-delegation convention (MDPH – ARS). */
export const ConventionDelegationCreditsSchema = named(
  'ConventionDelegationCredits',
  z.strictObject({
    intitule: field(Texte, { titre: 'Intitulé', description: 'Intitulé de la convention de délégation des crédits.' }),
    identifiant: field(Identifiant, { titre: 'Identifiant', description: 'Identifiant de cette convention, distinct de celui de la convention territoriale.' }).exactOptional(),
    date: field(DateIso, { titre: 'Date', description: 'Date de signature (AAAA-MM-JJ).' }).exactOptional(),
    url: field(Url, { titre: 'Adresse', description: 'Adresse où elle est publiée.' }).exactOptional(),
  }),
  {
    titre: 'Convention de délégation des crédits',
    description: 'La convention de délégation des crédits d’appui à la MDPH (MDPH – ARS), distincte de la convention territoriale.',
    source: SOURCES_CONVENTION.delegationCredits,
  },
);
