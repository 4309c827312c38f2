/**
 * What a JSON file is when it is none of the three document types, in words
 * the page shows above its report: a FHIR resource (`resourceType`), a list
 * of documents, or an object without `typeDocument`. Only the shape and a
 * FHIR resource type name are read, never another value (it may be personal).
 */
import type { PageLang } from './texts.js';

/** A FHIR resource type name (`Bundle`, `QuestionnaireResponse`…), safe to quote. */
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The note for a parsed JSON value whose document type could not be determined. */
export function unknownDocumentNote(value: unknown, lang: PageLang): string {
  const fr = lang === 'fr';
  if (Array.isArray(value)) {
    const n = value.length;
    return fr
      ? `Ce fichier est une liste JSON ([ … ]) de ${n} élément${n > 1 ? 's' : ''}, pas un document : mettez un document par fichier, ou un document par ligne dans un fichier .ndjson, que la page vérifie ligne par ligne.`
      : `This file is a JSON array ([ … ]) of ${n} item${n === 1 ? '' : 's'}, not a document: put one document per file, or one document per line in a .ndjson file, which the page checks line by line.`;
  }
  const type = isRecord(value) ? value['resourceType'] : undefined;
  if (typeof type === 'string' && RESOURCE_TYPE.test(type)) {
    const bundle =
      type === 'Bundle'
        ? fr
          ? ' Pour un PAG échangé en Bundle FHIR, convertissez-le d’abord : « serafin convert fichier.json --from fhir » (guide « Échanger un PAG en FHIR »), puis vérifiez le PAG obtenu.'
          : ' For a PAG exchanged as a FHIR Bundle, convert it first: "serafin convert file.json --from fhir" (guide "Exchanging a PAG in FHIR"), then check the PAG you get.'
        : '';
    return fr
      ? `Ce fichier est une ressource FHIR (« ${type} »), pas un document SERAFIN-PH : la page vérifie les PAG, conventions territoriales et tableaux de dérogations écrits en JSON.${bundle}`
      : `This file is a FHIR resource ("${type}"), not a SERAFIN-PH document: the page checks PAGs, territorial conventions and derogation tables written in JSON.${bundle}`;
  }
  return fr
    ? 'Type de document inconnu : un document porte « typeDocument » (pag, convention-territoriale ou tableau-derogations).'
    : 'Unknown document type: a document carries "typeDocument" (pag, convention-territoriale or tableau-derogations).';
}
