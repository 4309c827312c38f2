/**
 * The table of delegated derogations annexed to the convention.
 *
 * Tableau des délégations de dérogations annexé.
 */
import { text } from '../../messages.js';
import { itemRef } from '../../positions.js';
import { CNSA, PROJET, conventionRule } from './convention-rule.js';

const annexePresente = conventionRule({
  id: 'CONV-ANNEXE-001',
  severity: 'warning',
  family: 'annexe',
  title: text('Tableau des dérogations annexé', 'Derogation table annexed'),
  description: text('La convention territoriale a pour annexe le tableau des délégations de dérogations, intégré ou référencé (`annexeTableauDerogations`).', 'The territorial convention has the table of delegated derogations as an annex, embedded or referenced (`annexeTableauDerogations`).'),
  source: CNSA,
  reads: ['/annexeTableauDerogations'],
  check: ({ document, emit }) => {
    if (document.annexeTableauDerogations === undefined) emit('/annexeTableauDerogations', text('Aucun tableau des délégations de dérogations en annexe.', 'No table of delegated derogations annexed.'));
  },
});

const annexeCoherente = conventionRule({
  id: 'CONV-ANNEXE-002',
  severity: 'error',
  family: 'annexe',
  title: text('Tableau annexé cohérent avec la convention', 'Annexed table consistent with the convention'),
  description: text(
    'Un tableau intégré à la convention porte sur le même département et, s’il désigne sa convention (`identifiantConvention`), c’est celle-ci. Ses lignes sont en outre contrôlées par les règles du tableau des dérogations (identifiants TAB-…), sous le chemin `/annexeTableauDerogations/tableau`.',
    'A table embedded in the convention is about the same département and, when it names its convention (`identifiantConvention`), it is this one. Its rows are also checked by the derogation-table rules (TAB-… ids), under the path `/annexeTableauDerogations/tableau`.',
  ),
  source: PROJET,
  reads: ['/annexeTableauDerogations', '/departement', '/identifiant'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    if (annexe === undefined || annexe.mode !== 'integre') return;
    const t = annexe.tableau;
    if (t.departement !== document.departement) {
      emit('/annexeTableauDerogations/tableau/departement', text(`Le tableau annexé porte sur le département ${t.departement}, la convention sur le ${document.departement}.`, `The annexed table is about département ${t.departement}, the convention about ${document.departement}.`));
    }
    if (t.identifiantConvention !== undefined && t.identifiantConvention !== document.identifiant) {
      emit('/annexeTableauDerogations/tableau/identifiantConvention', text(`Le tableau annexé désigne la convention « ${t.identifiantConvention} », pas « ${document.identifiant} ».`, `The annexed table names convention '${t.identifiantConvention}', not '${document.identifiant}'.`));
    }
  },
});

const typesInstruits = conventionRule({
  id: 'CONV-ANNEXE-003',
  severity: 'warning',
  family: 'annexe',
  title: text('Dérogations du tableau instruites par la convention', 'Derogations of the table instructed by the convention'),
  description: text(
    'Chaque type d’objet des lignes du tableau intégré (âge, public, capacité…) figure parmi les types de dérogation dont la convention organise l’instruction (`instructionDerogations.typesDerogation`).',
    'Each kind of object of the rows of the embedded table (age, public, capacity…) is among the kinds of derogation whose instruction the convention organises (`instructionDerogations.typesDerogation`).',
  ),
  source: CNSA,
  reads: ['/annexeTableauDerogations/tableau/lignes/*/typeObjet', '/instructionDerogations/typesDerogation'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    if (annexe === undefined || annexe.mode !== 'integre') return;
    const types = new Set<string>(document.instructionDerogations.typesDerogation);
    annexe.tableau.lignes.forEach((l, i) => {
      if (types.has(l.typeObjet)) return;
      emit(`/annexeTableauDerogations/tableau/lignes/${i}/typeObjet`, text(`La ligne ${itemRef(l.identifiant, i, true).fr} du tableau porte sur « ${l.typeObjet} », type de dérogation que la convention n’instruit pas.`, `Row ${itemRef(l.identifiant, i, true).en} of the table is about '${l.typeObjet}', a kind of derogation the convention does not instruct.`), { typeObjet: l.typeObjet });
    });
  },
});

const validiteDansLaConvention = conventionRule({
  id: 'CONV-ANNEXE-004',
  severity: 'warning',
  family: 'annexe',
  title: text('Lignes du tableau valables pendant la convention', 'Table rows valid during the convention'),
  description: text(
    'Le tableau des délégations de dérogations est une annexe de la convention : la période de validité d’une ligne du tableau intégré (`validite`) ne commence pas après la fin de la convention et ne se prolonge pas au-delà (une ligne sans date de fin vaut jusqu’à la fin de la convention).',
    'The table of delegated derogations is an annex of the convention: the validity period of a row of the embedded table (`validite`) neither starts after the end of the convention nor runs beyond it (a row without an end date holds until the convention ends).',
  ),
  source: CNSA,
  reads: ['/annexeTableauDerogations/tableau/lignes/*/validite', '/periode'],
  check: ({ document, emit }) => {
    const annexe = document.annexeTableauDerogations;
    const fin = document.periode.dateFin;
    if (annexe === undefined || annexe.mode !== 'integre' || fin === undefined) return;
    annexe.tableau.lignes.forEach((l, i) => {
      const v = l.validite;
      if (v === undefined) return;
      if (v.dateDebut > fin) {
        emit(`/annexeTableauDerogations/tableau/lignes/${i}/validite/dateDebut`, text(`La ligne ${itemRef(l.identifiant, i, true).fr} ne prend effet que le ${v.dateDebut}, après la fin de la convention (${fin}) : corrigez la date ou la période de la convention.`, `Row ${itemRef(l.identifiant, i, true).en} takes effect only on ${v.dateDebut}, after the end of the convention (${fin}): correct the date or the period of the convention.`));
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
