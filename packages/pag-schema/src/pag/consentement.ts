/**
 * Consent: the prior agreement to the elaboration of the PAG (L. 114-1-1 CASF)
 * and the express agreement that makes the decisions relating to the PAG valid
 * (L. 146-9 CASF).
 *
 * Consentement : accord préalable et accord exprès.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { JDV_J11_CODES, JDV_J11_URL } from '../codes.js';
import { DateIso, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { DELEGATAIRES_AUTORITE_PARENTALE } from './situation.js';

/** Who gives the agreement. */
export const AUTEURS_ACCORD = [
  'personne',
  'parents',
  'representant-legal',
  'personne-chargee-mesure-protection',
] as const;

/** How the agreement was collected. */
export const FORMES_ACCORD = ['ecrit-signe', 'signature-electronique', 'oral-trace', 'autre'] as const;

/** The answer of one holder of parental authority (schema 1.1.0). */
export const REPONSES_TITULAIRE = ['accord', 'refus', 'non-recueilli'] as const;

/** How the minor sees the plan (schema 1.1.0, project list). */
export const SENS_AVIS_MINEUR = ['favorable', 'favorable-avec-reserves', 'defavorable', 'non-exprime'] as const;

/** The agreement of one holder of parental authority, when several hold it. */
export const AccordTitulaireSchema = named(
  'AccordTitulaire',
  z.strictObject({
    lien: field(z.enum(JDV_J11_CODES), {
      titre: 'Lien avec l’enfant',
      description: 'Lien du titulaire avec l’enfant (JDV_J11 : MTH mère, FTH père…), comme dans « situation.titulairesAutoriteParentale ».',
      systeme: JDV_J11_URL,
      personnel: true,
    }).exactOptional(),
    delegataire: field(z.enum(DELEGATAIRES_AUTORITE_PARENTALE), {
      titre: 'Délégataire',
      description: 'Pour un titulaire par délégation : service départemental de l’ASE, établissement agréé ou tiers.',
      personnel: true,
    }).exactOptional(),
    nom: field(Texte, { titre: 'Nom', description: 'Nom du titulaire.', personnel: true }).exactOptional(),
    prenom: field(Texte, { titre: 'Prénom', description: 'Prénom du titulaire.', personnel: true }).exactOptional(),
    reponse: field(z.enum(REPONSES_TITULAIRE), {
      titre: 'Réponse',
      description: 'Accord, refus, ou réponse non recueillie (titulaire injoignable, non informé…).',
      personnel: true,
    }),
    date: field(DateIso, { titre: 'Date', description: 'Date de la réponse (AAAA-MM-JJ).' }).exactOptional(),
    precision: field(Texte, { titre: 'Précision', description: 'Précision (motif d’un refus, démarches pour joindre le titulaire…).', personnel: true }).exactOptional(),
  }),
  {
    titre: 'Accord d’un titulaire de l’autorité parentale',
    description: 'Réponse de chacun des titulaires de l’autorité parentale quand ils sont plusieurs (parents séparés, délégation partielle). Depuis 1.1.0.',
    source: SOURCES.l11411,
  },
);

/** The minor's own view, recorded beside the decision of the parents. */
export const AvisMineurSchema = named(
  'AvisMineur',
  z.strictObject({
    sens: field(z.enum(SENS_AVIS_MINEUR), {
      titre: 'Sens de l’avis',
      description: 'Favorable, favorable avec réserves, défavorable, ou non exprimé (liste du projet).',
      personnel: true,
      source: inferred(SOURCES.l11411),
    }),
    expression: field(Texte, { titre: 'Avis exprimé', description: 'Ce que l’enfant ou l’adolescent dit du plan, dans ses mots autant que possible.', personnel: true }).exactOptional(),
    date: field(DateIso, { titre: 'Date', description: 'Date du recueil (AAAA-MM-JJ).' }).exactOptional(),
    modalites: field(Texte, { titre: 'Modalités du recueil', description: 'Comment l’avis a été recueilli (entretien, support adapté, en présence de…).' }).exactOptional(),
  }),
  {
    titre: 'Avis du mineur',
    description:
      'Avis de la personne mineure, consigné à côté de la décision de ses parents ou de son représentant légal (Code civil, art. 371-1 : les parents associent l’enfant aux décisions qui le concernent, selon son âge et son degré de maturité — paraphrase). Depuis 1.1.0.',
    source: inferred('Code civil, art. 371-1'),
  },
);

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
    titulaires: field(z.array(AccordTitulaireSchema), {
      titre: 'Réponse de chaque titulaire',
      description: 'Quand l’accord revient aux parents et qu’ils sont plusieurs à exercer l’autorité parentale : la réponse de chacun. Depuis 1.1.0.',
      personnel: true,
      source: SOURCES.l11411,
    }).exactOptional(),
    avisMineur: field(AvisMineurSchema, {
      titre: 'Avis du mineur',
      description: 'Pour une personne mineure : son propre avis, consigné à côté de la décision de ses parents. Depuis 1.1.0.',
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
    personneApteExprimerVolonte: field(z.boolean(), {
      titre: 'Personne apte à exprimer sa volonté',
      description:
        'Pour un majeur protégé : la personne est-elle apte à exprimer sa volonté ? L. 146-9 ne confie l’accord exprès à la personne chargée de la mesure que lorsqu’elle ne l’est pas ; vrai, l’accord revient à la personne (règle des validateurs). Depuis 1.1.0.',
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
/** The agreement of one holder of parental authority. */
export type AccordTitulaire = z.infer<typeof AccordTitulaireSchema>;
/** The minor's own view. */
export type AvisMineur = z.infer<typeof AvisMineurSchema>;
/** Express agreement. */
export type AccordExpres = z.infer<typeof AccordExpresSchema>;
