/**
 * Section 3 of the PAG, « Contexte de la mise en place du PAG » : history,
 * current situation, steps taken (succeeded or not, and why), identified needs
 * coded in the SERAFIN-PH besoins nomenclature.
 *
 * Section 3 du PAG : historique, situation actuelle, démarches, besoins.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { CodeBesoinSchema } from '../common/codes-serafin.js';
import { DateIso, Texte } from '../common/primitives.js';
import { SOURCES } from '../common/sources.js';
import { AttenteSchema, AvisSolutionsSchema, ObjectifSchema, ProjetVieSchema } from './projet-de-vie.js';

/** Outcome of a step taken before the PAG. */
export const RESULTATS_DEMARCHE = ['aboutie', 'non-aboutie', 'en-cours'] as const;

/** A step taken before the PAG. */
export const DemarcheSchema = named(
  'Demarche',
  z.strictObject({
    description: field(Texte, {
      titre: 'Démarche',
      description: 'Démarche engagée (demande d’admission, recherche de solution, mobilisation d’un dispositif…).',
      titleEn: 'Step',
      descriptionEn: 'Step taken (admission request, search for a solution, use of a scheme…).',
      personnel: true,
    }),
    date: field(DateIso, {
      titre: 'Date',
      description: 'Date de la démarche (AAAA-MM-JJ).',
      titleEn: 'Date',
      descriptionEn: 'Date of the step (YYYY-MM-DD).',
    }).exactOptional(),
    resultat: field(z.enum(RESULTATS_DEMARCHE), {
      titre: 'Résultat',
      description: 'Démarche aboutie, non aboutie ou encore en cours.',
      titleEn: 'Outcome',
      descriptionEn: 'Step successful, unsuccessful or still in progress.',
      source: SOURCES.pagType,
    }),
    motifNonAboutissement: field(Texte, {
      titre: 'Motif de non-réalisation',
      description: 'Pour une démarche non aboutie : motif de la non-réalisation (absence de place, refus d’admission, inadaptation…).',
      titleEn: 'Reason it failed',
      descriptionEn: 'For an unsuccessful step: why it did not succeed (no place available, admission refused, unsuitability…).',
      personnel: true,
      source: SOURCES.pagType,
    }).exactOptional(),
  }),
  {
    titre: 'Démarche',
    description: 'Démarche engagée avant le PAG, aboutie ou non, avec le motif de la non-réalisation.',
    titleEn: 'Step',
    descriptionEn: 'Step taken before the PAG, successful or not, with the reason it failed.',
    source: SOURCES.pagType,
  },
);

/** An identified need, coded in SERAFIN-PH, with a free-text precision. */
export const BesoinIdentifieSchema = named(
  'BesoinIdentifie',
  z.strictObject({
    besoin: field(CodeBesoinSchema, {
      titre: 'Besoin',
      description: 'Besoin codé dans la nomenclature SERAFIN-PH des besoins (JDV_J285).',
      titleEn: 'Need',
      descriptionEn: 'Need coded in the SERAFIN-PH needs nomenclature (JDV_J285).',
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision libre sur le besoin de la personne.',
      titleEn: 'Details',
      descriptionEn: 'Free-text details on the person’s need.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Besoin identifié',
    description: 'Besoin identifié de la personne, codé dans la nomenclature SERAFIN-PH, avec une précision libre.',
    titleEn: 'Identified need',
    descriptionEn: 'Identified need of the person, coded in the SERAFIN-PH nomenclature, with free-text details.',
    source: SOURCES.pagType,
  },
);

/** Section 3 of the PAG. */
export const ContexteSchema = named(
  'Contexte',
  z.strictObject({
    historique: field(Texte, {
      titre: 'Historique',
      description: 'Historique et éléments justifiant l’accompagnement.',
      titleEn: 'History',
      descriptionEn: 'History and elements that justify the support.',
      personnel: true,
      source: SOURCES.pagType,
    }),
    situationActuelle: field(Texte, {
      titre: 'Situation actuelle',
      description: 'Situation actuelle justifiant le PAG.',
      titleEn: 'Current situation',
      descriptionEn: 'Current situation that justifies the PAG.',
      personnel: true,
      source: SOURCES.pagType,
    }),
    demarches: field(z.array(DemarcheSchema), {
      titre: 'Démarches',
      description: 'État des lieux des démarches abouties et non abouties, et motifs de la non-réalisation.',
      titleEn: 'Steps taken',
      descriptionEn: 'Review of the steps that succeeded and failed, and why they failed.',
      source: SOURCES.pagType,
    }),
    besoins: field(z.array(BesoinIdentifieSchema), {
      titre: 'Besoins identifiés',
      description: 'Besoins identifiés, codés dans la nomenclature SERAFIN-PH des besoins.',
      titleEn: 'Identified needs',
      descriptionEn: 'Identified needs, coded in the SERAFIN-PH needs nomenclature.',
      source: SOURCES.pagType,
    }),
    projetVie: field(ProjetVieSchema, {
      titre: 'Projet de vie',
      description: 'Projet de vie de la personne, tel qu’elle l’exprime (L. 114-1-1). Depuis 1.1.0.',
      titleEn: 'Life project',
      descriptionEn: 'The person’s life project (*projet de vie*), as they express it (L. 114-1-1). Since 1.1.0.',
      personnel: true,
      source: SOURCES.l11411,
    }).exactOptional(),
    attentes: field(z.array(AttenteSchema), {
      titre: 'Attentes',
      description: 'Attentes exprimées par la personne ou pour elle (classe Attente du modèle TDDUI). Depuis 1.1.0.',
      titleEn: 'Expectations',
      descriptionEn: 'Expectations expressed by the person or on their behalf (Attente class of the TDDUI model). Since 1.1.0.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    objectifs: field(z.array(ObjectifSchema), {
      titre: 'Objectifs du plan',
      description: 'Objectifs du plan avec leur horizon, les besoins visés et l’avis de la personne (classe Objectif du modèle TDDUI). Depuis 1.1.0.',
      titleEn: 'Objectives of the plan',
      descriptionEn: 'Objectives of the plan with their horizon, the needs they address and the person’s opinion (Objectif class of the TDDUI model). Since 1.1.0.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    avisSolutions: field(AvisSolutionsSchema, {
      titre: 'Avis sur les solutions proposées',
      description: 'Avis de la personne sur les solutions proposées par le plan. Depuis 1.1.0.',
      titleEn: 'Opinion on the proposed solutions',
      descriptionEn: 'The person’s opinion on the solutions the plan proposes. Since 1.1.0.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: '3. Contexte de la mise en place du PAG',
    description:
      'Historique, situation actuelle, démarches et besoins identifiés ; depuis 1.1.0, la parole de la personne : projet de vie, attentes, objectifs, avis sur les solutions proposées.',
    titleEn: '3. Context of the PAG',
    descriptionEn:
      'History, current situation, steps taken and identified needs; since 1.1.0, the person’s own voice: life project, expectations, objectives, opinion on the proposed solutions.',
    source: SOURCES.pagType,
  },
);
