/**
 * The project extensions of the PAG ⇄ FHIR mapping, as data: canonical URL,
 * context, titles and fields. The codec ({@link encodeObject}), the
 * StructureDefinitions (`packages/fhir/fhir/`) and the docs pages are all
 * derived from these definitions.
 *
 * Les extensions du projet, décrites une fois.
 */
import type { FieldSpec, ObjectSpec } from './object-extension.js';
import { extensionUrl } from './urls.js';

/** One project extension. */
export interface PagExtensionDefinition {
  /** Id of the StructureDefinition (kebab-case). */
  readonly id: string;
  /** Canonical URL, under the project's base. */
  readonly url: string;
  /** FHIR elements the extension may sit on (`CarePlan`, `CarePlan.activity.detail`…). */
  readonly context: readonly string[];
  /** French title. */
  readonly title: string;
  /** English title. */
  readonly titleEn: string;
  /** French description: what it carries and why no FHIR or TDDUI element does. */
  readonly description: string;
  /** English description. */
  readonly descriptionEn: string;
  /** The PAG element(s) it carries (JSON paths in the PAG document). */
  readonly pagElements: readonly string[];
  /** PAG paths the sub-extensions are relative to (`demande`, `engagements[]`; `''` for the document root). */
  readonly bases: readonly string[];
  /** Its sub-extensions. */
  readonly spec: ObjectSpec;
}

/** The id of a project extension and its canonical URL, which is made from the id. */
const named = <I extends string>(id: I): { readonly id: I; readonly url: string } => ({ id, url: extensionUrl(id) });

const s = (name: string, fr: string, en: string): FieldSpec => ({ name, type: 'string', fr, en });
const c = (name: string, fr: string, en: string): FieldSpec => ({ name, type: 'code', fr, en });
const d = (name: string, fr: string, en: string): FieldSpec => ({ name, type: 'date', fr, en });
const b = (name: string, fr: string, en: string): FieldSpec => ({ name, type: 'boolean', fr, en });

const PROFESSIONNEL: ObjectSpec = {
  fields: [
    s('nom', 'Nom de famille.', 'Family name.'),
    s('prenom', 'Prénom.', 'Given name.'),
    s('fonction', 'Fonction ou métier.', 'Position or profession.'),
    s('institution', 'Institution ou structure employeuse.', 'Employing institution.'),
    s('telephone', 'Téléphone professionnel.', 'Work phone.'),
    s('courriel', 'Adresse électronique professionnelle.', 'Work e-mail.'),
  ],
};

const REFERENCE_TEXTE: ObjectSpec = {
  fields: [
    s('intitule', 'Intitulé du texte.', 'Title of the text.'),
    { name: 'url', type: 'uri', fr: 'Adresse web du texte.', en: 'Web address of the text.' },
    d('date', 'Date du texte.', 'Date of the text.'),
  ],
};

const PARTICIPANT: ObjectSpec = {
  fields: [
    c('qualite', 'Qualité du participant (professionnel, personne-concernee, representant-legal, proche-aidant, pair-aidant, autre).', 'Capacity of the participant.'),
    s('nom', 'Nom de famille.', 'Family name.'),
    s('prenom', 'Prénom.', 'Given name.'),
    s('institution', 'Institution représentée.', 'Institution represented.'),
    s('fonction', 'Fonction dans l’institution.', 'Position in the institution.'),
    b('peutEngagerInstitution', 'Peut engager son institution.', 'Can commit the institution.'),
    b('present', 'Présent.', 'Attended.'),
    s('precision', 'Précision sur la qualité ou le lien.', 'Detail on the capacity or relationship.'),
  ],
};

const CODE_SERAFIN: ObjectSpec = {
  fields: [
    c('code', 'Code SERAFIN-PH.', 'SERAFIN-PH code.'),
    c('numerotation', 'Numérotation (ans-2023, cnsa-2018).', 'Numbering.'),
    s('libelle', 'Libellé joint.', 'Label given.'),
  ],
};

const ACCORD_TITULAIRE: ObjectSpec = {
  fields: [
    c('lien', 'Lien, JDV_J11.', 'Relationship, JDV_J11.'),
    c('delegataire', 'Délégataire (service-ase-departement, etablissement-agree, tiers).', 'Delegate.'),
    s('nom', 'Nom.', 'Family name.'),
    s('prenom', 'Prénom.', 'Given name.'),
    c('reponse', 'accord, refus, non-recueilli.', 'Answer.'),
    d('date', 'Date de la réponse.', 'Date of the answer.'),
    s('precision', 'Précision.', 'Detail.'),
  ],
};

const AVIS: ObjectSpec = {
  fields: [
    c('sens', 'favorable, favorable-avec-reserves, defavorable, non-exprime.', 'Sense of the view.'),
    s('expression', 'Avis exprimé.', 'View expressed.'),
    d('date', 'Date.', 'Date.'),
    s('modalites', 'Modalités du recueil.', 'How it was collected.'),
  ],
};

/** Every project extension of the mapping. */
export const PAG_EXTENSIONS = {
  document: {
    ...named('pag-document'),
    bases: [''],
    context: ['CarePlan'],
    title: 'PAG : données du document',
    titleEn: 'PAG: document data',
    description:
      'Données propres au document PAG sans élément FHIR équivalent : schéma et version, date de mise à jour, motif de fin (TRE_R421, aussi porté par la décision TDDUI quand il y a des droits), fin sans validation, PAG précédent ; et les dates de validation et de fin quand elles ne forment pas une période FHIR valide (fin avant le début).',
    descriptionEn:
      'Data of the PAG document with no FHIR equivalent: schema and version, last update, end reason (TRE_R421, also in the TDDUI decision when there are rights), end without validation, previous PAG; and the validation and end dates when they do not make a valid FHIR period (end before start).',
    pagElements: ['$schema', 'versionSchema', 'dateMiseAJour', 'motifFin', 'finSansValidation', 'pagPrecedent', 'validationPlan', 'dateValidation', 'dateFin'],
    spec: {
      fields: [
        { name: 'schema', key: '$schema', type: 'uri', fr: 'Adresse du schéma JSON du document ($schema).', en: 'JSON Schema address of the document ($schema).' },
        c('versionSchema', 'Version du schéma PAG (1.0.0, 1.1.0).', 'PAG schema version.'),
        { name: 'dateMiseAJour', type: 'dateTime', fr: 'Date et heure de la dernière modification.', en: 'Last modification.' },
        c('motifFin', 'Motif de fin du PAG, code TRE_R421.', 'End reason, TRE_R421 code.'),
        c('finSansValidation', 'Fin sans validation (refus-accord-expres, refus-accord-prealable, sans-suite, retrait-demande).', 'End without validation.'),
        {
          name: 'pagPrecedent',
          type: {
            fields: [
              s('identifiant', 'Identifiant du PAG précédent.', 'Previous PAG identifier.'),
              d('dateValidation', 'Date de validation du PAG précédent.', 'Validation date of the previous PAG.'),
            ],
          },
          fr: 'PAG révisé ou remplacé.',
          en: 'PAG revised or replaced.',
        },
        {
          name: 'validationPlan',
          type: {
            fields: [
              c(
                'instance',
                'Instance qui a validé le plan (cdaph, cdaph-formation-restreinte, equipe-pluridisciplinaire, direction-mdph, autre).',
                'Body that validated the plan.',
              ),
              s('precisionInstance', 'Précision sur l’instance.', 'Detail on the body.'),
              s('identifiantDecision', 'Identifiant de la décision de validation.', 'Identifier of the validation decision.'),
              d('dateDecision', 'Date de la décision de validation.', 'Date of the validation decision.'),
            ],
          },
          fr: 'Qui a validé le plan et par quelle décision (depuis 1.1.0).',
          en: 'Who validated the plan and by which decision (since 1.1.0).',
        },
        d(
          'dateValidation',
          'Date de validation, seulement quand elle ne peut pas être CarePlan.period.start (fin antérieure).',
          'Validation date, only when it cannot be CarePlan.period.start.',
        ),
        d('dateFin', 'Date de fin, seulement quand elle ne peut pas être CarePlan.period.end.', 'End date, only when it cannot be CarePlan.period.end.'),
      ],
    },
  },
  demande: {
    ...named('pag-demande'),
    bases: ['demande'],
    context: ['CarePlan'],
    title: 'PAG : section 1, à la demande de qui',
    titleEn: 'PAG: section 1, the request',
    description:
      'Origine de la demande, déclencheurs (CASF, L. 114-1-1), priorité Comex, nature de la demande et concertations (GOS, réunions de synthèse, échanges) : le TDDUI n’a pas d’élément pour la demande de PAG.',
    descriptionEn: 'Who asked, triggers (CASF L. 114-1-1), Comex priority, kind of request and meetings: the TDDUI has no element for the PAG request.',
    pagElements: ['demande'],
    spec: {
      fields: [
        c('demandeur', 'Qui demande ou propose le PAG.', 'Who asks for the PAG.'),
        c('origine', 'Forme 1.0.0 dépréciée de l’origine.', 'Deprecated 1.0.0 origin.'),
        d('dateDemande', 'Date de la demande.', 'Request date.'),
        { ...c('declencheurs', 'Situation de l’article L. 114-1-1 (une sous-extension par déclencheur).', 'Trigger (one sub-extension each).'), many: true, requiredList: true },
        {
          name: 'prioriteComex',
          type: {
            fields: [
              c('categorie', 'Catégorie de la priorité.', 'Priority category.'),
              s('libelle', 'Intitulé délibéré.', 'Title as deliberated.'),
              { name: 'deliberation', type: REFERENCE_TEXTE, fr: 'Délibération.', en: 'Deliberation.' },
            ],
          },
          fr: 'Priorité Comex.',
          en: 'Comex priority.',
        },
        c('natureDemande', 'Première demande, demande de révision, révision prévue.', 'First request or revision.'),
        {
          name: 'alerte',
          type: {
            fields: [
              c('emetteur', 'Qui a donné l’alerte (esms, ase, famille, protecteur…).', 'Who raised the alert.'),
              s('precisionEmetteur', 'Structure ou service.', 'Structure or service.'),
              d('date', 'Date de l’alerte.', 'Date of the alert.'),
              s('situation', 'Situation signalée.', 'Situation reported.'),
            ],
          },
          fr: 'Alerte (1.1.0).',
          en: 'Alert (1.1.0).',
        },
        { name: 'referentPag', type: PROFESSIONNEL, fr: 'Référent PAG de la MDPH (1.1.0).', en: 'MDPH PAG referent (1.1.0).' },
        { name: 'pilote', type: PROFESSIONNEL, fr: 'Pilote de la situation (1.1.0).', en: 'Pilot of the situation (1.1.0).' },
        {
          name: 'concertations',
          many: true,
          requiredList: true,
          type: {
            fields: [
              c('type', 'gos, reunion-synthese, echanges.', 'Kind of meeting.'),
              d('date', 'Date.', 'Date.'),
              { name: 'participants', type: PARTICIPANT, many: true, requiredList: true, fr: 'Participant.', en: 'Participant.' },
              s('synthese', 'Synthèse.', 'Summary.'),
            ],
          },
          fr: 'Concertation.',
          en: 'Meeting.',
        },
      ],
    },
  },
  contexte: {
    ...named('pag-contexte'),
    bases: ['contexte'],
    context: ['CarePlan'],
    title: 'PAG : section 3, contexte',
    titleEn: 'PAG: section 3, context',
    description: 'Historique, situation actuelle et démarches engagées (les besoins sont des ServiceRequest au format TDDUI).',
    descriptionEn: 'History, current situation and steps taken (needs are TDDUI-shaped ServiceRequests).',
    pagElements: [
      'contexte.historique',
      'contexte.situationActuelle',
      'contexte.demarches',
      'contexte.projetVie',
      'contexte.attentes',
      'contexte.objectifs',
      'contexte.avisSolutions',
    ],
    spec: {
      fields: [
        s('historique', 'Historique.', 'History.'),
        s('situationActuelle', 'Situation actuelle.', 'Current situation.'),
        {
          name: 'demarches',
          many: true,
          requiredList: true,
          type: {
            fields: [
              s('description', 'Démarche.', 'Step.'),
              d('date', 'Date.', 'Date.'),
              c('resultat', 'aboutie, non-aboutie, en-cours.', 'Outcome.'),
              s('motifNonAboutissement', 'Motif de non-réalisation.', 'Why it failed.'),
            ],
          },
          fr: 'Démarche.',
          en: 'Step.',
        },
        {
          name: 'projetVie',
          type: {
            fields: [
              s('identifiant', 'Identifiant (TDDUI idProjetVie).', 'Identifier.'),
              s('titre', 'Titre.', 'Title.'),
              s('aspirations', 'Aspirations (TDDUI aspirationProjetVie).', 'Aspirations.'),
              c('formulePar', 'personne, personne-avec-representant, representant-legal, personne-chargee-mesure-protection.', 'Who formulated it.'),
              d('dateDebut', 'Date (TDDUI dateDebutProjetVie).', 'Date.'),
            ],
          },
          fr: 'Projet de vie (1.1.0 ; forme de la classe TDDUI ProjetVie).',
          en: 'Projet de vie (1.1.0; shape of the TDDUI ProjetVie class).',
        },
        {
          name: 'attentes',
          many: true,
          optionalList: true,
          type: {
            fields: [
              s('identifiant', 'Identifiant.', 'Identifier.'),
              s('description', 'Attente.', 'Expectation.'),
              c('origine', 'Exprimée par.', 'Expressed by.'),
              s('commentaire', 'Commentaire.', 'Comment.'),
            ],
          },
          fr: 'Attente (1.1.0 ; classe TDDUI Attente).',
          en: 'Expectation (1.1.0; TDDUI Attente).',
        },
        {
          name: 'objectifs',
          many: true,
          optionalList: true,
          type: {
            fields: [
              s('identifiant', 'Identifiant.', 'Identifier.'),
              s('titre', 'Titre.', 'Title.'),
              s('description', 'Description.', 'Description.'),
              c('domaine', 'Domaine.', 'Domain.'),
              c('horizon', 'court-terme, moyen-terme, long-terme.', 'Horizon.'),
              d('echeance', 'Échéance.', 'Due date.'),
              s('resultatAttendu', 'Résultat attendu.', 'Expected result.'),
              s('avisPersonne', 'Avis de la personne.', 'Person’s view.'),
              s('strategie', 'Stratégie de mise en œuvre.', 'Strategy.'),
              { name: 'besoins', type: CODE_SERAFIN, many: true, optionalList: true, fr: 'Besoin visé.', en: 'Need addressed.' },
              { ...s('engagements', 'Identifiant d’un engagement qui concourt à l’objectif.', 'Engagement contributing.'), many: true, optionalList: true },
            ],
          },
          fr: 'Objectif (1.1.0 ; classe TDDUI Objectif).',
          en: 'Objective (1.1.0; TDDUI Objectif).',
        },
        {
          name: 'avisSolutions',
          type: {
            fields: [
              c('sens', 'Sens de l’avis.', 'Sense.'),
              s('expression', 'Avis exprimé.', 'View expressed.'),
              d('date', 'Date.', 'Date.'),
              s('recueilliPar', 'Recueilli par.', 'Collected by.'),
            ],
          },
          fr: 'Avis sur les solutions proposées (1.1.0).',
          en: 'View of the solutions proposed (1.1.0).',
        },
      ],
    },
  },
  situation: {
    ...named('pag-situation'),
    bases: ['situation'],
    context: ['CarePlan'],
    title: 'PAG : section 2, situation (protection, autorité parentale, ASE)',
    titleEn: 'PAG: section 2, situation (protection, parental authority, child welfare)',
    description:
      'Mesure de protection juridique, titulaires de l’autorité parentale et suivi ASE : le Patient ne porte que l’identité ; les orientations et droits sont des décisions TDDUI sur Basic.',
    descriptionEn: 'Legal protection, holders of parental authority and child-welfare follow-up: the Patient only holds identity; rights are TDDUI decisions on Basic.',
    pagElements: [
      'situation.mesureProtection',
      'situation.titulairesAutoriteParentale',
      'situation.emancipation',
      'situation.suiviAse',
      'situation.lieuDeVie',
      'situation.aidants',
    ],
    spec: {
      fields: [
        {
          name: 'mesureProtection',
          type: {
            fields: [
              c('type', 'Type de mesure (liste du projet).', 'Kind of measure.'),
              b('avecRepresentationPersonne', 'Représentation relative à la personne.', 'Representation of the person.'),
              d('dateDebut', 'Début.', 'Start.'),
              d('dateFin', 'Fin.', 'End.'),
              c('roleProtecteur', 'TRE_R217 : TUTEUR, CURATEUR, MSVG.', 'TRE_R217 role.'),
              c('roleProtecteurHorsTre', 'personne-habilitee, mandataire-protection-future (1.1.0).', 'Role outside TRE_R217 (1.1.0).'),
              { name: 'personneChargee', type: PROFESSIONNEL, fr: 'Personne chargée de la mesure.', en: 'Person in charge.' },
            ],
          },
          fr: 'Mesure de protection.',
          en: 'Protection measure.',
        },
        {
          name: 'titulairesAutoriteParentale',
          many: true,
          optionalList: true,
          type: {
            fields: [
              c('lien', 'Lien, JDV_J11.', 'Relationship, JDV_J11.'),
              c('delegataire', 'Délégataire de l’autorité parentale (1.1.0).', 'Delegate of parental authority (1.1.0).'),
              s('nom', 'Nom.', 'Family name.'),
              s('prenom', 'Prénom.', 'Given name.'),
              s('precision', 'Précision.', 'Detail.'),
            ],
          },
          fr: 'Titulaire de l’autorité parentale.',
          en: 'Holder of parental authority.',
        },
        {
          name: 'suiviAse',
          type: {
            fields: [
              c('natureMesure', 'administrative ou judiciaire.', 'Administrative or judicial.'),
              b('accueilHorsFamille', 'Accueil hors de la famille.', 'Placed outside the family.'),
              s('service', 'Service ASE.', 'Service.'),
              { name: 'referent', type: PROFESSIONNEL, fr: 'Référent.', en: 'Referent.' },
              d('dateDebut', 'Début du suivi.', 'Start.'),
            ],
          },
          fr: 'Suivi ASE.',
          en: 'Child welfare follow-up.',
        },
        {
          name: 'emancipation',
          type: { fields: [d('date', 'Date du jugement d’émancipation.', 'Date of the emancipation judgment.'), s('precision', 'Précision.', 'Detail.')] },
          fr: 'Émancipation d’un mineur (Code civil, art. 413-2 ; 1.1.0).',
          en: 'Emancipation of a minor (Civil Code, art. 413-2; 1.1.0).',
        },
        {
          name: 'lieuDeVie',
          type: {
            fields: [
              c('type', 'Type de lieu de vie.', 'Kind of place of life.'),
              d('depuis', 'Depuis.', 'Since.'),
              b('adapte', 'Adapté aux besoins.', 'Suited to the needs.'),
              b('amendementCreton', 'Amendement Creton.', 'Creton amendment.'),
              c('pays', 'Pays, ISO 3166-1 alpha-2.', 'Country, ISO 3166-1 alpha-2.'),
              { name: 'structure', type: { fields: [s('nom', 'Nom.', 'Name.'), s('finess', 'FINESS.', 'FINESS.')] }, fr: 'Structure.', en: 'Structure.' },
              s('precision', 'Précision.', 'Detail.'),
            ],
          },
          fr: 'Lieu de vie (1.1.0).',
          en: 'Place of life (1.1.0).',
        },
        {
          name: 'aidants',
          many: true,
          optionalList: true,
          type: {
            fields: [
              s('identifiant', 'Identifiant.', 'Identifier.'),
              c('lien', 'Lien, JDV_J11.', 'Relationship, JDV_J11.'),
              s('precisionLien', 'Précision sur le lien.', 'Relationship detail.'),
              s('nom', 'Nom.', 'Family name.'),
              s('prenom', 'Prénom.', 'Given name.'),
              c('trancheAge', 'Tranche d’âge.', 'Age bracket.'),
              b('cohabitation', 'Vit avec la personne.', 'Lives with the person.'),
              c('situation', 'Situation.', 'Situation.'),
              s('precisionSituation', 'Précision sur la situation.', 'Situation detail.'),
              {
                name: 'besoins',
                many: true,
                optionalList: true,
                type: { fields: [c('nature', 'Besoin.', 'Need.'), s('precision', 'Précision.', 'Detail.')] },
                fr: 'Besoin de l’aidant.',
                en: 'Carer’s need.',
              },
              {
                name: 'soutiensRecus',
                many: true,
                optionalList: true,
                type: { fields: [c('nature', 'Soutien.', 'Support.'), s('organisme', 'Organisme.', 'Provider.'), s('precision', 'Précision.', 'Detail.')] },
                fr: 'Soutien reçu.',
                en: 'Support received.',
              },
            ],
          },
          fr: 'Proche aidant (1.1.0).',
          en: 'Carer (1.1.0).',
        },
      ],
    },
  },
  suivi: {
    ...named('pag-suivi'),
    bases: ['suivi'],
    context: ['CarePlan'],
    title: 'PAG : section 5, suivi',
    titleEn: 'PAG: section 5, follow-up',
    description: 'Rythme (Timing), modalités du suivi et prochaine révision ; le coordonnateur de parcours est dans le CareTeam du plan.',
    descriptionEn: 'Rhythm (Timing), follow-up arrangements and next revision; the care pathway coordinator is in the plan’s CareTeam.',
    pagElements: ['suivi.rythme', 'suivi.modalites', 'suivi.dateProchaineRevision'],
    spec: {
      fields: [
        { name: 'rythme', type: 'timing', fr: 'Rythme du suivi.', en: 'Follow-up rhythm.' },
        s('modalites', 'Modalités.', 'Arrangements.'),
        d('dateProchaineRevision', 'Prochaine révision.', 'Next revision.'),
      ],
    },
  },
  annexes: {
    ...named('pag-annexes'),
    bases: ['annexes'],
    context: ['CarePlan'],
    title: 'PAG : annexes',
    titleEn: 'PAG: annexes',
    description: 'Version de la nomenclature, références légales et autres annexes ; l’emploi du temps est dans CarePlan.activity.detail.scheduledTiming.',
    descriptionEn: 'Nomenclature version, legal references and other annexes; the timetable is in CarePlan.activity.detail.scheduledTiming.',
    pagElements: ['annexes.nomenclature', 'annexes.referencesLegales', 'annexes.autresAnnexes'],
    spec: {
      fields: [
        {
          name: 'nomenclature',
          type: { fields: [{ name: 'systeme', type: 'uri', fr: 'URL de la nomenclature.', en: 'Nomenclature URL.' }, s('version', 'Version.', 'Version.')] },
          fr: 'Nomenclature utilisée.',
          en: 'Nomenclature used.',
        },
        { name: 'referencesLegales', type: REFERENCE_TEXTE, many: true, requiredList: true, fr: 'Référence légale.', en: 'Legal reference.' },
        { name: 'autresAnnexes', type: REFERENCE_TEXTE, many: true, optionalList: true, fr: 'Autre annexe.', en: 'Other annex.' },
      ],
    },
  },
  extensionsEditeur: {
    ...named('pag-extensions-editeur'),
    bases: ['extensions'],
    context: ['CarePlan'],
    title: 'PAG : extensions d’éditeur',
    titleEn: 'PAG: vendor extensions',
    description: 'Le point d’extension « extensions » du document : une entrée par espace de noms, la valeur en JSON. Traité comme donnée personnelle.',
    descriptionEn: 'The document’s “extensions” point: one entry per namespace, the value as JSON. Treated as personal data.',
    pagElements: ['extensions'],
    spec: {
      fields: [
        {
          name: 'entree',
          many: true,
          optionalList: true,
          type: { fields: [s('espaceDeNoms', 'Espace de noms.', 'Namespace.'), s('valeurJson', 'Valeur, en JSON.', 'Value, as JSON.')] },
          fr: 'Entrée.',
          en: 'Entry.',
        },
      ],
    },
  },
  engagement: {
    ...named('pag-engagement'),
    bases: ['engagements[]'],
    context: ['Task'],
    title: 'PAG : article d’engagement',
    titleEn: 'PAG: engagement article',
    description:
      'Prérequis, dérogations mobilisées (référence à une ligne du tableau des délégations de dérogations), financements complémentaires et signature d’un engagement ; et ses dates quand elles ne forment pas une période FHIR valide.',
    descriptionEn:
      'Prerequisites, derogations used (reference to a line of the derogation table), complementary funding and signature of an engagement; and its dates when they do not make a valid FHIR period.',
    pagElements: [
      'engagements[].prerequis',
      'engagements[].derogations',
      'engagements[].financementsComplementaires',
      'engagements[].signature',
      'engagements[].dateDebut',
      'engagements[].dateFin',
    ],
    spec: {
      fields: [
        {
          name: 'prerequis',
          many: true,
          requiredList: true,
          type: {
            fields: [
              c('type', 'Nature du prérequis.', 'Kind.'),
              s('description', 'Description.', 'Description.'),
              c('etat', 'a-lever, en-cours, leve, abandonne.', 'State.'),
              d('dateEcheance', 'Échéance.', 'Due.'),
              d('dateLevee', 'Levée.', 'Lifted.'),
            ],
          },
          fr: 'Prérequis.',
          en: 'Prerequisite.',
        },
        {
          name: 'derogations',
          many: true,
          requiredList: true,
          type: {
            fields: [
              {
                name: 'reference',
                type: { fields: [s('identifiantTableau', 'Identifiant du tableau.', 'Table identifier.'), s('identifiantLigne', 'Identifiant de la ligne.', 'Line identifier.')] },
                fr: 'Ligne du tableau des dérogations.',
                en: 'Line of the derogation table.',
              },
              s('objet', 'Objet.', 'Purpose.'),
              c('statut', 'demandee, accordee, refusee, terminee.', 'Status.'),
              d('dateDebut', 'Début.', 'Start.'),
              d('dateFin', 'Fin.', 'End.'),
              {
                name: 'versionLigne',
                type: 'integer',
                fr: 'Version de la ligne du tableau sur laquelle la dérogation a été accordée.',
                en: 'Version of the table line the derogation was granted on.',
              },
              d('dateAccord', 'Date d’accord.', 'Grant date.'),
              c('autoriteAccord', 'Autorité qui a accordé (dg-ars, president-conseil-departemental, recteur, dasen, autre).', 'Granting authority.'),
              s('precisionAutorite', 'Précision sur l’autorité.', 'Detail on the authority.'),
              { name: 'acte', type: REFERENCE_TEXTE, fr: 'Acte qui accorde la dérogation.', en: 'Act granting the derogation.' },
            ],
          },
          fr: 'Dérogation mobilisée.',
          en: 'Derogation used.',
        },
        {
          name: 'financementsComplementaires',
          many: true,
          requiredList: true,
          type: {
            fields: [
              s('objet', 'Objet.', 'Purpose.'),
              c('financeur', 'ars, conseil-departemental, assurance-maladie, education-nationale, fonds-departemental-compensation, autre.', 'Funder.'),
              s('precisionFinanceur', 'Nom du financeur « autre ».', 'Name of an “other” funder.'),
              { name: 'montantEuros', type: 'decimal', fr: 'Montant en euros.', en: 'Amount in euros.' },
              c('statut', 'demande, accorde, refuse.', 'Status.'),
              d('dateDecision', 'Décision du financeur.', 'Funder decision.'),
            ],
          },
          fr: 'Financement complémentaire.',
          en: 'Complementary funding.',
        },
        {
          name: 'signature',
          type: { fields: [s('nom', 'Nom.', 'Family name.'), s('prenom', 'Prénom.', 'Given name.'), s('fonction', 'Fonction.', 'Position.'), d('date', 'Date.', 'Date.')] },
          fr: 'Signature.',
          en: 'Signature.',
        },
        d('dateDebut', 'Début, seulement quand il ne peut pas être Task.executionPeriod.start.', 'Start, only when it cannot be Task.executionPeriod.start.'),
        d('dateFin', 'Fin, seulement quand elle ne peut pas être Task.executionPeriod.end.', 'End, only when it cannot be Task.executionPeriod.end.'),
      ],
    },
  },
  operateur: {
    ...named('pag-operateur'),
    bases: ['engagements[].operateur'],
    context: ['Organization'],
    title: 'PAG : opérateur',
    titleEn: 'PAG: operator',
    description: 'Organisme gestionnaire et contact de l’opérateur (le nom, le FINESS, le SIRET, le type et la catégorie sont des éléments FHIR).',
    descriptionEn: 'Managing body and contact of the operator (name, FINESS, SIRET, type and category are FHIR elements).',
    pagElements: ['engagements[].operateur.organismeGestionnaire', 'engagements[].operateur.contact'],
    spec: { fields: [s('organismeGestionnaire', 'Organisme gestionnaire.', 'Managing body.'), { name: 'contact', type: PROFESSIONNEL, fr: 'Contact.', en: 'Contact.' }] },
  },
  accord: {
    ...named('pag-accord'),
    bases: ['consentement.accordPrealable', 'consentement.accordExpres'],
    context: ['Consent'],
    title: 'PAG : recueil d’un accord',
    titleEn: 'PAG: how a consent was given',
    description:
      'Auteur de l’accord (la personne, ses parents, son représentant légal, la personne chargée de la mesure de protection), son nom, la forme du recueil, la précision et l’avis de la personne protégée (CASF, L. 146-9).',
    descriptionEn: 'Who gave the consent, their name, how it was collected, details and the protected person’s opinion (CASF L. 146-9).',
    pagElements: ['consentement.accordPrealable', 'consentement.accordExpres'],
    spec: {
      fields: [
        c('donnePar', 'personne, parents, representant-legal, personne-chargee-mesure-protection.', 'Who gave it.'),
        s('nom', 'Nom.', 'Family name.'),
        s('prenom', 'Prénom.', 'Given name.'),
        c('forme', 'ecrit-signe, signature-electronique, oral-trace, autre.', 'Form.'),
        s('precision', 'Précision.', 'Detail.'),
        s('avisPersonneProtegee', 'Avis de la personne protégée (accord exprès).', 'Protected person’s opinion.'),
        {
          name: 'titulaires',
          type: ACCORD_TITULAIRE,
          many: true,
          optionalList: true,
          fr: 'Réponse d’un titulaire de l’autorité parentale (1.1.0).',
          en: 'Answer of a holder of parental authority (1.1.0).',
        },
        { name: 'avisMineur', type: AVIS, fr: 'Avis du mineur (1.1.0).', en: 'Minor’s view (1.1.0).' },
        b('personneApteExprimerVolonte', 'Personne apte à exprimer sa volonté (accord exprès, 1.1.0).', 'Person able to express their will (1.1.0).'),
      ],
    },
  },
  creneau: {
    ...named('pag-creneau'),
    bases: ['annexes.emploiDuTemps[]'],
    context: ['CarePlan.activity.detail'],
    title: 'PAG : créneau de l’emploi du temps',
    titleEn: 'PAG: timetable slot',
    description:
      'Engagement de l’opérateur qui intervient, lieu, précision du lieu et intervenant d’un créneau (jour et heures sont dans scheduledTiming, la durée allant jusqu’à la fin réelle, le lendemain ou minuit compris) ; l’heure de fin quand la durée ne peut pas la donner (ni après le début, ni le lendemain, ni minuit).',
    descriptionEn:
      'Engagement of the operator, place, place detail and professional of a slot (day and hours are in scheduledTiming, the duration running to the real end, the next day or midnight included); the end time when the duration cannot give it (neither after the start, nor the next day, nor midnight).',
    pagElements: [
      'annexes.emploiDuTemps[].identifiantEngagement',
      'annexes.emploiDuTemps[].lieu',
      'annexes.emploiDuTemps[].precisionLieu',
      'annexes.emploiDuTemps[].intervenant',
      'annexes.emploiDuTemps[].nature',
      'annexes.emploiDuTemps[].finLendemain',
      'annexes.emploiDuTemps[].alternance',
      'annexes.emploiDuTemps[].periode',
    ],
    spec: {
      fields: [
        s('identifiantEngagement', 'Identifiant de l’engagement.', 'Engagement identifier.'),
        c('lieu', 'domicile, ecole, esms, autre.', 'Place.'),
        s('precisionLieu', 'Précision du lieu.', 'Place detail.'),
        s('intervenant', 'Intervenant.', 'Professional.'),
        s('nature', 'Ce qui a lieu sur le créneau, notamment sans code SERAFIN-PH.', 'What takes place, notably without a SERAFIN-PH code.'),
        b('finLendemain', 'Le créneau finit le lendemain (nuit) ; l’heure de fin est alors ici.', 'The slot ends the next day (night); the end time is then here.'),
        c('alternance', 'Semaine A ou B (semaine-a, semaine-b).', 'Week A or B.'),
        {
          name: 'periode',
          type: {
            fields: [
              c('type', 'periode-scolaire, vacances-scolaires, sejour-temporaire, autre.', 'Kind of period.'),
              d('dateDebut', 'Début.', 'Start.'),
              d('dateFin', 'Fin.', 'End.'),
              s('precision', 'Précision.', 'Detail.'),
            ],
          },
          fr: 'Période à laquelle le créneau est limité.',
          en: 'Period the slot is limited to.',
        },
        {
          name: 'heureFin',
          type: 'time',
          fr: 'Heure de fin, seulement quand la durée du Timing ne peut pas la donner (ni après le début, ni le lendemain, ni minuit).',
          en: 'End time, only when the Timing duration cannot give it (neither after the start, nor the next day, nor midnight).',
        },
      ],
    },
  },
  droit: {
    ...named('pag-droit'),
    bases: ['situation.droitsPrestations[]'],
    context: ['Basic'],
    title: 'PAG : décision de la CDAPH telle que le PAG l’écrit',
    titleEn: 'PAG: CDAPH decision as the PAG writes it',
    description:
      'Ce que la décision TDDUI ne peut pas rendre sans perte : la catégorie quand le PAG l’écrit lui-même (la décision TDDUI la déduit toujours du type), l’indicateur existencePAG quand le PAG le donne (sinon la décision TDDUI porte true), la temporalité d’accueil quand la notification en ouvre deux (la décision TDDUI n’en porte qu’une), et les types de décision que JDV_J398 ne connaît pas (2 rejet, 3 sursis, 4 non attribution supplémentaire).',
    descriptionEn:
      'What the TDDUI decision cannot carry losslessly: the category when the PAG writes it (the TDDUI decision always derives it from the type), the existencePAG flag when the PAG gives it (otherwise the TDDUI decision has true), the reception temporality when the notification opens both (the TDDUI decision holds one), and the decision types JDV_J398 lacks (2, 3, 4).',
    pagElements: [
      'situation.droitsPrestations[].categorieDroitPrestation',
      'situation.droitsPrestations[].existencePAG',
      'situation.droitsPrestations[].temporaliteAccueil',
      'situation.droitsPrestations[].typeDecision',
    ],
    spec: {
      fields: [
        c('categorieDroitPrestation', 'Catégorie TRE_R420 (niveau 1) écrite par le PAG.', 'TRE_R420 category written by the PAG.'),
        b('existencePAG', 'Décision liée au PAG, telle que le PAG l’écrit.', 'Decision tied to the PAG, as the PAG writes it.'),
        { name: 'temporaliteAccueil', type: 'code', many: true, fr: 'Temporalités d’accueil TRE_R240 notifiées.', en: 'TRE_R240 reception temporalities notified.' },
        c(
          'typeDecision',
          'Type de décision TRE_R327 que la décision TDDUI ne peut pas porter (2 rejet, 3 sursis, 4 non attribution supplémentaire).',
          'TRE_R327 decision type the TDDUI decision cannot hold (2, 3, 4).',
        ),
      ],
    },
  },
  coordonnateur: {
    ...named('pag-coordonnateur'),
    bases: ['suivi.coordonnateurParcours'],
    context: ['PractitionerRole'],
    title: 'PAG : coordonnateur de parcours',
    titleEn: 'PAG: care pathway coordinator',
    description: 'Identifiant de l’engagement (article) auquel appartient le coordonnateur : la loi le désigne parmi les acteurs engagés (CASF, L. 114-1-1).',
    descriptionEn: 'Identifier of the engagement the coordinator belongs to (CASF L. 114-1-1).',
    pagElements: ['suivi.coordonnateurParcours.identifiantEngagement'],
    spec: { fields: [s('identifiantEngagement', 'Identifiant de l’engagement.', 'Engagement identifier.')] },
  },
} as const satisfies Record<string, PagExtensionDefinition>;

/** The extensions as a list, in a stable order. */
export const PAG_EXTENSION_LIST: readonly PagExtensionDefinition[] = Object.values(PAG_EXTENSIONS);
