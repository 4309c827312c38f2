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
      description: 'Identifiant de l’engagement (article) de l’opérateur auquel appartient le coordonnateur : la loi le désigne parmi les acteurs engagés.',
      titleEn: 'Operator’s article',
      descriptionEn: 'Identifier of the commitment (article) of the operator the coordinator belongs to: the law chooses the coordinator among the committed actors.',
      source: SOURCES.l11411,
    }),
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom du coordonnateur de parcours.',
      titleEn: 'Surname',
      descriptionEn: 'Surname of the care pathway coordinator.',
      personnel: true,
      source: SOURCES.pagType,
    }),
    prenom: field(Texte, {
      titre: 'Prénom',
      description: 'Prénom du coordonnateur de parcours.',
      titleEn: 'First name',
      descriptionEn: 'First name of the care pathway coordinator.',
      personnel: true,
    }).exactOptional(),
    fonction: field(Texte, {
      titre: 'Fonction',
      description: 'Fonction du coordonnateur dans sa structure.',
      titleEn: 'Function',
      descriptionEn: 'Function of the coordinator in their organisation.',
    }).exactOptional(),
    telephone: field(Telephone, {
      titre: 'Téléphone',
      description: 'Téléphone professionnel.',
      titleEn: 'Phone',
      descriptionEn: 'Work phone number.',
      personnel: true,
    }).exactOptional(),
    courriel: field(Courriel, {
      titre: 'Courriel',
      description: 'Adresse électronique professionnelle.',
      titleEn: 'E-mail',
      descriptionEn: 'Work e-mail address.',
      personnel: true,
    }).exactOptional(),
  }),
  {
    titre: 'Coordonnateur de parcours',
    description: 'Coordonnateur de parcours désigné parmi les acteurs chargés de la mise en œuvre du PAG (CASF, L. 114-1-1), nommément.',
    titleEn: 'Care pathway coordinator',
    descriptionEn: 'Care pathway coordinator (*coordonnateur de parcours*) chosen among the actors in charge of implementing the PAG (CASF, L. 114-1-1), by name.',
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
      titleEn: 'Care pathway coordinator',
      descriptionEn: 'Care pathway coordinator, by name, belonging to one of the committed operators.',
      source: SOURCES.l11411,
    }),
    rythme: field(FrequenceSchema, {
      titre: 'Rythme du suivi',
      description: 'Rythme prévu des points de suivi (par exemple 1 fois par trimestre).',
      titleEn: 'Follow-up pace',
      descriptionEn: 'Planned pace of the follow-up meetings (for example once a quarter).',
      source: SOURCES.pagType,
    }),
    modalites: field(Texte, {
      titre: 'Modalités du suivi',
      description: 'Modalités prévues du suivi (réunions, bilans, information de la MDPH…).',
      titleEn: 'Follow-up arrangements',
      descriptionEn: 'Planned follow-up arrangements (meetings, reviews, informing the MDPH…).',
      source: SOURCES.pagType,
    }),
    dateProchaineRevision: field(DateIso, {
      titre: 'Date de la prochaine révision',
      description:
        'Date prévue de la prochaine actualisation du PAG (AAAA-MM-JJ). Le PAG est actualisé « au moins une fois par an » (L. 114-1-1, lecture consolidée dont le texte exact n’est pas vérifié, INFERRED ; la « révision annuelle » est attestée par les débats parlementaires) : les validateurs le vérifient (PAG-SUIVI-003, -005, -006).',
      titleEn: 'Next revision date',
      descriptionEn: 'Planned date of the next update of the PAG (YYYY-MM-DD). The PAG is updated at least once a year (a rule the validators check).',
      source: SOURCES.revisionAnnuelle,
    }),
  }),
  {
    titre: '5. Suivi du PAG',
    description: 'Nom du coordonnateur de parcours, rythme et modalités de suivi prévus, prochaine révision.',
    titleEn: '5. Follow-up of the PAG',
    descriptionEn: 'Name of the care pathway coordinator, planned pace and arrangements of the follow-up, next revision.',
    source: SOURCES.pagType,
  },
);
