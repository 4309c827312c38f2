/**
 * Situation rules of the PAG: the holders of parental authority of a minor,
 * the description of an adult's protection measure.
 *
 * Règles de la situation : autorité parentale, mesure de protection.
 */
import { isRepresentationMeasure } from '@serafin-ph/nomenclature/referentiels';
import { PAG_SOURCES, pagRule, text } from './pag-rule.js';

const autoriteParentale = pagRule({
  id: 'PAG-SITUATION-001',
  severity: 'error',
  family: 'situation',
  title: text('Titulaires de l’autorité parentale d’un mineur', 'Holders of parental authority of a minor'),
  description: text(
    'Quand la personne est mineure (à la date de validation, à défaut d’élaboration, à défaut à la date de référence), la situation nomme au moins un titulaire de l’autorité parentale : ce sont eux qui consentent au plan.',
    'When the person is a minor (on the validation date, else the elaboration date, else the reference date), the situation names at least one holder of parental authority: they are the ones who consent to the plan.',
  ),
  source: PAG_SOURCES.civil414,
  reads: ['/situation/personne/dateNaissance', '/situation/titulairesAutoriteParentale', '/dateValidation', '/dateElaboration'],
  check: ({ document, facts, emit }) => {
    if (facts.isMinorOn(undefined) !== true) return;
    if ((document.situation.titulairesAutoriteParentale ?? []).length > 0) return;
    emit('/situation/titulairesAutoriteParentale', text('La personne est mineure : au moins un titulaire de l’autorité parentale doit être indiqué.', 'The person is a minor: at least one holder of parental authority must be given.'));
  },
});

const mesureDecrite = pagRule({
  id: 'PAG-SITUATION-002',
  severity: 'error',
  family: 'situation',
  title: text('Mesure de protection décrite quand un protecteur consent', 'Protection measure described when a protector consents'),
  description: text(
    'Un accord donné par « la personne chargée de la mesure de protection » suppose un majeur dont la mesure est décrite dans la situation (`situation.mesureProtection`).',
    'An agreement given by "the person in charge of the protection measure" implies an adult whose measure is described in the situation (`situation.mesureProtection`).',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/consentement', '/situation/mesureProtection'],
  check: ({ document, emit }) => {
    if (document.situation.mesureProtection !== undefined) return;
    for (const key of ['accordPrealable', 'accordExpres'] as const) {
      if (document.consentement[key]?.donnePar === 'personne-chargee-mesure-protection') {
        emit('/situation/mesureProtection', text(`L’${key === 'accordExpres' ? 'accord exprès' : 'accord préalable'} est donné par la personne chargée d’une mesure de protection, mais aucune mesure n’est décrite.`, `The ${key === 'accordExpres' ? 'express' : 'prior'} agreement is given by the person in charge of a protection measure, but no measure is described.`), { accord: key });
        return;
      }
    }
  },
});

const protecteurDesigne = pagRule({
  id: 'PAG-SITUATION-003',
  severity: 'error',
  family: 'situation',
  title: text('Personne chargée d’une mesure de représentation', 'Person in charge of a representation measure'),
  description: text(
    'Pour un majeur sous mesure de représentation (tutelle, habilitation familiale avec représentation, mandat de protection future), la mesure décrite désigne la personne qui en est chargée (`mesureProtection.personneChargee`) : c’est elle qui peut consentir au plan.',
    'For an adult under a representation measure (guardianship, family authorisation with representation, future protection mandate), the measure described names the person in charge (`mesureProtection.personneChargee`): that person may consent to the plan.',
  ),
  source: PAG_SOURCES.l1469,
  reads: ['/situation/mesureProtection'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    if (m === undefined || !isRepresentationMeasure(m.type) || m.personneChargee !== undefined) return;
    emit('/situation/mesureProtection/personneChargee', text('Mesure de représentation sans personne chargée de la mesure.', 'Representation measure without the person in charge of it.'));
  },
});

const representationPrecisee = pagRule({
  id: 'PAG-SITUATION-004',
  severity: 'warning',
  family: 'situation',
  title: text('Représentation relative à la personne précisée', 'Representation relative to the person stated'),
  description: text(
    'L. 146-9 vise les mesures « avec représentation relative à la personne », que le juge ou le mandat accorde au cas par cas (Code civil, art. 459) : pour une mesure de représentation, `avecRepresentationPersonne` devrait être renseigné.',
    'L. 146-9 covers measures "with representation relative to the person", which the judge or the mandate grants case by case (Civil Code, art. 459): for a representation measure, `avecRepresentationPersonne` should be given.',
  ),
  source: PAG_SOURCES.civil459,
  reads: ['/situation/mesureProtection'],
  check: ({ document, emit }) => {
    const m = document.situation.mesureProtection;
    if (m === undefined || !isRepresentationMeasure(m.type) || m.avecRepresentationPersonne !== undefined) return;
    emit('/situation/mesureProtection/avecRepresentationPersonne', text('Mesure de représentation : préciser si elle s’étend à la personne.', 'Representation measure: state whether it extends to the person.'));
  },
});

/** The situation rules. */
export const situationRules = [autoriteParentale, mesureDecrite, protecteurDesigne, representationPrecisee];
