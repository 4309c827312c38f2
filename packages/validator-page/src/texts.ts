/**
 * Texts of the validator page, in French (first) and English.
 */
import type { Severity } from '@serafin-ph/validators';
import { windows1252Character, type BytesProblem } from '@serafin-ph/validators/bytes';

/** Language of the page. */
export type PageLang = 'fr' | 'en';

/** Every text of the page. */
export interface PageTexts {
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly switchTo: string;
  readonly switchLabel: string;
  readonly choose: string;
  readonly drop: string;
  readonly includePersonal: string;
  readonly includePersonalHelp: string;
  readonly referenceDate: string;
  readonly referenceDateHelp: string;
  readonly results: string;
  readonly noFile: string;
  readonly valid: string;
  readonly invalid: string;
  readonly unreadable: string;
  readonly severityFilter: string;
  readonly ruleFilter: string;
  readonly all: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly colSeverity: string;
  readonly colRule: string;
  readonly colPath: string;
  readonly colMessage: string;
  readonly root: string;
  readonly noIssue: string;
  readonly shown: (shown: number, total: number) => string;
  readonly summary: (documents: number, valid: number) => string;
  /** The conditions of the check (shown with the results, printed with them): the reference date chosen or today's, personal data shown or hidden. */
  readonly conditions: (referenceDate: string | undefined, today: string, personalData: boolean) => string;
  readonly line: string;
  readonly showRendering: string;
  readonly hideRendering: string;
  readonly renderingTitle: string;
  /** The notice of a rendering whose personal data are masked, naming the page's own checkbox. */
  readonly maskedNotice: string;
  readonly download: string;
  /** The document type, in words (the title of its schema). */
  readonly documentType: (title: string) => string;
  readonly jsonError: (message: string) => string;
  /** Why a file is not read (binary data, not UTF-8), and what to do. */
  readonly readProblem: (problem: BytesProblem) => string;
  /** Why an NDJSON file in UTF-16 is not read (as `serafin validate` does not read it), and what to do. */
  readonly ndjsonUtf16: string;
}

/** A date `AAAA-MM-JJ` in words (« 1er décembre 2026 », "1 December 2026"), or as written when it is not one. */
export function dateInWords(date: string, lang: PageLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return date;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(at.getTime()) || at.getUTCDate() !== Number(m[3])) return date;
  const words = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
  return lang === 'fr' ? words.replace(/^1 /, '1er ') : words;
}

/** The byte as `0xE9`. */
function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

const FR: PageTexts = {
  title: 'Valider des PAG, conventions et tableaux de dérogations',
  intro:
    'Déposez ou choisissez des fichiers JSON (un document) ou NDJSON (un document par ligne) : chaque document est vérifié avec les mêmes règles que la commande serafin validate, et un PAG peut être affiché tel qu’il s’imprime, avec son emploi du temps.',
  privacy: 'Vos fichiers ne quittent pas votre ordinateur : tout est vérifié dans ce navigateur, sans connexion ni envoi.',
  switchTo: 'English',
  switchLabel: 'Switch the page to English',
  choose: 'Choisir des fichiers',
  drop: 'ou déposez-les ici',
  includePersonal: 'Montrer les données personnelles',
  includePersonalHelp: 'Par défaut, comme serafin validate, les messages et le rendu masquent les données personnelles (noms, date de naissance, textes libres).',
  referenceDate: 'Date de référence',
  referenceDateHelp: 'Date à laquelle les règles datées sont évaluées (par défaut : aujourd’hui).',
  results: 'Résultats',
  noFile: 'Aucun fichier vérifié pour l’instant.',
  valid: 'valide',
  invalid: 'non valide',
  unreadable: 'illisible',
  severityFilter: 'Gravité',
  ruleFilter: 'Règle',
  all: 'Toutes',
  severities: { error: 'erreur', warning: 'avertissement', info: 'information' },
  colSeverity: 'Gravité',
  colRule: 'Règle',
  colPath: 'Champ',
  colMessage: 'Message',
  root: '(document)',
  noIssue: 'Aucune anomalie.',
  shown: (shown, total) => `${shown} anomalie${shown > 1 ? 's' : ''} affichée${shown > 1 ? 's' : ''} sur ${total}.`,
  summary: (documents, valid) => `${documents} document${documents > 1 ? 's' : ''}, ${valid} valide${valid > 1 ? 's' : ''}.`,
  conditions: (date, today, personalData) =>
    `Date de référence : ${date === undefined ? `aujourd’hui, ${dateInWords(today, 'fr')}` : dateInWords(date, 'fr')} · données personnelles ${personalData ? 'montrées' : 'masquées'}.`,
  line: 'ligne',
  showRendering: 'Afficher le rendu',
  hideRendering: 'Masquer le rendu',
  renderingTitle: 'Rendu du document',
  maskedNotice:
    'Les données personnelles sont masquées. Ce document est celui de la personne : pour les afficher, cochez « Montrer les données personnelles » en haut de la page de validation.',
  download: 'Enregistrer la page HTML',
  documentType: (title) => `Type de document : ${title}`,
  jsonError: (message) => `JSON invalide : ${message}`,
  ndjsonUtf16:
    'Fichier NDJSON en UTF-16 : il n’est pas vérifié, comme serafin validate ne le lit pas (un fichier NDJSON se découpe en lignes sur l’octet 0x0A, qui en UTF-16 peut appartenir à un caractère). Enregistrez-le en UTF-8 (« Enregistrer sous… », encodage UTF-8) puis déposez-le de nouveau.',
  readProblem: (p) => {
    if (p.kind === 'binary') return `Données binaires (octet nul à la position ${p.offset}) : ce n’est pas un fichier JSON.`;
    if (p.kind === 'utf-16')
      return `Fichier UTF-16 mal formé (séquence invalide à l’octet ${p.offset}) : enregistrez-le en UTF-8 (« Enregistrer sous… », encodage UTF-8) puis déposez-le de nouveau.`;
    const c = windows1252Character(p.byte);
    const where = `premier octet non UTF-8 ligne ${p.line}, colonne ${p.column} (${hex(p.byte)}${p.suspected === 'windows-1252' && c !== undefined ? `, « ${c} » en Windows-1252` : ''})`;
    const what =
      p.suspected === 'windows-1252'
        ? `Ce fichier semble encodé en Windows-1252 (ou Latin-1 : Excel, Word, anciens outils Windows), pas en UTF-8 : ${where}.`
        : `Encodage invalide : UTF-8 attendu, ${where}.`;
    return `${what} Il n’est pas vérifié : lu en UTF-8, chaque lettre accentuée deviendrait « � ». Enregistrez-le en UTF-8 (« Enregistrer sous… », encodage UTF-8, dans votre éditeur ou votre logiciel) puis déposez-le de nouveau.`;
  },
};

const EN: PageTexts = {
  title: 'Validate PAGs, conventions and derogation tables',
  intro:
    'Drop or choose JSON files (one document) or NDJSON files (one document per line): each document is checked with the same rules as the serafin validate command, and a PAG can be shown as it prints, with its timetable.',
  privacy: 'Your files never leave your computer: everything is checked in this browser, with no connection and nothing sent.',
  switchTo: 'Français',
  switchLabel: 'Afficher la page en français',
  choose: 'Choose files',
  drop: 'or drop them here',
  includePersonal: 'Show personal data',
  includePersonalHelp: 'By default, as serafin validate, messages and renderings hide personal data (names, birth date, free texts).',
  referenceDate: 'Reference date',
  referenceDateHelp: 'Date at which dated rules are evaluated (default: today).',
  results: 'Results',
  noFile: 'No file checked yet.',
  valid: 'valid',
  invalid: 'not valid',
  unreadable: 'unreadable',
  severityFilter: 'Severity',
  ruleFilter: 'Rule',
  all: 'All',
  severities: { error: 'error', warning: 'warning', info: 'information' },
  colSeverity: 'Severity',
  colRule: 'Rule',
  colPath: 'Field',
  colMessage: 'Message',
  root: '(document)',
  noIssue: 'No issue.',
  shown: (shown, total) => `${shown} of ${total} issue${total > 1 ? 's' : ''} shown.`,
  summary: (documents, valid) => `${documents} document${documents > 1 ? 's' : ''}, ${valid} valid.`,
  conditions: (date, today, personalData) =>
    `Reference date: ${date === undefined ? `today, ${dateInWords(today, 'en')}` : dateInWords(date, 'en')} · personal data ${personalData ? 'shown' : 'hidden'}.`,
  line: 'line',
  showRendering: 'Show the rendering',
  hideRendering: 'Hide the rendering',
  renderingTitle: 'Rendering of the document',
  maskedNotice: 'Personal data are hidden. This is the person’s own document: to show them, tick “Show personal data” at the top of the validator page.',
  download: 'Save the HTML page',
  documentType: (title) => `Document type: ${title}`,
  jsonError: (message) => `Invalid JSON: ${message}`,
  ndjsonUtf16:
    'NDJSON file in UTF-16: it is not checked, as serafin validate does not read it (an NDJSON file is split into lines on the byte 0x0A, which in UTF-16 can belong to a character). Save it as UTF-8 ("Save as…", UTF-8 encoding) and drop it again.',
  readProblem: (p) => {
    if (p.kind === 'binary') return `Binary data (NUL byte at offset ${p.offset}): not a JSON file.`;
    if (p.kind === 'utf-16') return `Malformed UTF-16 file (invalid sequence at byte ${p.offset}): save it as UTF-8 ("Save as…", UTF-8 encoding) and drop it again.`;
    const c = windows1252Character(p.byte);
    const where = `first non-UTF-8 byte at line ${p.line}, column ${p.column} (${hex(p.byte)}${p.suspected === 'windows-1252' && c !== undefined ? `, “${c}” in Windows-1252` : ''})`;
    const what =
      p.suspected === 'windows-1252'
        ? `This file looks encoded in Windows-1252 (or Latin-1: Excel, Word, older Windows tools), not UTF-8: ${where}.`
        : `Invalid encoding: UTF-8 expected, ${where}.`;
    return `${what} It is not checked: read as UTF-8, each accented letter would become “�”. Save it as UTF-8 ("Save as…" with the UTF-8 encoding, in your editor or software) and drop it again.`;
  },
};

/** The texts of `lang`. */
export function pageTexts(lang: PageLang): PageTexts {
  return lang === 'en' ? EN : FR;
}
