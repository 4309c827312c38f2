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
export const AUTEURS_PROJET_VIE = ['personne', 'personne-avec-representant', 'representant-legal', 'personne-chargee-mesure-protection'] as const;

/** Who expressed an expectation (TDDUI `origineAttente`: the person, a relative, a professional). */
export const ORIGINES_ATTENTE = ['personne', 'representant-legal', 'personne-chargee-mesure-protection', 'proche-aidant', 'professionnel'] as const;

/** Horizon of an objective (project list, INFERRED: no ANS list; TDDUI carries only a due date). */
export const HORIZONS_OBJECTIF = ['court-terme', 'moyen-terme', 'long-terme'] as const;

/** Domains of an objective: the domains of intervention of L. 114-1-1, plus `autre`. */
export const DOMAINES_OBJECTIF = ['educatif-scolarisation', 'therapeutique', 'insertion-professionnelle', 'insertion-sociale', 'aide-aux-aidants', 'autre'] as const;

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
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of the life project (TDDUI idProjetVie), when known.',
      source: tdduiGoal,
    }).exactOptional(),
    titre: field(Texte, {
      titre: 'Titre',
      description: 'Titre court du projet de vie (TDDUI titreProjetVie).',
      titleEn: 'Title',
      descriptionEn: 'Short title of the life project (TDDUI titreProjetVie).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    aspirations: field(Texte, {
      titre: 'Aspirations',
      description: 'Aspirations de la personne, dans ses mots autant que possible (TDDUI aspirationProjetVie).',
      titleEn: 'Aspirations',
      descriptionEn: 'The person’s aspirations, in their own words as far as possible (TDDUI aspirationProjetVie).',
      personnel: true,
      source: `${l11411ProjetVie} ; ${tdduiGoal}`,
    }),
    formulePar: field(z.enum(AUTEURS_PROJET_VIE), {
      titre: 'Formulé par',
      description:
        'Qui a formulé le projet de vie : la personne (personne), la personne avec son représentant (personne-avec-representant), son représentant légal pour elle, mineure (representant-legal), ou la personne chargée d’une mesure de protection avec représentation relative à la personne, quand elle ne peut exprimer son avis (personne-chargee-mesure-protection).',
      titleEn: 'Expressed by',
      descriptionEn:
        'Who expressed the life project: the person (personne), the person with their representant (personne-avec-representant), their legal representative on behalf of a minor (representant-legal), or the person in charge of a protection measure with representation relating to the person, when the person cannot give their opinion (personne-chargee-mesure-protection).',
      source: l11411ProjetVie,
    }).exactOptional(),
    dateDebut: field(DateIso, {
      titre: 'Date',
      description: 'Date à laquelle le projet de vie a été exprimé ou mis à jour (TDDUI dateDebutProjetVie, AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date on which the life project was expressed or updated (TDDUI dateDebutProjetVie, YYYY-MM-DD).',
      source: tdduiGoal,
    }).exactOptional(),
  }),
  {
    titre: 'Projet de vie',
    description: 'Projet de vie de la personne, tel qu’elle l’exprime (CASF, L. 114-1-1), d’après la classe ProjetVie du modèle ANS TDDUI. Depuis 1.1.0.',
    titleEn: 'Life project',
    descriptionEn: 'The person’s life project (*projet de vie*), as they express it (CASF, L. 114-1-1), after the ProjetVie class of the ANS TDDUI model. Since 1.1.0.',
    source: `${l11411ProjetVie} ; ${tdduiGoal}`,
  },
);

/** An expectation of the person (TDDUI Attente). */
export const AttenteSchema = named(
  'Attente',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant de l’attente (TDDUI identifiantAttente).',
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of the expectation (TDDUI identifiantAttente).',
      source: tdduiGoal,
    }).exactOptional(),
    description: field(Texte, {
      titre: 'Attente',
      description: 'Ce que la personne attend (TDDUI descriptionAttente), par exemple « rester vivre près de ses parents ».',
      titleEn: 'Expectation',
      descriptionEn: 'What the person expects (TDDUI descriptionAttente), for example “to keep living near their parents”.',
      personnel: true,
      source: tdduiGoal,
    }),
    origine: field(z.enum(ORIGINES_ATTENTE), {
      titre: 'Exprimée par',
      description:
        'Qui a exprimé l’attente (TDDUI origineAttente) : la personne, son représentant légal, la personne chargée de la mesure de protection, un proche aidant, un professionnel.',
      titleEn: 'Expressed by',
      descriptionEn:
        'Who expressed the expectation (TDDUI origineAttente): the person, their legal representative, the person in charge of the protection measure, a family carer, a professional.',
      source: tdduiGoal,
    }).exactOptional(),
    commentaire: field(Texte, {
      titre: 'Commentaire',
      description: 'Commentaire sur l’attente (TDDUI commentaireAttente).',
      titleEn: 'Comment',
      descriptionEn: 'Comment on the expectation (TDDUI commentaireAttente).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
  }),
  {
    titre: 'Attente',
    description: 'Attente exprimée par la personne ou pour elle, d’après la classe Attente du modèle ANS TDDUI. Depuis 1.1.0.',
    titleEn: 'Expectation',
    descriptionEn: 'Expectation expressed by the person or on their behalf, after the Attente class of the ANS TDDUI model. Since 1.1.0.',
    source: tdduiGoal,
  },
);

/** An objective of the plan (TDDUI Objectif), with its horizon. */
export const ObjectifSchema = named(
  'Objectif',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant de l’objectif (TDDUI identifiantObjectif).',
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of the objective (TDDUI identifiantObjectif).',
      source: tdduiGoal,
    }).exactOptional(),
    titre: field(Texte, {
      titre: 'Objectif',
      description: 'Titre de l’objectif (TDDUI titreObjectif).',
      titleEn: 'Objective',
      descriptionEn: 'Title of the objective (TDDUI titreObjectif).',
      personnel: true,
      source: tdduiGoal,
    }),
    description: field(Texte, {
      titre: 'Description',
      description: 'Description de l’objectif (TDDUI descriptionObjectif).',
      titleEn: 'Description',
      descriptionEn: 'Description of the objective (TDDUI descriptionObjectif).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    domaine: field(z.enum(DOMAINES_OBJECTIF), {
      titre: 'Domaine',
      description:
        'Domaine de l’objectif (TDDUI domaineObjectif) : les domaines d’intervention de L. 114-1-1 (éducatif et scolarisation, thérapeutique, insertion professionnelle, insertion sociale, aide aux aidants) ou autre.',
      titleEn: 'Domain',
      descriptionEn:
        'Domain of the objective (TDDUI domaineObjectif): the intervention domains of L. 114-1-1 (education and schooling, therapeutic, professional integration, social integration, aid to carers) or other.',
      source: `${SOURCES.l11411} ; ${tdduiGoal}`,
    }).exactOptional(),
    horizon: field(z.enum(HORIZONS_OBJECTIF), {
      titre: 'Horizon',
      description: 'Horizon de l’objectif : court, moyen ou long terme (liste du projet ; le modèle TDDUI ne porte qu’une échéance).',
      titleEn: 'Horizon',
      descriptionEn: 'Horizon of the objective: short, medium or long term (project list; the TDDUI model only carries a due date).',
      source: inferred(tdduiGoal),
    }).exactOptional(),
    echeance: field(DateIso, {
      titre: 'Échéance',
      description: 'Date à laquelle l’objectif devrait être atteint (TDDUI dateFinObjectif, AAAA-MM-JJ).',
      titleEn: 'Due date',
      descriptionEn: 'Date by which the objective should be reached (TDDUI dateFinObjectif, YYYY-MM-DD).',
      source: tdduiGoal,
    }).exactOptional(),
    resultatAttendu: field(Texte, {
      titre: 'Résultat attendu',
      description: 'Résultat attendu (TDDUI resultatAttenduObjectif).',
      titleEn: 'Expected result',
      descriptionEn: 'Expected result (TDDUI resultatAttenduObjectif).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    avisPersonne: field(Texte, {
      titre: 'Avis de la personne',
      description: 'Avis de la personne sur l’objectif (TDDUI avisUsagerObjectif).',
      titleEn: 'The person’s opinion',
      descriptionEn: 'The person’s opinion on the objective (TDDUI avisUsagerObjectif).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    strategie: field(Texte, {
      titre: 'Stratégie de mise en œuvre',
      description: 'Stratégie de mise en œuvre de l’objectif (TDDUI strategieMiseEnOeuvreObjectif).',
      titleEn: 'Implementation strategy',
      descriptionEn: 'Strategy for implementing the objective (TDDUI strategieMiseEnOeuvreObjectif).',
      personnel: true,
      source: tdduiGoal,
    }).exactOptional(),
    besoins: field(z.array(CodeBesoinSchema), {
      titre: 'Besoins visés',
      description: 'Besoins SERAFIN-PH (JDV_J285) auxquels l’objectif répond ; ils figurent parmi les besoins identifiés du contexte (TDDUI : l’objectif « addresses » un Besoin).',
      titleEn: 'Needs addressed',
      descriptionEn: 'SERAFIN-PH needs (JDV_J285) the objective answers; they are among the identified needs of the context (TDDUI: the objective “addresses” a Besoin).',
      source: tdduiGoal,
    }).exactOptional(),
    engagements: field(z.array(Identifiant), {
      titre: 'Engagements concourant',
      description: 'Identifiants des engagements (articles) du PAG qui concourent à l’objectif.',
      titleEn: 'Contributing commitments',
      descriptionEn: 'Identifiers of the PAG’s commitments (articles) that contribute to the objective.',
    }).exactOptional(),
  }),
  {
    titre: 'Objectif',
    description: 'Objectif du plan, avec son horizon et l’avis de la personne, d’après la classe Objectif du modèle ANS TDDUI. Depuis 1.1.0.',
    titleEn: 'Objective',
    descriptionEn: 'Objective of the plan, with its horizon and the person’s opinion, after the Objectif class of the ANS TDDUI model. Since 1.1.0.',
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
      titleEn: 'Opinion',
      descriptionEn: 'Favourable, favourable with reservations, unfavourable, or not expressed (project list).',
      personnel: true,
      source: inferred(SOURCES.l11411),
    }),
    expression: field(Texte, {
      titre: 'Avis exprimé',
      description: 'Ce que la personne dit des solutions proposées, dans ses mots autant que possible.',
      titleEn: 'Opinion expressed',
      descriptionEn: 'What the person says about the proposed solutions, in their own words as far as possible.',
      personnel: true,
    }).exactOptional(),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date à laquelle l’avis a été recueilli (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date on which the opinion was collected (YYYY-MM-DD).',
    }).exactOptional(),
    recueilliPar: field(Texte, {
      titre: 'Recueilli par',
      description: 'Qui a recueilli l’avis (fonction, institution).',
      titleEn: 'Collected by',
      descriptionEn: 'Who collected the opinion (function, institution).',
    }).exactOptional(),
  }),
  {
    titre: 'Avis sur les solutions proposées',
    description: 'Avis de la personne sur les solutions que le PAG propose (distinct de l’accord exprès, qui porte sur les décisions). Depuis 1.1.0.',
    titleEn: 'Opinion on the proposed solutions',
    descriptionEn: 'The person’s opinion on the solutions the PAG proposes (distinct from the express agreement, which is about the decisions). Since 1.1.0.',
    source: inferred(SOURCES.l11411),
  },
);
