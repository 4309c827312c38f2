/**
 * The elements of the TDDUI and SDO profiles bound to SERAFIN-PH or to an
 * MDPH list, and the check of a resource whose `meta.profile` names one of
 * them. Each binding is read from a published StructureDefinition
 * (`test/ans-profiles/*.json`) or, for the SDO profile `sdo-task`, whose
 * built StructureDefinition is not published, from its FSH source
 * (`test/ans-profiles/fsh/SDO_SDOTask.fsh`); `profile-bindings.test.ts`
 * compares this table with those files.
 */
import { at, type Location } from '../walk/location.js';
import type { CheckContext } from '../walk/context.js';
import { checkBoundConcept, type BindingStrength } from './check-binding.js';
import { TDDUI_SERAFIN_URL } from './value-sets.js';

const TDDUI = 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/';
const SDO = 'https://interop.esante.gouv.fr/ig/fhir/sdo/StructureDefinition/';
const J282 = 'https://mos.esante.gouv.fr/NOS/JDV_J282-TransportsLiesAuProjetIndividuel_SERAFIN/FHIR/JDV-J282-TransportsLiesAuProjetIndividuel-SERAFIN';
const J285 = 'https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN';
const J30 = 'https://mos.esante.gouv.fr/NOS/JDV_J30-TemporaliteAccueil-ROR/FHIR/JDV-J30-TemporaliteAccueil-ROR';
const J264 = 'https://mos.esante.gouv.fr/NOS/JDV_J264-ModeEtCentreDePriseEnCharge-MDPH/FHIR/JDV-J264-ModeEtCentreDePriseEnCharge-MDPH';

/** A CodeableConcept (or Coding) element found in a resource. */
interface Found {
  readonly value: unknown;
  readonly location: Location;
}

/** One bound element of a profile. */
export interface ProfileBinding {
  /** Canonical URL of the profile. */
  readonly profile: string;
  /** ElementDefinition id, as published. */
  readonly element: string;
  /** Bound value set. */
  readonly valueSet: string;
  /** Published strength. */
  readonly strength: BindingStrength;
  /**
   * Finds the bound elements in a resource.
   *
   * @internal
   */
  readonly select: (resource: Record<string, unknown>, location: Location) => Found[];
  /** Only the codings of this system are bound (a slice on `coding.system`). */
  readonly systemSlice?: string;
  /**
   * Where the binding is published: a built StructureDefinition of the
   * ANS guide (`structure-definition`), or only its FSH source (`fsh`),
   * where SUSHI writes the binding into the build.
   */
  readonly publishedIn: 'structure-definition' | 'fsh';
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codingsOf(concept: unknown): Record<string, unknown>[] {
  return isObject(concept) ? array(concept['coding']).filter(isObject) : [];
}

/** `Task.input` entries whose `type` has a coding of `code` (the slice discriminator), with their `valueCodeableConcept`. */
function taskInputs(code: string) {
  return (resource: Record<string, unknown>, location: Location): Found[] => {
    const out: Found[] = [];
    array(resource['input']).forEach((input, i) => {
      if (!isObject(input) || !codingsOf(input['type']).some((c) => c['code'] === code)) return;
      if (input['valueCodeableConcept'] !== undefined) out.push({ value: input['valueCodeableConcept'], location: at(at(at(location, 'input'), i), 'valueCodeableConcept') });
    });
    return out;
  };
}

function elements(name: string) {
  return (resource: Record<string, unknown>, location: Location): Found[] => {
    const value = resource[name];
    if (Array.isArray(value)) return value.map((v, i) => ({ value: v, location: at(at(location, name), i) }));
    return value === undefined ? [] : [{ value, location: at(location, name) }];
  };
}

/** Every bound element of table A of `BINDINGS.md` that sits on a resource profile. */
export const PROFILE_BINDINGS: readonly ProfileBinding[] = [
  {
    profile: `${TDDUI}tddui-service-request-besoin`,
    element: 'ServiceRequest.category',
    valueSet: J285,
    strength: 'required',
    select: elements('category'),
    publishedIn: 'structure-definition',
  },
  {
    profile: `${TDDUI}tddui-task-transport-usager`,
    element: 'Task.input:natureTransport.value[x]',
    valueSet: J282,
    strength: 'required',
    select: taskInputs('natureTransport'),
    publishedIn: 'structure-definition',
  },
  {
    profile: `${TDDUI}tddui-task-prestation`,
    element: 'Task.input:typePrestation.value[x]',
    valueSet: TDDUI_SERAFIN_URL,
    strength: 'required',
    select: taskInputs('typePrestation'),
    publishedIn: 'structure-definition',
  },
  {
    profile: `${TDDUI}tddui-encounter-evenement`,
    element: 'Encounter.type:serafin.coding.code',
    valueSet: TDDUI_SERAFIN_URL,
    strength: 'required',
    select: elements('type'),
    systemSlice: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH',
    publishedIn: 'structure-definition',
  },
  {
    profile: `${SDO}esms-task`,
    element: 'Task.input:temporaliteAccueil.value[x]',
    valueSet: J30,
    strength: 'required',
    select: taskInputs('temporaliteAccueil'),
    publishedIn: 'structure-definition',
  },
  {
    profile: `${SDO}esms-task`,
    element: 'Task.input:modePriseCharge.value[x]',
    valueSet: J264,
    strength: 'required',
    select: taskInputs('modePriseCharge'),
    publishedIn: 'structure-definition',
  },
  // sdo-task: `* input[…].value[x] from $JDV-… (required)` in SDOTask.fsh; the aliases file stored beside it is
  // broken for these two value sets, so their URLs are those the built esms-task gives for the same aliases.
  {
    profile: `${SDO}sdo-task`,
    element: 'Task.input:temporaliteAccueil.value[x]',
    valueSet: J30,
    strength: 'required',
    select: taskInputs('temporaliteAccueil'),
    publishedIn: 'fsh',
  },
  { profile: `${SDO}sdo-task`, element: 'Task.input:modePriseCharge.value[x]', valueSet: J264, strength: 'required', select: taskInputs('modePriseCharge'), publishedIn: 'fsh' },
];

const BY_PROFILE = new Map<string, ProfileBinding[]>();
for (const b of PROFILE_BINDINGS) BY_PROFILE.set(b.profile, [...(BY_PROFILE.get(b.profile) ?? []), b]);

/** Checks the bound elements of a resource according to the profiles named in its `meta.profile`. */
export function checkProfileBindings(ctx: CheckContext, resource: Record<string, unknown>, location: Location): void {
  const meta = resource['meta'];
  if (!isObject(meta)) return;
  const seen = new Set<string>();
  for (const profile of array(meta['profile'])) {
    if (typeof profile !== 'string') continue;
    const bar = profile.indexOf('|');
    const url = bar === -1 ? profile : profile.slice(0, bar);
    if (seen.has(url)) continue;
    seen.add(url);
    for (const binding of BY_PROFILE.get(url) ?? []) {
      for (const found of binding.select(resource, location)) {
        checkBoundConcept(ctx, found.value, found.location, binding.valueSet, binding.strength, `${url.slice(url.lastIndexOf('/') + 1)} ${binding.element}`, binding.systemSlice);
      }
    }
  }
}
