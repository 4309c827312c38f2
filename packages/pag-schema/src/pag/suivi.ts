/**
 * Section 5 of the PAG, « Suivi du PAG » : the coordonnateur de parcours
 * (named, chosen among the engaged operators), rhythm and modalities of the
 * follow-up, next revision.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { Courriel, DateIso, Identifiant, Telephone, Texte } from '../common/primitives.js';
import { SOURCES } from '../common/sources.js';
import { FrequenceSchema } from '../common/structures.js';

/** The coordonnateur de parcours: a named person of one of the engaged operators. */
export const CoordonnateurParcoursSchema = named(
  'CoordonnateurParcours',
  z.strictObject({
    identifiantEngagement: field(Identifiant, {
      titre: 'Article de l’opérateur',
      description:
        'Identifiant de l’engagement (article) de l’opérateur auquel appartient le coordonnateur : la loi le désigne parmi les acteurs engagés.',
      source: SOURCES.l11411,
    }),
    nom: field(Texte, { titre: 'Nom', description: 'Nom du coordonnateur de parcours.', personnel: true, source: SOURCES.pagType }),
    prenom: field(Texte, { titre: 'Prénom', description: 'Prénom du coordonnateur de parcours.', personnel: true }).exactOptional(),
    fonction: field(Texte, { titre: 'Fonction', description: 'Fonction du coordonnateur dans sa structure.' }).exactOptional(),
    telephone: field(Telephone, { titre: 'Téléphone', description: 'Téléphone professionnel.', personnel: true }).exactOptional(),
    courriel: field(Courriel, { titre: 'Courriel', description: 'Adresse électronique professionnelle.', personnel: true }).exactOptional(),
  }),
  {
    titre: 'Coordonnateur de parcours',
    description: 'Coordonnateur de parcours désigné parmi les acteurs chargés de la mise en œuvre du PAG (CASF, L. 114-1-1), nommément.',
    source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
  },
);

/** Section 5 of the PAG. */
export const SuiviSchema = named(
  'Suivi',
  z.strictObject({
    coordonnateurParcours: field(CoordonnateurParcoursSchema, {
      titre: 'Coordonnateur de parcours',
      description: 'Coordonnateur de parcours, nommé, appartenant à l’un des opérateurs engagés.',
      source: SOURCES.l11411,
    }),
    rythme: field(FrequenceSchema, {
      titre: 'Rythme du suivi',
      description: 'Rythme prévu des points de suivi (par exemple 1 fois par trimestre).',
      source: SOURCES.pagType,
    }),
    modalites: field(Texte, {
      titre: 'Modalités du suivi',
      description: 'Modalités prévues du suivi (réunions, bilans, information de la MDPH…).',
      source: SOURCES.pagType,
    }),
    dateProchaineRevision: field(DateIso, {
      titre: 'Date de la prochaine révision',
      description:
        'Date prévue de la prochaine actualisation du PAG (AAAA-MM-JJ). Le PAG est actualisé au moins une fois par an (règle vérifiée par les validateurs).',
      source: SOURCES.revisionAnnuelle,
    }),
  }),
  {
    titre: '5. Suivi du PAG',
    description: 'Nom du coordonnateur de parcours, rythme et modalités de suivi prévus, prochaine révision.',
    source: SOURCES.pagType,
  },
);

/** Section 5 of a PAG. */
export type Suivi = z.infer<typeof SuiviSchema>;
/** The coordonnateur de parcours. */
export type CoordonnateurParcours = z.infer<typeof CoordonnateurParcoursSchema>;
