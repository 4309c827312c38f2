/**
 * Instruction of complementary-financing and derogation requests: circuits and delays.
 *
 * Instruction des demandes : circuits et délais.
 */
import { tokens } from '../../json/pointer.js';
import { msg } from '../message.js';
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
          message: msg('CONV-DELAIS-001#1', { ref: itemRef(undefined, Number(tokens(path)[2]), true) }),
        };
      }
      const circuit = tokens(path)[0] === 'instructionFinancements' ? msg('CONV-DELAIS-001#2') : msg('CONV-DELAIS-001#3');
      return {
        message: msg('CONV-DELAIS-001#4', { circuit }),
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
        emit(`/${key}/destinataire`, msg('CONV-INSTRUCTION-001#1', { key }));
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
      const which = circuit === 'instructionFinancements' ? msg('CONV-INSTRUCTION-001#2') : msg('CONV-INSTRUCTION-001#3');
      const what = field === undefined ? msg('CONV-INSTRUCTION-001#4') : field === 'typesDerogation' ? msg('CONV-INSTRUCTION-001#5') : msg('CONV-INSTRUCTION-001#6');
      return { message: msg('CONV-INSTRUCTION-001#7', { which, what }) };
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
        msg('CONV-INSTRUCTION-002#1', { nth: nth(i, true), typeDerogation: p.typeDerogation, nth2: nth(i) }),
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
        msg('CONV-DELAIS-002#1', { nth: nth(i, true), delaiReponseJours: p.delaiReponseJours, ordinaire, nth2: nth(i) }),
        { delai: p.delaiReponseJours, delaiOrdinaire: ordinaire },
      );
    });
  },
});

/** The instruction rules. */
export const instructionRules = [delais, circuitsNommes, proceduresInstruites, delaisAccelerees];
