import { SERAFIN_CODE_SYSTEM, type SerafinCode } from '../generated/serafin-concepts.js';
import { SERAFIN_DEFINITIONS } from '../generated/serafin-definitions.js';
import { SERAFIN_PUBLISHED_CHILDREN, SERAFIN_PUBLISHED_ORDER } from '../generated/serafin-published-order.js';
import { getIndex } from '../serafin/code-index.js';
import type { FhirCodeSystem, FhirCodeSystemConcept, FhirConceptProperty } from './types.js';

/**
 * Resource-level elements of the published ANS resource (ansforge/IG-terminologie-de-sante,
 * ig/DM-37/CodeSystem-terminologie-SERAFINPH.xml) that the data files do not carry.
 */
const PUBLISHED = {
  id: 'terminologie-SERAFINPH',
  identifier: [{ system: 'https://smt.esante.gouv.fr/', value: 'terminologie-SERAFINPH' }],
  publisher: 'ANS',
  description:
    'Les nomenclatures des besoins et des prestations ont été élaborées par un groupe de travail issu du projet SERAFIN-PH porté par la Caisse nationale de Solidarité pour l’Autonomie (CNSA) et la Direction Générale de la Cohésion Sociale (DGCS).\nElles permettent de décrire, sur la base d’un langage commun, les besoins identifiés des personnes, et les prestations réalisées en réponse à ces besoins. Les usages locaux de ces nomenclatures montrent leur pertinence pour nouer autour des projets personnalisés d’accompagnement et de leurs déclinaisons opérationnelles un dialogue soutenu et permanent entre tous les acteurs concernés, de la personne accompagnée aux structures médico-sociales, acteurs de droit commun et jusqu’aux institutions de régulation (ARS, services déconcentrés et collectivités locales).',
  jurisdiction: [{ coding: [{ system: 'urn:iso:std:iso:3166', code: 'FR', display: 'FRANCE' }] }],
  copyright: '[LOv2](https://github.com/etalab/licence-ouverte/blob/master/LO.md)',
} as const;

/**
 * Concept properties, in the order and with the URIs of the published
 * resource. The ANS marks a deprecated concept with `deprecated`
 * (owl:deprecated) and `versionInfo`; it declares no FHIR `inactive`
 * property, and neither does this export (a reader that wants `inactive`
 * reads `deprecated`, or calls `$lookup`, which reports it).
 */
const PROPERTIES = [
  { code: 'created', uri: 'http://purl.org/dc/terms/created', type: 'dateTime' },
  { code: 'type', uri: 'http://purl.org/dc/elements/1.1/type', description: "Type fonctionnel d'un concept", type: 'string' },
  { code: 'note', uri: 'http://www.w3.org/2004/02/skos/core#note', type: 'string' },
  { code: 'versionInfo', uri: 'http://www.w3.org/2002/07/owl#versionInfo', type: 'string' },
  { code: 'modified', uri: 'http://purl.org/dc/terms/modified', type: 'dateTime' },
  { code: 'deprecated', uri: 'http://www.w3.org/2002/07/owl#deprecated', type: 'boolean' },
  { code: 'parent', uri: 'http://hl7.org/fhir/concept-properties#parent', description: 'Codes des parents du concept courant', type: 'code' },
  { code: 'child', uri: 'http://hl7.org/fhir/concept-properties#child', description: 'Codes des enfants du concept courant', type: 'code' },
] as const;

/**
 * The SERAFIN-PH CodeSystem as a FHIR R4 resource: the ANS url and version, and
 * every concept with its display, definition (`definition` and, as published,
 * the `note` property), parent, children, level (`type`), creation and
 * modification dates and deprecation (`deprecated`, `versionInfo`), the
 * properties the ANS declares and no other. Concepts, each
 * concept's properties and its `child` values are in the order of the published
 * resource (`1` → 1.3, 1.2, 1.1).
 */
export function toFhirCodeSystem(): FhirCodeSystem {
  const { rows } = getIndex();
  const concept: FhirCodeSystemConcept[] = SERAFIN_PUBLISHED_ORDER.map((code: SerafinCode) => {
    const row = rows.get(code);
    if (!row) throw new Error(`Internal: missing ${code}`);
    const definition = SERAFIN_DEFINITIONS[code];
    // Property order of the published resource: an active concept has parent, created, type, note, child…;
    // a deprecated one (no parent, no type) has created, versionInfo, modified, note, deprecated
    // (ig/main/CodeSystem-terminologie-SERAFINPH.md, meta.versionId 1.1746434824553).
    const property: FhirConceptProperty[] = [];
    if (row.status === 'deprecated') {
      property.push({ code: 'created', valueDateTime: row.created });
      if (row.deprecationReason !== undefined) property.push({ code: 'versionInfo', valueString: row.deprecationReason });
      if (row.modified !== undefined) property.push({ code: 'modified', valueDateTime: row.modified });
      if (row.parent !== null) property.push({ code: 'parent', valueCode: row.parent });
      if (row.type !== null) property.push({ code: 'type', valueString: row.type });
      if (definition !== undefined) property.push({ code: 'note', valueString: definition });
      property.push({ code: 'deprecated', valueBoolean: true });
    } else {
      if (row.parent !== null) property.push({ code: 'parent', valueCode: row.parent });
      property.push({ code: 'created', valueDateTime: row.created });
      if (row.type !== null) property.push({ code: 'type', valueString: row.type });
      if (definition !== undefined) property.push({ code: 'note', valueString: definition });
      if (row.modified !== undefined) property.push({ code: 'modified', valueDateTime: row.modified });
    }
    for (const child of SERAFIN_PUBLISHED_CHILDREN[code] ?? []) property.push({ code: 'child', valueCode: child });
    return definition === undefined ? { code, display: row.display, property } : { code, display: row.display, definition, property };
  });
  return {
    resourceType: 'CodeSystem',
    id: PUBLISHED.id,
    url: SERAFIN_CODE_SYSTEM.url,
    identifier: PUBLISHED.identifier,
    version: SERAFIN_CODE_SYSTEM.version,
    name: SERAFIN_CODE_SYSTEM.name,
    title: SERAFIN_CODE_SYSTEM.title,
    status: 'active',
    experimental: false,
    date: SERAFIN_CODE_SYSTEM.date,
    publisher: PUBLISHED.publisher,
    description: PUBLISHED.description,
    jurisdiction: PUBLISHED.jurisdiction,
    copyright: PUBLISHED.copyright,
    content: 'complete',
    count: concept.length,
    property: PROPERTIES,
    concept,
  };
}
