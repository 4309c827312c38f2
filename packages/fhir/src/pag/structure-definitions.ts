/**
 * The StructureDefinition of each project extension of the PAG mapping,
 * built from its definition ({@link PAG_EXTENSIONS}): a complex extension,
 * one slice of `Extension.extension` per field (sliced by `url`), nested for
 * an object, `value[x]` typed for a value. The committed JSON files
 * (`packages/fhir/fhir/`) are written by `pnpm generate` from this function.
 */
import type { ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';
import { PAG_EXTENSION_LIST, type PagExtensionDefinition } from './extensions.js';
import { EMPTY_OBJECT_URL, valueKey, type FieldSpec, type ObjectSpec } from './object-extension.js';

const FHIR_TYPE: Record<string, string> = {
  valueString: 'string',
  valueCode: 'code',
  valueDate: 'date',
  valueDateTime: 'dateTime',
  valueBoolean: 'boolean',
  valueInteger: 'integer',
  valueDecimal: 'decimal',
  valueUri: 'uri',
  valueTime: 'time',
  valueTiming: 'Timing',
};

function sliceElements(spec: ObjectSpec, parentId: string, parentPath: string, nested = false): ElementDefinition[] {
  const out: ElementDefinition[] = [
    { id: `${parentId}.extension`, path: `${parentPath}.extension`, slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'closed' } },
  ];
  const fields: FieldSpec[] = [];
  for (const f of spec.fields) {
    fields.push(f);
    if (f.many && f.optionalList)
      fields.push({
        name: `${f.name}Vide`,
        type: 'boolean',
        fr: `Présente (valeur true) quand la liste « ${f.name} » est vide.`,
        en: `Present (true) when the “${f.name}” list is empty.`,
      });
  }
  if (nested)
    fields.push({
      name: EMPTY_OBJECT_URL,
      type: 'boolean',
      fr: 'Présente seule (valeur true) quand l’objet ne porte aucun champ.',
      en: 'Present alone (true) when the object holds no field.',
    });
  for (const f of fields) {
    const id = `${parentId}.extension:${f.name}`;
    const path = `${parentPath}.extension`;
    out.push({ id, path, sliceName: f.name, short: f.fr, definition: `${f.fr} / ${f.en}`, min: 0, max: f.many ? '*' : '1' });
    if (typeof f.type === 'object') {
      out.push(...sliceElements(f.type, id, path, true));
      out.push({ id: `${id}.url`, path: `${path}.url`, fixedUri: f.name });
      out.push({ id: `${id}.value[x]`, path: `${path}.value[x]`, max: '0' });
    } else {
      out.push({ id: `${id}.extension`, path: `${path}.extension`, max: '0' });
      out.push({ id: `${id}.url`, path: `${path}.url`, fixedUri: f.name });
      const types = [{ code: FHIR_TYPE[valueKey(f.type)]! }];
      if (f.type === 'dateTime') types.push({ code: 'string' });
      out.push({ id: `${id}.value[x]`, path: `${path}.value[x]`, min: 1, type: types });
    }
  }
  return out;
}

/** The StructureDefinition of one project extension. */
export function pagExtensionStructureDefinition(def: PagExtensionDefinition): StructureDefinition {
  return {
    resourceType: 'StructureDefinition',
    id: def.id,
    url: def.url,
    version: '1.0.0',
    name: def.id
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
    title: def.title,
    status: 'active',
    experimental: false,
    publisher: 'Projet open source serafin-ph',
    description: `${def.description}\n\n*${def.descriptionEn}*`,
    purpose:
      'Extension du projet serafin-ph pour la correspondance PAG ⇄ FHIR (guide « Échanger un PAG en FHIR »). GENERATED FILE, DO NOT EDIT: packages/fhir/scripts/generators/pag-extensions.ts, `pnpm generate`.',
    fhirVersion: '4.0.1',
    kind: 'complex-type',
    abstract: false,
    context: def.context.map((expression) => ({ type: 'element', expression })),
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    differential: {
      element: [
        { id: 'Extension', path: 'Extension', short: def.title, definition: `${def.description} / ${def.descriptionEn}`, min: 0, max: '1' },
        ...sliceElements(def.spec, 'Extension', 'Extension'),
        { id: 'Extension.url', path: 'Extension.url', fixedUri: def.url },
        { id: 'Extension.value[x]', path: 'Extension.value[x]', max: '0' },
      ],
    },
  };
}

/** The StructureDefinitions of every project extension of the PAG mapping. */
export function pagExtensionStructureDefinitions(): StructureDefinition[] {
  return PAG_EXTENSION_LIST.map(pagExtensionStructureDefinition);
}
