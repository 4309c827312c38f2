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
import { endedWithoutValidation, pagRule, msg } from './support/pag-rule.js';

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
      const what = field === 'operateur' ? msg('PAG-ENGAGEMENTS-001#1') : field === 'dateDebut' ? msg('PAG-ENGAGEMENTS-001#2') : msg('PAG-ENGAGEMENTS-001#3');
      const fix = field === 'operateur' ? msg('PAG-ENGAGEMENTS-001#4') : field === 'dateDebut' ? msg('PAG-ENGAGEMENTS-001#5') : msg('PAG-ENGAGEMENTS-001#6');
      return {
        message: msg('PAG-ENGAGEMENTS-001#7', { index, what, fix }),
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
    emit('/engagements', msg('PAG-ENGAGEMENTS-002#1', { statut: document.statut }));
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
        emit(path, msg('PAG-ENGAGEMENTS-003#1', { identifiant: show(path, e.identifiant), nth: nth(first) }), { premier: first });
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
      if (e.signature === undefined) emit(`/engagements/${i}/signature`, msg('PAG-ENGAGEMENTS-004#1', { ref: itemRef(e.identifiant, i) }));
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
        emit(`/engagements/${i}/prerequis/${j}/etat`, msg('PAG-ENGAGEMENTS-005#1', { type: p.type, etat: p.etat, ref: itemRef(e.identifiant, i), dateDebut: e.dateDebut }), {
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
          ? msg('PAG-ENGAGEMENTS-006#1', { code, ref: itemRef(e.identifiant, i), closed })
          : msg('PAG-ENGAGEMENTS-006#2', { code, ref: itemRef(e.identifiant, i), closed, code2: replacement.code, libelle: replacement.libelle }),
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
        emit(`/engagements/${i}/prestations/${k}`, msg('PAG-ENGAGEMENTS-007#1', { nth: nth(k, true), ref: itemRef(e.identifiant, i), nth2: nth(k) }));
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
          emit(`${base}/dateAccord`, msg('PAG-ENGAGEMENTS-008#1', { nth: nth(k, true), ref: itemRef(e.identifiant, i), statut: d.statut, nth2: nth(k) }));
        } else if (d.dateAccord !== undefined && d.dateDebut !== undefined && d.dateDebut < d.dateAccord) {
          emit(
            `${base}/dateDebut`,
            msg('PAG-ENGAGEMENTS-008#2', {
              nth: nth(k, true),
              ref: itemRef(e.identifiant, i),
              dateDebut: show(`${base}/dateDebut`, d.dateDebut, '/engagements/*/derogations/*/dateDebut'),
              dateAccord: show(`${base}/dateAccord`, d.dateAccord, '/engagements/*/derogations/*/dateAccord'),
              nth2: nth(k),
            }),
          );
        }
        if (d.autoriteAccord === 'autre' && d.precisionAutorite === undefined) {
          emit(`${base}/autoriteAccord`, msg('PAG-ENGAGEMENTS-008#3', { nth: nth(k, true), ref: itemRef(e.identifiant, i), nth2: nth(k) }));
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
