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
    nom: field(Texte, { titre: 'Nom', description: 'Nom de la MDPH (par exemple « MDPH d’Ille-et-Vilaine »).' }).exactOptional(),
    finess: field(Finess, { titre: 'FINESS', description: 'Numéro FINESS de la MDPH (catégorie 609).' }).exactOptional(),
  }),
  {
    titre: 'MDPH',
    description: 'Maison départementale des personnes handicapées qui élabore le PAG.',
  },
);

/** Link to the PAG this one revises. */
export const PagPrecedentSchema = named(
  'PagPrecedent',
  z.strictObject({
    identifiant: field(Identifiant, { titre: 'Identifiant', description: 'Identifiant du PAG précédent.' }),
    dateValidation: field(DateIso, {
      titre: 'Date de validation',
      description: 'Date de validation du PAG précédent (AAAA-MM-JJ).',
    }).exactOptional(),
  }),
  {
    titre: 'PAG précédent',
    description: 'PAG que ce document révise ou remplace (révision, actualisation, nouveau PAG).',
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
    }),
    mdph: field(MdphSchema, { titre: 'MDPH', description: 'MDPH (département) qui élabore le PAG.' }),
    statut: field(z.enum(STATUTS_PAG), {
      titre: 'Statut',
      description:
        'Statut du PAG : brouillon (en préparation), elabore (élaboré), valide (validé), termine (terminé). Les flux ANS (TDDUI) connaissent élaboré, validé et terminé.',
      source: SOURCES.tddui421,
    }),
    dateElaboration: field(DateIso, {
      titre: 'Date d’élaboration',
      description: 'Date à laquelle le PAG a été élaboré (AAAA-MM-JJ).',
    }).exactOptional(),
    dateValidation: field(DateIso, {
      titre: 'Date de validation',
      description: 'Date à laquelle le PAG a été validé (AAAA-MM-JJ).',
    }).exactOptional(),
    validationPlan: field(ValidationPlanSchema, {
      titre: 'Validation du plan',
      description: 'Qui a validé le plan (CDAPH, sa formation restreinte, ou l’instance prévue sur le territoire) et par quelle décision. Depuis 1.1.0.',
      source: SOURCES.l1469,
    }).exactOptional(),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Date de fin du PAG (AAAA-MM-JJ), pour un PAG terminé.',
    }).exactOptional(),
    motifFin: field(z.enum(TRE_R421_CODES), {
      titre: 'Motif de fin',
      description:
        'Motif de fin du PAG (TRE_R421 Motif fin PAG : 1 réponse cible atteinte… 9 décès). Transmis quand le statut passe à « termine » (règle des validateurs).',
      systeme: TRE_R421_SYSTEM,
      personnel: true,
      source: SOURCES.tddui421,
    }).exactOptional(),
    finSansValidation: field(z.enum(FINS_SANS_VALIDATION), {
      titre: 'Fin sans validation',
      description:
        'Pour un PAG terminé sans avoir été validé : refus de l’accord exprès (refus-accord-expres), refus de l’élaboration (refus-accord-prealable), demande sans suite parce qu’une réponse a été trouvée sans formaliser de plan (sans-suite), ou demande retirée (retrait-demande). Le PAG porte alors « statut » termine, « dateFin » et « motifFin » (TRE_R421, par exemple 5 Demande de l’usager ou 4 Coordination effective sans recours au PAG), sans date de validation ni accord exprès. Depuis la version 1.1.0.',
      source: `${SOURCES.l1469} ; « toute demande de PAG ne donne pas forcément lieu à la signature d’un plan » (CNSA, 1er janvier 2018) ; ${SOURCES.tddui421}`,
    }).exactOptional(),
    pagPrecedent: field(PagPrecedentSchema, {
      titre: 'PAG précédent',
      description: 'Lien vers le PAG précédent, pour une révision.',
    }).exactOptional(),
    dateMiseAJour: field(DateHeureIso, {
      titre: 'Date de mise à jour',
      description: 'Date et heure de la dernière modification du document, avec décalage horaire (AAAA-MM-JJTHH:MM:SS+01:00).',
    }).exactOptional(),
    demande: field(DemandeSchema, {
      titre: '1. À la demande de qui',
      description: 'Section 1 : origine de la demande, déclencheurs, priorité Comex, première demande ou révision, concertations.',
    }),
    situation: field(SituationSchema, {
      titre: '2. Description de la situation',
      description: 'Section 2 : personne, protection juridique, autorité parentale, suivi ASE, orientations et droits.',
      personnel: true,
    }),
    contexte: field(ContexteSchema, {
      titre: '3. Contexte de la mise en place du PAG',
      description: 'Section 3 : historique, situation actuelle, démarches, besoins identifiés.',
      personnel: true,
    }),
    engagements: field(z.array(EngagementSchema), {
      titre: '4. Engagements des opérateurs',
      description: 'Section 4 : un article par opérateur. Peut être vide pour un brouillon ; les validateurs en exigent au moins un ensuite.',
      source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
    }),
    suivi: field(SuiviSchema, {
      titre: '5. Suivi du PAG',
      description: 'Section 5 : coordonnateur de parcours, rythme et modalités de suivi. Peut manquer dans un brouillon.',
    }).exactOptional(),
    consentement: field(ConsentementSchema, {
      titre: 'Consentement',
      description: 'Accord préalable et accord exprès.',
    }),
    annexes: field(AnnexesSchema, {
      titre: 'Annexes',
      description: 'Emploi du temps hebdomadaire, nomenclature, références légales.',
    }).exactOptional(),
    extensions: extensionsField(),
  }),
  {
    titre: 'Plan d’accompagnement global (PAG)',
    description:
      'Plan d’accompagnement global d’une personne handicapée (CASF, L. 114-1-1), selon le « PAG type » de la CNSA : identité et cycle de vie, 1. à la demande de qui, 2. situation, 3. contexte, 4. engagements des opérateurs, 5. suivi, consentement et annexes.',
    source: `${SOURCES.l11411} ; ${SOURCES.pagType}`,
  },
);

/** A PAG document. */
export type Pag = z.infer<typeof PagSchema>;
/** The MDPH of a PAG. */
export type Mdph = z.infer<typeof MdphSchema>;
/** Link to a previous PAG. */
export type PagPrecedent = z.infer<typeof PagPrecedentSchema>;
/** How a PAG ended without validation. */
export type FinSansValidation = (typeof FINS_SANS_VALIDATION)[number];
/** A PAG status. */
export type StatutPag = (typeof STATUTS_PAG)[number];
