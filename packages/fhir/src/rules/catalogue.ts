/**
 * The catalogue of the FHIR checker's rules: stable identifiers, default
 * severity, FHIR issue type and a title in French and English. The page
 * `docs/reference/regles-fhir.md` is written from this table (a test keeps
 * them in step).
 */
import type { FhirIssueType, FhirSeverity } from '../report/types.js';

/** One rule of the catalogue. */
export interface FhirRuleDefinition {
  /** Stable identifier. */
  readonly id: string;
  /** Severity of an occurrence (binding rules take the binding strength instead). */
  readonly severity: FhirSeverity;
  /** FHIR `OperationOutcome.issue.code`. */
  readonly code: FhirIssueType;
  /** Title in French. */
  readonly fr: string;
  /** Title in English. */
  readonly en: string;
  /** Where the rule comes from (ANS list, profile, invariant with its FHIRPath). */
  readonly source: string;
}

/** Every rule, in catalogue order. */
export const FHIR_RULES = [
  {
    id: 'FHIR-INPUT-001',
    severity: 'error',
    code: 'structure',
    fr: 'L’entrée n’est pas une ressource FHIR (objet JSON avec `resourceType`).',
    en: 'The input is not a FHIR resource (a JSON object with `resourceType`).',
    source: 'FHIR R4, JSON representation',
  },
  {
    id: 'FHIR-INPUT-002',
    severity: 'error',
    code: 'structure',
    fr: 'La valeur en mémoire n’est pas du JSON : un objet se contient lui-même (cycle), ou la lecture d’une propriété a levé une exception.',
    en: 'The in-memory value is not JSON: an object contains itself (a cycle), or reading a property threw an exception.',
    source: 'FHIR R4, JSON representation (RFC 8259)',
  },
  {
    id: 'FHIR-CODE-001',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Code inconnu dans le système de codes.',
    en: 'Unknown code in the code system.',
    source: 'SERAFIN-PH 2023.1.0 and the ANS lists carried by @serafin-ph/nomenclature',
  },
  {
    id: 'FHIR-CODE-002',
    severity: 'warning',
    code: 'code-invalid',
    fr: 'Code désactivé ; le code de remplacement est indiqué quand il existe.',
    en: 'Deprecated code; the replacement is given when there is one.',
    source: 'status of the concept in its list',
  },
  {
    id: 'FHIR-CODE-003',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Code absent ou qui n’est pas une chaîne non vide.',
    en: 'Code missing or not a non-empty string.',
    source: 'FHIR R4 Coding.code',
  },
  {
    id: 'FHIR-CODE-004',
    severity: 'info',
    code: 'informational',
    fr: 'Code absent de l’extrait d’une liste que le SDK ne porte qu’en partie (TRE_R66) : non vérifié.',
    en: 'Code not in the extract of a list the SDK carries only in part (TRE_R66): not checked.',
    source: 'lists held as an extract by @serafin-ph/nomenclature (metadata.partial)',
  },
  {
    id: 'FHIR-DISPLAY-001',
    severity: 'warning',
    code: 'code-invalid',
    fr: 'Libellé différent du libellé officiel.',
    en: 'Display differs from the official display.',
    source: 'official displays of the list',
  },
  {
    id: 'FHIR-DISPLAY-002',
    severity: 'warning',
    code: 'code-invalid',
    fr: 'Libellé qui ne diffère du libellé officiel que par la typographie (apostrophes, ligatures, espaces).',
    en: 'Display that differs from the official one only in typography (apostrophes, ligatures, spaces).',
    source: 'official displays of the list, normalizeDisplay()',
  },
  {
    id: 'FHIR-NUMBERING-001',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Code de la numérotation CNSA 2018 sous le système SERAFIN-PH (ANS 2023) ; la traduction ANS 2023 est indiquée.',
    en: 'CNSA 2018 code under the SERAFIN-PH system (ANS 2023); the ANS 2023 translation is given.',
    source: 'data/numbering of @serafin-ph/nomenclature',
  },
  {
    id: 'FHIR-NUMBERING-002',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Identifiant ROR TRE_R265 sous le système SERAFIN-PH ; la traduction ANS 2023 est indiquée.',
    en: 'ROR TRE_R265 identifier under the SERAFIN-PH system; the ANS 2023 translation is given.',
    source: 'TRE_R265 and data/numbering of @serafin-ph/nomenclature',
  },
  {
    id: 'FHIR-NUMBERING-003',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Code ANS 2023 existant dont le libellé est celui du concept CNSA 2018 de même numéro : le code est écrit dans la numérotation CNSA.',
    en: 'Existing ANS 2023 code whose display is the label of the CNSA 2018 concept with the same number: the code is written in the CNSA numbering.',
    source: 'data/numbering of @serafin-ph/nomenclature',
  },
  {
    id: 'FHIR-SYSTEM-001',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Système de codes inconnu sous un espace de noms de l’ANS (identifiant fictif comme TRE_XXX, URL incohérente, URL coupée après l’identifiant d’une liste que le SDK ne porte pas).',
    en: 'Unknown code system under an ANS namespace (placeholder identifier such as TRE_XXX, inconsistent URL, URL cut after the identifier of a list the SDK does not carry).',
    source: 'ANS URL styles (NOS and SMT)',
  },
  {
    id: 'FHIR-SYSTEM-002',
    severity: 'error',
    code: 'code-invalid',
    fr: 'URL d’un jeu de valeurs (JDV) employée comme système de codes.',
    en: 'URL of a value set (JDV) used as a code system.',
    source: 'FHIR R4 Coding.system',
  },
  {
    id: 'FHIR-SYSTEM-003',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Système connu écrit avec une URL non canonique (schéma, casse, nom) ; l’URL canonique est indiquée.',
    en: 'Known system written with a non-canonical URL (scheme, case, name); the canonical URL is given.',
    source: 'canonical URLs of the lists',
  },
  {
    id: 'FHIR-BINDING-001',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Élément lié par un profil (meta.profile) dont aucun code n’appartient au jeu de valeurs ; la gravité suit la force de la liaison publiée.',
    en: 'Element bound by a profile (meta.profile) with no code in the value set; the severity follows the published binding strength.',
    source: 'TDDUI 2.2.0 / 2.4.0 and SDO 4.0.7 profiles (BINDINGS.md)',
  },
  {
    id: 'FHIR-DECISION-001',
    severity: 'error',
    code: 'business-rule',
    fr: 'Le type de droit ou prestation n’est pas un type de la catégorie indiquée (hiérarchie TRE_R420).',
    en: 'The type of right or benefit is not a type of the category given (TRE_R420 hierarchy).',
    source: 'TRE_R420 parent property; tddui-decision 2.4.0',
  },
  {
    id: 'FHIR-DECISION-002',
    severity: 'error',
    code: 'invariant',
    fr: 'Précision d’orientation non admise pour ce type de droit ou prestation.',
    en: 'Orientation precision not allowed for this type of right or benefit.',
    source: 'tddui-decision invariants PrecisionOrientationValues7.8, 7.9, 8.3, 8.6',
  },
  {
    id: 'FHIR-DECISION-003',
    severity: 'error',
    code: 'invariant',
    fr: 'Précision d’orientation interdite pour les types 13.1 et 13.2.',
    en: 'Orientation precision forbidden for types 13.1 and 13.2.',
    source: 'tddui-decision invariant PrecisionOrientationValues13.1-13.2',
  },
  {
    id: 'FHIR-DECISION-004',
    severity: 'error',
    code: 'invariant',
    fr: 'Temporalité d’accueil obligatoire pour cette catégorie ou ce type.',
    en: 'Reception temporality required for this category or type.',
    source: 'tddui-decision invariants temporaliteAccueilCardinalityViaCategorieDroitPrestation, …ViaTypeDroitPrestation',
  },
  {
    id: 'FHIR-DECISION-005',
    severity: 'error',
    code: 'invariant',
    fr: 'Indication « amendement Creton » obligatoire pour la catégorie 7 et ses types.',
    en: '“Creton amendment” flag required for category 7 and its types.',
    source: 'tddui-decision invariant cretonCardinality',
  },
  {
    id: 'FHIR-DECISION-006',
    severity: 'error',
    code: 'invariant',
    fr: 'Motivation locale obligatoire avec la motivation 9999.',
    en: 'Local motivation required with motivation 9999.',
    source: 'tddui-decision invariant motivationLocaleRequired',
  },
  {
    id: 'FHIR-DECISION-007',
    severity: 'error',
    code: 'invariant',
    fr: 'Date d’effet de clôture obligatoire pour une décision de clôture (type 5).',
    en: 'Closing effective date required for a closing decision (type 5).',
    source: 'tddui-decision invariant DateEffetClotureCardinality',
  },
  {
    id: 'FHIR-DECISION-008',
    severity: 'error',
    code: 'invariant',
    fr: 'Formation obligatoire pour le type 11.1.',
    en: 'Training required for type 11.1.',
    source: 'tddui-decision invariant FormationCardinality',
  },
  {
    id: 'FHIR-TERMINOLOGY-001',
    severity: 'error',
    code: 'invalid',
    fr: 'Jeu de valeurs dont la définition (compose) ne peut contenir aucun code.',
    en: 'Value set whose definition (compose) cannot contain any code.',
    source: 'FHIR R4 ValueSet.compose semantics (valueSets of one include are intersected)',
  },
  {
    id: 'FHIR-TERMINOLOGY-002',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Code d’un compose de jeu de valeurs inconnu dans le système indiqué.',
    en: 'Code of a value set compose unknown in the system given.',
    source: 'FHIR R4 ValueSet.compose.include.concept',
  },
  {
    id: 'FHIR-TERMINOLOGY-003',
    severity: 'error',
    code: 'code-invalid',
    fr: 'Code source ou cible d’un ConceptMap inconnu dans le système indiqué par le groupe.',
    en: 'Source or target code of a ConceptMap unknown in the system stated by its group.',
    source: 'FHIR R4 ConceptMap.group',
  },
] as const satisfies readonly FhirRuleDefinition[];

/** Identifier of a rule of the catalogue. */
export type FhirRuleId = (typeof FHIR_RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, FhirRuleDefinition> = new Map(FHIR_RULES.map((r) => [r.id, r]));

/** The definition of a rule, or `undefined` for an unknown identifier. */
export function fhirRule(id: string): FhirRuleDefinition | undefined {
  return BY_ID.get(id);
}
