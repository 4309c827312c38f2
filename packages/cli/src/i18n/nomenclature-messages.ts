/**
 * The text of `serafin nomenclature`, `serafin schema` and `serafin fhir`, in French and
 * English: every message these commands write themselves. Official labels and
 * codes are printed as published, never translated.
 */
import type { Lang } from './messages.js';

/** A message in both languages. */
type Text = Readonly<Record<Lang, string>>;
/** A message with parameters, in both languages. */
type Template<A extends unknown[]> = Readonly<Record<Lang, (...args: A) => string>>;

const t = (fr: string, en: string): Text => ({ fr, en });

/** Words and short labels. */
export const words = {
  active: t('actif', 'active'),
  deprecated: t('obsolète', 'deprecated'),
  deprecatedInList: t('désactivé', 'deprecated'),
  noLabel: t('(libellé non établi par les sources)', '(label not established by the sources)'),
  listWord: t('liste', 'list'),
  noHit: t('aucun résultat\n', 'no hit\n'),
  closeCodes: t('  codes proches :\n', '  close codes:\n'),
  closeLabels: t('  libellés proches :\n', '  close labels:\n'),
} as const;

/** Column headers of the tables. */
export const headers = {
  list: { fr: ['code', 'libellé', 'statut'], en: ['code', 'label', 'status'] },
  listSystem: t('système', 'system'),
  lists: { fr: ['document', 'champ', 'liste', 'système'], en: ['document', 'field', 'list', 'system'] },
  search: { fr: ['liste', 'code', 'libellé'], en: ['list', 'code', 'label'] },
} as const satisfies Record<string, Readonly<Record<Lang, unknown>>>;

/** Usage errors. */
export const usage = {
  oneCode: t('donnez exactement un code', 'give exactly one code'),
  oneWord: t('donnez au moins un mot', 'give at least one word'),
  toRequired: t('--to est obligatoire', '--to is required'),
  badLimit: { fr: (v: string) => `--limit : « ${v} » n’est pas un entier positif`, en: (v: string) => `--limit: '${v}' is not a positive integer` } as Template<[string]>,
  exportResource: t(
    'ressource attendue : code-system, value-set <J282|J283|J284|J285|prestations> ou concept-map <de> <vers>',
    'expected resource: code-system, value-set <J282|J283|J284|J285|prestations> or concept-map <from> <to>',
  ),
  oneList: t(
    'donnez une liste, par exemple TRE_R420, JDV_J285 ou SERAFIN-PH (« serafin nomenclature lists » montre celles des schémas)',
    'give one list, e.g. TRE_R420, JDV_J285 or SERAFIN-PH ("serafin nomenclature lists" shows those the schemas use)',
  ),
  unknownList: { fr: (v: string) => `liste inconnue : ${v}`, en: (v: string) => `unknown list: ${v}` } as Template<[string]>,
  branchNeedsSerafin: t(
    '--branch ne s’applique qu’à SERAFIN-PH : retirez --list ou ajoutez --list SERAFIN-PH',
    '--branch applies to SERAFIN-PH only: drop --list or add --list SERAFIN-PH',
  ),
  unknownSubcommand: {
    fr: (sub: string, expected: string) => `sous-commande inconnue : ${sub} (attendu : ${expected})`,
    en: (sub: string, expected: string) => `unknown subcommand: ${sub} (expected: ${expected})`,
  } as Template<[string, string]>,
  schemaType: { fr: (types: string) => `donnez un type : ${types}`, en: (types: string) => `give one type: ${types}` } as Template<[string]>,
} as const;

/** Messages of `nomenclature lookup`. */
export const lookupText = {
  unknownIn: { fr: (n: string, c: string) => `code inconnu en ${n} : ${c}\n`, en: (n: string, c: string) => `unknown code in ${n}: ${c}\n` } as Template<[string, string]>,
  unknownInList: {
    fr: (l: string, c: string) => `code inconnu dans ${l} : ${c}\n`,
    en: (l: string, c: string) => `unknown code in ${l}: ${c}\n`,
  } as Template<[string, string]>,
  existsIn: {
    fr: (other: string, code: string) => `  ce code existe dans la numérotation ${other} : serafin nomenclature lookup --numbering ${other} ${code}\n`,
    en: (other: string, code: string) => `  this code exists in the ${other} numbering: serafin nomenclature lookup --numbering ${other} ${code}\n`,
  } as Template<[string, string]>,
  serafinLine: {
    fr: (branch: string, parent: string, status: string) => `  bloc : ${branch} · parent : ${parent} · statut : ${status}\n`,
    en: (branch: string, parent: string, status: string) => `  block: ${branch} · parent: ${parent} · status: ${status}\n`,
  } as Template<[string, string, string]>,
  listLine: {
    fr: (list: string, parent: string | undefined, status: string) => `  liste : ${list}${parent === undefined ? '' : ` · parent : ${parent}`} · statut : ${status}\n`,
    en: (list: string, parent: string | undefined, status: string) => `  list: ${list}${parent === undefined ? '' : ` · parent: ${parent}`} · status: ${status}\n`,
  } as Template<[string, string | undefined, string]>,
  replacedBy: { fr: (c: string) => `  remplacé par : ${c}\n`, en: (c: string) => `  replaced by: ${c}\n` } as Template<[string]>,
  alsoIn: {
    fr: (lists: string, code: string) => `  aussi un code de ${lists} : serafin nomenclature lookup --list <liste> ${code}\n`,
    en: (lists: string, code: string) => `  also a code of ${lists}: serafin nomenclature lookup --list <list> ${code}\n`,
  } as Template<[string, string]>,
  foundInLists: {
    fr: (c: string) => `${c} n’est pas un code SERAFIN-PH ; il existe dans ces listes :\n`,
    en: (c: string) => `${c} is not a SERAFIN-PH code; it exists in these lists:\n`,
  } as Template<[string]>,
} as const;

/** Messages of `nomenclature translate`. */
export const translateText = {
  ambiguous: t('  ⚠ ce code désigne un autre concept dans une autre numérotation', '  ⚠ this code names another concept in another numbering'),
  unmatched: {
    fr: (c: string, from: string, to: string, reason: string) => `${c} (${from}) : aucune correspondance en ${to} (${reason})\n`,
    en: (c: string, from: string, to: string, reason: string) => `${c} (${from}): no counterpart in ${to} (${reason})\n`,
  } as Template<[string, string, string, string]>,
  knownIn: { fr: (l: string) => ` ; connu en : ${l}`, en: (l: string) => `; known in: ${l}` } as Template<[string]>,
} as const;

/** Messages shared by the commands that write a file. */
export const outputText = {
  cannotWrite: {
    fr: (file: string, reason: string) => `impossible d’écrire ${file} (${reason})\n`,
    en: (file: string, reason: string) => `cannot write ${file} (${reason})\n`,
  } as Template<[string, string]>,
  schemaNotFound: {
    fr: (type: string, reason: string) => `schéma ${type} introuvable dans @serafin-ph/pag-schema (${reason})\n`,
    en: (type: string, reason: string) => `schema ${type} not found in @serafin-ph/pag-schema (${reason})\n`,
  } as Template<[string, string]>,
} as const;
