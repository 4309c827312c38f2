/**
 * The PAG document (`typeDocument: "pag"`): identity and lifecycle, then the
 * five sections of the CNSA « PAG type », consent and annexes.
 *
 * Le document PAG : identité et cycle de vie, sections 1 à 5, consentement,
 * annexes.
 */
import * as z from 'zod';
import { TRE_R421_CODES, TRE_R421_SYSTEM } from '../codes.js';
import { documentRoot, field, named } from '../metadata.js';
import { extensionsField, schemaField, typeDocumentField, versionSchemaField } from '../common/document.js';
import { CodeDepartement, DateHeureIso, DateIso, Finess, Identifiant, Texte } from '../common/primitives.js';
import { SOURCES } from '../common/sources.js';
import { AnnexesSchema } from './annexes.js';
import { ConsentementSchema } from './consentement.js';
import { ContexteSchema } from './contexte.js';
import { DemandeSchema } from './demande.js';
import { ValidationPlanSchema } from './droits-prestations.js';
import { EngagementSchema } from './engagements.js';
import { SituationSchema } from './situation.js';
import { SuiviSchema } from './suivi.js';

/** Lifecycle statuses of a PAG (ANS flows use élaboré, validé, terminé; `brouillon` precedes them). */
export const STATUTS_PAG = ['brouillon', 'elabore', 'valide', 'termine'] as const;

/**
 * How a PAG ended without being validated (schema 1.1.0): the person refused
 * at the express-agreement stage (L. 146-9 makes it a condition of validity),
 * refused the elaboration itself, the request had no follow-up (an answer
 * was found without formalising a plan), or was withdrawn.
 */
export const FINS_SANS_VALIDATION = ['refus-accord-expres', 'refus-accord-prealable', 'sans-suite', 'retrait-demande'] as const;

/** The MDPH that elaborates the PAG. */
export const MdphSchema = named(
  'Mdph',
  z.strictObject({
    departement: field(CodeDepartement, {
      titre: 'Département',
      description: 'Code officiel du département de la MDPH (01 à 95, 2A, 2B, 971 à 974, 976).',
      titleEn: 'Département',
      descriptionEn: 'Official code of the MDPH’s département (01 to 95, 2A, 2B, 971 to 974, 976).',
    }),
    nom: field(Texte, {
      titre: 'Nom',
      description: 'Nom de la MDPH (par exemple « MDPH d’Ille-et-Vilaine »).',
      titleEn: 'Name',
      descriptionEn: 'Name of the MDPH (for example “MDPH d’Ille-et-Vilaine”).',
    }).exactOptional(),
    finess: field(Finess, {
      titre: 'FINESS',
      description: 'Numéro FINESS de la MDPH (catégorie 609).',
      titleEn: 'FINESS',
      descriptionEn: 'FINESS number of the MDPH (category 609).',
    }).exactOptional(),
  }),
  {
    titre: 'MDPH',
    description: 'Maison départementale des personnes handicapées qui élabore le PAG.',
    titleEn: 'MDPH',
    descriptionEn: '*Maison départementale des personnes handicapées*, the departmental disability office that elaborates the PAG.',
  },
);

/** Link to the PAG this one revises. */
export const PagPrecedentSchema = named(
  'PagPrecedent',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant',
      description: 'Identifiant du PAG précédent.',
      titleEn: 'Identifier',
      descriptionEn: 'Identifier of the previous PAG.',
    }),
    dateValidation: field(DateIso, {
      titre: 'Date de validation',
      description: 'Date de validation du PAG précédent (AAAA-MM-JJ).',
      titleEn: 'Validation date',
      descriptionEn: 'Validation date of the previous PAG (YYYY-MM-DD).',
    }).exactOptional(),
  }),
  {
    titre: 'PAG précédent',
    description: 'PAG que ce document révise ou remplace (révision, actualisation, nouveau PAG).',
    titleEn: 'Previous PAG',
    descriptionEn: 'PAG that this document revises or replaces (revision, update, new PAG).',
  },
);

/** The PAG document. */
export const PagSchema = documentRoot(
  z.strictObject({
    $schema: schemaField('pag'),
    typeDocument: typeDocumentField('pag'),
    versionSchema: versionSchemaField(),
    identifiant: field(Identifiant, {
      titre: 'Identifiant du PAG',
      description: 'Identifiant du PAG, unique pour la MDPH.',
      titleEn: 'PAG identifier',
      descriptionEn: 'Identifier of the PAG, unique within the MDPH.',
    }),
    mdph: field(MdphSchema, {
      titre: 'MDPH',
      description: 'MDPH (département) qui élabore le PAG.',
      titleEn: 'MDPH',
      descriptionEn: 'MDPH (département) that elaborates the PAG.',
    }),
    statut: field(z.enum(STATUTS_PAG), {
      titre: 'Statut',
      description:
        'Statut du PAG : brouillon (en préparation), elabore (élaboré), valide (validé), termine (terminé). Les flux ANS (TDDUI) connaissent élaboré, validé et terminé.',
      titleEn: 'Status',
      descriptionEn:
        'Status of the PAG: brouillon (draft, being prepared), elabore (elaborated), valide (validated), termine (ended). ANS flows (TDDUI) know elaborated, validated and ended.',
      source: SOURCES.tddui421,
    }),
    dateElaboration: field(DateIso, {
      titre: 'Date d’élaboration',
      description: 'Date à laquelle le PAG a été élaboré (AAAA-MM-JJ).',
      titleEn: 'Elaboration date',
      descriptionEn: 'Date on which the PAG was elaborated (YYYY-MM-DD).',
    }).exactOptional(),
    dateValidation: field(DateIso, {
      titre: 'Date de validation',
      description: 'Date à laquelle le PAG a été validé (AAAA-MM-JJ).',
      titleEn: 'Validation date',
      descriptionEn: 'Date on which the PAG was validated (YYYY-MM-DD).',
    }).exactOptional(),
    validationPlan: field(ValidationPlanSchema, {
      titre: 'Validation du plan',
      description: 'Qui a validé le plan (CDAPH, sa formation restreinte, ou l’instance prévue sur le territoire) et par quelle décision. Depuis 1.1.0.',
      titleEn: 'Validation of the plan',
      descriptionEn: 'Who validated the plan (the CDAPH, its restricted formation, or the body provided for in the territory) and by which decision. Since 1.1.0.',
      source: SOURCES.l1469,
    }).exactOptional(),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Date de fin du PAG (AAAA-MM-JJ), pour un PAG terminé.',
      titleEn: 'End date',
      descriptionEn: 'End date of the PAG (YYYY-MM-DD), for an ended PAG.',
    }).exactOptional(),
    motifFin: field(z.enum(TRE_R421_CODES), {
      titre: 'Motif de fin',
      description: 'Motif de fin du PAG (TRE_R421 Motif fin PAG : 1 réponse cible atteinte… 9 décès). Transmis quand le statut passe à « termine » (règle des validateurs).',
      titleEn: 'End reason',
      descriptionEn: 'Reason the PAG ended (TRE_R421 *Motif fin PAG*: 1 target answer reached … 9 death). Sent when the status becomes “termine” (a rule of the validators).',
      systeme: TRE_R421_SYSTEM,
      personnel: true,
      source: SOURCES.tddui421,
    }).exactOptional(),
    finSansValidation: field(z.enum(FINS_SANS_VALIDATION), {
      titre: 'Fin sans validation',
      description:
        'Pour un PAG terminé sans avoir été validé : refus de l’accord exprès (refus-accord-expres), refus de l’élaboration (refus-accord-prealable), demande sans suite parce qu’une réponse a été trouvée sans formaliser de plan (sans-suite), ou demande retirée (retrait-demande). Le PAG porte alors « statut » termine, « dateFin » et « motifFin » (TRE_R421, par exemple 5 Demande de l’usager ou 4 Coordination effective sans recours au PAG), sans date de validation ni accord exprès. Depuis la version 1.1.0.',
      titleEn: 'End without validation',
      descriptionEn:
        'For a PAG that ended without being validated: the express agreement was refused (refus-accord-expres), the elaboration was refused (refus-accord-prealable), the request had no follow-up because an answer was found without formalising a plan (sans-suite), or the request was withdrawn (retrait-demande). The PAG then carries “statut” termine, “dateFin” and “motifFin” (TRE_R421, for example 5 *Demande de l’usager* or 4 *Coordination effective sans recours au PAG*), with no validation date and no express agreement. Since version 1.1.0.',
      source: `${SOURCES.l1469} ; « toute demande de PAG ne donne pas forcément lieu à la signature d’un plan » (CNSA, 1er janvier 2018) ; ${SOURCES.tddui421}`,
    }).exactOptional(),
    pagPrecedent: field(PagPrecedentSchema, {
      titre: 'PAG précédent',
      description: 'Lien vers le PAG précédent, pour une révision.',
      titleEn: 'Previous PAG',
      descriptionEn: 'Link to the previous PAG, for a revision.',
    }).exactOptional(),
    dateMiseAJour: field(DateHeureIso, {
      titre: 'Date de mise à jour',
      description: 'Date et heure de la dernière modification du document, avec décalage horaire (AAAA-MM-JJTHH:MM:SS+01:00).',
      titleEn: 'Last update',
      descriptionEn: 'Date and time of the last change to the document, with a UTC offset (YYYY-MM-DDTHH:MM:SS+01:00).',
    }).exactOptional(),
    demande: field(DemandeSchema, {
      titre: '1. À la demande de qui',
      description: 'Section 1 : origine de la demande, déclencheurs, priorité Comex, première demande ou révision, concertations.',
      titleEn: '1. At whose request',
      descriptionEn: 'Section 1: origin of the request, triggers, Comex priority, first request or revision, consultations.',
    }),
    situation: field(SituationSchema, {
      titre: '2. Description de la situation',
      description: 'Section 2 : personne, protection juridique, autorité parentale, suivi ASE, orientations et droits.',
      titleEn: '2. Description of the situation',
      descriptionEn: 'Section 2: the person, legal protection, parental authority, ASE (child welfare) follow-up, orientations and entitlements.',
      personnel: true,
    }),
    contexte: field(ContexteSchema, {
      titre: '3. Contexte de la mise en place du PAG',
      description: 'Section 3 : historique, situation actuelle, démarches, besoins identifiés.',
      titleEn: '3. Context of the PAG',
      descriptionEn: 'Section 3: history, current situation, steps taken, needs identified.',
      personnel: true,
    }),
    engagements: field(z.array(EngagementSchema), {
      titre: '4. Engagements des opérateurs',
      description: 'Section 4 : un article par opérateur. Peut être vide pour un brouillon ; les validateurs en exigent au moins un ensuite.',
      titleEn: '4. Operators’ commitments',
      descriptionEn: 'Section 4: one article per operator. May be empty in a draft; the validators require at least one afterwards.',
      source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
    }),
    suivi: field(SuiviSchema, {
      titre: '5. Suivi du PAG',
      description: 'Section 5 : coordonnateur de parcours, rythme et modalités de suivi. Peut manquer dans un brouillon.',
      titleEn: '5. Follow-up of the PAG',
      descriptionEn: 'Section 5: care pathway coordinator (*coordonnateur de parcours*), pace and arrangements of the follow-up. May be missing in a draft.',
    }).exactOptional(),
    consentement: field(ConsentementSchema, {
      titre: 'Consentement',
      description: 'Accord préalable et accord exprès.',
      titleEn: 'Consent',
      descriptionEn: 'Prior agreement (*accord préalable*) and express agreement (*accord exprès*).',
    }),
    annexes: field(AnnexesSchema, {
      titre: 'Annexes',
      description: 'Emploi du temps hebdomadaire, nomenclature, références légales.',
      titleEn: 'Annexes',
      descriptionEn: 'Weekly timetable, nomenclature, legal references.',
    }).exactOptional(),
    extensions: extensionsField(),
  }),
  {
    titre: 'Plan d’accompagnement global (PAG)',
    description:
      'Plan d’accompagnement global d’une personne handicapée (CASF, L. 114-1-1), selon le « PAG type » de la CNSA : identité et cycle de vie, 1. à la demande de qui, 2. situation, 3. contexte, 4. engagements des opérateurs, 5. suivi, consentement et annexes.',
    titleEn: 'Global support plan (PAG)',
    descriptionEn:
      'Global support plan (*plan d’accompagnement global*) of a person with a disability (CASF, L. 114-1-1), following the CNSA “PAG type” outline: identity and lifecycle, 1. at whose request, 2. situation, 3. context, 4. operators’ commitments, 5. follow-up, consent and annexes.',
    source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
  },
);

/** How a PAG ended without validation. */
export type FinSansValidation = (typeof FINS_SANS_VALIDATION)[number];
/** A PAG status. */
export type StatutPag = (typeof STATUTS_PAG)[number];
