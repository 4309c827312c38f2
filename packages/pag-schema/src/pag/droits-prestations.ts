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
  TRE_R420_CODES,
  TRE_R420_SYSTEM,
  TRE_R422_CODES,
  TRE_R422_SYSTEM,
  TRE_R426_CODES,
  TRE_R426_SYSTEM,
} from '../codes.js';
import { field, named } from '../metadata.js';
import { DateIso, Finess, Identifiant, Texte } from '../common/primitives.js';
import { SOURCES } from '../common/sources.js';

/** A CDAPH decision: an orientation (with its qualification target/alternative) or another right opened. */
export const DroitPrestationSchema = named(
  'DroitPrestation',
  z.strictObject({
    codeDroitPrestation: field(z.enum(TRE_R420_CODES), {
      titre: 'Droit ou prestation',
      description:
        'Droit ou orientation décidé par la CDAPH (TRE_R420 Droit Prestation, catégorie de niveau 1 ou type de niveau 2 : 7.x orientation ESMS enfants, 8.x orientation scolaire, 13.x orientation ESMS adultes, 5.x PCH…).',
      systeme: TRE_R420_SYSTEM,
      personnel: true,
      source: SOURCES.tddui,
    }),
    libelle: field(Texte, {
      titre: 'Libellé',
      description: 'Libellé officiel du code, à titre informatif : le code fait foi.',
    }).exactOptional(),
    qualificationOrientation: field(z.enum(TRE_R422_CODES), {
      titre: 'Qualification de l’orientation',
      description:
        'Pour une orientation : 1 cible (hors contrainte de l’offre) ou 2 alternative (orientation par défaut) — TRE_R422.',
      systeme: TRE_R422_SYSTEM,
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    precisionOrientation: field(z.enum(TRE_R426_CODES), {
      titre: 'Précision de l’orientation',
      description: 'Précision d’une orientation SESSAD ou SAFEP (TRE_R426 Orientation).',
      systeme: TRE_R426_SYSTEM,
      personnel: true,
      source: SOURCES.tddui,
    }).exactOptional(),
    identifiantDecision: field(Identifiant, {
      titre: 'Identifiant de la décision',
      description: 'Identifiant de la décision dans le système d’information de la MDPH.',
    }).exactOptional(),
    dateDecision: field(DateIso, {
      titre: 'Date de décision',
      description: 'Date de la décision de la CDAPH (AAAA-MM-JJ).',
      source: SOURCES.tddui,
    }),
    dateOuverture: field(DateIso, {
      titre: 'Date d’ouverture',
      description: 'Date d’ouverture du droit (AAAA-MM-JJ).',
      source: SOURCES.tddui,
    }).exactOptional(),
    dateEcheance: field(DateIso, {
      titre: 'Date d’échéance',
      description: 'Date d’échéance du droit (AAAA-MM-JJ).',
      source: SOURCES.tddui,
    }).exactOptional(),
    structureAccueil: field(
      named(
        'StructureAccueil',
        z.strictObject({
          nom: field(Texte, { titre: 'Nom', description: 'Nom de l’établissement ou du service.' }),
          finess: field(Finess, { titre: 'FINESS', description: 'Numéro FINESS (9 caractères) de l’établissement ou du service.' }).exactOptional(),
        }),
        {
          titre: 'Structure d’accueil',
          description: 'Établissement ou service désigné pour une orientation.',
        },
      ),
      {
        titre: 'Structure d’accueil',
        description: 'Établissement ou service qui met en œuvre l’orientation, quand il est connu.',
        source: SOURCES.tddui,
      },
    ).exactOptional(),
  }),
  {
    titre: 'Décision de la CDAPH',
    description:
      'Orientation ou droit ouvert par la CDAPH, d’après la classe DroitPrestation du modèle ANS TDDUI. Les orientations portent leur qualification (cible ou alternative).',
    source: SOURCES.tddui,
  },
);

/** A CDAPH orientation or right. */
export type DroitPrestation = z.infer<typeof DroitPrestationSchema>;
