/**
 * The CDAPH decisions a PAG relies on (`situation.droitsPrestations`):
 * orientations with their qualification, and the other rights opened, after
 * the DroitPrestation class of the ANS TDDUI model.
 *
 * Décisions de la CDAPH sur lesquelles repose le PAG : orientations (cible ou
 * alternative) et droits ouverts.
 */
import * as z from 'zod';
import {
  JDV_J264_CODES,
  JDV_J264_URL,
  JDV_J401_CODES,
  JDV_J408_CODES,
  JDV_J408_URL,
  TRE_R240_CODES,
  TRE_R240_SYSTEM,
  TRE_R327_CODES,
  TRE_R327_SYSTEM,
  TRE_R420_CODES,
  TRE_R420_SYSTEM,
  TRE_R422_CODES,
  TRE_R422_SYSTEM,
  TRE_R426_CODES,
} from '../codes.js';
import { field, named } from '../metadata.js';
import { DateIso, Finess, Identifiant, Texte } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';

/** Source of the decision fields aligned on the TDDUI 2.4.0 `tddui-decision` extension (schema 1.1.0). */
const TDDUI_DECISION = 'ANS, TDDUI 2.4.0, extension tddui-decision (DroitPrestation, DetailPrestation, PriseCharge) et ses invariants';

/** Codes of the précision d'orientation accepted: TRE_R426 (1.0.0) and the whole JDV_J408 (1.1.0), without repetition. */
const PRECISION_ORIENTATION_CODES = [...new Set<string>([...TRE_R426_CODES, ...JDV_J408_CODES])] as unknown as readonly [
  (typeof TRE_R426_CODES)[number] | (typeof JDV_J408_CODES)[number],
  ...((typeof TRE_R426_CODES)[number] | (typeof JDV_J408_CODES)[number])[],
];

/** Who validated the plan (schema 1.1.0). */
export const INSTANCES_VALIDATION = ['cdaph', 'cdaph-formation-restreinte', 'equipe-pluridisciplinaire', 'direction-mdph', 'autre'] as const;

/** A CDAPH decision: an orientation (with its qualification target/alternative) or another right opened. */
export const DroitPrestationSchema = named(
  'DroitPrestation',
  z.strictObject({
    codeDroitPrestation: field(z.enum(TRE_R420_CODES), {
      titre: 'Droit ou prestation',
      description:
        'Droit ou orientation décidé par la CDAPH (TRE_R420 Droit Prestation, catégorie de niveau 1 ou type de niveau 2 : 7.x orientation ESMS enfants, 8.x orientation scolaire, 13.x orientation ESMS adultes, 5.x PCH…).',
      titleEn: 'Right or benefit',
      descriptionEn:
        'Right or orientation decided by the CDAPH (TRE_R420 *Droit Prestation*, a level-1 category or a level-2 type: 7.x orientation to an ESMS for children, 8.x school orientation, 13.x orientation to an ESMS for adults, 5.x PCH…).',
      systeme: TRE_R420_SYSTEM,
      personnel: true,
      source: SOURCES.tddui,
    }),
    libelle: field(Texte, {
      titre: 'Libellé',
      description: 'Libellé officiel du code, à titre informatif : le code fait foi.',
      titleEn: 'Label',
      descriptionEn: 'Official label of the code, for information: the code is authoritative.',
    }).exactOptional(),
    qualificationOrientation: field(z.enum(TRE_R422_CODES), {
      titre: 'Qualification de l’orientation',
      description: 'Pour une orientation : 1 cible (hors contrainte de l’offre) ou 2 alternative (orientation par défaut) — TRE_R422.',
      titleEn: 'Orientation qualification',
      descriptionEn: 'For an orientation: 1 target (regardless of the available offer) or 2 alternative (fallback orientation) — TRE_R422.',
      systeme: TRE_R422_SYSTEM,
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    precisionOrientation: field(z.enum(PRECISION_ORIENTATION_CODES), {
      titre: 'Précision de l’orientation',
      description:
        'Précision de l’orientation, code du jeu de valeurs JDV_J408 (codes uniques dans ce jeu) : TRE_R426 1 à 6 pour un SESSAD (7.8), 7 et 8 pour un SAFEP (7.9) ; TRE_R408 9 SEGPA, 10 EREA pour l’enseignement adapté (8.3) ; TRE_R278 UEA, UEM pour une unité d’enseignement (8.6). Les validateurs vérifient l’accord avec le type d’orientation (invariants TDDUI). JDV_J408 entier depuis 1.1.0 (TRE_R426 seul en 1.0.0).',
      titleEn: 'Orientation detail',
      descriptionEn:
        'Detail of the orientation, a code of the value set JDV_J408 (codes unique within it): TRE_R426 1 to 6 for a SESSAD (7.8), 7 and 8 for a SAFEP (7.9); TRE_R408 9 SEGPA, 10 EREA for adapted education (8.3); TRE_R278 UEA, UEM for a teaching unit (8.6). The validators check that it agrees with the orientation type (TDDUI invariants). The whole of JDV_J408 since 1.1.0 (TRE_R426 only in 1.0.0).',
      systeme: JDV_J408_URL,
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    categorieDroitPrestation: field(z.enum(JDV_J401_CODES), {
      titre: 'Catégorie du droit',
      description:
        'Catégorie (niveau 1 de TRE_R420, JDV_J401) à laquelle appartient le droit, comme la transmet le TDDUI (categorieDroitPrestation) : facultative quand « codeDroitPrestation » est un type de niveau 2, dont elle se déduit ; les validateurs signalent une catégorie qui n’est pas celle du type. Depuis 1.1.0.',
      titleEn: 'Right category',
      descriptionEn:
        'Category (level 1 of TRE_R420, JDV_J401) the right belongs to, as the TDDUI sends it (categorieDroitPrestation): optional when “codeDroitPrestation” is a level-2 type, from which it follows; the validators report a category that is not the type’s. Since 1.1.0.',
      systeme: TRE_R420_SYSTEM,
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    typeDecision: field(z.enum(TRE_R327_CODES), {
      titre: 'Type de décision',
      description:
        'Type de la décision de la CDAPH (TRE_R327 : 1 Attribution, 2 Rejet, 3 Sursis, 4 Non attribution supplémentaire, 5 Clôture de droit, 6 Renouvellement, 7 Révision). Le TDDUI sépare le type de décision (JDV_J398 : 1, 5) et la nature du droit (JDV_J400 : 1, 6, 7) ; un PAG porte le code TRE_R327 de la notification. Depuis 1.1.0.',
      titleEn: 'Decision type',
      descriptionEn:
        'Type of the CDAPH decision (TRE_R327: 1 Grant, 2 Rejection, 3 Deferral, 4 No additional grant, 5 Closure of the right, 6 Renewal, 7 Review). The TDDUI separates the decision type (JDV_J398: 1, 5) from the nature of the right (JDV_J400: 1, 6, 7); a PAG carries the TRE_R327 code of the notification. Since 1.1.0.',
      systeme: TRE_R327_SYSTEM,
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    existencePAG: field(z.boolean(), {
      titre: 'Décision liée au PAG',
      description:
        'Indicateur TDDUI existencePAG : vrai quand la décision est associée au PAG (le PAG s’appuie sur elle ou la met en œuvre), faux pour un droit seulement rappelé (AAH, carte mobilité inclusion…). Le TDDUI le définit « 1 = si la décision est associée à un PAG au statut élaboré ou validé ; 0 = pour tous les autres cas » : les validateurs avertissent s’il est vrai sur un PAG en brouillon ou terminé. Depuis 1.1.0.',
      titleEn: 'Decision linked to the PAG',
      descriptionEn:
        'TDDUI indicator existencePAG: true when the decision is associated with the PAG (the PAG relies on it or implements it), false for a right only recalled (AAH, *carte mobilité inclusion*…). The TDDUI defines it as “1 = if the decision is associated with a PAG whose status is elaborated or validated; 0 = in every other case”: the validators warn when it is true on a draft or ended PAG. Since 1.1.0.',
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    creton: field(z.boolean(), {
      titre: 'Amendement Creton',
      description:
        'Indicateur TDDUI creton : vrai quand l’orientation ou le maintien en établissement pour enfants d’un jeune adulte de plus de 20 ans relève de l’amendement Creton (CASF, L. 242-4 selon le projet, INFERRED ; TRE_R417 code 3). Le TDDUI l’exige pour toute orientation ESMS enfants (catégorie 7 de TRE_R420) : les validateurs le demandent (avertissement). Depuis 1.1.0.',
      titleEn: 'Creton amendment',
      descriptionEn:
        'TDDUI indicator creton: true when the orientation, or the continued stay in an establishment for children, of a young adult over 20 falls under the Creton amendment (CASF, L. 242-4 per the project, INFERRED; TRE_R417 code 3). The TDDUI requires it for every orientation to an ESMS for children (category 7 of TRE_R420): the validators ask for it (warning). Since 1.1.0.',
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    temporaliteAccueil: field(z.array(z.enum(TRE_R240_CODES)).max(TRE_R240_CODES.length).min(1), {
      titre: 'Temporalité d’accueil',
      description:
        'Temporalité de l’accueil notifiée (TRE_R240 par JDV_J30 : 01 Temporaire, 02 Permanent). Une liste, parce qu’une notification peut ouvrir les deux (accueil permanent et accueil temporaire) ; le TDDUI en transmet une par décision. Le TDDUI l’exige pour les orientations ESMS (catégories 7 et 13) et les types 8.6, 8.7, 8.8, 8.10 : les validateurs la demandent (avertissement). Depuis 1.1.0.',
      titleEn: 'Care timing',
      descriptionEn:
        'Timing of the care notified (TRE_R240 through JDV_J30: 01 Temporary, 02 Permanent). A list, because one notification may open both (permanent and temporary care); the TDDUI sends one per decision. The TDDUI requires it for orientations to an ESMS (categories 7 and 13) and for types 8.6, 8.7, 8.8, 8.10: the validators ask for it (warning). Since 1.1.0.',
      systeme: TRE_R240_SYSTEM,
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    modePriseCharge: field(z.array(z.enum(JDV_J264_CODES)).max(JDV_J264_CODES.length).min(1), {
      titre: 'Modes de prise en charge',
      description:
        'Modes de prise en charge ouverts par la décision (JDV_J264 ModeEtCentreDePriseEnCharge-MDPH : TRE_R213 46 Hébergement (accueil jour et nuit), 47 Accueil de jour, 48 Accueil de nuit ; TRE_R397 238 Centre d’accueil familial spécialisé ; version du 2026-07-30, liée en « required » par le TDDUI : le code 49 de la version précédente n’y est plus). Une liste : une seule notification peut ouvrir toutes les modalités (le TDDUI répète priseCharge). Depuis 1.1.0.',
      titleEn: 'Care modes',
      descriptionEn:
        'Care modes opened by the decision (JDV_J264 ModeEtCentreDePriseEnCharge-MDPH: TRE_R213 46 Residential (day and night care), 47 Day care, 48 Night care; TRE_R397 238 Specialised family care centre; version of 2026-07-30, bound as “required” by the TDDUI: code 49 of the previous version is no longer in it). A list: one notification may open every mode (the TDDUI repeats priseCharge). Since 1.1.0.',
      systeme: JDV_J264_URL,
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    accueilSequentiel: field(z.boolean(), {
      titre: 'Accueil séquentiel',
      description:
        'Indicateur TDDUI accueilSequentiel : l’accueil notifié est séquentiel (alternance de périodes d’accueil et de retour au domicile ou d’accueil ailleurs). Depuis 1.1.0.',
      titleEn: 'Sequential care',
      descriptionEn: 'TDDUI indicator accueilSequentiel: the care notified is sequential (alternating periods of care and of return home or care elsewhere). Since 1.1.0.',
      personnel: true,
      source: TDDUI_DECISION,
    }).exactOptional(),
    identifiantDecision: field(Identifiant, {
      titre: 'Identifiant de la décision',
      description: 'Identifiant de la décision dans le système d’information de la MDPH.',
      titleEn: 'Decision identifier',
      descriptionEn: 'Identifier of the decision in the MDPH’s information system.',
    }).exactOptional(),
    dateDecision: field(DateIso, {
      titre: 'Date de décision',
      description: 'Date de la décision de la CDAPH (AAAA-MM-JJ).',
      titleEn: 'Decision date',
      descriptionEn: 'Date of the CDAPH decision (YYYY-MM-DD).',
      source: SOURCES.tddui,
    }),
    dateOuverture: field(DateIso, {
      titre: 'Date d’ouverture',
      description: 'Date d’ouverture du droit (AAAA-MM-JJ).',
      titleEn: 'Opening date',
      descriptionEn: 'Date the right opens (YYYY-MM-DD).',
      source: SOURCES.tddui,
    }).exactOptional(),
    dateEcheance: field(DateIso, {
      titre: 'Date d’échéance',
      description: 'Date d’échéance du droit (AAAA-MM-JJ).',
      titleEn: 'Expiry date',
      descriptionEn: 'Expiry date of the right (YYYY-MM-DD).',
      source: SOURCES.tddui,
    }).exactOptional(),
    structureAccueil: field(
      named(
        'StructureAccueil',
        z.strictObject({
          nom: field(Texte, {
            titre: 'Nom',
            description: 'Nom de l’établissement ou du service.',
            titleEn: 'Name',
            descriptionEn: 'Name of the establishment or service.',
          }),
          finess: field(Finess, {
            titre: 'FINESS',
            description: 'Numéro FINESS (9 caractères) de l’établissement ou du service.',
            titleEn: 'FINESS',
            descriptionEn: 'FINESS number (9 characters) of the establishment or service.',
          }).exactOptional(),
        }),
        {
          titre: 'Structure d’accueil',
          description: 'Établissement ou service désigné pour une orientation.',
          titleEn: 'Receiving structure',
          descriptionEn: 'Establishment or service designated for an orientation.',
        },
      ),
      {
        titre: 'Structure d’accueil',
        description: 'Établissement ou service qui met en œuvre l’orientation, quand il est connu.',
        titleEn: 'Receiving structure',
        descriptionEn: 'Establishment or service that implements the orientation, when known.',
        source: SOURCES.tddui,
      },
    ).exactOptional(),
  }),
  {
    titre: 'Décision de la CDAPH',
    description:
      'Orientation ou droit ouvert par la CDAPH, d’après la classe DroitPrestation du modèle ANS TDDUI : code, catégorie, type de décision, liaison au PAG (existencePAG), qualification de l’orientation (cible ou alternative), précision, temporalité et modes d’accueil, indicateur Creton.',
    titleEn: 'CDAPH decision',
    descriptionEn:
      'Orientation or right granted by the CDAPH, after the DroitPrestation class of the ANS TDDUI model: code, category, decision type, link to the PAG (existencePAG), orientation qualification (target or alternative), detail, care timing and modes, Creton indicator.',
    source: SOURCES.tddui,
  },
);

/** Who validated the plan and by which decision (schema 1.1.0). */
export const ValidationPlanSchema = named(
  'ValidationPlan',
  z.strictObject({
    instance: field(z.enum(INSTANCES_VALIDATION), {
      titre: 'Instance',
      description:
        'Instance qui a validé le plan : la CDAPH (cdaph) ou sa formation restreinte (cdaph-formation-restreinte), qui prennent les « décisions relatives au plan d’accompagnement global » (L. 146-9), ou, selon l’organisation du territoire, l’équipe pluridisciplinaire, la direction de la MDPH, autre (préciser).',
      titleEn: 'Body',
      descriptionEn:
        'Body that validated the plan: the CDAPH (cdaph) or its restricted formation (cdaph-formation-restreinte), which take the “decisions relating to the global support plan” (L. 146-9), or, depending on how the territory is organised, the multidisciplinary team, the MDPH’s management, other (specify).',
      source: inferred(SOURCES.l1469),
    }),
    precisionInstance: field(Texte, {
      titre: 'Précision sur l’instance',
      description: 'Nom de l’instance quand elle est « autre », ou précision (section locale, commission…).',
      titleEn: 'Details of the body',
      descriptionEn: 'Name of the body when it is “autre”, or details (local section, commission…).',
    }).exactOptional(),
    identifiantDecision: field(Identifiant, {
      titre: 'Identifiant de la décision',
      description: 'Identifiant de la décision ou de la séance qui valide le plan, dans le système d’information de la MDPH.',
      titleEn: 'Decision identifier',
      descriptionEn: 'Identifier of the decision or of the session that validates the plan, in the MDPH’s information system.',
    }).exactOptional(),
    dateDecision: field(DateIso, {
      titre: 'Date de la décision',
      description: 'Date de la décision de validation (AAAA-MM-JJ) ; la date de validation du PAG (« dateValidation ») fait foi pour son cycle de vie.',
      titleEn: 'Decision date',
      descriptionEn: 'Date of the validation decision (YYYY-MM-DD); the PAG’s validation date (“dateValidation”) is authoritative for its lifecycle.',
    }).exactOptional(),
  }),
  {
    titre: 'Validation du plan',
    description: 'Qui a validé le PAG, et par quelle décision. Depuis 1.1.0.',
    titleEn: 'Validation of the plan',
    descriptionEn: 'Who validated the PAG, and by which decision. Since 1.1.0.',
    source: inferred(SOURCES.l1469),
  },
);

/** An instance that validates a PAG. */
export type InstanceValidation = (typeof INSTANCES_VALIDATION)[number];
