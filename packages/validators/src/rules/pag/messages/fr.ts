/**
 * The French messages of the PAG rules: one entry per key of
 * `PagMessageParams`. A module of its own, so that a bundle that does not
 * ask for French leaves it out.
 */
import type { TypedRuleMessages } from '../../../messages.js';
import type { PagMessageParams, WeekKind } from './params.js';

/** The week a timetable check compares, in words. */
const WEEK_FR: Readonly<Record<WeekKind, string>> = { 'toute-l-annee': '', 'periode-scolaire': ' en période scolaire', 'vacances-scolaires': ' pendant les vacances scolaires' };

/** The French messages of the PAG rules. */
export const PAG_MESSAGES_FR: TypedRuleMessages<PagMessageParams> = /* @__PURE__ */ Object.freeze({
  'PAG-BESOINS-001#1': (p) =>
    `Ce besoin n’est couvert par aucune prestation engagée (correspondance besoins → prestations : voir la règle dans le catalogue ; détail avec ${p.includePersonalDataOption}).`,
  'PAG-BESOINS-001#2': (p) =>
    `Le besoin ${p.besoin} (« ${p.display} ») n’est couvert par aucune prestation engagée ; prestations attendues : ${p.labelled || 'aucune correspondance connue'}. Si une intervention sans code SERAFIN-PH y répond (école, hôpital, libéral…), reliez-les par un objectif : « contexte.objectifs » avec ce besoin dans « besoins » et l’engagement dans « engagements ».`,
  'PAG-BESOINS-002#1': 'Aucun besoin identifié : ajoutez dans « contexte.besoins » les besoins SERAFIN-PH (1.x) auxquels le plan répond.',
  'pag.codes.BRANCH#1': 'un besoin (bloc 1)',
  'pag.codes.BRANCH#2': 'une prestation directe (bloc 2)',
  'pag.codes.BRANCH#3': 'une prestation indirecte (bloc 3, pilotage et fonctions supports)',
  'pag.codes.TRANSPORT_OU_DIRECTE#1': 'une prestation directe (bloc 2) ou un transport lié au projet individuel (3.2.4, 3.2.4.1 à 3.2.4.3)',
  'PAG-CODES-002#1': 'remplacez-le par le code du besoin (JDV_J285) qu’il décrit',
  'PAG-CODES-002#2': 'remplacez-le par le code de la prestation directe (JDV_J284) qui décrit l’intervention',
  'PAG-CODES-002#3': (p, t) => `Le code ${p.shown} est ${t(p.branch)} : ce champ attend ${t(p.want)} ; ${t(p.fix)}.`,
  'PAG-CODES-003#1': (p) => `Le code ${p.code} (numérotation ${p.numbering}, option « ${p.numberingOption} ») n’a pas d’équivalent exact en ANS 2023.`,
  'PAG-CODES-003#2': (p) => `Le code ${p.code} (numérotation ${p.numbering}, option « ${p.numberingOption} ») n’a pas d’équivalent exact en ANS 2023.`,
  'PAG-CODES-003#3': (p) =>
    `Le code ${p.code} n’existe pas en numérotation ANS 2023 ; c’est un code CNSA 2018 (équivalent ANS 2023 : ${p.cnsa}) : ajouter « numerotation »: « cnsa-2018 » ou écrire ${p.cnsa}.`,
  'PAG-CODES-003#4': (p) => `Code ${p.code} inconnu dans la numérotation ${p.numbering} de SERAFIN-PH.`,
  'PAG-CODES-001#1': (p) => `Le code ${p.code} est désactivé (${p.reason ?? 'concept désactivé'}).`,
  'PAG-CODES-001#2': (p) => `Le code ${p.code} est désactivé (concept dupliqué) : utiliser ${p.by}.`,
  'PAG-CODES-004#1': (p) => `Le code CNSA 2018 ${p.code} n’a pas d’équivalent exact en ANS 2023${p.wider.length > 0 ? ` (correspondances : ${p.wider})` : ''}.`,
  'PAG-CODES-005#1': (p) => `Code ${p.from} (${p.numbering}) lu comme ${p.to} (ANS 2023).`,
  'PAG-CODES-006#1': 'Le libellé ne correspond pas au libellé publié du code : corrigez « libelle » ou retirez-le (le code fait foi).',
  'PAG-CODES-006#2': (p) =>
    `Le libellé ne correspond pas au libellé publié du code ${p.code} (« ${p.display} ») : reprenez ce libellé dans « libelle » ou retirez-le (le code fait foi).`,
  'PAG-CODES-007#1': (p) =>
    `${p.several ? 'Les codes' : 'Le code'} ${p.list}, sans « numerotation », ${p.several ? 'sont lus' : 'est lu'} en ANS 2023 ; en CNSA 2018 ${p.several ? 'ils désignent' : 'il désigne'} un autre concept. Si ce document vient d’un outil en numérotation CNSA 2018, déclarez « numerotation »: « cnsa-2018 » ou validez avec ${p.option} cnsa-2018.`,
  'pag.consentement.DONNE_PAR#1': 'la personne elle-même',
  'pag.consentement.DONNE_PAR#2': 'les parents',
  'pag.consentement.DONNE_PAR#3': 'le représentant légal',
  'pag.consentement.DONNE_PAR#4': 'la personne chargée de la mesure de protection',
  'pag.consentement.agreementProblem#1': (p, t) =>
    `la personne est mineure à cette date : l’accord revient à ses parents ou à son représentant légal, non à ${t(p.who)} ; recueillez leur accord (« donnePar » : parents ou representant-legal) et consignez l’avis de l’enfant dans « avisMineur » ; s’il est émancipé, renseignez « situation.emancipation »`,
  'pag.consentement.agreementProblem#2':
    'la personne est majeure : ses parents ne peuvent donner l’accord qu’en qualité de personne chargée de la mesure de protection ; écrivez « donnePar » : personne, ou personne-chargee-mesure-protection si un parent exerce la mesure',
  'pag.consentement.agreementProblem#3': (p, t) =>
    `la personne est majeure (ou mineure émancipée) et ne fait pas l’objet d’une mesure de protection avec représentation relative à la personne : l’accord revient à la personne elle-même, non à ${t(p.who)} ; recueillez son accord (« donnePar » : personne) ou, si une telle mesure existe, décrivez-la dans « situation.mesureProtection »`,
  'PAG-CONSENTEMENT-001#1': (p) =>
    `Accord préalable absent alors que le PAG est au statut « ${p.statut} » : le plan ne s’élabore qu’avec l’accord préalable de la personne ou de son représentant (L. 114-1-1). Ajoutez « consentement.accordPrealable » (donnePar, date, forme)${p.refusExpres ? ', ou, si la personne a refusé dès l’élaboration, mettez « finSansValidation » à refus-accord-prealable' : ''}.`,
  'PAG-CONSENTEMENT-001#2': 'Accord préalable non enregistré pour un PAG élaboré : ajoutez « consentement.accordPrealable » (qui l’a donné, date, forme).',
  'PAG-CONSENTEMENT-002#1': (p) =>
    `L’accord préalable (${p.date}) est postérieur à la date ${p.field === 'dateElaboration' ? 'd’élaboration' : 'de validation'} du PAG (${p.date2}) : l’accord préalable précède l’élaboration (L. 114-1-1) ; corrigez l’une des deux dates.`,
  'PAG-CONSENTEMENT-003#1': (p, t) => `Accord préalable donné par la mauvaise personne : ${t(p.problem)}.`,
  'PAG-CONSENTEMENT-004#1': (p) =>
    `Accord exprès absent alors que le PAG est au statut « ${p.statut} » (CASF, L. 146-9 : les décisions relatives au PAG ne sont valables qu’après cet accord) : ajoutez « consentement.accordExpres », ou, si la personne a refusé le plan, terminez le PAG sans validation (« statut » termine, « finSansValidation » refus-accord-expres, « dateFin », « motifFin »).`,
  'PAG-CONSENTEMENT-005#1': (p, t) => `Accord exprès donné par la mauvaise personne : ${t(p.problem)}.`,
  'PAG-CONSENTEMENT-006#1': (p) =>
    `Le PAG est validé le ${p.validation}, avant l’accord exprès du ${p.date} : vérifiez ces deux dates, la validation suit l’accord exprès (L. 146-9).`,
  'PAG-CONSENTEMENT-007#1': (p) =>
    `L’accord exprès (${p.date}) précède l’accord préalable (${p.date2}) : corrigez l’une des deux dates, l’accord préalable ouvre l’élaboration et l’accord exprès la conclut.`,
  'PAG-CONSENTEMENT-008#1':
    'Accord exprès donné par la personne chargée de la mesure sans que l’avis de la personne protégée soit consigné : L. 146-9 demande d’en tenir compte, ajoutez « avisPersonneProtegee ».',
  'PAG-CONSENTEMENT-009#1':
    'La personne est apte à exprimer sa volonté : l’accord exprès est le sien (CASF, L. 146-9), pas celui de la personne chargée de la mesure ; recueillez son accord (« donnePar » : personne) ou corrigez « personneApteExprimerVolonte ».',
  'PAG-CONSENTEMENT-009#2':
    'L’accord exprès est donné par la personne alors qu’elle est dite inapte à exprimer sa volonté : vérifiez « personneApteExprimerVolonte », ou faites donner l’accord par la personne chargée de la mesure de protection avec représentation relative à la personne.',
  'PAG-CONSENTEMENT-010#1': (p) =>
    `Un titulaire de l’autorité parentale refuse l’${p.key === 'accordPrealable' ? 'accord préalable' : 'accord exprès'} : consignez comment le désaccord est traité dans « precision » de ce titulaire (ou saisissez le juge aux affaires familiales) ; si le PAG prend fin à cause de ce refus, passez-le au statut « termine » avec « finSansValidation ». L’accord d’un seul parent ne vaut que si la loi le présume.`,
  'PAG-CONSENTEMENT-010#2': (p) =>
    `La réponse d’un titulaire de l’autorité parentale à l’${p.key === 'accordPrealable' ? 'accord préalable' : 'accord exprès'} n’a pas été recueillie : recueillez-la, ou indiquez pourquoi elle ne peut l’être dans « precision » de ce titulaire.`,
  'PAG-CONSENTEMENT-011#1': (p) =>
    `« avisMineur » sur l’${p.key === 'accordPrealable' ? 'accord préalable' : 'accord exprès'} d’une personne majeure (ou mineure émancipée) à cette date : c’est son accord qui compte (« donnePar » : personne) ; sous mesure de protection, consignez son avis dans « avisPersonneProtegee ».`,
  'PAG-CYCLE-001#1': (p) =>
    `Date de validation absente pour un PAG au statut « ${p.statut} » : renseignez « dateValidation » ; pour un PAG terminé sans avoir été validé (refus, demande sans suite ou retirée), renseignez plutôt « finSansValidation ».`,
  'PAG-CYCLE-002#1': (p) =>
    `Demande de nature « ${p.nature} » sans référence au PAG précédent : ajoutez « pagPrecedent » (identifiant du PAG révisé), ou mettez « natureDemande » à premiere-demande.`,
  'PAG-CYCLE-003#1': 'Une première demande ne devrait pas désigner de PAG précédent : retirez « pagPrecedent », ou mettez « natureDemande » à demande-revision ou revision-prevue.',
  'PAG-CYCLE-003#2': 'Le PAG précédent porte l’identifiant du PAG lui-même : donnez dans « pagPrecedent.identifiant » celui du PAG révisé, ou un nouvel identifiant à ce PAG.',
  'PAG-CYCLE-003#3': (p) =>
    `Le PAG précédent est validé le ${p.dateValidation}, pas avant ce PAG (${p.dateValidation2}) : corrigez « pagPrecedent.dateValidation » ou « dateValidation », le PAG révisé est validé avant sa révision.`,
  'PAG-FIN-001#1':
    'PAG terminé sans motif de fin : ajoutez « motifFin », code TRE_R421 (1 réponse cible atteinte… 5 demande de l’usager… 9 décès), y compris pour un PAG terminé sans validation.',
  'PAG-FIN-001#2': 'PAG terminé sans date de fin : ajoutez « dateFin » (AAAA-MM-JJ).',
  'PAG-FIN-002#1': (p) => `Motif de fin renseigné pour un PAG au statut « ${p.statut} » : retirez « motifFin », ou passez le statut à « termine » avec « dateFin ».`,
  'PAG-FIN-003#1':
    'Motif de fin « Fin des dérogations » alors qu’aucun engagement ne mobilise de dérogation : ajoutez à l’engagement concerné la dérogation qui a pris fin (« derogations »), ou choisissez un autre motif TRE_R421.',
  'PAG-FIN-004#1': (p) =>
    `« finSansValidation » (${p.fin}) sur un PAG au statut « ${p.statut} » : passez le statut à « termine » avec « dateFin » et « motifFin », ou retirez « finSansValidation ».`,
  'PAG-FIN-004#2': (p) =>
    `Le PAG est terminé sans validation (${p.fin}) mais porte une date de validation : s’il a été validé, retirez « finSansValidation » ; sinon retirez « dateValidation ».`,
  'PAG-FIN-004#3': (p) =>
    `Le PAG est terminé sans validation (${p.fin}) mais porte un accord exprès : avec l’accord exprès les décisions sont valables ; retirez « finSansValidation » si le PAG a été validé.`,
  'PAG-DATES-001#1': (p) => `Date ${p.shown} antérieure à la naissance de la personne : corrigez cette date ou la date de naissance.`,
  'PAG-DATES-002#1': (p) => `« ${p.end} » (${p.e}) précède « ${p.start} » (${p.s}) : corrigez l’une des deux dates (la fin suit le début).`,
  'PAG-DATES-003#1': (p) =>
    `La demande (${p.demande}) est postérieure à « ${p.key} » (${p.d}) : corrigez « demande.dateDemande » ou « ${p.key} », la demande précède l’élaboration.`,
  'PAG-DATES-004#1': (p) =>
    `Concertation (${p.value}) du ${p.d}, après la validation du ${p.validation} : lue comme un bilan du plan en cours (suivi, actualisation). Rien à corriger si c’est le cas ; si elle prépare une révision, le PAG révisé est un nouveau PAG (« pagPrecedent ») ; si c’est une concertation préparatoire, corrigez sa date.`,
  'PAG-DATES-005#1': (p) =>
    `Date ${p.shown} postérieure à la date de référence (${p.referenceDate}) : un fait déjà survenu ne peut être daté dans le futur ; corrigez la date (ou l’option referenceDate).`,
  'PAG-DEMANDE-001#1':
    'Aucun déclencheur pour un PAG proposé par l’équipe pluridisciplinaire : indiquez dans « declencheurs » la situation de L. 114-1-1 (1° indisponibilité ou inadaptation des réponses connues ; 2° complexité, risque ou constat de rupture du parcours), ou la priorité Comex dans « prioriteComex ».',
  'PAG-DEMANDE-002#1':
    'Aucun déclencheur indiqué : la loi ne l’exige pas ici, mais « declencheurs » sert au suivi de l’activité ; indiquez-le si la situation relève de L. 114-1-1, 1° ou 2°.',
  'PAG-DEMANDE-003#1': 'Origine « priorité Comex » sans priorité précisée : renseignez « prioriteComex » (catégorie et libellé de la priorité délibérée par la Comex).',
  'PAG-DEMANDE-004#1': 'La demande ne dit pas qui a demandé ou proposé le PAG : renseignez « demandeur » (personne, representant-legal ou equipe-pluridisciplinaire).',
  'PAG-DEMANDE-005#1': '« origine » (forme 1.0.0) contredit « demandeur » : supprimez « origine », « demandeur » fait foi.',
  'PAG-DEMANDE-005#2': '« origine » est la forme 1.0.0, dépréciée : utilisez « demandeur » et, pour une priorité Comex, « prioriteComex » (serafin migrate réécrit le document).',
  'PAG-DEMANDE-006#1': (p) => `L’alerte est datée du ${p.date}, après la demande du ${p.dateDemande} : corrigez l’une des deux dates (l’alerte précède la demande).`,
  'PAG-DROITS-001#1': (p, t) =>
    `La ${t(p.nth)} décision porte la catégorie ${p.given}, mais son code ${p.code} appartient à la catégorie ${p.want} de TRE_R420 : écrivez « categorieDroitPrestation »: « ${p.want} », corrigez le code, ou retirez la catégorie.`,
  'PAG-DROITS-002#1': (p, t) =>
    `La ${t(p.nth)} décision (${p.code}) porte la précision ${p.given}, que le TDDUI interdit pour une orientation en établissement d’accueil non médicalisé ou médicalisé (13.1, 13.2) : retirez « precisionOrientation ».`,
  'PAG-DROITS-002#2': (p, t) =>
    `La précision ${p.given} ne convient pas à la ${t(p.nth)} décision (${p.code}) : le TDDUI n’admet que ${p.list} (JDV_J408). Corrigez « precisionOrientation » ou le code de la décision.`,
  'PAG-DROITS-003#1': (p, t) =>
    `La ${t(p.nth)} décision est une orientation pour laquelle le TDDUI exige la temporalité d’accueil : ajoutez « temporaliteAccueil » (["02"] permanent, ["01"] temporaire, ou les deux si la notification ouvre les deux).`,
  'PAG-DROITS-004#1': (p, t) =>
    `La ${t(p.nth)} décision est une orientation ESMS enfants : indiquez « creton » (true pour un maintien au titre de l’amendement Creton, false sinon), comme l’exige le TDDUI.`,
  'PAG-DROITS-005#1': (p, t) =>
    `La ${t(p.nth)} décision est marquée « existencePAG »: true alors que le PAG est au statut « ${p.statut} » : le TDDUI réserve la valeur vraie aux PAG élaborés ou validés ; mettez false.`,
  'PAG-EDT-001#1': (p, t) =>
    `Le ${t(p.nth)} créneau désigne l’engagement « ${p.identifiantEngagement} », absent du PAG : donnez dans « identifiantEngagement » l’identifiant d’un engagement du PAG, ou ajoutez l’engagement de cet opérateur.`,
  'PAG-EDT-002#1': (p, t) => `La prestation ${p.code} du ${t(p.nth)} créneau n’est pas engagée par l’engagement ${t(p.ref)} (prestations engagées : ${p.value}).`,
  'PAG-EDT-003#1': (p, t) =>
    `${t(p.nth)} créneau : avec « finLendemain », il finirait le lendemain à ${p.heureFin}, plus de 24 heures après son début (${p.heureDebut}) : retirez « finLendemain » s’il finit le même jour, sinon corrigez les horaires.`,
  'PAG-EDT-003#2': (p, t) =>
    `${t(p.nth)} créneau : fin (${p.heureFin}) avant ou égale au début (${p.heureDebut}). S’il finit le lendemain (nuit d’internat), ajoutez « finLendemain »: true ; sinon corrigez les horaires.`,
  'PAG-EDT-004#1': (p, t) =>
    `Le ${t(p.nth)} créneau (${p.jour} ${p.heureDebut}–${p.heureFin}, lieu « ${p.lieu} ») chevauche le ${t(p.nth2)} créneau (${p.jour2} ${p.heureDebut2}–${p.heureFin2}, lieu « ${p.lieu2} ») en un autre lieu : la personne ne peut être aux deux endroits. S’il s’agit d’une co-intervention, donnez aux deux créneaux le même lieu (« lieu » et « precisionLieu ») ; s’ils n’ont pas lieu les mêmes semaines ou pendant la même période, dites-le (« alternance », « periode ») ; sinon corrigez les horaires.`,
  'PAG-EDT-006#1': (p, t) =>
    `Le ${t(p.nth)} créneau n’a ni prestation SERAFIN-PH ni nature : ajoutez « prestation » (code SERAFIN-PH) ou « nature » (ce qui a lieu, par exemple « classe ULIS »).`,
  'PAG-EDT-005#1': (p) =>
    `${p.count} créneau(x) dans l’emploi du temps${p.fortnight ? ' sur deux semaines' : ''}${WEEK_FR[p.week]} pour ${p.nombre} fois par ${p.fortnight ? 'quinzaine' : 'semaine'} déclarées`,
  'PAG-EDT-005#2': (p) =>
    `${p.total} minutes par ${p.fortnight ? 'quinzaine' : 'semaine'}${WEEK_FR[p.week]} pour ${p.expectedMinutes} minutes déclarées (${p.nombre} × ${p.dureeMinutes})`,
  'PAG-EDT-005#3': (p, t) =>
    `Prestation ${p.code} de l’engagement ${t(p.ref)} : ${p.parts.map(t).join(' ; ')}. Faites concorder « frequence » (nombre, durée) et les créneaux ; un créneau d’une semaine sur deux (« alternance ») compte pour moitié, et des semaines alternées se comptent par quinzaine (« periode » : « quinzaine »).`,
  'PAG-ENGAGEMENTS-001#1': 'son opérateur',
  'PAG-ENGAGEMENTS-001#2': 'sa date de début',
  'PAG-ENGAGEMENTS-001#3': 'au moins une prestation',
  'PAG-ENGAGEMENTS-001#4': 'ajoutez « operateur » (nom, type, FINESS pour un ESMS)',
  'PAG-ENGAGEMENTS-001#5': 'ajoutez « dateDebut » (AAAA-MM-JJ), la date prévue du début de l’accompagnement',
  'PAG-ENGAGEMENTS-001#6': 'ajoutez dans « prestations » ce à quoi l’opérateur s’engage (nature, fréquence, code SERAFIN-PH s’il y en a un)',
  'PAG-ENGAGEMENTS-001#7': (p, t) => `L’engagement ${t(p.index)} ne précise pas ${t(p.what)} : ${t(p.fix)}.`,
  'PAG-ENGAGEMENTS-002#1': (p) =>
    `Aucun engagement d’opérateur dans un PAG au statut « ${p.statut} » : le PAG « comporte l’engagement des acteurs chargés de sa mise en œuvre » (L. 114-1-1) ; ajoutez un article par opérateur dans « engagements ».`,
  'PAG-ENGAGEMENTS-003#1': (p, t) =>
    `Identifiant « ${p.identifiant} » déjà utilisé par le ${t(p.nth)} engagement : donnez à chaque engagement un identifiant unique (et reportez-le dans le suivi et l’emploi du temps).`,
  'PAG-ENGAGEMENTS-004#1': (p, t) =>
    `L’engagement ${t(p.ref)} d’un PAG validé n’est pas signé : renseignez « signature » (nom, fonction et date de la personne qui engage l’opérateur) si l’engagement a été signé.`,
  'PAG-ENGAGEMENTS-005#1': (p, t) =>
    `Prérequis « ${p.type} » encore « ${p.etat} » alors que l’engagement ${t(p.ref)} a démarré le ${p.dateDebut} : passez le prérequis à « leve » (avec « dateLevee ») ou « abandonne », ou reportez « dateDebut ».`,
  'PAG-ENGAGEMENTS-006#1': (p, t) =>
    `La catégorie FINESS ${p.code} de l’engagement ${t(p.ref)} est fermée depuis le ${p.closed} : vérifiez la catégorie actuelle de l’établissement dans FINESS.`,
  'PAG-ENGAGEMENTS-006#2': (p, t) =>
    `La catégorie FINESS ${p.code} de l’engagement ${t(p.ref)} est fermée depuis le ${p.closed} ; elle est remplacée par ${p.code2} (${p.libelle}) : écrivez « categorieEtablissement »: « ${p.code2} » si FINESS a reclassé l’établissement.`,
  'PAG-ENGAGEMENTS-007#1': (p, t) =>
    `La ${t(p.nth)} prestation de l’engagement ${t(p.ref)}, un ESMS, n’a pas de code SERAFIN-PH : ajoutez « prestation » (code de prestation directe, par exemple 2.3.1.1).`,
  'PAG-ENGAGEMENTS-008#1': (p, t) =>
    `La ${t(p.nth)} dérogation de l’engagement ${t(p.ref)} a une date d’accord mais son statut est « ${p.statut} » : passez le statut à « accordee » ou retirez « dateAccord »${p.statut === 'refusee' ? ' ; la date d’un refus se note dans « acte » (le courrier de refus : « acte.date »)' : ''}.`,
  'PAG-ENGAGEMENTS-008#2': (p, t) =>
    `La ${t(p.nth)} dérogation de l’engagement ${t(p.ref)} commence (${p.dateDebut}) avant d’avoir été accordée (${p.dateAccord}) : corrigez l’une des deux dates.`,
  'PAG-ENGAGEMENTS-008#3': (p, t) =>
    `La ${t(p.nth)} dérogation de l’engagement ${t(p.ref)} est accordée par une autorité « autre » sans la nommer : ajoutez « precisionAutorite ».`,
  'PAG-ORIENTATION-001#1':
    'Des orientations sont qualifiées mais aucune n’est l’orientation cible (TRE_R422 code 1) : qualifiez « 1 » (cible) l’orientation visée, même indisponible, ou retirez « qualificationOrientation » si la notification n’en qualifie aucune.',
  'PAG-ORIENTATION-002#1':
    'Le PAG est déclenché par l’indisponibilité ou l’inadaptation des réponses connues, mais aucune orientation CDAPH (catégories 7, 8, 11, 13 ou 14 de TRE_R420) ne figure dans les droits : ajoutez dans « situation.droitsPrestations » la décision d’orientation sur laquelle le PAG s’appuie (qualifiée « 1 » cible si elle n’est pas disponible).',
  'PAG-PROJETVIE-001#1':
    'Projet de vie formulé par « la personne chargée de la mesure de protection » pour une personne mineure : pour un mineur, c’est son représentant légal qui le formule avec ou pour lui. Mettez « formulePar » à « representant-legal » (ou « personne-avec-representant » s’il l’a formulé avec l’enfant).',
  'PAG-PROJETVIE-001#2':
    'Projet de vie formulé par « la personne chargée de la mesure de protection » sans mesure de protection avec représentation relative à la personne : décrivez la mesure (« situation.mesureProtection », « avecRepresentationPersonne ») ou indiquez que la personne l’a formulé (« personne », « personne-avec-representant »).',
  'PAG-PROJETVIE-001#3':
    'Projet de vie formulé par « le représentant légal » d’une personne majeure : pour un majeur protégé, indiquez « personne-chargee-mesure-protection » (et la mesure) ; sinon, le projet de vie est celui de la personne.',
  'PAG-OBJECTIF-001#1': 'Cet objectif vise un besoin absent des besoins identifiés : ajoutez-le à « contexte.besoins » ou retirez-le des besoins de l’objectif.',
  'PAG-OBJECTIF-002#1': (p) => `L’objectif renvoie à l’engagement « ${p.id} », absent du PAG : corrigez l’identifiant ou ajoutez l’engagement.`,
  'PAG-SITUATION-001#1':
    'La personne est mineure : au moins un titulaire de l’autorité parentale doit être indiqué. Ajoutez « situation.titulairesAutoriteParentale » avec chaque titulaire : son « lien » (parent, tuteur du mineur…) ou le « delegataire » à qui l’autorité parentale est déléguée. Un mineur émancipé n’en a plus : renseignez alors « situation.emancipation » (date du jugement).',
  'PAG-SITUATION-002#1': (p) =>
    `L’${p.key === 'accordExpres' ? 'accord exprès' : 'accord préalable'} est donné par la personne chargée d’une mesure de protection, mais aucune mesure n’est décrite : décrivez la mesure dans « situation.mesureProtection », ou corrigez « donnePar » (personne, pour un majeur sans mesure).`,
  'PAG-SITUATION-003#1':
    'Mesure de représentation sans personne chargée de la mesure : ajoutez « personneChargee » (nom, fonction), celle qui peut consentir quand la personne ne le peut pas (L. 146-9).',
  'PAG-SITUATION-004#1': 'Mesure de représentation : préciser si elle s’étend à la personne.',
  'PAG-SITUATION-005#1':
    'Titulaire de l’autorité parentale sans qualité : renseignez « lien » (MTH mère, FTH père… du jeu JDV_J11) ou, pour une délégation de l’autorité parentale, « delegataire » (service-ase-departement, etablissement-agree, tiers).',
  'PAG-SITUATION-006#1':
    'Rôle « personne-habilitee » pour une mesure qui n’est pas une habilitation familiale : corrigez le type de mesure (HABILITATION_FAMILIALE_REPRESENTATION ou HABILITATION_FAMILIALE_ASSISTANCE) ou le rôle.',
  'PAG-SITUATION-006#2':
    'Rôle « mandataire-protection-future » pour une mesure qui n’est pas un mandat de protection future : corrigez le type de mesure (MANDAT_PROTECTION_FUTURE) ou le rôle.',
  'PAG-SITUATION-006#3':
    '« roleProtecteur » (TRE_R217) et « roleProtecteurHorsTre » sont tous deux renseignés : gardez celui qui décrit la mesure, « roleProtecteurHorsTre » pour une personne habilitée ou un mandataire de protection future.',
  'PAG-LIEUVIE-001#1': (p) =>
    `Amendement Creton pour un lieu de vie « ${p.type} » : il ne s’applique qu’au maintien dans un ESMS pour enfants ; mettez « type » à esms-enfants ou retirez « amendementCreton ».`,
  'PAG-LIEUVIE-002#1':
    'Maintien au titre de l’amendement Creton déclaré pour une personne de moins de vingt ans à la date de référence : vérifiez la date de naissance ou la situation (l’accueil au-delà de l’agrément peut relever d’une dérogation).',
  'PAG-LIEUVIE-003#1': 'Lieu de vie à l’étranger sans pays : renseignez « pays » (BE pour la Belgique).',
  'PAG-LIEUVIE-003#2': 'Lieu de vie « à l’étranger » situé en France (FR) : corrigez « pays » ou le type de lieu de vie.',
  'PAG-SUIVI-001#1': (p) =>
    `Aucun coordonnateur de parcours (section suivi absente) pour un PAG au statut « ${p.statut} » : le PAG désigne un coordonnateur de parcours parmi les opérateurs engagés (L. 114-1-1) ; ajoutez « suivi » avec « coordonnateurParcours ».`,
  'PAG-SUIVI-002#1': (p) =>
    `Le coordonnateur de parcours est rattaché à l’engagement « ${p.identifiantEngagement} », qui n’existe pas dans le PAG : le coordonnateur est choisi parmi les opérateurs engagés (L. 114-1-1), donnez l’identifiant de son engagement.`,
  'PAG-SUIVI-003#1': (p) =>
    `Prochaine révision le ${p.revision}, au-delà de douze mois après la validation du ${p.validation} (au plus tard le ${p.limit}) : avancez « dateProchaineRevision » ; le PAG est actualisé au moins une fois par an.`,
  'PAG-SUIVI-004#1': (p) =>
    `Prochaine révision (${p.revision}) antérieure ou égale à la validation (${p.validation}) : donnez une date de révision postérieure à la validation, dans les douze mois.`,
  'PAG-SUIVI-005#1': (p) =>
    `La révision prévue le ${p.revision} est passée (date de référence ${p.referenceDate}) : révisez le PAG (nouveau PAG avec « pagPrecedent ») ou, si la révision a été reportée, mettez à jour « dateProchaineRevision ».`,
  'PAG-SUIVI-006#1': (p) => `Prochaine révision le ${p.revision}, plus de douze mois après l’élaboration du ${p.elaboration} : prévoyez-la au plus tard le ${p.limit}.`,
});
