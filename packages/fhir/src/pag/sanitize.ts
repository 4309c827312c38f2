/**
 * Shapes first: before the readers run, every element the mapping reads whose
 * JSON shape is wrong (a list that is not an array, an item that is not an
 * object, an object element that is a string…) is reported and left out of a
 * copy of the entry, so that one damaged element never stops the reading of
 * the rest.
 */
import type { NotMappedCollector } from './report.js';

/** Elements that are lists of objects wherever the mapping reads them. */
const OBJECT_LISTS = new Set([
  'identifier',
  'category',
  'basedOn',
  'partOf',
  'input',
  'supportingInfo',
  'activity',
  'careTeam',
  'telecom',
  'participant',
  'performer',
  'note',
  'extension',
  'coding',
  'role',
]);
/** Elements that are lists of strings. */
const STRING_LISTS = new Set(['given', 'dayOfWeek', 'timeOfDay']);
/** Elements that are objects wherever the mapping reads them. */
const OBJECTS = new Set([
  'subject',
  'author',
  'owner',
  'for',
  'patient',
  'executionPeriod',
  'scope',
  'policyRule',
  'valueCodeableConcept',
  'valueTiming',
  'valueReference',
  'repeat',
  'detail',
  'scheduledTiming',
  'member',
  'practitioner',
]);

/** Primitive elements the mapping reads that are strings in FHIR JSON. */
const STRINGS = new Set([
  'system',
  'value',
  'display',
  'version',
  'reference',
  'url',
  'text',
  'status',
  'intent',
  'use',
  'family',
  'birthDate',
  'gender',
  'created',
  'start',
  'end',
  'dateTime',
  'description',
  'title',
  'durationUnit',
  'periodUnit',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` with the wrongly shaped elements removed (each one reported at its location). */
export function sanitize(value: Record<string, unknown>, where: string, report: NotMappedCollector, parent = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const isResource = parent === '';
  for (const [key, v] of Object.entries(value)) {
    const at = `${where}.${key}`;
    // `name` is a list of HumanName on Patient and Practitioner, a string on Organization; `period` is a number inside `repeat`
    const listOfObjects = OBJECT_LISTS.has(key) || (key === 'name' && isResource && (value['resourceType'] === 'Patient' || value['resourceType'] === 'Practitioner'));
    const object = OBJECTS.has(key) || (key === 'period' && parent !== 'repeat') || (key === 'reference' && parent === 'activity');
    const wrong = (): void =>
      report.add(at, 'invalid-value', `« ${key} » n’a pas la forme FHIR attendue : élément ignoré.`, `“${key}” does not have the expected FHIR shape: element ignored.`);
    if (((STRINGS.has(key) && !(key === 'reference' && parent === 'activity')) || (key === 'code' && parent === 'coding')) && parent !== 'valueQuantity' && typeof v !== 'string') {
      wrong();
      continue;
    }
    if (listOfObjects || STRING_LISTS.has(key)) {
      if (!Array.isArray(v)) {
        wrong();
        continue;
      }
      const items: unknown[] = [];
      v.forEach((item, i) => {
        if (STRING_LISTS.has(key) ? typeof item === 'string' : isObject(item)) items.push(isObject(item) ? sanitize(item, `${at}[${i}]`, report, key) : item);
        else
          report.add(
            `${at}[${i}]`,
            'invalid-value',
            `Élément de « ${key} » qui n’a pas la forme FHIR attendue : ignoré.`,
            `Item of “${key}” without the expected FHIR shape: ignored.`,
          );
      });
      out[key] = items;
    } else if (object) {
      if (!isObject(v)) {
        wrong();
        continue;
      }
      out[key] = sanitize(v, at, report, key);
    } else {
      out[key] = isObject(v) ? sanitize(v, at, report, key) : Array.isArray(v) ? v.map((x, i) => (isObject(x) ? sanitize(x, `${at}[${i}]`, report, key) : x)) : v;
    }
  }
  return out;
}
