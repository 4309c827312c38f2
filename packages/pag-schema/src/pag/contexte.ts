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
      personnel: true,
    }),
    date: field(DateIso, { titre: 'Date', description: 'Date de la démarche (AAAA-MM-JJ).' }).exactOptional(),
    resultat: field(z.enum(RESULTATS_DEMARCHE), {
      titre: 'Résultat',
      description: 'Démarche aboutie, non aboutie ou encore en cours.',
      source: SOURCES.pagType,
    }),
    motifNonAboutissement: field(Texte, {
      titre: 'Motif de non-réalisation',
      description: 'Pour une démarche non aboutie : motif de la non-réalisation (absence de place, refus d’admission, inadaptation…).',
      personnel: true,
      source: SOURCES.pagType,
    }).exactOptional(),
  }),
  {
    titre: 'Démarche',
    description: 'Démarche engagée avant le PAG, aboutie ou non, avec le motif de la non-réalisation.',
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
    }),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision libre sur le besoin de la personne.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Besoin identifié',
    description: 'Besoin identifié de la personne, codé dans la nomenclature SERAFIN-PH, avec une précision libre.',
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
      personnel: true,
      source: SOURCES.pagType,
    }),
    situationActuelle: field(Texte, {
      titre: 'Situation actuelle',
      description: 'Situation actuelle justifiant le PAG.',
      personnel: true,
      source: SOURCES.pagType,
    }),
    demarches: field(z.array(DemarcheSchema), {
      titre: 'Démarches',
      description: 'État des lieux des démarches abouties et non abouties, et motifs de la non-réalisation.',
      source: SOURCES.pagType,
    }),
    besoins: field(z.array(BesoinIdentifieSchema), {
      titre: 'Besoins identifiés',
      description: 'Besoins identifiés, codés dans la nomenclature SERAFIN-PH des besoins.',
      source: SOURCES.pagType,
    }),
    projetVie: field(ProjetVieSchema, {
      titre: 'Projet de vie',
      description: 'Projet de vie de la personne, tel qu’elle l’exprime (L. 114-1-1). Depuis 1.1.0.',
      personnel: true,
      source: SOURCES.l11411,
    }).exactOptional(),
    attentes: field(z.array(AttenteSchema), {
      titre: 'Attentes',
      description: 'Attentes exprimées par la personne ou pour elle (classe Attente du modèle TDDUI). Depuis 1.1.0.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    objectifs: field(z.array(ObjectifSchema), {
      titre: 'Objectifs du plan',
      description: 'Objectifs du plan avec leur horizon, les besoins visés et l’avis de la personne (classe Objectif du modèle TDDUI). Depuis 1.1.0.',
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    avisSolutions: field(AvisSolutionsSchema, {
      titre: 'Avis sur les solutions proposées',
      description: 'Avis de la personne sur les solutions proposées par le plan. Depuis 1.1.0.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: '3. Contexte de la mise en place du PAG',
    description: 'Historique, situation actuelle, démarches et besoins identifiés ; depuis 1.1.0, la parole de la personne : projet de vie, attentes, objectifs, avis sur les solutions proposées.',
    source: SOURCES.pagType,
  },
);

/** Section 3 of a PAG. */
export type Contexte = z.infer<typeof ContexteSchema>;
/** A step taken before the PAG. */
export type Demarche = z.infer<typeof DemarcheSchema>;
/** An identified need. */
export type BesoinIdentifie = z.infer<typeof BesoinIdentifieSchema>;
