/**
 * Current place of life of the person (schema 1.1.0): family home, own home,
 * foster family, child-welfare home, ESMS (for children, possibly under the
 * amendement Creton), hospital (possibly an inadequate stay), an establishment
 * abroad (Belgium), emergency shelter, street…
 *
 * Lieu de vie actuel de la personne.
 */
import * as z from 'zod';
import { Finess, Texte, DateIso } from '../common/primitives.js';
import { inferred, SOURCES } from '../common/sources.js';
import { field, named } from '../metadata.js';

/** Kinds of place of life (project list, INFERRED: no ANS list covers every situation a PAG meets). */
export const TYPES_LIEU_DE_VIE = [
  'domicile-familial',
  'domicile-personnel',
  'accueil-familial',
  'etablissement-ase',
  'esms-enfants',
  'esms-adultes',
  'etablissement-sante',
  'etablissement-etranger',
  'hebergement-urgence',
  'sans-domicile',
  'detention',
  'autre',
] as const;

/** ISO 3166-1 alpha-2 country code (two capital letters, `BE` for Belgium); nothing may follow. */
export const CODE_PAYS_PATTERN = /^[A-Z]{2}(?![\s\S])/;

const creton =
  'ANS TDDUI `creton`, TRE_R417 code 3 « Maintien en ESMS au titre de l’amendement Creton » ; CASF, art. L. 242-4 (maintien, faute de place en établissement pour adultes, dans l’établissement pour enfants au-delà de l’âge limite : lecture du projet, INFERRED, article absent des sources juridiques du projet)';

/** The person's current place of life. */
export const LieuDeVieSchema = named(
  'LieuDeVie',
  z.strictObject({
    type: field(z.enum(TYPES_LIEU_DE_VIE), {
      titre: 'Type de lieu de vie',
      description:
        'Domicile familial, domicile personnel, accueil familial (famille d’accueil), établissement de l’ASE (MECS, foyer de l’enfance), ESMS pour enfants, ESMS pour adultes, établissement de santé (hospitalisation), établissement à l’étranger (Belgique…), hébergement d’urgence, sans domicile (rue), détention, autre. Liste du projet.',
      titleEn: 'Type of place of life',
      descriptionEn:
        'Family home, own home, family placement (foster family), ASE establishment (MECS, *foyer de l’enfance*), ESMS for children, ESMS for adults, health establishment (hospital stay), establishment abroad (Belgium…), emergency accommodation, homeless (street), detention, other. Project list.',
      personnel: true,
      source: inferred(SOURCES.pagType),
    }),
    depuis: field(DateIso, {
      titre: 'Depuis',
      description: 'Date d’arrivée dans ce lieu de vie (AAAA-MM-JJ).',
      titleEn: 'Since',
      descriptionEn: 'Date of arrival in this place of life (YYYY-MM-DD).',
      personnel: true,
    }).exactOptional(),
    adapte: field(z.boolean(), {
      titre: 'Adapté',
      description: 'Faux quand le lieu de vie ne répond pas aux besoins de la personne (hospitalisation inadéquate, maintien par défaut, hébergement précaire).',
      titleEn: 'Suitable',
      descriptionEn: 'False when the place of life does not meet the person’s needs (inappropriate hospital stay, staying by default, precarious accommodation).',
      personnel: true,
    }).exactOptional(),
    amendementCreton: field(z.boolean(), {
      titre: 'Amendement Creton',
      description: 'Vrai pour un jeune adulte maintenu dans un ESMS pour enfants au titre de l’amendement Creton (type esms-enfants).',
      titleEn: 'Creton amendment',
      descriptionEn: 'True for a young adult kept in an ESMS for children under the Creton amendment (type esms-enfants).',
      personnel: true,
      source: creton,
    }).exactOptional(),
    pays: field(z.string().regex(CODE_PAYS_PATTERN), {
      titre: 'Pays',
      description: 'Pays du lieu de vie quand il n’est pas en France, code ISO 3166-1 alpha-2 (BE pour la Belgique).',
      titleEn: 'Country',
      descriptionEn: 'Country of the place of life when it is not in France, ISO 3166-1 alpha-2 code (BE for Belgium).',
      personnel: true,
    }).exactOptional(),
    structure: field(
      named(
        'StructureLieuDeVie',
        z.strictObject({
          nom: field(Texte, {
            titre: 'Nom',
            description: 'Nom de l’établissement ou du service.',
            titleEn: 'Name',
            descriptionEn: 'Name of the establishment or service.',
          }),
          finess: field(Finess, {
            titre: 'FINESS',
            description: 'Numéro FINESS (9 caractères), pour une structure française.',
            titleEn: 'FINESS',
            descriptionEn: 'FINESS number (9 characters), for a French structure.',
          }).exactOptional(),
        }),
        {
          titre: 'Structure',
          description: 'Établissement où la personne vit.',
          titleEn: 'Structure',
          descriptionEn: 'Establishment where the person lives.',
        },
      ),
      {
        titre: 'Structure',
        description: 'Établissement où la personne vit, le cas échéant.',
        titleEn: 'Structure',
        descriptionEn: 'Establishment where the person lives, if any.',
      },
    ).exactOptional(),
    precision: field(Texte, {
      titre: 'Précision',
      description: 'Précision libre sur le lieu de vie.',
      titleEn: 'Details',
      descriptionEn: 'Free-text details on the place of life.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Lieu de vie',
    description: 'Lieu de vie actuel de la personne, avec son adéquation, l’amendement Creton et le pays quand il est à l’étranger. Depuis 1.1.0.',
    titleEn: 'Place of life',
    descriptionEn: 'Current place of life of the person, with its suitability, the Creton amendment and the country when abroad. Since 1.1.0.',
    source: inferred(SOURCES.pagType),
  },
);
