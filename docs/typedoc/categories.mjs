// @ts-check
/**
 * Categories of the API reference, by the file that declares an export.
 * First matching rule wins; paths are matched with forward slashes.
 *
 * Catégories de la référence d'API, selon le fichier qui déclare l'export.
 */

/** @type {ReadonlyArray<readonly [RegExp, string]>} */
export const CATEGORY_RULES = [
  // @serafin-ph/nomenclature
  [/\/nomenclature\/src\/(numbering\/|generated\/numbering-)/, 'Numérotations'],
  [/\/nomenclature\/src\/fhir\//, 'FHIR R4'],
  [/\/nomenclature\/src\/(referentiels\/|generated\/referentiels\/)/, 'Référentiels ANS'],
  [/\/nomenclature\/src\/generated\/ror\./, 'ROR'],
  [/\/nomenclature\/src\/text\//, 'Texte'],
  [/\/nomenclature\/src\/generated\/serafin-definitions\./, 'Définitions'],
  [/\/nomenclature\/src\/(serafin\/|generated\/serafin-|generated\/search-)/, 'Nomenclature SERAFIN-PH'],
  // @serafin-ph/pag-schema
  [/\/pag-schema\/src\/pag\//, 'PAG'],
  [/\/pag-schema\/src\/convention\//, 'Convention territoriale'],
  [/\/pag-schema\/src\/derogations\//, 'Tableau des dérogations'],
  [/\/pag-schema\/src\/(json-schema\/|metadata\.|generated\/personal-data\.)/, 'JSON Schema'],
  [/\/pag-schema\/src\/(version\.|documents\.|migrate\/|generated\/json-schema-types\/)/, 'Documents et versions'],
  [/\/pag-schema\/src\/(common\/|codes\.|generated\/cnsa-)/, 'Types communs'],
  // @serafin-ph/validators
  [/\/validators\/src\/(validate\.|validation-error\.)/, 'Validation'],
  [/\/validators\/src\/(rules-catalog\.|rules\/|options-rules\.)/, 'Règles'],
  [/\/validators\/src\/personal-data\./, 'Données personnelles'],
  [/\/validators\/src\//, 'Rapport et options'],
  // @serafin-ph/fixtures
  [/\/fixtures\/src\/arbitraries\/mutations\./, 'Mutations'],
  [/\/fixtures\/src\/arbitraries/, 'Générateurs fast-check'],
  [/\/fixtures\/src\//, 'Exemples'],
  // @serafin-ph/cli
  [/\/cli\/src\/output\//, 'Formats de sortie'],
  [/\/cli\/src\/validate\//, 'Validation par lots'],
  [/\/cli\/src\//, 'Ligne de commande'],
];

/**
 * Category of an export declared in `file`, or `undefined` outside the packages.
 * @param {string} file absolute or relative path of the declaring file
 * @returns {string | undefined}
 */
export function categoryOf(file) {
  const path = file.replaceAll('\\', '/');
  for (const [pattern, category] of CATEGORY_RULES) if (pattern.test(path)) return category;
  return undefined;
}
