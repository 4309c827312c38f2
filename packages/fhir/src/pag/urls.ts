/**
 * Canonical URLs of the PAG ⇄ FHIR mapping: the project's FHIR base, its
 * extensions, code systems and identifier systems, and the ANS / HL7 URLs it
 * reuses.
 */

/** Base of every FHIR artefact the project defines. */
export const PAG_FHIR_BASE = 'https://serafin-ph.github.io/serafin-ph/fhir';

/** Canonical URL of a project extension from its id. */
export function extensionUrl(id: string): string {
  return `${PAG_FHIR_BASE}/StructureDefinition/${id}`;
}

/** Project code systems used by the mapping. */
export const PAG_CODE_SYSTEMS = {
  /** Kind of plan (`pag`), in `CarePlan.category`. */
  typePlan: `${PAG_FHIR_BASE}/CodeSystem/type-plan`,
  /** Kind of Task (`engagement`), in `Task.code`. */
  typeTache: `${PAG_FHIR_BASE}/CodeSystem/type-tache`,
  /** Type of a Task input (`frequence`, `domaine`). */
  entreeTache: `${PAG_FHIR_BASE}/CodeSystem/entree-tache`,
  /** Type of operator (`esms`, `sanitaire`…), in `Organization.type`. */
  typeOperateur: `${PAG_FHIR_BASE}/CodeSystem/type-operateur`,
  /** Kind of consent (`accord-prealable`, `accord-expres`), in `Consent.category`. */
  typeAccord: `${PAG_FHIR_BASE}/CodeSystem/type-accord`,
  /** Role in the care team (`coordonnateur-parcours`). */
  roleEquipe: `${PAG_FHIR_BASE}/CodeSystem/role-equipe`,
  /** The CNSA 2018 numbering of SERAFIN-PH (already published by the project). */
  cnsa2018: `${PAG_FHIR_BASE}/CodeSystem/cnsa-2018`,
} as const;

/** Identifier systems of the mapping (no ANS-published system exists for MDPH-local identifiers: INFERRED). */
export const PAG_IDENTIFIER_SYSTEMS = {
  /** `Pag.identifiant`, unique for one MDPH: `<base>/sid/pag/<département>`. */
  pag: (departement: string): string => `${PAG_FHIR_BASE}/sid/pag/${encodeURIComponent(departement)}`,
  /** `PersonneConcernee.identifiantMdph`. */
  personne: (departement: string): string => `${PAG_FHIR_BASE}/sid/personne/${encodeURIComponent(departement)}`,
  /** `DroitPrestation.identifiantDecision`. */
  decision: (departement: string): string => `${PAG_FHIR_BASE}/sid/decision/${encodeURIComponent(departement)}`,
  /** `Engagement.identifiant` (unique in its PAG). */
  engagement: `${PAG_FHIR_BASE}/sid/engagement`,
  /** Identifier of a need (ServiceRequest), built from the PAG identifier and the rank. */
  besoin: `${PAG_FHIR_BASE}/sid/besoin`,
  /** Identifier of a committed service (Task), built from the engagement and the rank. */
  prestation: `${PAG_FHIR_BASE}/sid/prestation`,
} as const;

/** FINESS (établissement) identifier system, as in FR Core. */
export const FINESS_SYSTEM = 'urn:oid:1.2.250.1.71.4.2.2';
/** SIRET identifier system, as in FR Core. */
export const SIRET_SYSTEM = 'https://sirene.fr';
/** HL7 data-absent-reason extension: an element the TDDUI requires that the PAG does not hold. */
export const DATA_ABSENT_REASON_URL = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
/** TDDUI Basic type code system (code `DECISION`), as named by the TDDUI Basic decision profile. */
export const TDDUI_BASIC_TYPE_SYSTEM = 'https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-basic-type';
/** TDDUI code system of the prestation Task inputs (`titre`, `typePrestation`). */
export const TDDUI_TASK_INPUT_PRESTATION_SYSTEM = 'https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-task-input-prestation';
/** TDDUI profiles whose shapes the mapping follows (not claimed in `meta.profile`: see the guide). */
export const TDDUI_PROFILES = {
  besoin: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-service-request-besoin',
  prestation: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-task-prestation',
  decision: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
} as const;
