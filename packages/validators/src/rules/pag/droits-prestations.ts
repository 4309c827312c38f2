/**
 * Rules on the CDAPH decisions the PAG relies on (`situation.droitsPrestations`),
 * ported from the invariants of the ANS TDDUI 2.4.0 `tddui-decision`
 * extension: the category matches the type, the précision d'orientation
 * matches the type of orientation, ESMS orientations state their temporality
 * and the Creton flag, and `existencePAG` agrees with the status of the PAG.
 *
 * Règles des décisions de la CDAPH : invariants du TDDUI.
 */
import type { RuleSource } from '../../types.js';
import { nth } from '../../positions.js';
import { pagRule, text } from './support/pag-rule.js';

/** Sources of the decision rules. */
const SOURCES_DROITS = {
  tre420: {
    kind: 'ans',
    reference:
      'ANS, TRE_R420 Droit Prestation (hiérarchie : catégories de niveau 1, JDV_J401 ; types de niveau 2, JDV_J402) et extension TDDUI 2.4.0 tddui-decision (categorieDroitPrestation, typeDroitPrestation)',
    url: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation',
  },
  precision: {
    kind: 'ans',
    reference:
      'ANS, TDDUI 2.4.0, extension tddui-decision, invariants PrecisionOrientationValues7.8 (SESSAD ⇒ 1 à 6), 7.9 (SAFEP ⇒ 7, 8), 8.3 (SEGPA/EREA ⇒ 9, 10), 8.6 (unité d’enseignement ⇒ UEA, UEM), 13.1-13.2 (précision interdite) ; jeu de valeurs JDV_J408',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
  temporalite: {
    kind: 'ans',
    reference:
      'ANS, TDDUI 2.4.0, extension tddui-decision, invariants temporaliteAccueilCardinalityViaCategorieDroitPrestation (« Si categorieDroitPrestation = 13 ou 7 alors temporaliteAccueil est obligatoire ») et …ViaTypeDroitPrestation (8.6, 8.7, 8.8, 8.10)',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
  creton: {
    kind: 'ans',
    reference: 'ANS, TDDUI 2.4.0, extension tddui-decision, invariant cretonCardinality (« Si categorieDroitPrestation = 7 (ESSMS enfant) alors Creton est obligatoire »)',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
  existencePag: {
    kind: 'ans',
    reference:
      'ANS, TDDUI, définition de existencePAG : « 1 = si la décision est associée à un PAG au statut "élaboré" ou "validé" ; 0 = pour tous les autres cas » (sfe_modelisation_contenu.md)',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
} as const satisfies Record<string, RuleSource>;

/**
 * Category (level 1 of TRE_R420) of a right: its own code for a category, the parent of a type. Every type of
 * TRE_R420 is written `<category>.<n>` (a test checks it against the list), so the parent is the part before the
 * dot: the PAG entry point does not carry the list itself.
 */
export function categoryOf(d: { codeDroitPrestation: string }): string {
  const dot = d.codeDroitPrestation.indexOf('.');
  return dot < 0 ? d.codeDroitPrestation : d.codeDroitPrestation.slice(0, dot);
}

/** The précision codes the TDDUI allows per type of orientation; `[]` forbids any précision. */
const PRECISIONS: Readonly<Record<string, readonly string[]>> = {
  '7.8': ['1', '2', '3', '4', '5', '6'],
  '7.9': ['7', '8'],
  '8.3': ['9', '10'],
  '8.6': ['UEA', 'UEM'],
  '13.1': [],
  '13.2': [],
};

const TEMPORALITE_TYPES = new Set(['8.6', '8.7', '8.8', '8.10']);

const path = (i: number, field: string) => `/situation/droitsPrestations/${i}/${field}`;

const categorieType = pagRule({
  id: 'PAG-DROITS-001',
  severity: 'error',
  family: 'droits',
  title: text('Catégorie et type du droit cohérents', 'Category and type of the right agree'),
  description: text(
    'Quand une décision donne sa catégorie (`categorieDroitPrestation`, niveau 1 de TRE_R420), c’est celle de son code (`codeDroitPrestation`) : le parent d’un type de niveau 2 (7.8 SESSAD appartient à 7 Orientation ESMS Enfants), ou le code lui-même quand c’est une catégorie. Une catégorie qui n’est pas celle du type est une erreur : corrigez l’un ou l’autre, ou retirez la catégorie, qui se déduit du type.',
    'When a decision gives its category (`categorieDroitPrestation`, level 1 of TRE_R420), it is the one of its code (`codeDroitPrestation`): the parent of a level-2 type (7.8 SESSAD belongs to 7 Orientation ESMS Enfants), or the code itself when it is a category. A category that is not the type’s is an error: correct one of them, or remove the category, which follows from the type.',
  ),
  source: SOURCES_DROITS.tre420,
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/categorieDroitPrestation'],
  check: ({ document, emit, show }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.categorieDroitPrestation === undefined) return;
      const expected = categoryOf(d);
      if (expected === d.categorieDroitPrestation) return;
      const p = path(i, 'categorieDroitPrestation');
      const code = show(path(i, 'codeDroitPrestation'), d.codeDroitPrestation);
      const given = show(p, d.categorieDroitPrestation);
      const want = show(p, expected);
      emit(
        p,
        text(
          `La ${nth(i, true).fr} décision porte la catégorie ${given}, mais son code ${code} appartient à la catégorie ${want} de TRE_R420 : écrivez « categorieDroitPrestation »: « ${want} », corrigez le code, ou retirez la catégorie.`,
          `The ${nth(i).en} decision has category ${given}, but its code ${code} belongs to category ${want} of TRE_R420: write \`categorieDroitPrestation\`: "${want}", correct the code, or remove the category.`,
        ),
        { decision: i },
      );
    });
  },
});

const precisionOrientation = pagRule({
  id: 'PAG-DROITS-002',
  severity: 'error',
  family: 'droits',
  title: text('Précision de l’orientation conforme au type', 'Précision of the orientation matches its type'),
  description: text(
    'Invariants du TDDUI sur la précision de l’orientation (JDV_J408) : un SESSAD (7.8) est précisé par 1 à 6 (TRE_R426), un SAFEP (7.9) par 7 ou 8, l’enseignement adapté (8.3) par 9 SEGPA ou 10 EREA (TRE_R408), une unité d’enseignement (8.6) par UEA ou UEM (TRE_R278) ; une orientation en établissement d’accueil non médicalisé (13.1) ou médicalisé (13.2) n’a pas de précision. Les autres types ne sont pas contraints.',
    'TDDUI invariants on the précision of the orientation (JDV_J408): a SESSAD (7.8) takes 1 to 6 (TRE_R426), a SAFEP (7.9) 7 or 8, adapted teaching (8.3) 9 SEGPA or 10 EREA (TRE_R408), a teaching unit (8.6) UEA or UEM (TRE_R278); an orientation to a non-medicalised (13.1) or medicalised (13.2) residential facility has no précision. Other types are not constrained.',
  ),
  source: SOURCES_DROITS.precision,
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/precisionOrientation'],
  check: ({ document, emit, show }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      const allowed = PRECISIONS[d.codeDroitPrestation];
      if (allowed === undefined || d.precisionOrientation === undefined || allowed.includes(d.precisionOrientation)) return;
      const p = path(i, 'precisionOrientation');
      const code = show(path(i, 'codeDroitPrestation'), d.codeDroitPrestation);
      const given = show(p, d.precisionOrientation);
      const visible = code === d.codeDroitPrestation;
      const list = visible ? allowed.join(', ') : '…';
      emit(
        p,
        allowed.length === 0
          ? text(
              `La ${nth(i, true).fr} décision (${code}) porte la précision ${given}, que le TDDUI interdit pour une orientation en établissement d’accueil non médicalisé ou médicalisé (13.1, 13.2) : retirez « precisionOrientation ».`,
              `The ${nth(i).en} decision (${code}) has précision ${given}, which the TDDUI forbids for an orientation to a non-medicalised or medicalised residential facility (13.1, 13.2): remove \`precisionOrientation\`.`,
            )
          : text(
              `La précision ${given} ne convient pas à la ${nth(i, true).fr} décision (${code}) : le TDDUI n’admet que ${list} (JDV_J408). Corrigez « precisionOrientation » ou le code de la décision.`,
              `Précision ${given} does not fit the ${nth(i).en} decision (${code}): the TDDUI only allows ${list} (JDV_J408). Correct \`precisionOrientation\` or the code of the decision.`,
            ),
        { decision: i, ...(visible ? { precisionsAdmises: [...allowed] } : {}) },
      );
    });
  },
});

const temporaliteAccueil = pagRule({
  id: 'PAG-DROITS-003',
  severity: 'warning',
  family: 'droits',
  title: text('Temporalité d’accueil des orientations ESMS', 'Temporality of ESMS orientations'),
  description: text(
    'Le TDDUI exige la temporalité d’accueil (TRE_R240 : 01 temporaire, 02 permanent) pour toute orientation ESMS enfants (catégorie 7) ou adultes (13) et pour les types 8.6, 8.7, 8.8 et 8.10. Avertissement : le PAG reprend la notification, qui peut ne pas la dire ; sans elle, la décision ne peut pas être transmise telle quelle dans un flux TDDUI.',
    'The TDDUI requires the temporality of the placement (TRE_R240: 01 temporary, 02 permanent) for any children’s (category 7) or adults’ (13) ESMS orientation and for types 8.6, 8.7, 8.8 and 8.10. Warning: the PAG copies the notification, which may not state it; without it the decision cannot be sent as is in a TDDUI flow.',
  ),
  source: SOURCES_DROITS.temporalite,
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/categorieDroitPrestation', '/situation/droitsPrestations/*/temporaliteAccueil'],
  check: ({ document, emit }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.temporaliteAccueil !== undefined) return;
      const category = categoryOf(d);
      if (category !== '7' && category !== '13' && !TEMPORALITE_TYPES.has(d.codeDroitPrestation)) return;
      emit(
        `/situation/droitsPrestations/${i}`,
        text(
          `La ${nth(i, true).fr} décision est une orientation pour laquelle le TDDUI exige la temporalité d’accueil : ajoutez « temporaliteAccueil » (["02"] permanent, ["01"] temporaire, ou les deux si la notification ouvre les deux).`,
          `The ${nth(i).en} decision is an orientation for which the TDDUI requires the temporality: add \`temporaliteAccueil\` (["02"] permanent, ["01"] temporary, or both when the notification opens both).`,
        ),
        { decision: i, manque: 'temporaliteAccueil' },
      );
    });
  },
});

const creton = pagRule({
  id: 'PAG-DROITS-004',
  severity: 'warning',
  family: 'droits',
  title: text('Indicateur Creton des orientations ESMS enfants', 'Creton flag of children’s ESMS orientations'),
  description: text(
    'Le TDDUI exige l’indicateur `creton` pour toute orientation ESMS enfants (catégorie 7 de TRE_R420 ou type 7.x) : vrai quand un jeune adulte est maintenu au-delà de 20 ans au titre de l’amendement Creton (CASF, L. 242-4), faux sinon. Avertissement : sans lui, la décision ne peut pas être transmise telle quelle dans un flux TDDUI.',
    'The TDDUI requires the `creton` flag for any children’s ESMS orientation (TRE_R420 category 7 or type 7.x): true when a young adult stays beyond 20 under the amendement Creton (CASF, L. 242-4), false otherwise. Warning: without it the decision cannot be sent as is in a TDDUI flow.',
  ),
  source: SOURCES_DROITS.creton,
  reads: ['/situation/droitsPrestations/*/codeDroitPrestation', '/situation/droitsPrestations/*/categorieDroitPrestation', '/situation/droitsPrestations/*/creton'],
  check: ({ document, emit }) => {
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.creton !== undefined || categoryOf(d) !== '7') return;
      emit(
        `/situation/droitsPrestations/${i}`,
        text(
          `La ${nth(i, true).fr} décision est une orientation ESMS enfants : indiquez « creton » (true pour un maintien au titre de l’amendement Creton, false sinon), comme l’exige le TDDUI.`,
          `The ${nth(i).en} decision is a children’s ESMS orientation: give \`creton\` (true for a stay under the amendement Creton, false otherwise), as the TDDUI requires.`,
        ),
        { decision: i, manque: 'creton' },
      );
    });
  },
});

const existencePag = pagRule({
  id: 'PAG-DROITS-005',
  severity: 'warning',
  family: 'droits',
  title: text('Décision liée au PAG et statut du PAG', 'Decision tied to the PAG and status of the PAG'),
  description: text(
    'Le TDDUI définit `existencePAG` ainsi : « 1 = si la décision est associée à un PAG au statut élaboré ou validé ; 0 = pour tous les autres cas ». Une décision marquée `existencePAG: true` dans un PAG en brouillon ou terminé contredit cette définition : mettez false (pour un PAG terminé, le motif de fin est dans « motifFin »).',
    'The TDDUI defines `existencePAG` as "1 = when the decision is tied to a PAG with status élaboré or validé; 0 = in every other case". A decision marked `existencePAG: true` in a draft or ended PAG contradicts that definition: set false (for an ended PAG, the reason is in `motifFin`).',
  ),
  source: SOURCES_DROITS.existencePag,
  reads: ['/statut', '/situation/droitsPrestations/*/existencePAG'],
  check: ({ document, emit }) => {
    if (document.statut !== 'brouillon' && document.statut !== 'termine') return;
    document.situation.droitsPrestations.forEach((d, i) => {
      if (d.existencePAG !== true) return;
      emit(
        path(i, 'existencePAG'),
        text(
          `La ${nth(i, true).fr} décision est marquée « existencePAG »: true alors que le PAG est au statut « ${document.statut} » : le TDDUI réserve la valeur vraie aux PAG élaborés ou validés ; mettez false.`,
          `The ${nth(i).en} decision is marked \`existencePAG\`: true while the PAG has status '${document.statut}': the TDDUI keeps true for PAGs that are élaboré or validé; set false.`,
        ),
        { decision: i, statut: document.statut },
      );
    });
  },
});

/** The rules on the CDAPH decisions. */
export const droitsPrestationsRules = [categorieType, precisionOrientation, temporaliteAccueil, creton, existencePag];
