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
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de la délibération (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the deliberation (YYYY-MM-DD).',
    }),
    numero: field(Texte, {
      titre: 'Numéro',
      description: 'Numéro ou référence de la délibération.',
      titleEn: 'Number',
      descriptionEn: 'Number or reference of the deliberation.',
    }).exactOptional(),
    objet: field(Texte, {
      titre: 'Objet',
      description: 'Objet de la délibération, tel qu’il est rédigé.',
      titleEn: 'Subject',
      descriptionEn: 'Subject of the deliberation, as worded.',
    }).exactOptional(),
    url: field(Url, {
      titre: 'Adresse',
      description: 'Adresse où la délibération est publiée.',
      titleEn: 'Address',
      descriptionEn: 'Address where the deliberation is published.',
    }).exactOptional(),
  }),
  {
    titre: 'Délibération de la commission exécutive',
    description: 'Délibération de la commission exécutive (Comex) de la MDPH qui approuve la convention : date, numéro, objet.',
    titleEn: 'Executive committee deliberation',
    descriptionEn: 'Deliberation of the MDPH’s executive committee (Comex) approving the convention: date, number, subject.',
    source: SOURCES_CONVENTION.deliberationComex,
  },
);

/** Reference to the credit-delegation convention (MDPH – ARS). */
export const ConventionDelegationCreditsSchema = named(
  'ConventionDelegationCredits',
  z.strictObject({
    intitule: field(Texte, {
      titre: 'Intitulé',
      description: 'Intitulé de la convention de délégation des crédits.',
      titleEn: 'Title',
      descriptionEn: 'Title of the credit delegation convention.',
    }),
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant de cette convention, distinct de celui de la convention territoriale.',
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of this convention, distinct from that of the territorial convention.',
    }).exactOptional(),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de signature (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Signature date (YYYY-MM-DD).',
    }).exactOptional(),
    url: field(Url, {
      titre: 'Adresse',
      description: 'Adresse où elle est publiée.',
      titleEn: 'Address',
      descriptionEn: 'Address where it is published.',
    }).exactOptional(),
  }),
  {
    titre: 'Convention de délégation des crédits',
    description: 'La convention de délégation des crédits d’appui à la MDPH (MDPH – ARS), distincte de la convention territoriale.',
    titleEn: 'Credit delegation convention',
    descriptionEn: 'The convention delegating support credits to the MDPH (MDPH – ARS), distinct from the territorial convention.',
    source: SOURCES_CONVENTION.delegationCredits,
  },
);
