/**
 * Rules on section 4 of the PAG, the engagements of the operators: each one
 * names its operator, start date and prestations; identifiers are unique; the
 * engagements of a validated plan are signed.
 *
 * Règles des engagements des opérateurs.
 */
import { prop } from '../../json/access.js';
import { tokens } from '../../json/pointer.js';
import { valueAtPointer } from '../../json/value-at.js';
import { itemRef, nth } from '../../positions.js';
import { endedWithoutValidation, pagRule, text } from './support/pag-rule.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const engagementComplet = pagRule({
  id: 'PAG-ENGAGEMENTS-001',
  severity: 'error',
  family: 'engagements',
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
      const fix =
        field === 'operateur'
          ? text('ajoutez « operateur » (nom, type, FINESS pour un ESMS)', 'add `operateur` (name, type, FINESS for an ESMS)')
          : field === 'dateDebut'
            ? text('ajoutez « dateDebut » (AAAA-MM-JJ), la date prévue du début de l’accompagnement', 'add `dateDebut` (YYYY-MM-DD), the planned start of the support')
            : text(
                'ajoutez dans « prestations » ce à quoi l’opérateur s’engage (nature, fréquence, code SERAFIN-PH s’il y en a un)',
                'add to `prestations` what the operator commits to (nature, frequency, SERAFIN-PH code when there is one)',
              );
      return {
        message: text(`L’engagement ${index.fr} ne précise pas ${what.fr} : ${fix.fr}.`, `Engagement ${index.en} does not give ${what.en}: ${fix.en}.`),
        details: { champ: field },
      };
    },
  },
});

const auMoinsUnEngagement = pagRule({
  id: 'PAG-ENGAGEMENTS-002',
  severity: 'error',
  family: 'engagements',
  reads: ['/statut', '/engagements', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.engagements.length > 0 || endedWithoutValidation(document)) return;
    emit(
      '/engagements',
      text(
        `Aucun engagement d’opérateur dans un PAG au statut « ${document.statut} » : le PAG « comporte l’engagement des acteurs chargés de sa mise en œuvre » (L. 114-1-1) ; ajoutez un article par opérateur dans « engagements ».`,
        `No operator engagement in a PAG with status '${document.statut}': the PAG carries the engagement of the actors in charge of it (L. 114-1-1); add one article per operator to \`engagements\`.`,
      ),
    );
  },
});

const identifiantsUniques = pagRule({
  id: 'PAG-ENGAGEMENTS-003',
  severity: 'error',
  family: 'engagements',
  reads: ['/engagements/*/identifiant'],
  check: ({ document, emit, show }) => {
    const seen = new Map<string, number>();
    document.engagements.forEach((e, i) => {
      const first = seen.get(e.identifiant);
      if (first === undefined) seen.set(e.identifiant, i);
      else {
        const path = `/engagements/${i}/identifiant`;
        emit(
          path,
          text(
            `Identifiant « ${show(path, e.identifiant)} » déjà utilisé par le ${nth(first).fr} engagement : donnez à chaque engagement un identifiant unique (et reportez-le dans le suivi et l’emploi du temps).`,
            `Identifier '${show(path, e.identifiant)}' already used by the ${nth(first).en} engagement: give each engagement a unique identifier (and use it in the follow-up and the timetable).`,
          ),
          { premier: first },
        );
      }
    });
  },
});

const engagementSigne = pagRule({
  id: 'PAG-ENGAGEMENTS-004',
  severity: 'warning',
  family: 'engagements',
  reads: ['/statut', '/engagements/*/signature'],
  check: ({ document, emit }) => {
    if (document.statut !== 'valide') return;
    document.engagements.forEach((e, i) => {
      if (e.signature === undefined)
        emit(
          `/engagements/${i}/signature`,
          text(
            `L’engagement ${itemRef(e.identifiant, i).fr} d’un PAG validé n’est pas signé : renseignez « signature » (nom, fonction et date de la personne qui engage l’opérateur) si l’engagement a été signé.`,
            `Engagement ${itemRef(e.identifiant, i).en} of a validated PAG is not signed: fill in \`signature\` (name, function and date of the person committing the operator) if it was signed.`,
          ),
        );
    });
  },
});

const prerequisLeves = pagRule({
  id: 'PAG-ENGAGEMENTS-005',
  severity: 'warning',
  family: 'engagements',
  reads: ['/engagements/*/dateDebut', '/engagements/*/prerequis'],
  check: ({ document, options, emit }) => {
    document.engagements.forEach((e, i) => {
      if (e.dateDebut > options.referenceDate) return;
      e.prerequis.forEach((p, j) => {
        if (p.etat !== 'a-lever' && p.etat !== 'en-cours') return;
        emit(
          `/engagements/${i}/prerequis/${j}/etat`,
          text(
            `Prérequis « ${p.type} » encore « ${p.etat} » alors que l’engagement ${itemRef(e.identifiant, i).fr} a démarré le ${e.dateDebut} : passez le prérequis à « leve » (avec « dateLevee ») ou « abandonne », ou reportez « dateDebut ».`,
            `Prerequisite '${p.type}' still '${p.etat}' although engagement ${itemRef(e.identifiant, i).en} started on ${e.dateDebut}: set the prerequisite to 'leve' (with \`dateLevee\`) or 'abandonne', or move \`dateDebut\`.`,
          ),
          {
            type: p.type,
            etat: p.etat,
            dateDebut: e.dateDebut,
          },
        );
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
  '184': '2005-07-06',
  '185': '2005-07-06',
  '191': '2005-07-06',
  '193': '2005-07-06',
  '199': '2015-01-05',
  '200': '2015-01-01',
  '205': '2020-10-30',
  '208': '2018-06-29',
  '212': '2018-06-29',
  '215': '2008-06-26',
  '217': '2001-07-31',
  '218': '2026-03-30',
  '220': '2026-03-30',
  '225': '1994-09-19',
  '229': '1994-09-19',
  '233': '2015-03-04',
  '237': '2005-07-06',
  '250': '1994-09-19',
  '251': '1994-09-19',
  '252': '2018-10-26',
  '253': '2018-10-26',
  '377': '2018-10-26',
  '379': '2018-10-26',
  '382': '2018-10-26',
  '397': '2005-07-06',
  '437': '2018-10-26',
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

const categorieFermee = pagRule({
  id: 'PAG-ENGAGEMENTS-006',
  severity: 'warning',
  family: 'engagements',
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
          ? text(
              `La catégorie FINESS ${code} de l’engagement ${itemRef(e.identifiant, i).fr} est fermée depuis le ${closed} : vérifiez la catégorie actuelle de l’établissement dans FINESS.`,
              `FINESS category ${code} of engagement ${itemRef(e.identifiant, i).en} was closed on ${closed}: check the facility’s current category in FINESS.`,
            )
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
  reads: ['/engagements/*/operateur/type', '/engagements/*/prestations/*/prestation'],
  check: ({ document, emit }) => {
    document.engagements.forEach((e, i) => {
      if (e.operateur.type !== 'esms') return;
      e.prestations.forEach((p, k) => {
        if (p.prestation !== undefined) return;
        emit(
          `/engagements/${i}/prestations/${k}`,
          text(
            `La ${nth(k, true).fr} prestation de l’engagement ${itemRef(e.identifiant, i).fr}, un ESMS, n’a pas de code SERAFIN-PH : ajoutez « prestation » (code de prestation directe, par exemple 2.3.1.1).`,
            `The ${nth(k).en} prestation of engagement ${itemRef(e.identifiant, i).en}, an ESMS, has no SERAFIN-PH code: add \`prestation\` (a direct prestation code, e.g. 2.3.1.1).`,
          ),
        );
      });
    });
  },
});

const accordDerogation = pagRule({
  id: 'PAG-ENGAGEMENTS-008',
  severity: 'warning',
  family: 'engagements',
  reads: [
    '/engagements/*/derogations/*/statut',
    '/engagements/*/derogations/*/dateAccord',
    '/engagements/*/derogations/*/dateDebut',
    '/engagements/*/derogations/*/autoriteAccord',
    '/engagements/*/derogations/*/precisionAutorite',
  ],
  check: ({ document, emit, show }) => {
    document.engagements.forEach((e, i) => {
      e.derogations.forEach((d, k) => {
        const base = `/engagements/${i}/derogations/${k}`;
        if (d.dateAccord !== undefined && (d.statut === 'demandee' || d.statut === 'refusee')) {
          emit(
            `${base}/dateAccord`,
            text(
              `La ${nth(k, true).fr} dérogation de l’engagement ${itemRef(e.identifiant, i).fr} a une date d’accord mais son statut est « ${d.statut} » : passez le statut à « accordee » ou retirez « dateAccord ».`,
              `The ${nth(k).en} derogation of engagement ${itemRef(e.identifiant, i).en} has a grant date but its status is '${d.statut}': set the status to 'accordee' or remove \`dateAccord\`.`,
            ),
          );
        } else if (d.dateAccord !== undefined && d.dateDebut !== undefined && d.dateDebut < d.dateAccord) {
          emit(
            `${base}/dateDebut`,
            text(
              `La ${nth(k, true).fr} dérogation de l’engagement ${itemRef(e.identifiant, i).fr} commence (${show(`${base}/dateDebut`, d.dateDebut)}) avant d’avoir été accordée (${show(`${base}/dateAccord`, d.dateAccord)}) : corrigez l’une des deux dates.`,
              `The ${nth(k).en} derogation of engagement ${itemRef(e.identifiant, i).en} starts (${show(`${base}/dateDebut`, d.dateDebut)}) before it was granted (${show(`${base}/dateAccord`, d.dateAccord)}): correct one of the dates.`,
            ),
          );
        }
        if (d.autoriteAccord === 'autre' && d.precisionAutorite === undefined) {
          emit(
            `${base}/autoriteAccord`,
            text(
              `La ${nth(k, true).fr} dérogation de l’engagement ${itemRef(e.identifiant, i).fr} est accordée par une autorité « autre » sans la nommer : ajoutez « precisionAutorite ».`,
              `The ${nth(k).en} derogation of engagement ${itemRef(e.identifiant, i).en} is granted by an "autre" authority without naming it: add \`precisionAutorite\`.`,
            ),
          );
        }
      });
    });
  },
});

/** The engagement rules. */
export const engagementsRules = [
  engagementComplet,
  auMoinsUnEngagement,
  identifiantsUniques,
  engagementSigne,
  prerequisLeves,
  categorieFermee,
  prestationCodeeEsms,
  accordDerogation,
];
