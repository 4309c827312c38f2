/**
 * The person's own voice in the PAG (schema 1.1.0): the projet de vie, the
 * expectations (attentes), the objectives of the plan with their horizon, and
 * the person's view of the solutions proposed. L. 114-1-1 CASF: the plan is
 * drawn up « en considération des besoins et des aspirations de la personne
 * handicapée tels qu'ils sont exprimés dans son projet de vie ». Names follow
 * the ANS TDDUI classes ProjetVie, Attente and Objectif (Goal profiles
 * `tddui-goal-projet-vie`, `tddui-goal-attente`, `tddui-goal-objectif`).
 *
 * Parole de la personne : projet de vie, attentes, objectifs, avis sur les
 * solutions proposées.
 */
import * as z from 'zod';
import { CodeBesoinSchema } from '../common/codes-serafin.js';
import { DateIso, Identifiant, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { field, named } from '../metadata.js';

/**
 * Who formulated the projet de vie (L. 114-1-1, third paragraph): the person
 * herself or, failing that, « avec ou pour elle » her legal representative
 * (minor) or the person in charge of a protection measure with representation
 * relative to the person, when she cannot express her view.
 */
export const AUTEURS_PROJET_VIE = [
  'personne',
  'personne-avec-representant',
  'representant-legal',
  'personne-chargee-mesure-protection',
] as const;

/** Who expressed an expectation (TDDUI `origineAttente`: the person, a relative, a professional). */
export const ORIGINES_ATTENTE = [
  'personne',
  'representant-legal',
  'personne-chargee-mesure-protection',
  'proche-aidant',
  'professionnel',
] as const;

/** Horizon of an objective (project list, INFERRED: no ANS list; TDDUI carries only a due date). */
export const HORIZONS_OBJECTIF = ['court-terme', 'moyen-terme', 'long-terme'] as const;

/** Domains of an objective: the domains of intervention of L. 114-1-1, plus `autre`. */
export const DOMAINES_OBJECTIF = [
  'educatif-scolarisation',
  'therapeutique',
  'insertion-professionnelle',
  'insertion-sociale',
  'aide-aux-aidants',
  'autre',
] as const;

/** The person's view of the solutions proposed (project list, INFERRED). */
export const SENS_AVIS = ['favorable', 'favorable-avec-reserves', 'defavorable', 'non-exprime'] as const;

const tdduiGoal = 'ANS, modèle TDDUI, classes ProjetVie, Attente, Objectif (profils Goal tddui-goal-projet-vie, tddui-goal-attente, tddui-goal-objectif)';
const l11411ProjetVie =
  'CASF, art. L. 114-1-1 : « en considération des besoins et des aspirations de la personne handicapée tels qu’ils sont exprimés dans son projet de vie, formulé par la personne elle-même ou, à défaut, avec ou pour elle par son représentant légal […] ou par la personne chargée de la mesure de protection juridique […] lorsqu’elle ne peut exprimer son avis »';

/** The projet de vie (TDDUI ProjetVie). */
export const ProjetVieSchema = named(
  'ProjetVie',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant du projet de vie (TDDUI idProjetVie), quand il est connu.',
      source: tdduiGoal,
    }).exactOptional(),
    titre: field(Texte, {
      titre: 'Titre',
      description: 'Titre court du projet de vie (TDDUI titreProjetVie).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    aspirations: field(Texte, {
      titre: 'Aspirations',
      description: 'Aspirations de la personne, dans ses mots autant que possible (TDDUI aspirationProjetVie).',
      personnel: true,
      source: `${l11411ProjetVie} ; ${tdduiGoal}`,
    }),
    formulePar: field(z.enum(AUTEURS_PROJET_VIE), {
      titre: 'Formulé par',
      description:
        'Qui a formulé le projet de vie : la personne (personne), la personne avec son représentant (personne-avec-representant), son représentant légal pour elle, mineure (representant-legal), ou la personne chargée d’une mesure de protection avec représentation relative à la personne, quand elle ne peut exprimer son avis (personne-chargee-mesure-protection).',
      source: l11411ProjetVie,
    }).exactOptional(),
    dateDebut: field(DateIso, {
      titre: 'Date',
      description: 'Date à laquelle le projet de vie a été exprimé ou mis à jour (TDDUI dateDebutProjetVie, AAAA-MM-JJ).',
      source: tdduiGoal,
    }).exactOptional(),
  }),
  {
    titre: 'Projet de vie',
    description: 'Projet de vie de la personne, tel qu’elle l’exprime (CASF, L. 114-1-1), d’après la classe ProjetVie du modèle ANS TDDUI. Depuis 1.1.0.',
    source: `${l11411ProjetVie} ; ${tdduiGoal}`,
  },
);

/** An expectation of the person (TDDUI Attente). */
export const AttenteSchema = named(
  'Attente',
  z.strictObject({
    identifiant: field(Identifiant, { titre: 'Identifiant', description: 'Identifiant de l’attente (TDDUI identifiantAttente).', source: tdduiGoal }).exactOptional(),
    description: field(Texte, {
      titre: 'Attente',
      description: 'Ce que la personne attend (TDDUI descriptionAttente), par exemple « rester vivre près de ses parents ».',
      personnel: true,
      source: tdduiGoal,
    }),
    origine: field(z.enum(ORIGINES_ATTENTE), {
      titre: 'Exprimée par',
      description: 'Qui a exprimé l’attente (TDDUI origineAttente) : la personne, son représentant légal, la personne chargée de la mesure de protection, un proche aidant, un professionnel.',
      source: tdduiGoal,
    }).exactOptional(),
    commentaire: field(Texte, { titre: 'Commentaire', description: 'Commentaire sur l’attente (TDDUI commentaireAttente).', personnel: true, source: tdduiGoal }).exactOptional(),
  }),
  {
    titre: 'Attente',
    description: 'Attente exprimée par la personne ou pour elle, d’après la classe Attente du modèle ANS TDDUI. Depuis 1.1.0.',
    source: tdduiGoal,
  },
);

/** An objective of the plan (TDDUI Objectif), with its horizon. */
export const ObjectifSchema = named(
  'Objectif',
  z.strictObject({
    identifiant: field(Identifiant, { titre: 'Identifiant', description: 'Identifiant de l’objectif (TDDUI identifiantObjectif).', source: tdduiGoal }).exactOptional(),
    titre: field(Texte, { titre: 'Objectif', description: 'Titre de l’objectif (TDDUI titreObjectif).', personnel: true, source: tdduiGoal }),
    description: field(Texte, { titre: 'Description', description: 'Description de l’objectif (TDDUI descriptionObjectif).', personnel: true, source: tdduiGoal }).exactOptional(),
    domaine: field(z.enum(DOMAINES_OBJECTIF), {
      titre: 'Domaine',
      description: 'Domaine de l’objectif (TDDUI domaineObjectif) : les domaines d’intervention de L. 114-1-1 (éducatif et scolarisation, thérapeutique, insertion professionnelle, insertion sociale, aide aux aidants) ou autre.',
      source: `${SOURCES.l11411} ; ${tdduiGoal}`,
    }).exactOptional(),
    horizon: field(z.enum(HORIZONS_OBJECTIF), {
      titre: 'Horizon',
      description: 'Horizon de l’objectif : court, moyen ou long terme (liste du projet ; le modèle TDDUI ne porte qu’une échéance).',
      source: inferred(tdduiGoal),
    }).exactOptional(),
    echeance: field(DateIso, { titre: 'Échéance', description: 'Date à laquelle l’objectif devrait être atteint (TDDUI dateFinObjectif, AAAA-MM-JJ).', source: tdduiGoal }).exactOptional(),
    resultatAttendu: field(Texte, { titre: 'Résultat attendu', description: 'Résultat attendu (TDDUI resultatAttenduObjectif).', personnel: true, source: tdduiGoal }).exactOptional(),
    avisPersonne: field(Texte, { titre: 'Avis de la personne', description: 'Avis de la personne sur l’objectif (TDDUI avisUsagerObjectif).', personnel: true, source: tdduiGoal }).exactOptional(),
    strategie: field(Texte, {
      titre: 'Stratégie de mise en œuvre',
      description: 'Stratégie de mise en œuvre de l’objectif (TDDUI strategieMiseEnOeuvreObjectif).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    besoins: field(z.array(CodeBesoinSchema), {
      titre: 'Besoins visés',
      description: 'Besoins SERAFIN-PH (JDV_J285) auxquels l’objectif répond ; ils figurent parmi les besoins identifiés du contexte (TDDUI : l’objectif « addresses » un Besoin).',
      source: tdduiGoal,
    }).exactOptional(),
    engagements: field(z.array(Identifiant), {
      titre: 'Engagements concourant',
      description: 'Identifiants des engagements (articles) du PAG qui concourent à l’objectif.',
    }).exactOptional(),
  }),
  {
    titre: 'Objectif',
    description: 'Objectif du plan, avec son horizon et l’avis de la personne, d’après la classe Objectif du modèle ANS TDDUI. Depuis 1.1.0.',
    source: tdduiGoal,
  },
);

/** The person's view of the solutions the PAG proposes. */
export const AvisSolutionsSchema = named(
  'AvisSolutions',
  z.strictObject({
    sens: field(z.enum(SENS_AVIS), {
      titre: 'Sens de l’avis',
      description: 'Favorable, favorable avec réserves, défavorable, ou non exprimé (liste du projet).',
      personnel: true,
      source: inferred(SOURCES.l11411),
    }),
    expression: field(Texte, {
      titre: 'Avis exprimé',
      description: 'Ce que la personne dit des solutions proposées, dans ses mots autant que possible.',
      personnel: true,
    }).exactOptional(),
    date: field(DateIso, { titre: 'Date', description: 'Date à laquelle l’avis a été recueilli (AAAA-MM-JJ).' }).exactOptional(),
    recueilliPar: field(Texte, { titre: 'Recueilli par', description: 'Qui a recueilli l’avis (fonction, institution).' }).exactOptional(),
  }),
  {
    titre: 'Avis sur les solutions proposées',
    description: 'Avis de la personne sur les solutions que le PAG propose (distinct de l’accord exprès, qui porte sur les décisions). Depuis 1.1.0.',
    source: inferred(SOURCES.l11411),
  },
);

/** The projet de vie. */
export type ProjetVie = z.infer<typeof ProjetVieSchema>;
/** An expectation. */
export type Attente = z.infer<typeof AttenteSchema>;
/** An objective of the plan. */
export type Objectif = z.infer<typeof ObjectifSchema>;
/** The person's view of the solutions proposed. */
export type AvisSolutions = z.infer<typeof AvisSolutionsSchema>;
