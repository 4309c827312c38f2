import { SERAFIN_SYSTEM } from '../generated/serafin-concepts.js';
import { SERAFIN_VALUE_SETS, type SerafinValueSetId } from '../generated/serafin-value-sets.js';
import { valueSet, PRESTATIONS_VALUE_SET_URL } from '../serafin/value-sets.js';
import type { FhirValueSet } from './types.js';

/**
 * A value set as a FHIR R4 resource.
 *
 * - `'J282'`…`'J285'`: the ANS JDV exactly as published (url, OID identifier,
 *   version, members in published order with the JDV displays).
 * - `'prestations'`: the union of all prestations, offered by this project. Its
 *   `compose` has **two** `include` entries (J284 and J283): in FHIR, several
 *   `valueSet` references inside one `include` mean their intersection, which is
 *   empty here (the defect of the TDDUI SERAFIN value set).
 *
 * @throws RangeError for an unknown name.
 */
export function toFhirValueSet(name: SerafinValueSetId | 'prestations'): FhirValueSet {
  if (name === 'prestations') {
    return {
      resourceType: 'ValueSet',
      id: 'serafin-prestations',
      url: PRESTATIONS_VALUE_SET_URL,
      version: SERAFIN_VALUE_SETS.J284.version,
      name: 'SERAFIN_PH_Prestations',
      title: 'Prestations SERAFIN-PH (directes et indirectes)',
      status: 'active',
      publisher: '@serafin-ph',
      description: 'Union des prestations directes (JDV_J284) et des prestations indirectes (JDV_J283). Jeu de valeurs défini par @serafin-ph, non publié par l’ANS.',
      compose: { include: [{ valueSet: [SERAFIN_VALUE_SETS.J284.url] }, { valueSet: [SERAFIN_VALUE_SETS.J283.url] }] },
    };
  }
  const row = SERAFIN_VALUE_SETS[name];
  if (!row) throw new RangeError(`Jeu de valeurs inconnu : ${JSON.stringify(name)} / Unknown value set: ${JSON.stringify(name)}`);
  const members = valueSet(name).expand();
  return {
    resourceType: 'ValueSet',
    id: row.name.replace(/_/g, '-'),
    url: row.url,
    identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:oid:${row.oid}` }],
    version: row.version,
    name: row.name,
    status: row.status as FhirValueSet['status'],
    date: row.date,
    publisher: row.publisher,
    description: row.description,
    compose: { include: [{ system: SERAFIN_SYSTEM, concept: members.map((m) => ({ code: m.code, display: m.display })) }] },
  };
}
