/**
 * Fields every document carries: `$schema`, `typeDocument`, `versionSchema`,
 * and the single `extensions` object.
 */
import * as z from 'zod';
import { JSON_VALUE_SCHEMA } from './json-value.js';
import { anchored, URL_MAX_LENGTH } from './primitives.js';
import { field } from '../metadata.js';
import { ACCEPTED_SCHEMA_VERSIONS, type DocumentType, schemaId } from '../version.js';

/**
 * Pattern of the keys of `extensions`: at least two dot-separated segments of
 * lowercase letters, digits and dashes, the first naming the vendor, e.g.
 * `fr.mon-editeur` or `mon-editeur.dossier-local`.
 */
export const EXTENSION_KEY_PATTERN = anchored('[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+');

/** Longest key of `extensions`, in characters. */
export const EXTENSION_KEY_MAX_LENGTH = 128;

/** The `$schema` field: address of the JSON Schema the document follows. */
export function schemaField(type: DocumentType) {
  return field(z.string().min(1).max(URL_MAX_LENGTH), {
    titre: 'Schéma JSON',
    description: `Adresse du schéma JSON que suit le document, pour que les éditeurs proposent complétion et validation ; normalement « ${schemaId(type)} ».`,
    titleEn: 'JSON Schema',
    descriptionEn: `Address of the JSON Schema the document follows, so that editors offer completion and validation; normally “${schemaId(type)}”.`,
  }).exactOptional();
}

/** The `typeDocument` discriminator. */
export function typeDocumentField<T extends DocumentType>(type: T) {
  return field(z.literal(type), {
    titre: 'Type de document',
    description: `Discriminant du document : « ${type} ».`,
    titleEn: 'Document type',
    descriptionEn: `Discriminator of the document: “${type}”.`,
  });
}

/** The `versionSchema` field. */
export function versionSchemaField() {
  return field(z.enum(ACCEPTED_SCHEMA_VERSIONS), {
    titre: 'Version du schéma',
    description: `Version du schéma que suit le document (semver). Versions acceptées : ${ACCEPTED_SCHEMA_VERSIONS.join(', ')}.`,
    titleEn: 'Schema version',
    descriptionEn: `Version of the schema the document follows (semver). Accepted versions: ${ACCEPTED_SCHEMA_VERSIONS.join(', ')}.`,
  });
}

/**
 * The vendors' extension point: one object per document, whose keys are
 * namespaced (see {@link EXTENSION_KEY_PATTERN}) and whose values are any JSON
 * value — in memory too: `undefined`, a function, a non-finite number or a
 * class instance is refused, as `validate()` refuses it.
 */
export function extensionsField() {
  return field(z.record(z.string().max(EXTENSION_KEY_MAX_LENGTH).regex(EXTENSION_KEY_PATTERN), JSON_VALUE_SCHEMA), {
    titre: 'Extensions',
    description:
      'Seul point d’extension du document : données propres à un éditeur ou à un territoire. Chaque clé est un espace de noms d’au moins deux segments séparés par des points, en minuscules, chiffres et tirets (par exemple « fr.mon-editeur » ou « mon-editeur.dossier-local ») ; la valeur est libre. Aucune autre propriété inconnue n’est admise ailleurs dans le document. Le contenu, inconnu du schéma, est traité comme donnée personnelle.',
    titleEn: 'Extensions',
    descriptionEn:
      'The document’s only extension point: data specific to a vendor or a territory. Each key is a namespace of at least two dot-separated segments, in lowercase letters, digits and dashes (for example “fr.mon-editeur” or “mon-editeur.dossier-local”); the value is free. No other unknown property is accepted anywhere else in the document. The content, unknown to the schema, is treated as personal data.',
    personnel: true,
  }).exactOptional();
}
