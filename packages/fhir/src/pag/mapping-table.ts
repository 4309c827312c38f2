/**
 * The element-by-element table of the PAG ⇄ FHIR mapping, as data. The guide
 * « Échanger un PAG en FHIR » prints it (generated between markers), and a
 * test proves that every field of the published PAG schema is covered by a
 * row, and that every project extension named here exists.
 *
 * La table de correspondance, élément par élément.
 */

/** Where the FHIR side of a row comes from. */
export type MappingSource =
  /** A TDDUI profile or extension (shape reused, `meta.profile` not claimed). */
  | 'tddui'
  /** An FR Core convention. */
  | 'fr-core'
  /** A core FHIR R4 element. */
  | 'fhir'
  /** A project extension (canonical URL under the project's base). */
  | 'projet';

/** One row of the table. */
export interface MappingRow {
  /** PAG path (`[]` for each list item); a row covers its path and everything under it. */
  readonly pag: string;
  /** FHIR element. */
  readonly fhir: string;
  /** Origin of the FHIR element. */
  readonly source: MappingSource;
  /** Project extension id, for `source: 'projet'`. */
  readonly extension?: string;
  /** French note. */
  readonly note?: string;
  /** English note. */
  readonly noteEn?: string;
  /** The choice rests on an inference (no published source says it): shown as INFERRED. */
  readonly inferred?: boolean;
}

const SD = 'CarePlan.extension';

/** The rows, in the order of the PAG document. */
export const PAG_FHIR_MAPPING: readonly MappingRow[] = [
  { pag: '$schema', fhir: `${SD}(pag-document).schema`, source: 'projet', extension: 'pag-document' },
  {
    pag: 'typeDocument',
    fhir: 'CarePlan.category = type-plan#pag',
    source: 'projet',
    note: 'Constante : le CarePlan de catégorie « pag » est le PAG.',
    noteEn: 'Constant: the CarePlan of category “pag” is the PAG.',
  },
  { pag: 'versionSchema', fhir: `${SD}(pag-document).versionSchema`, source: 'projet', extension: 'pag-document' },
  {
    pag: 'identifiant',
    fhir: 'CarePlan.identifier (système …/sid/pag/<département>)',
    source: 'fhir',
    inferred: true,
    note: 'Aucun système d’identifiants MDPH publié par l’ANS.',
    noteEn: 'No MDPH identifier system is published by the ANS.',
  },
  { pag: 'mdph.departement', fhir: 'CarePlan.author → Organization.identifier (…/sid/mdph)', source: 'fhir', inferred: true },
  { pag: 'mdph.nom', fhir: 'Organization.name', source: 'fhir' },
  { pag: 'mdph.finess', fhir: 'Organization.identifier (urn:oid:1.2.250.1.71.4.2.2)', source: 'fr-core' },
  {
    pag: 'statut',
    fhir: 'CarePlan.status + CarePlan.intent',
    source: 'fhir',
    inferred: true,
    note: 'brouillon = draft/proposal, elabore = active/proposal, valide = active/plan, termine = completed/plan.',
    noteEn: 'brouillon = draft/proposal, elabore = active/proposal, valide = active/plan, termine = completed/plan.',
  },
  { pag: 'dateElaboration', fhir: 'CarePlan.created', source: 'fhir' },
  {
    pag: 'dateValidation',
    fhir: 'CarePlan.period.start',
    source: 'fhir',
    note: 'Dans pag-document quand la fin précède le début.',
    noteEn: 'In pag-document when the end is before the start.',
  },
  { pag: 'dateFin', fhir: 'CarePlan.period.end', source: 'fhir', note: 'Idem.', noteEn: 'Same.' },
  {
    pag: 'motifFin',
    fhir: `${SD}(pag-document).motifFin ; Basic.extension(tddui-decision).droitPrestation.motifFinPAG`,
    source: 'tddui',
    extension: 'pag-document',
    note: 'TRE_R421 ; copié dans chaque décision.',
    noteEn: 'TRE_R421; copied into each decision.',
  },
  { pag: 'finSansValidation', fhir: `${SD}(pag-document).finSansValidation`, source: 'projet', extension: 'pag-document' },
  { pag: 'pagPrecedent', fhir: `${SD}(pag-document).pagPrecedent`, source: 'projet', extension: 'pag-document' },
  { pag: 'validationPlan', fhir: `${SD}(pag-document).validationPlan`, source: 'projet', extension: 'pag-document', note: 'Depuis 1.1.0.', noteEn: 'Since 1.1.0.' },
  {
    pag: 'dateMiseAJour',
    fhir: `${SD}(pag-document).dateMiseAJour`,
    source: 'projet',
    extension: 'pag-document',
    note: 'valueString si le décalage horaire sort de ±14:00.',
    noteEn: 'valueString when the offset is outside ±14:00.',
  },
  {
    pag: 'demande',
    fhir: `${SD}(pag-demande)`,
    source: 'projet',
    extension: 'pag-demande',
    note: 'Le TDDUI n’a pas d’élément pour la demande de PAG.',
    noteEn: 'The TDDUI has no element for the PAG request.',
  },
  { pag: 'situation.personne.identifiantMdph', fhir: 'Patient.identifier (…/sid/personne/<département>)', source: 'fhir', inferred: true },
  { pag: 'situation.personne.nomNaissance', fhir: 'Patient.name[use=official].family', source: 'fr-core' },
  { pag: 'situation.personne.nomUtilise', fhir: 'Patient.name[use=usual].family', source: 'fr-core' },
  { pag: 'situation.personne.prenoms', fhir: 'Patient.name[use=official].given', source: 'fr-core' },
  { pag: 'situation.personne.dateNaissance', fhir: 'Patient.birthDate', source: 'fhir' },
  { pag: 'situation.personne.sexe', fhir: 'Patient.gender', source: 'fhir', inferred: true, note: 'F = female, M = male, I = other.', noteEn: 'F = female, M = male, I = other.' },
  { pag: 'situation.mesureProtection', fhir: `${SD}(pag-situation).mesureProtection`, source: 'projet', extension: 'pag-situation' },
  { pag: 'situation.titulairesAutoriteParentale', fhir: `${SD}(pag-situation).titulairesAutoriteParentale`, source: 'projet', extension: 'pag-situation' },
  { pag: 'situation.emancipation', fhir: `${SD}(pag-situation).emancipation`, source: 'projet', extension: 'pag-situation' },
  { pag: 'situation.suiviAse', fhir: `${SD}(pag-situation).suiviAse`, source: 'projet', extension: 'pag-situation' },
  { pag: 'situation.lieuDeVie', fhir: `${SD}(pag-situation).lieuDeVie`, source: 'projet', extension: 'pag-situation' },
  {
    pag: 'situation.aidants',
    fhir: `${SD}(pag-situation).aidants`,
    source: 'projet',
    extension: 'pag-situation',
    inferred: true,
    note: 'Un RelatedPerson par aidant serait possible ; l’extension garde ses besoins et soutiens ensemble.',
    noteEn: 'One RelatedPerson per carer would be possible; the extension keeps their needs and support together.',
  },
  {
    pag: 'situation.droitsPrestations[].codeDroitPrestation',
    fhir: 'CarePlan.supportingInfo → Basic.extension(tddui-decision).droitPrestation.categorieDroitPrestation (J401) + typeDroitPrestation (J402)',
    source: 'tddui',
    note: 'existencePAG = true ; éléments TDDUI obligatoires absents du PAG en data-absent-reason.',
    noteEn: 'existencePAG = true; TDDUI-required elements the PAG lacks as data-absent-reason.',
  },
  { pag: 'situation.droitsPrestations[].libelle', fhir: '… typeDroitPrestation (ou categorieDroitPrestation).coding.display', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].qualificationOrientation', fhir: '… detailPrestation.qualificationOrientation (J404)', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].precisionOrientation', fhir: '… detailPrestation.precisionOrientation (J408 : TRE_R426, TRE_R408, TRE_R278)', source: 'tddui' },
  {
    pag: 'situation.droitsPrestations[].categorieDroitPrestation',
    fhir: 'Basic.extension(pag-droit).categorieDroitPrestation',
    source: 'projet',
    extension: 'pag-droit',
    note: 'La décision TDDUI déduit toujours la catégorie du type ; la catégorie écrite par le PAG est gardée à part.',
    noteEn: 'The TDDUI decision always derives the category from the type; the one the PAG writes is kept apart.',
  },
  {
    pag: 'situation.droitsPrestations[].typeDecision',
    fhir: '… tddui-decision.typeDecision (J398) + droitPrestation.natureDroitPrestation (J400) ; Basic.extension(pag-droit).typeDecision',
    source: 'tddui',
    extension: 'pag-droit',
    note: '1 → (1, 1) ; 6, 7 → (1, 6 ou 7) ; 5 → (5, nature absente) ; 2, 3, 4 → pag-droit (absents de J398).',
    noteEn: '1 → (1, 1); 6, 7 → (1, 6 or 7); 5 → (5, no nature); 2, 3, 4 → pag-droit (not in J398).',
  },
  {
    pag: 'situation.droitsPrestations[].existencePAG',
    fhir: '… droitPrestation.existencePAG ; Basic.extension(pag-droit).existencePAG',
    source: 'tddui',
    extension: 'pag-droit',
    note: 'true quand le PAG ne le dit pas.',
    noteEn: 'true when the PAG does not say.',
  },
  { pag: 'situation.droitsPrestations[].creton', fhir: '… droitPrestation.creton', source: 'tddui' },
  {
    pag: 'situation.droitsPrestations[].temporaliteAccueil',
    fhir: '… detailPrestation.temporaliteAccueil (J30) ; Basic.extension(pag-droit).temporaliteAccueil',
    source: 'tddui',
    extension: 'pag-droit',
    note: 'Une seule dans la décision TDDUI ; les deux, quand la notification les ouvre, dans pag-droit (data-absent-reason dans la décision).',
    noteEn: 'One in the TDDUI decision; both, when the notification opens both, in pag-droit (data-absent-reason in the decision).',
  },
  { pag: 'situation.droitsPrestations[].modePriseCharge', fhir: '… detailPrestation.priseCharge.modePriseCharge (J264), une priseCharge par mode', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].accueilSequentiel', fhir: '… detailPrestation.accueilSequentiel', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].identifiantDecision', fhir: 'Basic.identifier[use=official] (…/sid/decision/<département>)', source: 'tddui', inferred: true },
  { pag: 'situation.droitsPrestations[].dateDecision', fhir: '… tddui-decision.dateDecision', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].dateOuverture', fhir: '… droitPrestation.dateOuverture', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].dateEcheance', fhir: '… droitPrestation.dateEcheance', source: 'tddui' },
  { pag: 'situation.droitsPrestations[].structureAccueil', fhir: '… detailPrestation.structureAccueil → Organization (name, FINESS)', source: 'tddui' },
  { pag: 'contexte.historique', fhir: `${SD}(pag-contexte).historique`, source: 'projet', extension: 'pag-contexte' },
  { pag: 'contexte.situationActuelle', fhir: `${SD}(pag-contexte).situationActuelle`, source: 'projet', extension: 'pag-contexte' },
  { pag: 'contexte.demarches', fhir: `${SD}(pag-contexte).demarches`, source: 'projet', extension: 'pag-contexte' },
  {
    pag: 'contexte.projetVie',
    fhir: `${SD}(pag-contexte).projetVie`,
    source: 'projet',
    extension: 'pag-contexte',
    note: 'Forme de la classe TDDUI ProjetVie (profil Goal tddui-goal-projet-vie), portée en extension : le TDDUI la rattache au projet personnalisé de l’ESMS, pas au PAG.',
    noteEn: 'Shape of the TDDUI ProjetVie class (Goal profile), carried as an extension: the TDDUI attaches it to the ESMS care plan, not to the PAG.',
  },
  { pag: 'contexte.attentes', fhir: `${SD}(pag-contexte).attentes`, source: 'projet', extension: 'pag-contexte', note: 'Classe TDDUI Attente.', noteEn: 'TDDUI Attente class.' },
  {
    pag: 'contexte.objectifs',
    fhir: `${SD}(pag-contexte).objectifs`,
    source: 'projet',
    extension: 'pag-contexte',
    note: 'Classe TDDUI Objectif.',
    noteEn: 'TDDUI Objectif class.',
  },
  { pag: 'contexte.avisSolutions', fhir: `${SD}(pag-contexte).avisSolutions`, source: 'projet', extension: 'pag-contexte' },
  {
    pag: 'contexte.besoins[].besoin',
    fhir: 'ServiceRequest.category (J285), basedOn le CarePlan',
    source: 'tddui',
    note: 'CNSA 2018 : Coding du système cnsa-2018 du projet, avec sa traduction ANS 2023 ; « ans-2023 » explicite : Coding.version 2023.1.0.',
    noteEn: 'CNSA 2018: Coding of the project’s cnsa-2018 system, with its ANS 2023 translation; explicit “ans-2023”: Coding.version 2023.1.0.',
  },
  { pag: 'contexte.besoins[].precision', fhir: 'ServiceRequest.note.text', source: 'tddui' },
  { pag: 'engagements[].identifiant', fhir: 'CarePlan.activity.reference → Task(engagement).identifier', source: 'fhir' },
  { pag: 'engagements[].operateur.type', fhir: 'Task.owner → Organization.type (type-operateur)', source: 'projet' },
  { pag: 'engagements[].operateur.nom', fhir: 'Organization.name', source: 'fhir' },
  { pag: 'engagements[].operateur.finess', fhir: 'Organization.identifier (FINESS)', source: 'fr-core' },
  { pag: 'engagements[].operateur.categorieEtablissement', fhir: 'Organization.type (TRE_R66)', source: 'fr-core' },
  { pag: 'engagements[].operateur.siret', fhir: 'Organization.identifier (https://sirene.fr)', source: 'fr-core' },
  { pag: 'engagements[].operateur.organismeGestionnaire', fhir: 'Organization.extension(pag-operateur)', source: 'projet', extension: 'pag-operateur' },
  { pag: 'engagements[].operateur.contact', fhir: 'Organization.extension(pag-operateur).contact', source: 'projet', extension: 'pag-operateur' },
  {
    pag: 'engagements[].prestations[].prestation',
    fhir: 'Task(prestation).input:typePrestation (J284, ou transport J282), partOf l’engagement',
    source: 'tddui',
    note: 'Absent pour une intervention sans code SERAFIN-PH (depuis 1.1.0).',
    noteEn: 'Absent for an intervention without a SERAFIN-PH code (since 1.1.0).',
  },
  { pag: 'engagements[].prestations[].precision', fhir: 'Task.input (entree-tache#precision).valueString', source: 'projet' },
  { pag: 'engagements[].prestations[].nature', fhir: 'Task.input:titre (et Task.description)', source: 'tddui' },
  { pag: 'engagements[].prestations[].domaine', fhir: 'Task.input (entree-tache#domaine).valueCode', source: 'projet' },
  {
    pag: 'engagements[].prestations[].frequence',
    fhir: 'Task.input (entree-tache#frequence).valueTiming',
    source: 'projet',
    note: 'quinzaine = 2 wk, trimestre = 3 mo, semestre = 6 mo.',
    noteEn: 'quinzaine (fortnight) = 2 wk, trimestre = 3 mo, semestre = 6 mo.',
  },
  {
    pag: 'engagements[].dateDebut',
    fhir: 'Task.executionPeriod.start',
    source: 'tddui',
    note: 'Dans pag-engagement quand la fin précède le début.',
    noteEn: 'In pag-engagement when the end is before the start.',
  },
  { pag: 'engagements[].dateFin', fhir: 'Task.executionPeriod.end', source: 'tddui' },
  { pag: 'engagements[].prerequis', fhir: 'Task.extension(pag-engagement).prerequis', source: 'projet', extension: 'pag-engagement' },
  { pag: 'engagements[].derogations', fhir: 'Task.extension(pag-engagement).derogations', source: 'projet', extension: 'pag-engagement' },
  { pag: 'engagements[].financementsComplementaires', fhir: 'Task.extension(pag-engagement).financementsComplementaires', source: 'projet', extension: 'pag-engagement' },
  { pag: 'engagements[].signature', fhir: 'Task.extension(pag-engagement).signature', source: 'projet', extension: 'pag-engagement' },
  {
    pag: 'suivi.coordonnateurParcours.identifiantEngagement',
    fhir: 'CarePlan.careTeam → CareTeam.participant.member → PractitionerRole.extension(pag-coordonnateur) (+ organization)',
    source: 'projet',
    extension: 'pag-coordonnateur',
  },
  { pag: 'suivi.coordonnateurParcours.nom', fhir: 'Practitioner.name.family', source: 'fhir' },
  { pag: 'suivi.coordonnateurParcours.prenom', fhir: 'Practitioner.name.given', source: 'fhir' },
  { pag: 'suivi.coordonnateurParcours.fonction', fhir: 'PractitionerRole.code.text', source: 'fhir' },
  { pag: 'suivi.coordonnateurParcours.telephone', fhir: 'PractitionerRole.telecom[system=phone]', source: 'fhir' },
  { pag: 'suivi.coordonnateurParcours.courriel', fhir: 'PractitionerRole.telecom[system=email]', source: 'fhir' },
  { pag: 'suivi.rythme', fhir: `${SD}(pag-suivi).rythme (Timing)`, source: 'projet', extension: 'pag-suivi' },
  { pag: 'suivi.modalites', fhir: `${SD}(pag-suivi).modalites`, source: 'projet', extension: 'pag-suivi' },
  { pag: 'suivi.dateProchaineRevision', fhir: `${SD}(pag-suivi).dateProchaineRevision`, source: 'projet', extension: 'pag-suivi' },
  {
    pag: 'consentement.accordPrealable.date',
    fhir: 'CarePlan.supportingInfo → Consent(type-accord#accord-prealable).dateTime',
    source: 'fhir',
    note: 'policyRule « CASF, art. L. 114-1-1 ».',
    noteEn: 'policyRule “CASF, art. L. 114-1-1”.',
  },
  { pag: 'consentement.accordPrealable', fhir: 'Consent.extension(pag-accord) ; performer', source: 'projet', extension: 'pag-accord' },
  {
    pag: 'consentement.accordExpres.date',
    fhir: 'Consent(type-accord#accord-expres).dateTime',
    source: 'fhir',
    note: 'policyRule « CASF, art. L. 146-9 ».',
    noteEn: 'policyRule “CASF, art. L. 146-9”.',
  },
  { pag: 'consentement.accordExpres', fhir: 'Consent.extension(pag-accord) ; performer', source: 'projet', extension: 'pag-accord' },
  { pag: 'annexes.emploiDuTemps[].jour', fhir: 'CarePlan.activity.detail.scheduledTiming.repeat.dayOfWeek', source: 'fhir' },
  { pag: 'annexes.emploiDuTemps[].heureDebut', fhir: '… repeat.timeOfDay', source: 'fhir' },
  {
    pag: 'annexes.emploiDuTemps[].heureFin',
    fhir: '… repeat.duration (min)',
    source: 'fhir',
    note: 'Durée jusqu’à la fin réelle : le lendemain pour finLendemain (20:00 → 08:00 = 720), minuit pour 00:00 après un début plus tardif (21:00 → 00:00 = 180) ; dans pag-creneau seulement quand la durée ne peut pas la donner.',
    noteEn:
      'Duration to the real end: the next day for finLendemain (20:00 → 08:00 = 720), midnight for 00:00 after a later start (21:00 → 00:00 = 180); in pag-creneau only when the duration cannot give it.',
  },
  { pag: 'annexes.emploiDuTemps[].prestation', fhir: 'CarePlan.activity.detail.code', source: 'fhir' },
  { pag: 'annexes.emploiDuTemps[].identifiantEngagement', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  { pag: 'annexes.emploiDuTemps[].lieu', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  { pag: 'annexes.emploiDuTemps[].precisionLieu', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  { pag: 'annexes.emploiDuTemps[].intervenant', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  { pag: 'annexes.emploiDuTemps[].nature', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  {
    pag: 'annexes.emploiDuTemps[].finLendemain',
    fhir: 'CarePlan.activity.detail.extension(pag-creneau)',
    source: 'projet',
    extension: 'pag-creneau',
    note: 'La durée passe alors minuit ; lu sans pag-creneau, un début + durée au-delà de minuit donne finLendemain.',
    noteEn: 'The duration then runs past midnight; read without pag-creneau, a start + duration beyond midnight gives finLendemain.',
  },
  { pag: 'annexes.emploiDuTemps[].alternance', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  { pag: 'annexes.emploiDuTemps[].periode', fhir: 'CarePlan.activity.detail.extension(pag-creneau)', source: 'projet', extension: 'pag-creneau' },
  { pag: 'annexes.nomenclature', fhir: `${SD}(pag-annexes).nomenclature`, source: 'projet', extension: 'pag-annexes' },
  { pag: 'annexes.referencesLegales', fhir: `${SD}(pag-annexes).referencesLegales`, source: 'projet', extension: 'pag-annexes' },
  { pag: 'annexes.autresAnnexes', fhir: `${SD}(pag-annexes).autresAnnexes`, source: 'projet', extension: 'pag-annexes' },
  { pag: 'extensions', fhir: `${SD}(pag-extensions-editeur)`, source: 'projet', extension: 'pag-extensions-editeur', note: 'Valeur en JSON.', noteEn: 'Value as JSON.' },
];

/** What does not come back byte for byte, and why (nothing is lost). */
export const PAG_FHIR_NORMALISATIONS: readonly { readonly pag: string; readonly fr: string; readonly en: string }[] = [
  {
    pag: 'extensions',
    fr: 'Valeurs des extensions d’éditeur : relues par JSON.parse(JSON.stringify(valeur)) (une valeur undefined en mémoire disparaît, comme dans tout fichier JSON).',
    en: 'Vendor extension values: read back as JSON.parse(JSON.stringify(value)) (an in-memory undefined disappears, as in any JSON file).',
  },
];
