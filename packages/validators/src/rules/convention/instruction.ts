/**
 * Instruction of complementary-financing and derogation requests: circuits and delays.
 *
 * Instruction des demandes : circuits et délais.
 */
import { tokens } from '../../json/pointer.js';
import { text } from '../../messages.js';
import { itemRef, nth } from '../../positions.js';
import { conventionRule } from './convention-rule.js';

const delais = conventionRule({
  id: 'CONV-DELAIS-001',
  severity: 'error',
  family: 'instruction',
  reads: [],
  check: () => undefined,
  structural: {
    at: ['/instructionFinancements/delaiReponseJours', '/instructionDerogations/delaiReponseJours', '/instructionDerogations/proceduresAccelerees/*/delaiReponseJours'],
    keywords: ['minimum', 'type', 'required'],
    describe: (_value, { path }) => {
      if (tokens(path)[1] === 'proceduresAccelerees') {
        return {
          message: text(
            `Le délai de la procédure accélérée ${itemRef(undefined, Number(tokens(path)[2]), true).fr} doit être un nombre entier de jours, au moins 1 : corrigez « delaiReponseJours ».`,
            `The delay of accelerated procedure ${itemRef(undefined, Number(tokens(path)[2]), true).en} must be a whole number of days, at least 1: correct \`delaiReponseJours\`.`,
          ),
        };
      }
      const circuit = tokens(path)[0] === 'instructionFinancements' ? text('de financement complémentaire', 'complementary-financing') : text('de dérogation', 'derogation');
      return {
        message: text(
          `Le délai de réponse aux demandes ${circuit.fr} doit être un nombre entier de jours, au moins 1 : corrigez « delaiReponseJours ».`,
          `The response delay to ${circuit.en} requests must be a whole number of days, at least 1: correct \`delaiReponseJours\`.`,
        ),
      };
    },
  },
});

const circuitsNommes = conventionRule({
  id: 'CONV-INSTRUCTION-001',
  severity: 'error',
  family: 'instruction',
  reads: ['/instructionFinancements/destinataire', '/instructionDerogations/destinataire'],
  check: ({ document, emit }) => {
    for (const key of ['instructionFinancements', 'instructionDerogations'] as const) {
      if (document[key].destinataire.trim() === '') {
        emit(
          `/${key}/destinataire`,
          text(`Circuit « ${key} » : le destinataire des demandes ne contient que des espaces.`, `Circuit '${key}': the recipient of the requests contains only spaces.`),
        );
      }
    }
  },
  structural: {
    at: [
      '/instructionFinancements',
      '/instructionDerogations',
      '/instructionFinancements/destinataire',
      '/instructionDerogations/destinataire',
      '/instructionDerogations/typesDerogation',
    ],
    keywords: ['required', 'minLength', 'minItems'],
    describe: (_value, { path }) => {
      const [circuit, field] = tokens(path);
      const which = circuit === 'instructionFinancements' ? text('de financement complémentaire', 'complementary-financing') : text('de dérogation', 'derogation');
      const what =
        field === undefined
          ? text(
              'n’est pas décrit : décrivez-le (destinataire des demandes, types de dérogation, délai)',
              'is not described: describe it (recipient of the requests, kinds of derogation, delay)',
            )
          : field === 'typesDerogation'
            ? text(
                'ne dit pas quelles dérogations sont instruites : ajoutez au moins un type dans « typesDerogation »',
                'does not say which derogations are instructed: add at least one kind to `typesDerogation`',
              )
            : text('ne nomme pas le destinataire des demandes : renseignez « destinataire »', 'does not name the recipient of the requests: fill in `destinataire`');
      return { message: text(`Le circuit d’instruction des demandes ${which.fr} ${what.fr}.`, `The instruction circuit of ${which.en} requests ${what.en}.`) };
    },
  },
});

const proceduresInstruites = conventionRule({
  id: 'CONV-INSTRUCTION-002',
  severity: 'warning',
  family: 'instruction',
  reads: ['/instructionDerogations/typesDerogation', '/instructionDerogations/proceduresAccelerees/*/typeDerogation'],
  check: ({ document, emit }) => {
    const types = new Set<string>(document.instructionDerogations.typesDerogation);
    document.instructionDerogations.proceduresAccelerees?.forEach((p, i) => {
      if (types.has(p.typeDerogation)) return;
      emit(
        `/instructionDerogations/proceduresAccelerees/${i}/typeDerogation`,
        text(
          `La ${nth(i, true).fr} procédure accélérée porte sur « ${p.typeDerogation} », type de dérogation absent de « typesDerogation » : ajoutez-le à « typesDerogation » ou corrigez le type de la procédure.`,
          `The ${nth(i).en} accelerated procedure is about '${p.typeDerogation}', a kind of derogation missing from 'typesDerogation': add it to 'typesDerogation' or correct the procedure's kind.`,
        ),
        { typeDerogation: p.typeDerogation },
      );
    });
  },
});

const delaisAccelerees = conventionRule({
  id: 'CONV-DELAIS-002',
  severity: 'warning',
  family: 'instruction',
  reads: ['/instructionDerogations/delaiReponseJours', '/instructionDerogations/proceduresAccelerees/*/delaiReponseJours'],
  check: ({ document, emit }) => {
    const ordinaire = document.instructionDerogations.delaiReponseJours;
    document.instructionDerogations.proceduresAccelerees?.forEach((p, i) => {
      if (p.delaiReponseJours === undefined || p.delaiReponseJours < ordinaire) return;
      emit(
        `/instructionDerogations/proceduresAccelerees/${i}/delaiReponseJours`,
        text(
          `La ${nth(i, true).fr} procédure accélérée répond en ${p.delaiReponseJours} jours, pas plus vite que le circuit ordinaire (${ordinaire} jours) : vérifiez les deux délais.`,
          `The ${nth(i).en} accelerated procedure answers in ${p.delaiReponseJours} days, no faster than the ordinary circuit (${ordinaire} days): check both delays.`,
        ),
        { delai: p.delaiReponseJours, delaiOrdinaire: ordinaire },
      );
    });
  },
});

/** The instruction rules. */
export const instructionRules = [delais, circuitsNommes, proceduresInstruites, delaisAccelerees];
