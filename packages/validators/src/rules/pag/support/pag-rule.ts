/**
 * Shared pieces of the PAG rules: the rule helper, the legal sources cited.
 *
 * Éléments communs aux règles du PAG.
 */
import type { Pag } from '@serafin-ph/pag-schema';
import type { RuleSource } from '../../../types.js';
import { defineRule, type RuleSpec } from '../../define.js';
import type { Rule } from '../../rule.js';
import type { PagFacts } from './facts.js';

/** Declares a PAG rule. */
export function pagRule(spec: Omit<RuleSpec<Pag, PagFacts>, 'document'>): Rule<Pag, PagFacts> {
  return defineRule<Pag, PagFacts>({ ...spec, document: 'pag' });
}

export { msg } from '../../message.js';

/** True for a PAG that ended without being validated (schema 1.1.0 `finSansValidation` on a `termine` PAG). */
export function endedWithoutValidation(document: Pag): boolean {
  return document.statut === 'termine' && document.finSansValidation !== undefined;
}

/** Sources cited by the PAG rules. */
export const PAG_SOURCES = {
  l11411: {
    kind: 'loi',
    reference:
      'CASF, art. L. 114-1-1 (rédaction issue de l’art. 89 de la loi n° 2016-41 du 26 janvier 2016) — texte consolidé à vérifier sur Légifrance pour les passages non cités',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006796450',
  },
  l1469: {
    kind: 'loi',
    reference:
      'CASF, art. L. 146-9 : « Les décisions relatives au plan d’accompagnement global ne sont valables qu’après accord exprès de la personne handicapée, de son représentant légal s’il s’agit d’un mineur ou […] de la personne chargée de cette mesure, en tenant compte de l’avis de la personne protégée. »',
  },
  civil414: {
    kind: 'loi',
    reference:
      'CASF, art. L. 114-1-1 et L. 146-9 : le représentant légal agit « s’il s’agit d’un mineur » (cités) ; âge de la majorité et autorité parentale jusqu’à la majorité : Code civil, art. 414 et 371-1 (INFERRED : article absent des sources juridiques du projet (pag-domain.md), non vérifié)',
  },
  civil459: {
    kind: 'loi',
    reference:
      'CASF, art. L. 146-9 : « mesure de protection juridique avec représentation relative à la personne » (cité) ; représentation relative à la personne accordée par le juge : Code civil, art. 459 (INFERRED : article absent des sources juridiques du projet (pag-domain.md), non vérifié)',
  },
  tre421: {
    kind: 'ans',
    reference: 'ANS, TRE_R421 Motif fin PAG (OID 1.2.250.1.213.3.3.272) et modèle TDDUI (motifFinPAG « transmis lorsque le statut du PAG passe à Terminé »)',
    url: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r421-motif-fin-pag',
  },
  tre422: {
    kind: 'ans',
    reference: 'ANS, TRE_R422 Qualification orientation : 1 Cible (« orientation hors contrainte de l’offre »), 2 Alternative (« orientation par défaut »)',
    url: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r422-qualification-orientation',
  },
  serafin: {
    kind: 'ans',
    reference: 'ANS, CodeSystem SERAFIN-PH 2023.1.0 (terminologie-SERAFINPH) et jeux de valeurs JDV_J284 (prestations directes), JDV_J285 (besoins)',
    url: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH',
  },
  pratiqueOrientation: {
    kind: 'bonne-pratique',
    reference:
      'INFERRED : pratique des sites pionniers « Une réponse accompagnée pour tous » (double orientation cible / alternative, TRE_R422). Ni CASF L. 114-1-1 ni TRE_R422 n’exigent d’orientation alternative ; une notification peut ouvrir « toutes les modalités d’accueil » (support CNSA des sites pionniers).',
  },
  signatureOperateur: {
    kind: 'bonne-pratique',
    reference:
      'Bonne pratique : le « PAG type » de la CNSA prévoit une signature de l’engagement sans dire qui signe (« Qui le signe ? ») ; CASF L. 114-1-1 demande « l’engagement des acteurs », pas leur signature.',
  },
  revisionAnnuelle: {
    kind: 'loi',
    reference:
      'CASF, art. L. 114-1-1 : « Il est actualisé chaque fois que nécessaire et au moins une fois par an » — lecture consolidée, texte exact non vérifié sur Légifrance (INFERRED) ; la « révision annuelle » du PAG est attestée par les débats parlementaires de la loi n° 2016-41 (citation vérifiée).',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006796450',
  },
  pagType: { kind: 'cnsa', reference: 'CNSA, « Le contenu du PAG type — proposition de la CNSA » (sites pionniers « Une réponse accompagnée pour tous »)' },
  projet: { kind: 'bonne-pratique', reference: 'Exigence du projet serafin-ph (cohérence interne du document)' },
} as const satisfies Record<string, RuleSource>;
