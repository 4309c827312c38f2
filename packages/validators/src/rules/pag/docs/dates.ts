/**
 * Documentation of the dates rules of the PAG (title, description,
 * source), apart from their checks (`../dates.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « dates ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each dates rule, by rule id. */
export const datesDocs = {
  'PAG-DATES-001': {
    title: text('Naissance avant toute autre date', 'Birth before any other date'),
    description: text(
      'Toutes les dates du PAG qui concernent la personne (demande, concertations, accords, décisions, engagements, mesures…) sont postérieures ou égales à sa date de naissance ; seules les dates de textes de référence (lois, délibérations, annexes) en sont exclues.',
      'Every date of the PAG about the person (request, meetings, agreements, decisions, engagements, measures…) is on or after the date of birth; only the dates of reference texts (laws, deliberations, annexes) are excluded.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-DATES-002': {
    title: text('Début avant fin', 'Start before end'),
    description: text(
      'Élaboration avant validation, validation avant fin du PAG ; pour chaque engagement, dérogation, droit et mesure de protection, la date de début (ou d’ouverture) précède ou égale la date de fin (ou d’échéance).',
      'Elaboration before validation, validation before the end of the PAG; for each engagement, derogation, right and protection measure, the start (or opening) date is on or before the end (or expiry) date.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-DATES-003': {
    title: text('Demande avant élaboration et validation', 'Request before elaboration and validation'),
    description: text(
      'La demande (`demande.dateDemande`) précède l’élaboration et la validation du PAG.',
      'The request (`demande.dateDemande`) comes before the PAG is drawn up and validated.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-DATES-004': {
    title: text('Concertation après la validation (bilan du plan)', 'Meeting after validation (review of the plan)'),
    description: text(
      'Le groupe opérationnel de synthèse (GOS) et les concertations qui préparent le plan ont lieu avant sa validation ; après elle, le coordonnateur de parcours peut réunir un GOS ou une concertation de bilan (TRE_R421 : « si le coordonnateur de parcours l’estime nécessaire, un bilan est élaboré et la phase d’actualisation est lancée »), que le PAG consigne dans `demande.concertations`. Une concertation datée après la validation est donc signalée pour information seulement : bilan du plan en cours, ou concertation préparatoire mal datée. Jusqu’en décembre 2026, c’était une erreur, sans source qui l’exige (le « PAG type » de la CNSA n’a pas été retrouvé, INFERRED).',
      'The operational synthesis group (GOS) and the meetings that prepare the plan take place before it is validated; after it, the path coordinator may call a review GOS or meeting (TRE_R421: "when the path coordinator deems it necessary, a review is drawn up and the update phase starts"), which the PAG records in `demande.concertations`. A meeting dated after the validation is therefore reported for information only: a review of the current plan, or a misdated preparatory meeting. Until December 2026 it was an error, with no source requiring it (the CNSA "PAG type" was not found, INFERRED).',
    ),
    source: PAG_SOURCES.tre421,
  },
  'PAG-DATES-005': {
    title: text('Pas de date future, sauf les dates prévues', 'No future date except planned dates'),
    description: text(
      'Les dates de faits (naissance, demande, concertations, accords, élaboration, validation, décisions, signatures…) ne sont pas postérieures à la date de référence (option `referenceDate`, à défaut la date du jour). Seules les dates prévues peuvent l’être : début et fin des engagements et dérogations, échéances, ouverture et échéance des droits, fin de mesure, prochaine révision, et fin d’un PAG non terminé. Une date-heure (`dateMiseAJour`) porte son décalage horaire : c’est un instant, postérieur à la date de référence quand il l’est à la fois tel qu’écrit et en UTC (mis à jour à 00 h 40 le 2 décembre à Mayotte, +03:00, il est encore le 1er décembre en UTC et en métropole).',
      'Dates of facts (birth, request, meetings, agreements, elaboration, validation, decisions, signatures…) are not after the reference date (`referenceDate` option, today by default). Only planned dates may be: start and end of engagements and derogations, deadlines, opening and expiry of rights, end of a measure, next revision, and the end of a PAG that has not ended. A date-time (`dateMiseAJour`) carries its UTC offset: it is an instant, after the reference date when it is so both as written and in UTC (updated at 00:40 on 2 December at Mayotte, +03:00, it is still 1 December in UTC and in metropolitan France).',
    ),
    source: PAG_SOURCES.projet,
  },
} satisfies RuleDocs;
