/**
 * Documentation of the instruction rules of the territorial convention (title, description,
 * source), apart from their checks (`../instruction.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « instruction ».
 */
import { text } from '../../../messages.js';
import { CNSA, PROCEDURE_ACCELEREE } from '../convention-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each instruction rule, by rule id. */
export const instructionDocs = {
  'CONV-DELAIS-001': {
    title: text('Délais de réponse positifs', 'Positive response delays'),
    description: text(
      'Les délais de réponse aux demandes de financement complémentaire et de dérogation, et ceux des procédures accélérées, sont des nombres entiers de jours, au moins 1. Le schéma publié l’impose ; l’anomalie est rapportée sous cet identifiant.',
      'The response delays to complementary-financing and derogation requests, and those of the accelerated procedures, are whole numbers of days, at least 1. The published schema enforces it; the issue is reported under this id.',
    ),
    source: CNSA,
  },
  'CONV-INSTRUCTION-001': {
    title: text('Circuits d’instruction nommés', 'Instruction circuits named'),
    description: text(
      'La convention dit qui reçoit les demandes de financement complémentaire et de dérogation (`destinataire`, non vide et pas seulement des espaces) et quelles sortes de dérogation sont instruites (`typesDerogation`, au moins une). Les absences relevées par le schéma sont rapportées sous cet identifiant.',
      'The convention says who receives complementary-financing and derogation requests (`destinataire`, not empty nor only spaces) and which kinds of derogation are instructed (`typesDerogation`, at least one). Absences found by the schema are reported under this id.',
    ),
    source: CNSA,
  },
  'CONV-INSTRUCTION-002': {
    title: text('Procédures accélérées pour des dérogations instruites', 'Accelerated procedures for instructed derogations'),
    description: text(
      'Chaque procédure accélérée (`instructionDerogations.proceduresAccelerees`) porte sur un type de dérogation que la convention instruit (`instructionDerogations.typesDerogation`), par exemple « scolarisation » pour la dérogation au code de l’éducation.',
      'Each accelerated procedure (`instructionDerogations.proceduresAccelerees`) is about a kind of derogation the convention instructs (`instructionDerogations.typesDerogation`), e.g. "scolarisation" for the derogation to the code de l’éducation.',
    ),
    source: PROCEDURE_ACCELEREE,
  },
  'CONV-DELAIS-002': {
    title: text('Procédure accélérée plus rapide', 'Accelerated procedure faster'),
    description: text(
      'Une procédure accélérée répond en moins de jours que le circuit ordinaire des demandes de dérogation (`instructionDerogations.delaiReponseJours`) : un délai égal ou plus long est à vérifier.',
      'An accelerated procedure answers in fewer days than the ordinary derogation circuit (`instructionDerogations.delaiReponseJours`): an equal or longer delay is to be checked.',
    ),
    source: PROCEDURE_ACCELEREE,
  },
} satisfies RuleDocs;
