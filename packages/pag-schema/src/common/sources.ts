/**
 * Source citations used in the `x-source` annotation of the fields.
 *
 * Références citées dans l'annotation `x-source` des champs. `INFERRED` marque
 * une inférence de conception du projet, non vérifiée dans un texte officiel.
 *
 * @internal
 */
export const SOURCES = {
  l11411: 'CASF, art. L. 114-1-1 (loi n° 2016-41 du 26 janvier 2016, art. 89)',
  l1469: 'CASF, art. L. 146-9',
  pagType: 'CNSA, « Le contenu du PAG type — proposition de la CNSA » (support des sites pionniers « Une réponse accompagnée pour tous »)',
  conventionIlleEtVilaine:
    'CNSA, support des sites pionniers RAPT : « La convention territoriale en Ille-et-Vilaine » et « La convention partenariale “une réponse accompagnée pour tous” »',
  tddui: 'ANS, modèle TDDUI (Transfert de données DUI), classes Usager, Decision/DroitPrestation',
  tddui421: 'ANS, TRE_R421 Motif fin PAG et TDDUI motifFinPAG (statuts élaboré, validé, terminé)',
  revisionAnnuelle:
    'CASF, art. L. 114-1-1 : « Il est actualisé chaque fois que nécessaire et au moins une fois par an » — lecture consolidée, texte exact non vérifié sur Légifrance (INFERRED) ; la « révision annuelle » du PAG est attestée par les débats parlementaires de la loi n° 2016-41 (citation vérifiée)',
  inferred: 'INFERRED : inférence de conception du projet serafin-ph, à vérifier',
} as const;

/** Joins a source with the INFERRED marker. @internal */
export function inferred(from: string): string {
  return `${from} ; INFERRED : structure déduite par le projet serafin-ph`;
}
