/**
 * What editors show from the published JSON Schemas, in French: the label of
 * every code of a bound list beside its enumeration (`enumDescriptions`,
 * `markdownEnumDescriptions`, read by VS Code's JSON language service for
 * completion and hover), and an `errorMessage` on every node whose type,
 * enumeration, constant or closed set of properties an editor checks (VS Code
 * shows it instead of its English « Value is not accepted », « Incorrect
 * type », « Property … is not allowed »).
 *
 * Added to every schema the build produces, from the enumerations and the
 * nomenclature's labels: a new field or a new version gets them with no
 * extra work. Annotations only: validation is unchanged.
 *
 * Ce que les éditeurs affichent : libellés des codes et messages d'erreur en
 * français, ajoutés à chaque schéma produit.
 */
import { boundList, codeLabel } from './code-labels.js';
import { CNSA_2018_SYSTEM } from '../codes.js';

type Node = { [key: string]: unknown };

/** Keywords whose values are data, not subschemas: never walked. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'examples', 'default', 'required', 'enumDescriptions', 'markdownEnumDescriptions']);

/** At most this many values or property names are spelled out in a message. */
const MAX_LISTED = 12;

/** At most this many property names are spelled out (enough for every object of the schemas today). */
const MAX_PROPERTIES = 40;

const TYPE_WORDS: Record<string, string> = {
  string: 'un texte (chaîne entre guillemets)',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste (tableau JSON [ … ])',
  object: 'un objet (accolades { … })',
  null: 'null',
};

const quoted = (value: unknown): string => `« ${typeof value === 'string' ? value : JSON.stringify(value)} »`;

/** « a », « b » ou « c » (French enumeration). */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

const subject = (node: Node): string => (typeof node['title'] === 'string' ? `« ${node['title']} » : ` : '');

function typeWord(type: unknown): string | undefined {
  if (typeof type === 'string') return TYPE_WORDS[type];
  if (Array.isArray(type)) return orList(type.map((t) => TYPE_WORDS[String(t)] ?? String(t)));
  return undefined;
}

function enumAnnotations(node: Node, values: readonly unknown[], where: string): void {
  const system = typeof node['x-systeme-codes'] === 'string' ? node['x-systeme-codes'] : undefined;
  if (system !== undefined) {
    const list = boundList(system);
    const labels = values.map((value) => {
      const label = typeof value === 'string' ? codeLabel(system, value) : undefined;
      if (label === undefined) throw new Error(`${where}: no label for code ${JSON.stringify(value)} of ${system} in @serafin-ph/nomenclature`);
      return label;
    });
    const suffix = (deprecated: boolean): string => (deprecated ? ' (code désactivé)' : '');
    node['enumDescriptions'] = values.map((v, i) => `${String(v)} — ${labels[i]!.display}${suffix(labels[i]!.deprecated)}`);
    node['markdownEnumDescriptions'] = values.map((v, i) => `**${String(v)}** — ${labels[i]!.display}${suffix(labels[i]!.deprecated)}`);
    const numbering =
      node['x-numerotation'] === 'cnsa-2018' ? ' dans l’ancienne numérotation CNSA 2018' : node['x-numerotation'] === 'ans-2023' ? ' dans la numérotation ANS 2023' : '';
    node['errorMessage'] =
      `${subject(node)}code de la liste ${list?.id ?? system}${numbering} attendu, écrit entre guillemets ` +
      `(${values.length} codes admis ; la complétion de l’éditeur les propose avec leur libellé, ` +
      `et « serafin nomenclature list ${system === CNSA_2018_SYSTEM ? 'SERAFIN-PH --numbering cnsa-2018' : (list?.id ?? system)} » les affiche).`;
    return;
  }
  const shown = values.slice(0, MAX_LISTED).map(quoted);
  node['errorMessage'] =
    values.length <= MAX_LISTED
      ? `${subject(node)}valeur attendue : ${orList(shown)}.`
      : `${subject(node)}valeur attendue parmi les ${values.length} valeurs du schéma (${shown.join(', ')}…).`;
}

function objectMessage(node: Node): string | undefined {
  if (node['additionalProperties'] !== false && node['unevaluatedProperties'] !== false) return undefined;
  const names = Object.keys((node['properties'] ?? {}) as Node).filter((name) => !name.startsWith('$'));
  const extensions = node['patternProperties'] !== undefined ? ' ; les données propres à un éditeur vont dans « extensions »' : '';
  const listed = names.length <= MAX_PROPERTIES ? `${names.join(', ')}.` : `${names.slice(0, MAX_PROPERTIES).join(', ')}…`;
  return (
    `${subject(node)}propriété non prévue ici, ou valeur qui n’est pas un objet. ` +
    `Vérifiez l’orthographe (majuscules et accents comptent)${extensions}. ` +
    (names.length > 0 ? `Propriétés possibles : ${listed}` : 'Aucune propriété n’est prévue.')
  );
}

function annotate(node: unknown, where: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => annotate(item, `${where}/${i}`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Node;
  if (Array.isArray(o['enum'])) {
    enumAnnotations(o, o['enum'], where);
  } else if ('const' in o) {
    o['errorMessage'] = `${subject(o)}valeur attendue : ${quoted(o['const'])}.`;
  } else if (o['type'] === 'object' || o['properties'] !== undefined) {
    const message = objectMessage(o);
    if (message !== undefined) o['errorMessage'] = message;
  } else {
    const word = typeWord(o['type']);
    if (word !== undefined) {
      // without its own patternErrorMessage, a pattern or format failure shows errorMessage too
      const shaped = (o['pattern'] !== undefined || o['format'] !== undefined) && o['patternErrorMessage'] === undefined;
      o['errorMessage'] = `${subject(o)}${word} attendu${shaped ? ', au format décrit par le champ' : ''}.`;
    }
  }
  for (const [key, value] of Object.entries(o)) {
    if (!DATA_KEYWORDS.has(key)) annotate(value, `${where}/${key}`);
  }
}

/**
 * Adds `enumDescriptions`, `markdownEnumDescriptions` and `errorMessage` to a
 * generated JSON Schema, in place. Throws when a code of a bound list has no
 * label in `@serafin-ph/nomenclature` (the build must not publish an unlabelled
 * list).
 */
export function addEditorAnnotations(schema: Node): void {
  annotate(schema, '#');
}
