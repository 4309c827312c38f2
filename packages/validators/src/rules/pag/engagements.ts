/**
 * Rules on section 4 of the PAG, the engagements of the operators: each one
 * names its operator, start date and prestations; identifiers are unique; the
 * engagements of a validated plan are signed.
 *
 * Règles des engagements des opérateurs.
 */
import { prop } from '../../json/access.js';
import { tokens } from '../../json/pointer.js';
import type { RuleSource } from '../../types.js';
import { valueAtPointer } from '../../json/value-at.js';
import { itemRef, nth } from '../../positions.js';
import { endedWithoutValidation, PAG_SOURCES, pagRule, text } from './support/pag-rule.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const engagementComplet = pagRule({
  id: 'PAG-ENGAGEMENTS-001',
  severity: 'error',
  family: 'engagements',
  title: text('Engagement complet : opérateur, date de début, prestations', 'Complete engagement: operator, start date, prestations'),
  description: text(
    'Le PAG identifie nominativement les opérateurs et précise la nature et la fréquence des interventions : chaque engagement nomme son opérateur, sa date de début et au moins une prestation. Le schéma publié l’impose ; l’anomalie structurelle est rapportée sous cet identifiant.',
    'The PAG names the operators and states the nature and frequency of the interventions: each engagement names its operator, its start date and at least one prestation. The published schema enforces it; the structural issue is reported under this id.',
  ),
  source: PAG_SOURCES.l11411,
  reads: [],
  check: () => undefined,
  structural: {
    at: ['/engagements/*/operateur', '/engagements/*/dateDebut', '/engagements/*/prestations'],
    keywords: ['required', 'minItems'],
    describe: (_value, { path, root }) => {
      const field = tokens(path)[2];
      const i = Number(tokens(path)[1]);
      const index = itemRef(prop(valueAtPointer(root, `/engagements/${i}`), 'identifiant'), i);
      const what =
        field === 'operateur'
          ? text('son opérateur', 'its operator')
          : field === 'dateDebut'
            ? text('sa date de début', 'its start date')
            : text('au moins une prestation', 'at least one prestation');
      return { message: text(`L’engagement ${index.fr} ne précise pas ${what.fr}.`, `Engagement ${index.en} does not give ${what.en}.`), details: { champ: field } };
    },
  },
});

const auMoinsUnEngagement = pagRule({
  id: 'PAG-ENGAGEMENTS-002',
  severity: 'error',
  family: 'engagements',
  title: text('Au moins un engagement', 'At least one engagement'),
  description: text(
    'Le PAG « comporte l’engagement des acteurs chargés de sa mise en œuvre opérationnelle » : dès le statut « élaboré », il compte au moins un engagement.',
    'The PAG "includes the commitment of the actors in charge of carrying it out": from the `elabore` status on, it has at least one engagement.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/statut', '/engagements', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.engagements.length > 0 || endedWithoutValidation(document)) return;
    emit('/engagements', text(`Aucun engagement d’opérateur dans un PAG au statut « ${document.statut} ».`, `No operator engagement in a PAG with status '${document.statut}'.`));
  },
});

const identifiantsUniques = pagRule({
  id: 'PAG-ENGAGEMENTS-003',
  severity: 'error',
  family: 'engagements',
  title: text('Identifiants d’engagement uniques', 'Unique engagement identifiers'),
  description: text(
    'Le coordonnateur de parcours et les créneaux de l’emploi du temps désignent un engagement par son identifiant : deux engagements ne peuvent partager le même.',
    'The path coordinator and the timetable slots refer to an engagement by its identifier: two engagements cannot share one.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/engagements/*/identifiant'],
  check: ({ document, emit, show }) => {
    const seen = new Map<string, number>();
    document.engagements.forEach((e, i) => {
      const first = seen.get(e.identifiant);
      if (first === undefined) seen.set(e.identifiant, i);
      else {
        const path = `/engagements/${i}/identifiant`;
        emit(path, text(`Identifiant « ${show(path, e.identifiant)} » déjà utilisé par le ${nth(first).fr} engagement.`, `Identifier '${show(path, e.identifiant)}' already used by the ${nth(first).en} engagement.`), { premier: first });
      }
    });
  },
});

const engagementSigne = pagRule({
  id: 'PAG-ENGAGEMENTS-004',
  severity: 'warning',
  family: 'engagements',
  title: text('Engagements signés d’un PAG validé', 'Signed engagements of a validated PAG'),
  description: text(
    'Bonne pratique : le PAG type de la CNSA prévoit une signature de l’engagement de chaque opérateur, sans dire qui signe (« Qui le signe ? ») ; la loi demande l’engagement des acteurs, pas leur signature. Un PAG validé dont un engagement n’est pas signé reçoit un avertissement.',
    'Good practice: the CNSA model PAG provides a signature of each operator’s engagement without saying who signs ("Qui le signe ?"); the law asks for the actors’ commitment, not their signature. A validated PAG with an unsigned engagement gets a warning.',
  ),
  source: PAG_SOURCES.signatureOperateur,
  reads: ['/statut', '/engagements/*/signature'],
  check: ({ document, emit }) => {
    if (document.statut !== 'valide') return;
    document.engagements.forEach((e, i) => {
      if (e.signature === undefined) emit(`/engagements/${i}/signature`, text(`L’engagement ${itemRef(e.identifiant, i).fr} d’un PAG validé n’est pas signé : renseignez « signature » (nom, fonction et date de la personne qui engage l’opérateur) si l’engagement a été signé.`, `Engagement ${itemRef(e.identifiant, i).en} of a validated PAG is not signed: fill in \`signature\` (name, function and date of the person committing the operator) if it was signed.`));
    });
  },
});

const prerequisLeves = pagRule({
  id: 'PAG-ENGAGEMENTS-005',
  severity: 'warning',
  family: 'engagements',
  title: text('Prérequis levés avant le démarrage', 'Prerequisites lifted before the start'),
  description: text(
    'Le PAG type liste, pour chaque engagement, les prérequis au démarrage (matériel, recrutement, financement, dérogation…) et leur état : un prérequis encore « à lever » ou « en cours » alors que l’engagement a démarré à la date de référence est à vérifier.',
    'The CNSA model PAG lists, for each engagement, the prerequisites before its start (equipment, recruitment, financing, derogation…) and their state: a prerequisite still "to lift" or "in progress" although the engagement has started on the reference date is to be checked.',
  ),
  source: PAG_SOURCES.pagType,
  reads: ['/engagements/*/dateDebut', '/engagements/*/prerequis'],
  check: ({ document, options, emit }) => {
    document.engagements.forEach((e, i) => {
      if (e.dateDebut > options.referenceDate) return;
      e.prerequis.forEach((p, j) => {
        if (p.etat !== 'a-lever' && p.etat !== 'en-cours') return;
        emit(`/engagements/${i}/prerequis/${j}/etat`, text(`Prérequis « ${p.type} » encore « ${p.etat} » alors que l’engagement ${itemRef(e.identifiant, i).fr} a démarré le ${e.dateDebut}.`, `Prerequisite '${p.type}' still '${p.etat}' although engagement ${itemRef(e.identifiant, i).en} started on ${e.dateDebut}.`), {
          type: p.type,
          etat: p.etat,
          dateDebut: e.dateDebut,
        });
      });
    });
  },
});

/**
 * Closing dates of the deprecated categories of the vendored TRE_R66 extract (`@serafin-ph/nomenclature`,
 * data/referentiels/tre-r66-categorie-etablissement-extrait-ph.json, `dateFin`). Kept here, not imported, so that
 * the PAG entry point does not carry the whole list (its labels and synonyms); a test checks it against the list.
 */
export const CATEGORIES_FINESS_FERMEES: Readonly<Record<string, string>> = {
  '184': '2005-07-06', '185': '2005-07-06', '191': '2005-07-06', '193': '2005-07-06', '199': '2015-01-05', '200': '2015-01-01',
  '205': '2020-10-30', '208': '2018-06-29', '212': '2018-06-29', '215': '2008-06-26', '217': '2001-07-31', '218': '2026-03-30',
  '220': '2026-03-30', '225': '1994-09-19', '229': '1994-09-19', '233': '2015-03-04', '237': '2005-07-06', '250': '1994-09-19',
  '251': '1994-09-19', '252': '2018-10-26', '253': '2018-10-26', '377': '2018-10-26', '379': '2018-10-26', '382': '2018-10-26',
  '397': '2005-07-06', '437': '2018-10-26',
};

/**
 * Categories closed on 2018-10-26 and the category that replaced them, with its TRE_R66 label (foyers de vie,
 * d'hébergement, polyvalents → 449 EANM; FAM → 448 EAM; experimental facilities → 370), as stated in the notes of
 * the vendored TRE_R66 extract. A test checks the labels against the list.
 */
export const REMPLACEMENTS_CATEGORIES_2018: Readonly<Record<string, { readonly code: string; readonly libelle: string }>> = {
  '252': { code: '449', libelle: 'Etab.Accueil Non Médicalisé pour personnes handicapées' },
  '253': { code: '449', libelle: 'Etab.Accueil Non Médicalisé pour personnes handicapées' },
  '382': { code: '449', libelle: 'Etab.Accueil Non Médicalisé pour personnes handicapées' },
  '437': { code: '448', libelle: 'Etab.Acc.Médicalisé en tout ou partie personnes handicapées' },
  '377': { code: '370', libelle: 'Etablissement Expérimental pour personnes handicapées' },
  '379': { code: '370', libelle: 'Etablissement Expérimental pour personnes handicapées' },
};

const SOURCE_CATEGORIES: RuleSource = {
  kind: 'ans',
  reference:
    'ANS, TRE_R66 Catégorie d’établissement (FINESS) : catégories 252, 253, 382, 437, 377, 379 fermées le 2018-10-26, remplacées par 448 EAM, 449 EANM et 370 (notes de l’extrait TRE_R66 vendu dans @serafin-ph/nomenclature)',
  url: 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement',
};

const categorieFermee = pagRule({
  id: 'PAG-ENGAGEMENTS-006',
  severity: 'warning',
  family: 'engagements',
  title: text('Catégorie FINESS fermée', 'Closed FINESS category'),
  description: text(
    'Les catégories FINESS fermées (notamment 437 FAM, 382 foyer de vie, 252 foyer d’hébergement, 253 foyer polyvalent, fermées le 26 octobre 2018) restent acceptées : beaucoup d’établissements sont encore connus sous elles. Elles sont signalées avec leur catégorie de remplacement (448 EAM, 449 EANM, 370 pour les établissements expérimentaux) quand TRE_R66 la donne, pour que le document suive FINESS.',
    'Closed FINESS categories (notably 437 FAM, 382 foyer de vie, 252 foyer d’hébergement, 253 foyer polyvalent, closed on 26 October 2018) stay accepted: many facilities are still known under them. They are reported with their replacement category (448 EAM, 449 EANM, 370 for experimental facilities) when TRE_R66 gives it, so that the document follows FINESS.',
  ),
  source: SOURCE_CATEGORIES,
  reads: ['/engagements/*/operateur/categorieEtablissement'],
  check: ({ document, emit }) => {
    document.engagements.forEach((e, i) => {
      if (e.operateur.type !== 'esms') return;
      const code = e.operateur.categorieEtablissement;
      const closed = CATEGORIES_FINESS_FERMEES[code];
      if (closed === undefined) return;
      const replacement = REMPLACEMENTS_CATEGORIES_2018[code];
      emit(
        `/engagements/${i}/operateur/categorieEtablissement`,
        replacement === undefined
          ? text(`La catégorie FINESS ${code} de l’engagement ${itemRef(e.identifiant, i).fr} est fermée depuis le ${closed} : vérifiez la catégorie actuelle de l’établissement dans FINESS.`, `FINESS category ${code} of engagement ${itemRef(e.identifiant, i).en} was closed on ${closed}: check the facility’s current category in FINESS.`)
          : text(
              `La catégorie FINESS ${code} de l’engagement ${itemRef(e.identifiant, i).fr} est fermée depuis le ${closed} ; elle est remplacée par ${replacement.code} (${replacement.libelle}) : écrivez « categorieEtablissement »: « ${replacement.code} » si FINESS a reclassé l’établissement.`,
              `FINESS category ${code} of engagement ${itemRef(e.identifiant, i).en} was closed on ${closed}; it is replaced by ${replacement.code} (${replacement.libelle}): write \`categorieEtablissement\`: "${replacement.code}" if FINESS has reclassified the facility.`,
            ),
        { categorie: code, ...(replacement === undefined ? {} : { remplacement: replacement.code }) },
      );
    });
  },
});

const prestationCodeeEsms = pagRule({
  id: 'PAG-ENGAGEMENTS-007',
  severity: 'warning',
  family: 'engagements',
  title: text('Prestations d’un ESMS codées en SERAFIN-PH', 'Prestations of an ESMS coded in SERAFIN-PH'),
  description: text(
    'Depuis la version 1.1.0, le code SERAFIN-PH d’une prestation engagée est facultatif : un opérateur hors ESMS (école, hôpital, ASE, libéral, droit commun) décrit son intervention par sa nature et sa précision. Un ESMS, dont l’activité est décrite dans la nomenclature SERAFIN-PH des prestations (annexe 2 du « PAG type »), code ses prestations : avertissement quand il ne le fait pas (INFERRED : pratique attendue, pas une obligation légale).',
    'Since schema 1.1.0, the SERAFIN-PH code of an engaged prestation is optional: a non-ESMS operator (school, hospital, child welfare, private practitioner, mainstream service) describes its intervention by its nature and precision. An ESMS, whose activity is described in the SERAFIN-PH nomenclature of prestations (annex 2 of the CNSA « PAG type »), codes its prestations: warning when it does not (INFERRED: expected practice, not a legal obligation).',
  ),
  source: { kind: 'bonne-pratique', reference: 'INFERRED : CNSA, « PAG type », annexe 2 (nomenclature SERAFIN-PH des besoins et des prestations) ; aucun texte n’impose le codage' },
  reads: ['/engagements/*/operateur/type', '/engagements/*/prestations/*/prestation'],
  check: ({ document, emit }) => {
    document.engagements.forEach((e, i) => {
      if (e.operateur.type !== 'esms') return;
      e.prestations.forEach((p, k) => {
        if (p.prestation !== undefined) return;
        emit(`/engagements/${i}/prestations/${k}`, text(`La ${nth(k, true).fr} prestation de l’engagement ${itemRef(e.identifiant, i).fr}, un ESMS, n’a pas de code SERAFIN-PH : ajoutez « prestation » (code de prestation directe, par exemple 2.3.1.1).`, `The ${nth(k).en} prestation of engagement ${itemRef(e.identifiant, i).en}, an ESMS, has no SERAFIN-PH code: add \`prestation\` (a direct prestation code, e.g. 2.3.1.1).`));
      });
    });
  },
});

const accordDerogation = pagRule({
  id: 'PAG-ENGAGEMENTS-008',
  severity: 'warning',
  family: 'engagements',
  title: text('Accord de la dérogation cohérent', 'Consistent grant of the derogation'),
  description: text(
    'Une dérogation mobilisée dit, depuis la version 1.1.0, quand, par quelle autorité et par quel acte elle a été accordée, et sur quelle version de la ligne du tableau. Ces éléments concernent une dérogation accordée ou terminée : une date d’accord sur une dérogation demandée ou refusée est contradictoire ; une dérogation ne commence pas avant d’avoir été accordée ; une autorité « autre » est précisée.',
    'Since schema 1.1.0 a derogation used says when, by which authority and by which act it was granted, and on which version of the table’s line. These concern a granted or ended derogation: a grant date on a requested or refused derogation is contradictory; a derogation does not start before it was granted; an "autre" authority is specified.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/engagements/*/derogations/*/statut', '/engagements/*/derogations/*/dateAccord', '/engagements/*/derogations/*/dateDebut', '/engagements/*/derogations/*/autoriteAccord', '/engagements/*/derogations/*/precisionAutorite'],
  check: ({ document, emit, show }) => {
    document.engagements.forEach((e, i) => {
      e.derogations.forEach((d, k) => {
        const base = `/engagements/${i}/derogations/${k}`;
        if (d.dateAccord !== undefined && (d.statut === 'demandee' || d.statut === 'refusee')) {
          emit(`${base}/dateAccord`, text(`La ${nth(k, true).fr} dérogation de l’engagement ${itemRef(e.identifiant, i).fr} a une date d’accord mais son statut est « ${d.statut} » : passez le statut à « accordee » ou retirez « dateAccord ».`, `The ${nth(k).en} derogation of engagement ${itemRef(e.identifiant, i).en} has a grant date but its status is '${d.statut}': set the status to 'accordee' or remove \`dateAccord\`.`));
        } else if (d.dateAccord !== undefined && d.dateDebut !== undefined && d.dateDebut < d.dateAccord) {
          emit(`${base}/dateDebut`, text(`La ${nth(k, true).fr} dérogation de l’engagement ${itemRef(e.identifiant, i).fr} commence (${show(`${base}/dateDebut`, d.dateDebut)}) avant d’avoir été accordée (${show(`${base}/dateAccord`, d.dateAccord)}) : corrigez l’une des deux dates.`, `The ${nth(k).en} derogation of engagement ${itemRef(e.identifiant, i).en} starts (${show(`${base}/dateDebut`, d.dateDebut)}) before it was granted (${show(`${base}/dateAccord`, d.dateAccord)}): correct one of the dates.`));
        }
        if (d.autoriteAccord === 'autre' && d.precisionAutorite === undefined) {
          emit(`${base}/autoriteAccord`, text(`La ${nth(k, true).fr} dérogation de l’engagement ${itemRef(e.identifiant, i).fr} est accordée par une autorité « autre » sans la nommer : ajoutez « precisionAutorite ».`, `The ${nth(k).en} derogation of engagement ${itemRef(e.identifiant, i).en} is granted by an "autre" authority without naming it: add \`precisionAutorite\`.`));
        }
      });
    });
  },
});

/** The engagement rules. */
export const engagementsRules = [engagementComplet, auMoinsUnEngagement, identifiantsUniques, engagementSigne, prerequisLeves, categorieFermee, prestationCodeeEsms, accordDerogation];
