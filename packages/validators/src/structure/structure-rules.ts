/**
 * Identifiers and documentation of the structural checks: what the published
 * JSON Schema (equivalently the zod schema) rejects, grouped by kind of error.
 */
import { DOCUMENT_TYPES, type RuleDefinition } from '../types.js';
import { STRUCTURE } from './structure-ids.js';

const SCHEMA_SOURCE = {
  kind: 'bonne-pratique',
  reference: 'Schémas JSON 2020-12 publiés par @serafin-ph/pag-schema (packages/pag-schema/schemas/*.schema.json), équivalents aux schémas zod',
  url: 'https://serafin-ph.github.io/serafin-ph/schemas/',
} as const;

function structure(id: string, title: { fr: string; en: string }, description: { fr: string; en: string }, severity: RuleDefinition['severity'] = 'error'): RuleDefinition {
  return { id, severity, documents: DOCUMENT_TYPES, title, description, source: SCHEMA_SOURCE, stage: 'structure', family: 'structure', reads: [] };
}

export { STRUCTURE } from './structure-ids.js';

/** Documentation of the structural checks. */
export const STRUCTURE_RULES: readonly RuleDefinition[] = [
  structure(
    STRUCTURE.json,
    { fr: 'Valeur non JSON', en: 'Value not representable in JSON' },
    {
      fr: 'Le document doit être une valeur JSON : ni cycle, ni fonction, ni `undefined` dans un tableau, ni nombre non fini, ni instance de classe (Date, Map…), ni accesseur qui échoue, et pas plus de deux millions de valeurs.',
      en: 'The document must be a JSON value: no cycle, function, `undefined` in an array, non-finite number, class instance (Date, Map…), failing getter, and no more than two million values.',
    },
  ),
  structure(
    STRUCTURE.typeDocument,
    { fr: 'Type de document indéterminé', en: 'Unknown document type' },
    {
      fr: 'Le document doit être un objet dont `typeDocument` vaut `pag`, `convention-territoriale` ou `tableau-derogations` (ou le type doit être imposé par l’option `typeDocument`).',
      en: 'The document must be an object whose `typeDocument` is `pag`, `convention-territoriale` or `tableau-derogations` (or the type must be forced with the `typeDocument` option).',
    },
  ),
  structure(
    STRUCTURE.obligatoire,
    { fr: 'Champ obligatoire absent', en: 'Missing required field' },
    { fr: 'Un champ que le schéma rend obligatoire est absent (mot-clé `required`).', en: 'A field the schema requires is missing (`required` keyword).' },
  ),
  structure(
    STRUCTURE.inconnu,
    { fr: 'Propriété inconnue', en: 'Unknown property' },
    {
      fr: 'Les objets sont stricts : une propriété que le schéma ne prévoit pas est refusée (`additionalProperties: false`). Les données propres à un éditeur vont dans `extensions`, sous une clé à espace de noms (`fr.mon-editeur`), seule forme de clé admise dans cet objet (`propertyNames`).',
      en: 'Objects are strict: a property the schema does not define is rejected (`additionalProperties: false`). Vendor data goes into `extensions`, under a namespaced key (`fr.my-vendor`), the only key form accepted there (`propertyNames`).',
    },
  ),
  structure(
    STRUCTURE.type,
    { fr: 'Type de valeur incorrect', en: 'Wrong value type' },
    {
      fr: 'La valeur n’a pas le type JSON attendu (chaîne, nombre, entier, booléen, objet, tableau).',
      en: 'The value does not have the expected JSON type (string, number, integer, boolean, object, array).',
    },
  ),
  structure(
    STRUCTURE.valeur,
    { fr: 'Valeur hors liste', en: 'Value not in the allowed list' },
    {
      fr: 'La valeur n’appartient pas à la liste fermée du champ (mots-clés `enum`, `const`) : statut, nature, code d’une nomenclature ou d’un référentiel.',
      en: 'The value is not in the closed list of the field (`enum`, `const` keywords): status, kind, code of a nomenclature or reference list.',
    },
  ),
  structure(
    STRUCTURE.format,
    { fr: 'Format incorrect', en: 'Wrong format' },
    {
      fr: 'La chaîne n’a pas le format attendu : date `AAAA-MM-JJ` existante, date-heure avec décalage, heure `HH:MM`, FINESS, SIRET, département, courriel, téléphone, adresse web… (mots-clés `pattern`, `format`).',
      en: 'The string does not have the expected format: existing `YYYY-MM-DD` date, date-time with offset, `HH:MM` time, FINESS, SIRET, département, e-mail, phone, web address… (`pattern`, `format` keywords).',
    },
  ),
  structure(
    STRUCTURE.cardinalite,
    { fr: 'Nombre d’éléments incorrect', en: 'Wrong number of items' },
    {
      fr: 'Un tableau a trop peu ou trop d’éléments, ou des doublons interdits (`minItems`, `maxItems`, `uniqueItems`).',
      en: 'An array has too few or too many items, or forbidden duplicates (`minItems`, `maxItems`, `uniqueItems`).',
    },
  ),
  structure(
    STRUCTURE.borne,
    { fr: 'Valeur hors bornes', en: 'Value out of bounds' },
    {
      fr: 'Un nombre est hors de ses bornes ou une chaîne est vide ou trop longue (`minimum`, `maximum`, `minLength`, `maxLength`).',
      en: 'A number is out of its bounds or a string is empty or too long (`minimum`, `maximum`, `minLength`, `maxLength`).',
    },
  ),
  structure(
    STRUCTURE.variante,
    { fr: 'Aucune variante ne convient', en: 'No variant matches' },
    {
      fr: 'La valeur ne correspond à aucune des variantes admises (`anyOf`, `oneOf`), ou à plusieurs quand une seule est permise. Les validateurs désignent la variante visée (d’après `type`, `qualite`, `numerotation`…) et en détaillent les erreurs.',
      en: 'The value matches none of the allowed variants (`anyOf`, `oneOf`), or several when only one is allowed. The validators pick the intended variant (from `type`, `qualite`, `numerotation`…) and detail its errors.',
    },
  ),
  structure(
    STRUCTURE.autre,
    { fr: 'Autre contrainte du schéma', en: 'Other schema constraint' },
    { fr: 'Une autre contrainte du schéma JSON n’est pas respectée.', en: 'Another constraint of the JSON Schema is not met.' },
  ),
  structure(
    STRUCTURE.tronque,
    { fr: 'Liste des erreurs de structure tronquée', en: 'Structural error list truncated' },
    {
      fr: 'Au-delà de 500 erreurs de structure, les suivantes ne sont pas détaillées ; leur nombre est donné.',
      en: 'Beyond 500 structural errors, the rest are not detailed; their number is given.',
    },
    'info',
  ),
  structure(
    STRUCTURE.interne,
    { fr: 'Erreur interne du validateur', en: 'Internal validator error' },
    {
      fr: 'Le validateur a rencontré une erreur inattendue sur cette partie du document ; le document est considéré comme invalide. À signaler au projet.',
      en: 'The validator hit an unexpected error on this part of the document; the document is treated as invalid. Please report it to the project.',
    },
  ),
];
