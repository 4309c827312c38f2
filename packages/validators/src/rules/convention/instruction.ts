/**
 * Instruction of complementary-financing and derogation requests: circuits and delays.
 *
 * Instruction des demandes : circuits et délais.
 */
import { tokens } from '../../json/pointer.js';
import { text } from '../text.js';
import { CNSA, conventionRule } from './convention-rule.js';

const delais = conventionRule({
  id: 'CONV-DELAIS-001',
  severity: 'error',
  family: 'instruction',
  title: text('Délais de réponse positifs', 'Positive response delays'),
  description: text(
    'Les délais de réponse aux demandes de financement complémentaire et de dérogation sont des nombres entiers de jours, au moins 1. Le schéma publié l’impose ; l’anomalie est rapportée sous cet identifiant.',
    'The response delays to complementary-financing and derogation requests are whole numbers of days, at least 1. The published schema enforces it; the issue is reported under this id.',
  ),
  source: CNSA,
  reads: [],
  check: () => undefined,
  structural: {
    at: ['/instructionFinancements/delaiReponseJours', '/instructionDerogations/delaiReponseJours'],
    keywords: ['minimum', 'type', 'required'],
    describe: (_value, { path }) => {
      const circuit = tokens(path)[0] === 'instructionFinancements' ? text('de financement complémentaire', 'complementary-financing') : text('de dérogation', 'derogation');
      return { message: text(`Le délai de réponse aux demandes ${circuit.fr} doit être un nombre entier de jours, au moins 1.`, `The response delay to ${circuit.en} requests must be a whole number of days, at least 1.`) };
    },
  },
});

const circuitsNommes = conventionRule({
  id: 'CONV-INSTRUCTION-001',
  severity: 'error',
  family: 'instruction',
  title: text('Circuits d’instruction nommés', 'Instruction circuits named'),
  description: text(
    'La convention dit qui reçoit les demandes de financement complémentaire et de dérogation (`destinataire`, non vide et pas seulement des espaces) et quelles sortes de dérogation sont instruites (`typesDerogation`, au moins une). Les absences relevées par le schéma sont rapportées sous cet identifiant.',
    'The convention says who receives complementary-financing and derogation requests (`destinataire`, not empty nor only spaces) and which kinds of derogation are instructed (`typesDerogation`, at least one). Absences found by the schema are reported under this id.',
  ),
  source: CNSA,
  reads: ['/instructionFinancements/destinataire', '/instructionDerogations/destinataire'],
  check: ({ document, emit }) => {
    for (const key of ['instructionFinancements', 'instructionDerogations'] as const) {
      if (document[key].destinataire.trim() === '') {
        emit(`/${key}/destinataire`, text(`Circuit « ${key} » : le destinataire des demandes ne contient que des espaces.`, `Circuit '${key}': the recipient of the requests contains only spaces.`));
      }
    }
  },
  structural: {
    at: ['/instructionFinancements', '/instructionDerogations', '/instructionFinancements/destinataire', '/instructionDerogations/destinataire', '/instructionDerogations/typesDerogation'],
    keywords: ['required', 'minLength', 'minItems'],
    describe: (_value, { path }) => {
      const [circuit, field] = tokens(path);
      const which = circuit === 'instructionFinancements' ? text('de financement complémentaire', 'complementary-financing') : text('de dérogation', 'derogation');
      const what =
        field === undefined
          ? text('n’est pas décrit', 'is not described')
          : field === 'typesDerogation'
            ? text('ne dit pas quelles dérogations sont instruites', 'does not say which derogations are instructed')
            : text('ne nomme pas le destinataire des demandes', 'does not name the recipient of the requests');
      return { message: text(`Le circuit d’instruction des demandes ${which.fr} ${what.fr}.`, `The instruction circuit of ${which.en} requests ${what.en}.`) };
    },
  },
});

/** The instruction rules. */
export const instructionRules = [delais, circuitsNommes];
