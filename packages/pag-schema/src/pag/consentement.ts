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
export const AUTEURS_ACCORD = ['personne', 'parents', 'representant-legal', 'personne-chargee-mesure-protection'] as const;

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
      titleEn: 'Relationship to the child',
      descriptionEn: 'Relationship of the holder to the child (JDV_J11: MTH mother, FTH father…), as in “situation.titulairesAutoriteParentale”.',
      systeme: JDV_J11_URL,
      personnel: true,
    }).exactOptional(),
    delegataire: field(z.enum(DELEGATAIRES_AUTORITE_PARENTALE), {
      titre: 'Délégataire',
      description: 'Pour un titulaire par délégation : service départemental de l’ASE, établissement agréé ou tiers.',
      titleEn: 'Delegate',
      descriptionEn: 'For a holder by delegation: departmental ASE service, approved establishment or third party.',
      personnel: true,
    }).exactOptional(),
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom du titulaire.',
      titleEn: 'Surname',
      descriptionEn: 'Surname of the holder.',
      personnel: true,
    }).exactOptional(),
    prenom: field(Texte, {
      titre: 'Prénom',
      description: 'Prénom du titulaire.',
      titleEn: 'First name',
      descriptionEn: 'First name of the holder.',
      personnel: true,
    }).exactOptional(),
    reponse: field(z.enum(REPONSES_TITULAIRE), {
      titre: 'Réponse',
      description: 'Accord, refus, ou réponse non recueillie (titulaire injoignable, non informé…).',
      titleEn: 'Answer',
      descriptionEn: 'Agreement, refusal, or answer not obtained (holder unreachable, not informed…).',
      personnel: true,
    }),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de la réponse (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the answer (YYYY-MM-DD).',
    }).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision (motif d’un refus, démarches pour joindre le titulaire…).',
      titleEn: 'Details',
      descriptionEn: 'Details (reason for a refusal, attempts to reach the holder…).',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Accord d’un titulaire de l’autorité parentale',
    description: 'Réponse de chacun des titulaires de l’autorité parentale quand ils sont plusieurs (parents séparés, délégation partielle). Depuis 1.1.0.',
    titleEn: 'Agreement of a holder of parental authority',
    descriptionEn: 'Answer of each holder of parental authority when there are several (separated parents, partial delegation). Since 1.1.0.',
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
      titleEn: 'Opinion',
      descriptionEn: 'Favourable, favourable with reservations, unfavourable, or not expressed (project list).',
      personnel: true,
      source: inferred(SOURCES.l11411),
    }),
    expression: field(Texte, {
      titre: 'Avis exprimé',
      description: 'Ce que l’enfant ou l’adolescent dit du plan, dans ses mots autant que possible.',
      titleEn: 'Opinion expressed',
      descriptionEn: 'What the child or adolescent says about the plan, in their own words as far as possible.',
      personnel: true,
    }).exactOptional(),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date du recueil (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date it was collected (YYYY-MM-DD).',
    }).exactOptional(),
    modalites: field(Texte, {
      titre: 'Modalités du recueil',
      description: 'Comment l’avis a été recueilli (entretien, support adapté, en présence de…).',
      titleEn: 'How it was collected',
      descriptionEn: 'How the opinion was collected (interview, adapted medium, in the presence of…).',
    }).exactOptional(),
  }),
  {
    titre: 'Avis du mineur',
    description:
      'Avis de la personne mineure, consigné à côté de la décision de ses parents ou de son représentant légal (Code civil, art. 371-1 : les parents associent l’enfant aux décisions qui le concernent, selon son âge et son degré de maturité — lecture du projet, INFERRED : article absent des sources juridiques du projet ; L. 146-9 demande seulement de tenir compte de l’avis de la personne protégée). Depuis 1.1.0.',
    titleEn: 'Opinion of the minor',
    descriptionEn:
      'Opinion of the minor, recorded beside the decision of their parents or legal representative (Civil Code, art. 371-1: parents involve the child in the decisions that concern them, according to their age and maturity — project reading, INFERRED: article not in the project’s legal sources; L. 146-9 only asks to take the protected person’s view into account). Since 1.1.0.',
    source: inferred('Code civil, art. 371-1'),
  },
);

function accordShape() {
  return {
    donnePar: field(z.enum(AUTEURS_ACCORD), {
      titre: 'Accord donné par',
      description:
        'Auteur de l’accord : la personne, ses parents si elle est mineure, son représentant légal, ou la personne chargée d’une mesure de protection juridique avec représentation relative à la personne.',
      titleEn: 'Agreement given by',
      descriptionEn:
        'Author of the agreement: the person, their parents if a minor, their legal representative, or the person in charge of a legal protection measure with representation relating to the person.',
      source: `${SOURCES.l11411} ; ${SOURCES.l1469}`,
    }),
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom de la personne qui donne son accord.',
      titleEn: 'Surname',
      descriptionEn: 'Surname of the person giving the agreement.',
      personnel: true,
    }).exactOptional(),
    prenom: field(Texte, {
      titre: 'Prénom',
      description: 'Prénom de la personne qui donne son accord.',
      titleEn: 'First name',
      descriptionEn: 'First name of the person giving the agreement.',
      personnel: true,
    }).exactOptional(),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de l’accord (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the agreement (YYYY-MM-DD).',
    }),
    forme: field(z.enum(FORMES_ACCORD), {
      titre: 'Forme',
      description: 'Forme de recueil : écrit signé, signature électronique, accord oral tracé, autre.',
      titleEn: 'Form',
      descriptionEn: 'How it was collected: signed in writing, electronic signature, recorded oral agreement, other.',
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision sur le recueil de l’accord (explications données, présence d’un tiers…).',
      titleEn: 'Details',
      descriptionEn: 'Details on how the agreement was collected (explanations given, a third party present…).',
      personnel: true,
    }).exactOptional(),
    titulaires: field(z.array(AccordTitulaireSchema), {
      titre: 'Réponse de chaque titulaire',
      description: 'Quand l’accord revient aux parents et qu’ils sont plusieurs à exercer l’autorité parentale : la réponse de chacun. Depuis 1.1.0.',
      titleEn: 'Answer of each holder',
      descriptionEn: 'When the agreement falls to the parents and several exercise parental authority: the answer of each one. Since 1.1.0.',
      personnel: true,
      source: SOURCES.l11411,
    }).exactOptional(),
    avisMineur: field(AvisMineurSchema, {
      titre: 'Avis du mineur',
      description: 'Pour une personne mineure : son propre avis, consigné à côté de la décision de ses parents. Depuis 1.1.0.',
      titleEn: 'Opinion of the minor',
      descriptionEn: 'For a minor: their own opinion, recorded beside their parents’ decision. Since 1.1.0.',
      personnel: true,
    }).exactOptional(),
  };
}

/** Prior agreement to the elaboration of the PAG. */
export const AccordPrealableSchema = named('AccordPrealable', z.strictObject(accordShape()), {
  titre: 'Accord préalable',
  description: 'Accord préalable de la personne, de ses parents si elle est mineure, ou de son représentant légal, à l’élaboration du PAG (CASF, L. 114-1-1).',
  titleEn: 'Prior agreement',
  descriptionEn:
    'Prior agreement (*accord préalable*) of the person, of their parents if a minor, or of their legal representative, to the elaboration of the PAG (CASF, L. 114-1-1).',
  source: SOURCES.l11411,
});

/** Express agreement that makes the decisions relating to the PAG valid. */
export const AccordExpresSchema = named(
  'AccordExpres',
  z.strictObject({
    ...accordShape(),
    avisPersonneProtegee: field(Texte, {
      titre: 'Avis de la personne protégée',
      description: 'Quand l’accord est donné par la personne chargée de la mesure de protection : avis de la personne protégée, dont il est tenu compte (CASF, L. 146-9).',
      titleEn: 'Opinion of the protected person',
      descriptionEn:
        'When the agreement is given by the person in charge of the protection measure: opinion of the protected person, which is taken into account (CASF, L. 146-9).',
      personnel: true,
      source: SOURCES.l1469,
    }).exactOptional(),
    personneApteExprimerVolonte: field(z.boolean(), {
      titre: 'Personne apte à exprimer sa volonté',
      description:
        'Pour un majeur protégé : la personne est-elle apte à exprimer sa volonté ? L. 146-9 ne confie l’accord exprès à la personne chargée de la mesure que lorsqu’elle ne l’est pas ; vrai, l’accord revient à la personne (règle des validateurs). Depuis 1.1.0.',
      titleEn: 'Person able to express their will',
      descriptionEn:
        'For a protected adult: is the person able to express their will? L. 146-9 entrusts the express agreement to the person in charge of the measure only when they are not; when true, the agreement falls to the person (a rule of the validators). Since 1.1.0.',
      personnel: true,
      source: SOURCES.l1469,
    }).exactOptional(),
  }),
  {
    titre: 'Accord exprès',
    description:
      'Accord exprès sans lequel les décisions relatives au PAG ne sont pas valables (CASF, L. 146-9) : de la personne, de son représentant légal si elle est mineure, ou, pour un majeur faisant l’objet d’une mesure de protection juridique avec représentation relative à la personne « qui n’est pas apte à exprimer sa volonté », de la personne chargée de cette mesure, « en tenant compte de l’avis de la personne protégée ».',
    titleEn: 'Express agreement',
    descriptionEn:
      'Express agreement (*accord exprès*) without which the decisions relating to the PAG are not valid (CASF, L. 146-9): of the person, of their legal representative if a minor, or, for an adult under a legal protection measure with representation relating to the person “who is not able to express their will”, of the person in charge of that measure, “taking into account the view of the protected person”.',
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
      titleEn: 'Prior agreement',
      descriptionEn: 'Prior agreement to the elaboration of the PAG; required once the PAG is elaborated (a rule of the validators).',
      source: SOURCES.l11411,
    }).exactOptional(),
    accordExpres: field(AccordExpresSchema, {
      titre: 'Accord exprès',
      description: 'Accord exprès aux décisions relatives au PAG ; requis pour un PAG validé (règle des validateurs).',
      titleEn: 'Express agreement',
      descriptionEn: 'Express agreement to the decisions relating to the PAG; required for a validated PAG (a rule of the validators).',
      source: SOURCES.l1469,
    }).exactOptional(),
  }),
  {
    titre: 'Consentement',
    description: 'Accord préalable (L. 114-1-1) et accord exprès (L. 146-9). Leur présence selon le statut est vérifiée par les validateurs.',
    titleEn: 'Consent',
    descriptionEn: 'Prior agreement (L. 114-1-1) and express agreement (L. 146-9). The validators check that they are present as the status requires.',
    source: `${SOURCES.l11411} ; ${SOURCES.l1469}`,
  },
);
