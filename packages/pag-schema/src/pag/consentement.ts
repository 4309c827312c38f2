/**
 * Consent: the prior agreement to the elaboration of the PAG (L. 114-1-1 CASF)
 * and the express agreement that makes the decisions relating to the PAG valid
 * (L. 146-9 CASF).
 *
 * Consentement : accord préalable et accord exprès.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { DateIso, Texte } from '../common/primitives.js';
import { SOURCES } from '../common/sources.js';

/** Who gives the agreement. */
export const AUTEURS_ACCORD = [
  'personne',
  'parents',
  'representant-legal',
  'personne-chargee-mesure-protection',
] as const;

/** How the agreement was collected. */
export const FORMES_ACCORD = ['ecrit-signe', 'signature-electronique', 'oral-trace', 'autre'] as const;

function accordShape() {
  return {
    donnePar: field(z.enum(AUTEURS_ACCORD), {
      titre: 'Accord donné par',
      description:
        'Auteur de l’accord : la personne, ses parents si elle est mineure, son représentant légal, ou la personne chargée d’une mesure de protection juridique avec représentation relative à la personne.',
      source: `${SOURCES.l11411} ; ${SOURCES.l1469}`,
    }),
    nom: field(Texte, { titre: 'Nom', description: 'Nom de la personne qui donne son accord.', personnel: true }).exactOptional(),
    prenom: field(Texte, { titre: 'Prénom', description: 'Prénom de la personne qui donne son accord.', personnel: true }).exactOptional(),
    date: field(DateIso, { titre: 'Date', description: 'Date de l’accord (AAAA-MM-JJ).' }),
    forme: field(z.enum(FORMES_ACCORD), {
      titre: 'Forme',
      description: 'Forme de recueil : écrit signé, signature électronique, accord oral tracé, autre.',
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur le recueil de l’accord (explications données, présence d’un tiers…).',
      personnel: true,
    }).exactOptional(),
  };
}

/** Prior agreement to the elaboration of the PAG. */
export const AccordPrealableSchema = named('AccordPrealable', z.strictObject(accordShape()), {
  titre: 'Accord préalable',
  description:
    'Accord préalable de la personne, de ses parents si elle est mineure, ou de son représentant légal, à l’élaboration du PAG (CASF, L. 114-1-1).',
  source: SOURCES.l11411,
});

/** Express agreement that makes the decisions relating to the PAG valid. */
export const AccordExpresSchema = named(
  'AccordExpres',
  z.strictObject({
    ...accordShape(),
    avisPersonneProtegee: field(Texte, {
      titre: 'Avis de la personne protégée',
      description:
        'Quand l’accord est donné par la personne chargée de la mesure de protection : avis de la personne protégée, dont il est tenu compte (CASF, L. 146-9).',
      personnel: true,
      source: SOURCES.l1469,
    }).exactOptional(),
  }),
  {
    titre: 'Accord exprès',
    description:
      'Accord exprès sans lequel les décisions relatives au PAG ne sont pas valables (CASF, L. 146-9) : de la personne, de son représentant légal si elle est mineure, ou de la personne chargée de la mesure de protection avec représentation relative à la personne.',
    source: SOURCES.l1469,
  },
);

/** Consent section of the PAG. */
export const ConsentementSchema = named(
  'Consentement',
  z.strictObject({
    accordPrealable: field(AccordPrealableSchema, {
      titre: 'Accord préalable',
      description: 'Accord préalable à l’élaboration du PAG ; requis dès que le PAG est élaboré (règle des validateurs).',
      source: SOURCES.l11411,
    }).exactOptional(),
    accordExpres: field(AccordExpresSchema, {
      titre: 'Accord exprès',
      description: 'Accord exprès aux décisions relatives au PAG ; requis pour un PAG validé (règle des validateurs).',
      source: SOURCES.l1469,
    }).exactOptional(),
  }),
  {
    titre: 'Consentement',
    description: 'Accord préalable (L. 114-1-1) et accord exprès (L. 146-9). Leur présence selon le statut est vérifiée par les validateurs.',
    source: `${SOURCES.l11411} ; ${SOURCES.l1469}`,
  },
);

/** Consent section of a PAG. */
export type Consentement = z.infer<typeof ConsentementSchema>;
/** Prior agreement. */
export type AccordPrealable = z.infer<typeof AccordPrealableSchema>;
/** Express agreement. */
export type AccordExpres = z.infer<typeof AccordExpresSchema>;
