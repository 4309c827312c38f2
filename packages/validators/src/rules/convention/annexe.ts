/**
 * The table of delegated derogations annexed to the convention.
 *
 * Tableau des délégations de dérogations annexé.
 */
import { text } from '../../messages.js';
import { itemRef } from '../../positions.js';
import { conventionRule } from './convention-rule.js';

const annexePresente = conventionRule({
  id: 'CONV-ANNEXE-001',
  severity: 'warning',
  family: 'annexe',
  reads: ['/annexeTableauDerogations'],
  check: ({ document, emit }) => {
    if (document.annexeTableauDerogations === undefined)
      emit(
        '/annexeTableauDerogations',
        text(
          'Aucun tableau des délégations de dérogations en annexe : ajoutez « annexeTableauDerogations », le tableau intégré (mode integre) ou sa référence (mode reference).',
          'No table of delegated derogations annexed: add `annexeTableauDerogations`, the table itself (mode integre) or a reference to it (mode reference).',
        ),
      );
  },
});

const annexeCoherente = conventionRule({
  id: 'CONV-ANNEXE-002',
  severity: 'error',
  family: 'annexe',
  reads: ['/annexeTableauDerogations', '/departement', '/identifiant'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    if (annexe === undefined || annexe.mode !== 'integre') return;
    const t = annexe.tableau;
    if (t.departement !== document.departement) {
      emit(
        '/annexeTableauDerogations/tableau/departement',
        text(
          `Le tableau annexé porte sur le département ${t.departement}, la convention sur le ${document.departement} : annexez le tableau du même département, ou corrigez l’un des deux « departement ».`,
          `The annexed table is about département ${t.departement}, the convention about ${document.departement}: annex the table of the same département, or correct one of the two \`departement\`.`,
        ),
      );
    }
    if (t.identifiantConvention !== undefined && t.identifiantConvention !== document.identifiant) {
      emit(
        '/annexeTableauDerogations/tableau/identifiantConvention',
        text(
          `Le tableau annexé désigne la convention « ${t.identifiantConvention} », pas « ${document.identifiant} ».`,
          `The annexed table names convention '${t.identifiantConvention}', not '${document.identifiant}'.`,
        ),
      );
    }
  },
});

const typesInstruits = conventionRule({
  id: 'CONV-ANNEXE-003',
  severity: 'warning',
  family: 'annexe',
  reads: ['/annexeTableauDerogations/tableau/lignes/*/typeObjet', '/instructionDerogations/typesDerogation'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    if (annexe === undefined || annexe.mode !== 'integre') return;
    const types = new Set<string>(document.instructionDerogations.typesDerogation);
    annexe.tableau.lignes.forEach((l, i) => {
      if (types.has(l.typeObjet)) return;
      emit(
        `/annexeTableauDerogations/tableau/lignes/${i}/typeObjet`,
        text(
          `La ligne ${itemRef(l.identifiant, i, true).fr} du tableau porte sur « ${l.typeObjet} », type de dérogation que la convention n’instruit pas : ajoutez « ${l.typeObjet} » aux « typesDerogation » du circuit d’instruction, ou retirez la ligne du tableau.`,
          `Row ${itemRef(l.identifiant, i, true).en} of the table is about '${l.typeObjet}', a kind of derogation the convention does not instruct: add '${l.typeObjet}' to the \`typesDerogation\` of the instruction circuit, or remove the row.`,
        ),
        { typeObjet: l.typeObjet },
      );
    });
  },
});

const validiteDansLaConvention = conventionRule({
  id: 'CONV-ANNEXE-004',
  severity: 'warning',
  family: 'annexe',
  reads: ['/annexeTableauDerogations/tableau/lignes/*/validite', '/periode'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    const fin = document.periode.dateFin;
    if (annexe === undefined || annexe.mode !== 'integre' || fin === undefined) return;
    annexe.tableau.lignes.forEach((l, i) => {
      const v = l.validite;
      if (v === undefined) return;
      if (v.dateDebut > fin) {
        emit(
          `/annexeTableauDerogations/tableau/lignes/${i}/validite/dateDebut`,
          text(
            `La ligne ${itemRef(l.identifiant, i, true).fr} ne prend effet que le ${v.dateDebut}, après la fin de la convention (${fin}) : corrigez la date ou la période de la convention.`,
            `Row ${itemRef(l.identifiant, i, true).en} takes effect only on ${v.dateDebut}, after the end of the convention (${fin}): correct the date or the period of the convention.`,
          ),
        );
      } else if (v.dateFin !== undefined && v.dateFin > fin) {
        emit(
          `/annexeTableauDerogations/tableau/lignes/${i}/validite`,
          text(
            `La ligne ${itemRef(l.identifiant, i, true).fr} reste valable jusqu’au ${v.dateFin}, après la fin de la convention (${fin}) : ramenez sa date de fin au ${fin} au plus tard, ou prolongez la convention.`,
            `Row ${itemRef(l.identifiant, i, true).en} stays valid until ${v.dateFin}, after the end of the convention (${fin}): bring its end date back to ${fin} at the latest, or extend the convention.`,
          ),
        );
      }
    });
  },
});

/** The annex rules. */
export const annexeRules = [annexePresente, annexeCoherente, typesInstruits, validiteDansLaConvention];
