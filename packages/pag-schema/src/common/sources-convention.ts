/**
 * Source citations of the fields of the territorial convention and of the
 * table of delegated derogations, beside those of {@link SOURCES}.
 *
 * Références citées par les champs de la convention territoriale et du tableau
 * des délégations de dérogations. Chaque entrée dit ce que le texte dit
 * vraiment ; `INFERRED` marque ce que le projet en déduit.
 *
 * @internal
 */
export const SOURCES_CONVENTION = {
  /** CNSA slides of the pioneer sites, axis 1 and axis 3 (participation of people, peers, associations). */
  sitesPionniersGos:
    'CNSA, retours d’expérience des sites pionniers « Une réponse accompagnée pour tous » : « La participation des personnes aux groupes opérationnels de synthèse », « Exemple de l’Aisne : la participation de pairs aidants aux groupes opérationnels de synthèse », « Qui participe au GOS ? Parmi les professionnels de la MDPH, parmi les partenaires » ; axe 3 : « Implication des associations, implication des usagers, implication des pairs »',
  /** The two levels of GOS named by the pioneer sites. */
  niveauxGos:
    'CNSA, retours d’expérience des sites pionniers : « les DD participaient aux 1ers GOS avant de distinguer GOS I et GOS II » (Drôme, Loire) ; MDPH pionnière : « organisation des concertation en GOS1, Structuration du GOS 2 », « Réunions mensuelles du Groupe Opérationnel de Synthèse 2 »',
  /** The signatories: practice of the pioneer sites, not a legal list. */
  signatairesSitesPionniers:
    'CNSA, support des sites pionniers RAPT : « Signent MDPH CD ARS CPAM Education nationale ; éventuellement représentants ESMS, CAF, MSA » (pratique des sites pionniers, aucune liste légale) ; convention cadre du dispositif intégré ITEP-SESSAD des Vosges, conclue « notamment avec la MDPH, l’ARS, le rectorat, la CPAM, la CAF, la MSA, les établissements de santé psychiatriques le Conseil Départemental et la Protection Judiciaire Jeunesse »',
  /** The Vosges framework convention, concluded after a Comex deliberation. */
  deliberationComex:
    'Convention cadre relative au fonctionnement en dispositif intégré des ITEP et des SESSAD (Vosges), conclue après délibération de la commission exécutive de la MDPH ; CASF, art. L. 146-4 (commission exécutive)',
  /** The credit-delegation convention (instruction of 23 September 2016). */
  delegationCredits:
    'CNSA, support des sites pionniers : « Distincte de la convention de délégation des crédits » ; instruction du 23 septembre 2016 (ministère, CNSA) : appui aux MDPH par « une convention, d’une durée de 24 mois, entre la MDPH et l’ARS », financée par des crédits CNSA délégués aux ARS',
  /** The accelerated procedure for derogations to the code de l'éducation. */
  procedureAcceleree: 'CNSA, « La convention territoriale en Ille-et-Vilaine » : « Expérimentation d’une procédure accélérée de décision de dérogation au code de l’Éducation »',
  /** Who holds the power to authorise an ESMS (and may delegate it). */
  autoritesCompetentes:
    'CASF, art. L. 313-3 (autorisation délivrée par le directeur général de l’ARS, le président du conseil départemental, ou conjointement) ; INFERRED : texte non cité dans les sources du projet, à vérifier sur Légifrance',
  /** The delegations of the power to authorise (no published table found). */
  delegations:
    'CNSA, « La convention territoriale en Ille-et-Vilaine » : « Annexe : Tableau de délégations de dérogations » ; INFERRED : aucun tableau réel publié, structure des délégations (délégant, délégataire, acte) déduite par le projet serafin-ph',
  /** The rows of the table: columns of the CNSA outline. */
  tableauCnsa:
    'CNSA, « La convention territoriale en Ille-et-Vilaine » : « Tableau des délégations de dérogations : objet de la dérogation, exemples de situations, condition de mise en œuvre, modalité d’autorisation, condition de suivi et avis de la coordination régionale. Pour les dérogations à la réglementation de l’agrément ; pour les dérogations aux règles de prise en charge financière »',
} as const;
