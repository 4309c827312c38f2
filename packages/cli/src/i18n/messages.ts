/**
 * Every message the CLI writes itself, in French and English. Messages never
 * quote the content of a document (it may hold personal data): they name
 * files, positions and codes only.
 */
import { windows1252Character } from '@serafin-ph/validators/bytes';
import type { JsonSyntaxReason } from '../validate/json-syntax.js';
import { CHARACTERS_PER_VALUE, MIN_VALUE_BUDGET } from '../validate/json-values.js';

/** Language of the CLI's output. */
export type Lang = 'fr' | 'en';

/** Pluralised count: `plural(lang, 2, 'erreur', 'error')` → "2 erreurs" / "2 errors". */
export function plural(lang: Lang, count: number, fr: string, en: string, frPlural?: string, enPlural?: string): string {
  const many = lang === 'fr' ? count >= 2 : count !== 1;
  const word = lang === 'fr' ? (many ? (frPlural ?? `${fr}s`) : fr) : many ? (enPlural ?? `${en}s`) : en;
  return `${formatCount(lang, count)} ${word}`;
}

/** A count with the language's thousands separator (narrow no-break space in French). */
export function formatCount(lang: Lang, count: number): string {
  const s = String(count);
  if (count < 10_000) return s;
  const sep = lang === 'fr' ? '\u202f' : ',';
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Severity words of the reports (text, JUnit). */
export const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<'error' | 'warning' | 'info', string>>>> = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** The word for a severity (unknown severities are written as given). */
export function severityLabel(lang: Lang, severity: string): string {
  return (SEVERITY_LABELS[lang] as Record<string, string>)[severity] ?? severity;
}

/** The words for the relation of a translation between numberings (ConceptMap `equivalence`). */
export function equivalenceLabel(lang: Lang, equivalence: string): string {
  const fr: Record<string, string> = {
    equivalent: 'équivalent',
    equal: 'égal',
    wider: 'plus large',
    narrower: 'plus étroit',
    inexact: 'inexact',
    unmatched: 'sans correspondance',
  };
  return lang === 'fr' ? (fr[equivalence] ?? equivalence) : equivalence;
}

/** A number with one decimal, with a decimal comma in French. */
export function oneDecimal(lang: Lang, value: number): string {
  const s = value.toFixed(1);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** Describes a character for a syntax message without quoting more than it. */
function describeChar(c: string | undefined, lang: Lang): string {
  if (c === undefined) return lang === 'fr' ? 'fin du texte' : 'end of text';
  const cp = c.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0) || /\s/u.test(c)) return hex;
  return lang === 'fr' ? `« ${c} » (${hex})` : `'${c}' (${hex})`;
}

const SYNTAX: Record<Lang, Record<JsonSyntaxReason, string>> = {
  fr: {
    'unexpected-end': 'fin du document inattendue (accolade, crochet ou guillemet non fermé ?)',
    'unexpected-character': 'caractère inattendu {char}',
    'control-character': 'caractère de contrôle non échappé {char} dans une chaîne',
    'bad-escape': 'séquence d’échappement invalide dans une chaîne',
    'bad-number': 'nombre mal formé',
    'missing-comma': 'caractère inattendu {char} : virgule manquante avant ?',
    'trailing-comma': 'virgule en trop avant {char}',
    'trailing-content': 'contenu après la fin du document JSON (plusieurs documents ? nommez le fichier .ndjson ou .jsonl, ou passez --ndjson pour l’entrée standard)',
  },
  en: {
    'unexpected-end': 'unexpected end of document (unclosed brace, bracket or quote?)',
    'unexpected-character': 'unexpected character {char}',
    'control-character': 'unescaped control character {char} in a string',
    'bad-escape': 'invalid escape sequence in a string',
    'bad-number': 'malformed number',
    'missing-comma': 'unexpected character {char}: missing comma before it?',
    'trailing-comma': 'extra comma before {char}',
    'trailing-content': 'content after the end of the JSON document (several documents? name the file .ndjson or .jsonl, or pass --ndjson for standard input)',
  },
};

/** Message of a malformed-JSON error. */
export function jsonSyntaxMessage(lang: Lang, reason: JsonSyntaxReason | 'unknown', line: number, column: number, char?: string): string {
  const what = reason === 'unknown' ? (lang === 'fr' ? 'syntaxe invalide' : 'invalid syntax') : SYNTAX[lang][reason].replace('{char}', describeChar(char, lang));
  return lang === 'fr' ? `JSON mal formé, ligne ${line}, colonne ${column} : ${what}` : `malformed JSON at line ${line}, column ${column}: ${what}`;
}

const SPECIAL_KINDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: { fifo: 'tube nommé (FIFO)', socket: 'socket', 'block-device': 'périphérique bloc', 'character-device': 'périphérique caractère' },
  en: { fifo: 'named pipe (FIFO)', socket: 'socket', 'block-device': 'block device', 'character-device': 'character device' },
};

/** Messages of the input errors. */
export const inputMessages = {
  notFound: (lang: Lang): string => (lang === 'fr' ? 'fichier ou dossier introuvable' : 'no such file or folder'),
  noMatch: (lang: Lang): string => (lang === 'fr' ? 'aucun fichier ne correspond à ce motif' : 'no file matches this pattern'),
  unreadable: (lang: Lang, reason: string): string => (lang === 'fr' ? `lecture impossible (${reason})` : `cannot read (${reason})`),
  specialFile: (lang: Lang, kind: string, inFolder: boolean): string =>
    lang === 'fr'
      ? `${SPECIAL_KINDS.fr[kind] ?? 'fichier spécial'} : pas un fichier ordinaire, non lu${inFolder ? ' (ignoré dans le dossier)' : ''}`
      : `${SPECIAL_KINDS.en[kind] ?? 'special file'}: not a regular file, not read${inFolder ? ' (skipped in the folder)' : ''}`,
  badPattern: (lang: Lang, reason: string): string => (lang === 'fr' ? `motif inutilisable (${reason})` : `unusable pattern (${reason})`),
  duplicateKey: (lang: Lang, line: number, column: number, firstLine: number, firstColumn: number): string =>
    lang === 'fr'
      ? `clé en double, ligne ${line}, colonne ${column} (première occurrence ligne ${firstLine}, colonne ${firstColumn}) : les lecteurs JSON ne gardent pas tous la même valeur, le document n’est pas vérifié`
      : `duplicate key at line ${line}, column ${column} (first occurrence at line ${firstLine}, column ${firstColumn}): JSON readers do not all keep the same value, the document is not checked`,
  emptyFolder: (lang: Lang): string => (lang === 'fr' ? 'aucun fichier .json, .ndjson ou .jsonl dans ce dossier' : 'no .json, .ndjson or .jsonl file in this folder'),
  tooLarge: (lang: Lang, size: number | undefined, max: number): string => {
    const mib = (b: number): string => `${oneDecimal(lang, b / 1048576)} ${lang === 'fr' ? 'Mio' : 'MiB'}`;
    const sizeText = size === undefined ? '' : lang === 'fr' ? ` (${mib(size)})` : ` (${mib(size)})`;
    return lang === 'fr'
      ? `fichier trop volumineux${sizeText} : la limite est ${mib(max)} par document JSON (--max-size) ; pour de gros lots, utilisez NDJSON (un document par ligne)`
      : `file too large${sizeText}: the limit is ${mib(max)} per JSON document (--max-size); for large batches use NDJSON (one document per line)`;
  },
  lineTooLong: (lang: Lang, max: number): string =>
    lang === 'fr'
      ? `ligne trop longue : la limite est ${oneDecimal('fr', max / 1048576)} Mio par document (--max-size)`
      : `line too long: the limit is ${(max / 1048576).toFixed(1)} MiB per document (--max-size)`,
  tooManyValues: (lang: Lang, budget: number, length: number): string =>
    lang === 'fr'
      ? `document trop dense : plus de ${formatCount(lang, budget)} valeurs JSON pour ${formatCount(lang, length)} caractères (la limite est d’une valeur pour ${CHARACTERS_PER_VALUE} caractères, ${formatCount(lang, MIN_VALUE_BUDGET)} valeurs au moins, sans option pour la changer) : lu en mémoire, il prendrait plus de quinze fois sa taille ; il n’est pas vérifié. Un PAG, une convention ou un tableau réels en sont loin : ce fichier est-il bien un de ces documents ?`
      : `document too dense: more than ${formatCount(lang, budget)} JSON values for ${formatCount(lang, length)} characters (the limit is one value per ${CHARACTERS_PER_VALUE} characters, at least ${formatCount(lang, MIN_VALUE_BUDGET)} values, with no option to change it): read into memory it would take over fifteen times its size; it is not checked. A real PAG, convention or table is far from it: is this file one of these documents?`,
  empty: (lang: Lang): string => (lang === 'fr' ? 'fichier vide' : 'empty file'),
  emptyStdin: (lang: Lang): string => (lang === 'fr' ? 'entrée standard vide' : 'empty standard input'),
  binary: (lang: Lang, offset: number): string =>
    lang === 'fr' ? `données binaires (octet nul à la position ${offset}) : ce n’est pas un fichier JSON` : `binary data (NUL byte at offset ${offset}): not a JSON file`,
  malformedUtf16: (lang: Lang, encoding: 'utf-16le' | 'utf-16be', offset: number): string =>
    lang === 'fr'
      ? `UTF-16 mal formé (${encoding === 'utf-16le' ? 'petit-boutiste' : 'gros-boutiste'}, reconnu à sa marque d’ordre des octets ou à ses octets nuls) : caractère incomplet ou demi-caractère isolé à l’octet ${offset} (fichier tronqué ?). Enregistrez-le de nouveau, de préférence en UTF-8`
      : `malformed UTF-16 (${encoding === 'utf-16le' ? 'little-endian' : 'big-endian'}, recognised by its byte order mark or its NUL bytes): incomplete character or lone surrogate at byte ${offset} (truncated file?). Save it again, preferably as UTF-8`,
  encoding: (lang: Lang, offset: number): string =>
    lang === 'fr' ? `encodage invalide : UTF-8 attendu (séquence invalide à l’octet ${offset})` : `invalid encoding: UTF-8 expected (invalid sequence at byte ${offset})`,
  notUtf8: (lang: Lang, p: { line: number; column: number; byte: number; suspected?: 'windows-1252' }): string => {
    const hex = `0x${p.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const char = windows1252Character(p.byte) ?? '\ufffd'; // defined whenever Windows-1252 is suspected
    if (lang === 'fr') {
      const what = p.suspected
        ? `ce fichier semble encodé en Windows-1252 (ou Latin-1 : Excel, Word, anciens outils Windows), pas en UTF-8 : premier octet non UTF-8 ligne ${p.line}, colonne ${p.column} (${hex}, « ${char} » en Windows-1252)`
        : `encodage invalide : UTF-8 attendu, premier octet non UTF-8 ligne ${p.line}, colonne ${p.column} (${hex})`;
      return `${what}. Relancez avec --encoding windows-1252 (ou latin1) pour le lire tel quel, ou convertissez-le en UTF-8 : « iconv -f WINDOWS-1252 -t UTF-8 fichier.json > fichier-utf8.json », ou « Enregistrer sous… » avec l’encodage UTF-8 dans votre éditeur`;
    }
    const what = p.suspected
      ? `this file looks encoded in Windows-1252 (or Latin-1: Excel, Word, older Windows tools), not UTF-8: first non-UTF-8 byte at line ${p.line}, column ${p.column} (${hex}, '${char}' in Windows-1252)`
      : `invalid encoding: UTF-8 expected, first non-UTF-8 byte at line ${p.line}, column ${p.column} (${hex})`;
    return `${what}. Run again with --encoding windows-1252 (or latin1) to read it as it is, or convert it to UTF-8: "iconv -f WINDOWS-1252 -t UTF-8 file.json > file-utf8.json", or "Save as…" with the UTF-8 encoding in your editor`;
  },
  jsonArray: (lang: Lang, count: number): string =>
    lang === 'fr'
      ? `ce fichier est une liste JSON ([ … ]) de ${plural(lang, count, 'élément', 'item')}, pas un document : mettez un document par fichier, ou écrivez-les en NDJSON, un document par ligne dans un fichier .ndjson (par exemple « jq -c '.[]' lot.json > lot.ndjson »), que serafin validate vérifie document par document`
      : `this file is a JSON array ([ … ]) of ${plural(lang, count, 'élément', 'item')}, not a document: put one document per file, or write them as NDJSON, one document per line in a .ndjson file (for instance "jq -c '.[]' batch.json > batch.ndjson"), which serafin validate checks document by document`,
  internal: (lang: Lang, reason: string): string =>
    lang === 'fr' ? `erreur interne du validateur (${reason}) : merci de la signaler` : `internal validator error (${reason}): please report it`,
} as const;
